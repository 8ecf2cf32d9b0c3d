"""Case and triage actions. Each is one call into the domain function the CLI uses, in one
transaction, with the logged-in staff member as the actor; a refusal becomes a flash message."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot import staff as domain
from bot.cases import find_case
from bot.deadlines import DeadlineError, PauseKind
from bot.drafting import STAFF_MARKER, save_edit
from bot.model import RightsbotError
from bot.pauses import start_pause
from bot.store.schema import Case
from bot.web.auth import StaffMember, set_flash
from bot.web.common import WebState, action, form_text, state


def _case(session: Session, ref: str) -> Case:
    case = find_case(session, ref)
    if case is None:
        raise domain.StaffActionError(f"no case {ref}")
    return case


def _perform(request: Request, staff: StaffMember, target: str,
             change: Callable[[Session, WebState], str]) -> Response:
    """Run ``change`` in one transaction; flash its message or the domain's refusal."""
    web = state(request)
    try:
        with web.sessions.begin() as session:
            kind, text = "ok", change(session, web)
    except (RightsbotError, DeadlineError) as exc:
        kind, text = "error", str(exc)
    with web.sessions.begin() as session:
        set_flash(session, staff.session_id, kind, text)
    return RedirectResponse(target, status_code=303)


def _ref(request: Request) -> str:
    return str(request.path_params["ref"]).upper()


@action("edit drafts")
def save_draft(request: Request, staff: StaffMember, form: FormData) -> Response:
    ref = _ref(request)
    # Browsers send textarea lines with CRLF; the draft (and the email) uses LF.
    body = form_text(form, "body").replace("\r\n", "\n")

    def change(session: Session, web: WebState) -> str:
        draft = save_edit(session, _case(session, ref), body, actor=staff.name, now=web.clock())
        left = draft.body.count(STAFF_MARKER)
        return (f"Draft v{draft.version} saved"
                + (f"; {left} '{STAFF_MARKER}' line(s) still to complete." if left else "."))
    return _perform(request, staff, f"/cases/{ref}", change)


@action("approve drafts")
def approve(request: Request, staff: StaffMember, form: FormData) -> Response:
    ref = _ref(request)

    def change(session: Session, web: WebState) -> str:
        domain.approve(session, web.config, web.renderer, ref, actor=staff.name,
                       now=web.clock())
        return f"{ref} approved; the answer goes out with the next outbox flush."
    return _perform(request, staff, f"/cases/{ref}", change)


@action("reject requests")
def reject(request: Request, staff: StaffMember, form: FormData) -> Response:
    ref, reason = _ref(request), form_text(form, "reason").strip()

    def change(session: Session, web: WebState) -> str:
        domain.reject(session, web.config, web.renderer, ref, reason=reason, actor=staff.name,
                      now=web.clock())
        return f"{ref} rejected; the notice with the reasons goes out with the next flush."
    return _perform(request, staff, f"/cases/{ref}", change)


@action("extend deadlines")
def extend(request: Request, staff: StaffMember, form: FormData) -> Response:
    ref, reason = _ref(request), form_text(form, "reason").strip()
    until_text = form_text(form, "until").strip()

    def change(session: Session, web: WebState) -> str:
        until = domain.parse_date(until_text, "until")
        new = domain.extend(session, web.config, web.renderer, ref, reason=reason,
                            actor=staff.name, now=web.clock(), until=until)
        return f"{ref} extended to {new}; the notice goes out with the next flush."
    return _perform(request, staff, f"/cases/{ref}", change)


@action("relabel cases")
def relabel(request: Request, staff: StaffMember, form: FormData) -> Response:
    ref, text = _ref(request), form_text(form, "rights")

    def change(session: Session, web: WebState) -> str:
        chosen = domain.parse_rights(text)
        domain.relabel(session, ref, chosen, actor=staff.name, now=web.clock())
        return f"{ref} rights now {', '.join(sorted(r.value for r in chosen))}."
    return _perform(request, staff, f"/cases/{ref}", change)


@action("record identity doubts")
def doubt(request: Request, staff: StaffMember, form: FormData) -> Response:
    ref, reason = _ref(request), form_text(form, "reason").strip()

    def change(session: Session, web: WebState) -> str:
        case = _case(session, ref)
        start_pause(session, case, PauseKind.IDENTITY_DOUBT, reason=reason, actor=staff.name,
                    now=web.clock(), timezone=web.config.organisation.timezone)
        late = " (flagged late_pause: asked later than 2 working days, R32)" \
            if "late_pause" in case.flags else ""
        return f"{ref}: clock paused for an identity doubt{late}."
    return _perform(request, staff, f"/cases/{ref}", change)


def _message_id(request: Request) -> int:
    return int(request.path_params["id"])


@action("open cases from triage")
def triage_open(request: Request, staff: StaffMember, form: FormData) -> Response:
    message_id, text = _message_id(request), form_text(form, "rights")

    def change(session: Session, web: WebState) -> str:
        chosen = domain.parse_rights(text)
        case = domain.triage_open(session, web.config, web.renderer, message_id, chosen,
                                  actor=staff.name, now=web.clock())
        return f"Message #{message_id}: opened {case.ref} (due {case.due_date})."
    return _perform(request, staff, "/triage", change)


@action("dismiss triage")
def triage_dismiss(request: Request, staff: StaffMember, form: FormData) -> Response:
    message_id, reason = _message_id(request), form_text(form, "reason").strip()

    def change(session: Session, web: WebState) -> str:
        domain.triage_dismiss(session, message_id, actor=staff.name, reason=reason,
                              now=web.clock())
        return f"Message #{message_id} dismissed: no rights request."
    return _perform(request, staff, "/triage", change)
