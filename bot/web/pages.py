"""The read-only pages: queue, case, triage, quarantine, audit (and its CSV), metrics."""

from __future__ import annotations

import csv
import io

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from bot import views
from bot.model import Right
from bot.web import charts, metrics, queries
from bot.web.auth import StaffMember
from bot.web.common import error_page, page, render, state

Flash = tuple[str, str] | None


@page
def queue_page(request: Request, staff: StaffMember, flash: Flash) -> Response:
    web = state(request)
    params = request.query_params
    filters = queries.QueueFilters(state=params.get("state", ""), right=params.get("right", ""),
                                   language=params.get("language", ""))
    with web.sessions() as session:
        items, options = queries.queue(session, web.today(), filters)
    return render(request, "queue.html.j2", {"items": items, "filters": filters,
                                             "options": options}, staff=staff, flash=flash)


@page
def case_page(request: Request, staff: StaffMember, flash: Flash) -> Response:
    web = state(request)
    ref = str(request.path_params["ref"])
    with web.sessions() as session:
        detail = queries.case_detail(session, ref, web.config.organisation.timezone)
        if detail is None:
            return error_page(request, 404, f"No case {ref}.", staff)
        return render(request, "case.html.j2", {"d": detail, "c": detail.case,
                                                "all_rights": [r.value for r in Right]},
                      staff=staff, flash=flash)


@page
def triage_page(request: Request, staff: StaffMember, flash: Flash) -> Response:
    messages = views.list_messages(state(request).sessions, "triage")
    return render(request, "triage.html.j2", {"messages": messages,
                                              "all_rights": [r.value for r in Right]},
                  staff=staff, flash=flash)


@page
def quarantine_page(request: Request, staff: StaffMember, flash: Flash) -> Response:
    messages = views.list_messages(state(request).sessions, "quarantined")
    return render(request, "quarantine.html.j2", {"messages": messages}, staff=staff,
                  flash=flash)


AUDIT_PAGE_ROWS = 500


def _audit_filters(request: Request) -> queries.AuditFilters:
    params = request.query_params
    return queries.AuditFilters(case=params.get("case", ""), actor=params.get("actor", ""),
                                action=params.get("action", ""))


@page
def audit_page(request: Request, staff: StaffMember, flash: Flash) -> Response:
    web = state(request)
    filters = _audit_filters(request)
    with web.sessions() as session:
        rows = queries.audit_rows(session, filters, web.config.organisation.timezone,
                                  limit=AUDIT_PAGE_ROWS + 1)
    return render(request, "audit.html.j2", {
        "rows": rows[:AUDIT_PAGE_ROWS], "more": len(rows) > AUDIT_PAGE_ROWS,
        "filters": filters, "query": request.url.query}, staff=staff, flash=flash)


def _csv_cell(value: object) -> str:
    """Text as a spreadsheet shows it, never as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@page
def audit_csv(request: Request, staff: StaffMember, flash: Flash) -> Response:
    web = state(request)
    with web.sessions() as session:
        rows = queries.audit_rows(session, _audit_filters(request),
                                  web.config.organisation.timezone)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(queries.AUDIT_COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(v) for v in (
            row.id, row.at, row.actor, row.action, row.case_ref, row.message_id,
            row.from_state, row.to_state, row.reason, row.data)])
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="rightsbot-audit.csv"'})


@page
def metrics_page(request: Request, staff: StaffMember, flash: Flash) -> Response:
    web = state(request)
    with web.sessions() as session:
        figures = metrics.collect(session, web.today(), web.config.organisation.timezone)
    titles = ("Cases per week by right", "Median days to answer (by week received)",
              "Share answered within the deadline (by week received)",
              "Classifier corrections per week")
    svgs = (
        charts.stacked_bar_chart(titles[0], "chart-cases", figures.weeks,
                                 figures.cases_by_right),
        charts.bar_chart(titles[1], "chart-median", figures.weeks, figures.median_days,
                         unit=" d"),
        charts.bar_chart(titles[2], "chart-on-time", figures.weeks, figures.on_time_share,
                         unit="%", top=100.0),
        charts.stacked_bar_chart(titles[3], "chart-corrections", figures.weeks,
                                 figures.corrections),
    )
    # charts.py escapes every text it places, so its markup is safe to insert as is.
    shown = [(title, Markup(svg)) for title, svg in zip(titles, svgs, strict=True)]
    return render(request, "metrics.html.j2", {"m": figures, "charts": shown}, staff=staff,
                  flash=flash)
