"""Outgoing mail: Jinja2 templates (templates/email/<lang>/<name>.*.j2) rendered into MIME.

Every message we send carries the loop-safety headers of DESIGN.md (``Auto-Submitted``,
``X-Auto-Response-Suppress``), a Message-ID under our own domain and the case tag in the
subject, so replies thread back to the case and auto-responders leave us alone.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

from bot.config import OrganisationConfig
from bot.model import RightsbotError

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
FALLBACK_LANGUAGE = "en"
#: R93: Norwegian and Swedish readers understand Danish better than English.
_NORDIC = ("da", "nb", "sv")
#: Header placed on all our mail; the screening rule ``own_loop`` recognises it.
OWN_MAIL_HEADER = "X-Rightsbot-Case"


class RenderError(RightsbotError):
    """A template is missing or failed; the outbox row is marked failed with this reason."""


def new_message_id(domain: str, case_ref: str | None) -> str:
    """A globally unique Message-ID (without brackets) under our own domain."""
    local = f"{case_ref.lower()}." if case_ref else ""
    return f"{local}{secrets.token_hex(12)}@{domain}"


class EmailRenderer:
    """Renders outbox rows; one instance per process (templates are compiled once)."""

    def __init__(self, organisation: OrganisationConfig, templates: Path = TEMPLATES_DIR) -> None:
        self._organisation = organisation
        self._root = templates / "email"
        self._env = Environment(
            loader=FileSystemLoader(str(templates)),
            undefined=StrictUndefined,  # a missing variable is an error, never an empty string
            autoescape=False,  # plain-text mail; the web templates use autoescape
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def languages_for(self, template: str) -> tuple[str, ...]:
        """Languages that have ``template`` (both subject and body)."""
        if not self._root.is_dir():
            return ()
        return tuple(sorted(
            lang.name for lang in self._root.iterdir()
            if (lang / f"{template}.subject.j2").is_file()
            and (lang / f"{template}.txt.j2").is_file()
        ))

    def choose_language(self, template: str, detected: str | None) -> str:
        """R93: the request's language when a template exists, Danish for Nordic, else English."""
        available = self.languages_for(template)
        if detected in available:
            return detected
        if detected in _NORDIC and "da" in available:
            return "da"
        return FALLBACK_LANGUAGE

    def render_text(self, template: str, language: str, context: Mapping[str, Any]) -> tuple[
        str, str
    ]:
        """Return (subject, body) for ``template`` in ``language``."""
        full = {"organisation": self._organisation, **context}
        try:
            subject = self._env.get_template(f"email/{language}/{template}.subject.j2")
            body = self._env.get_template(f"email/{language}/{template}.txt.j2")
            return " ".join(subject.render(full).split()), body.render(full)
        except TemplateError as exc:
            raise RenderError(f"template {language}/{template}: {exc}") from exc

    def build(
        self,
        *,
        template: str,
        language: str,
        context: Mapping[str, Any],
        to_address: str,
        message_id: str,
        in_reply_to: str | None,
        references: tuple[str, ...],
        case_ref: str | None,
        date: datetime,
    ) -> EmailMessage:
        """A complete MIME message ready for the relay."""
        subject, body = self.render_text(template, language, context)
        org = self._organisation
        message = EmailMessage()
        message["From"] = formataddr((org.name, org.privacy_address))
        message["To"] = to_address
        message["Subject"] = f"[{case_ref}] {subject}" if case_ref else subject
        message["Date"] = format_datetime(date)
        message["Message-ID"] = f"<{message_id}>"
        if in_reply_to:
            message["In-Reply-To"] = f"<{in_reply_to}>"
        if references:
            message["References"] = " ".join(f"<{ref}>" for ref in references)
        message["Auto-Submitted"] = "auto-replied"  # RFC 3834
        message["X-Auto-Response-Suppress"] = "All"  # asks Exchange not to auto-answer us
        if case_ref:
            message[OWN_MAIL_HEADER] = case_ref
        message.set_content(body, charset="utf-8")
        message["Content-Language"] = language  # after set_content, which resets Content-*
        return message
