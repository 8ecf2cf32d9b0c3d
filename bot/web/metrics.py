"""Figures for the metrics page, by ISO week of receipt: read from cases, trail, corrections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import from_db
from bot.model import Right
from bot.store.schema import AuditEvent, Case, CaseState, ClassifierCorrection

WEEKS = 12
#: An answer went out: the approved final answer, or a refusal with reasons (R76).
ANSWERED_STATES = (CaseState.RESPONDED, CaseState.REJECTED)


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Metrics:
    weeks: list[str]
    cases_by_right: dict[str, list[float]]
    median_days: list[float | None]
    on_time_share: list[float | None]
    corrections: dict[str, list[float]]
    answered: int
    overall_median_days: float | None
    overall_on_time: float | None


def _answer_dates(session: Session, timezone: str) -> dict[int, date]:
    """Case id -> local date of its first answer (responded or rejected)."""
    zone = ZoneInfo(timezone)
    rows = session.execute(select(AuditEvent.case_id, AuditEvent.at)
                           .where(AuditEvent.to_state.in_(ANSWERED_STATES),
                                  AuditEvent.case_id.is_not(None))
                           .order_by(AuditEvent.id))
    answers: dict[int, date] = {}
    for case_id, at in rows:
        if case_id is not None and case_id not in answers:
            answers[case_id] = from_db(at).astimezone(zone).date()
    return answers


def collect(session: Session, today: date, timezone: str) -> Metrics:
    monday = today - timedelta(days=today.weekday())
    weeks = [week_label(monday - timedelta(weeks=n)) for n in reversed(range(WEEKS))]
    index = {label: i for i, label in enumerate(weeks)}
    by_right = {right.value: [0.0] * WEEKS for right in Right}
    days: list[list[int]] = [[] for _ in weeks]
    on_time: list[list[bool]] = [[] for _ in weeks]
    all_days: list[int] = []
    all_on_time: list[bool] = []
    answers = _answer_dates(session, timezone)
    for case in session.scalars(select(Case)):
        answered = answers.get(case.id)
        settled = answered is not None or today > case.effective_due
        timely = answered is not None and answered <= case.effective_due
        if answered is not None:
            all_days.append((answered - case.receipt_date).days)
        if settled:
            all_on_time.append(timely)
        slot = index.get(week_label(case.receipt_date))
        if slot is None:
            continue
        for right in case.rights:
            by_right.setdefault(str(right), [0.0] * WEEKS)[slot] += 1
        if answered is not None:
            days[slot].append((answered - case.receipt_date).days)
        if settled:
            on_time[slot].append(timely)
    corrections = {"request": [0.0] * WEEKS, "not a request": [0.0] * WEEKS}
    for row in session.scalars(select(ClassifierCorrection)):
        slot = index.get(week_label(from_db(row.at).astimezone(ZoneInfo(timezone)).date()))
        if slot is not None:
            corrections["request" if row.is_request else "not a request"][slot] += 1
    return Metrics(
        weeks=weeks,
        cases_by_right={name: counts for name, counts in by_right.items() if any(counts)},
        median_days=[float(median(d)) if d else None for d in days],
        on_time_share=[100.0 * sum(t) / len(t) if t else None for t in on_time],
        corrections=corrections,
        answered=len(all_days),
        overall_median_days=float(median(all_days)) if all_days else None,
        overall_on_time=100.0 * sum(all_on_time) / len(all_on_time) if all_on_time else None,
    )
