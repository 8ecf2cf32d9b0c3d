"""Legal deadline arithmetic for right items (gdpr-rules.md R4–R12, R22–R27, R32–R35).

All functions are pure: they take the R6 clock facts and an R23 holiday snapshot and return
dates. Nothing here reads configuration, the clock or the database, so a stored case can always
be recomputed and compared with its cached dates (R34).
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.holiday_calendar import (
    DeadlineError,
    HolidayCalendar,
    HolidayProfile,
    r19_dates,
    resolve_calendar,
)

__all__ = [
    "ClockFacts",
    "DeadlineError",
    "Deadlines",
    "ExtensionMethod",
    "HolidayCalendar",
    "HolidayProfile",
    "Pause",
    "PauseKind",
    "PauseModel",
    "add_months",
    "clock_start_date",
    "compute_deadlines",
    "due_date",
    "extended_due_date",
    "paused_days",
    "r19_dates",
    "receipt_date",
    "resolve_calendar",
    "roll_forward",
    "validate_extension",
    "working_days_before",
]

#: R4: deadlines are counted in local Danish dates, never UTC dates.
DEFAULT_TZ = "Europe/Copenhagen"


class ExtensionMethod(StrEnum):
    """How the R26 maximum extended date is computed."""

    TWO_STEP = "two_step"  # one-month raw date + 2 months; never later, hence the default
    THREE_MONTH = "three_month"  # ICO reading: start + 3 months


class PauseModel(StrEnum):
    """How qualifying pauses affect the clock (R33)."""

    EARLIEST = "earliest"
    SUSPEND = "suspend"
    RESTART = "restart"


class PauseKind(StrEnum):
    """The two kinds of staff-recorded pause (R31)."""

    IDENTITY_DOUBT = "identity_doubt"
    CLARIFICATION = "clarification"


@dataclass(frozen=True)
class Pause:
    """A qualifying pause (R31, R32); ``ended_on`` is None while it is open (R35)."""

    kind: PauseKind
    started_on: date
    ended_on: date | None

    def __post_init__(self) -> None:
        if self.ended_on is not None and self.ended_on < self.started_on:
            raise DeadlineError(f"pause ends {self.ended_on} before it starts {self.started_on}")

    @property
    def days(self) -> int:
        """Calendar days paused (R32); an open pause counts 0 until it closes (R35)."""
        return 0 if self.ended_on is None else (self.ended_on - self.started_on).days


@dataclass(frozen=True)
class ClockFacts:
    """The R6 facts a right item's deadline depends on, and nothing else."""

    receipt_date: date
    pauses: tuple[Pause, ...] = ()
    pause_model: PauseModel = PauseModel.EARLIEST
    extension_method: ExtensionMethod = ExtensionMethod.TWO_STEP

    def __post_init__(self) -> None:
        # A pause is the time waiting for an answer to a question about this request, so it
        # cannot begin before the request was received; such data is a recording error.
        for pause in self.pauses:
            if pause.started_on < self.receipt_date:
                raise DeadlineError(
                    f"pause starting {pause.started_on} precedes receipt {self.receipt_date}"
                )


@dataclass(frozen=True)
class Deadlines:
    """The three dates shown for a right item (used by the ``rightsbot deadline`` command)."""

    received: date
    due: date
    extended_due: date


def add_months(d: date, months: int) -> date:
    """R8: same day number ``months`` later, clamped to the last day of a shorter month."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    last_day = _calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last_day))


def roll_forward(d: date, calendar: HolidayCalendar) -> date:
    """R10: ``d`` if it is a working day, otherwise the next working day after it."""
    while not calendar.is_working_day(d):
        d += timedelta(days=1)
    return d


def receipt_date(received_at: datetime, tz: str | ZoneInfo = DEFAULT_TZ) -> date:
    """R4/R12: the local date of an aware ``received_at`` instant.

    A naive datetime is refused: guessing its zone could shift the receipt date by a day.
    """
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware (R3)")
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return received_at.astimezone(zone).date()


# --- pause models (R32, R33) -------------------------------------------------------------------


def _suspend_start(facts: ClockFacts) -> tuple[date, int]:
    """R33 suspend: the month runs from receipt, every closed pause adds its days."""
    return facts.receipt_date, sum(p.days for p in facts.pauses)


def _restart_start(facts: ClockFacts) -> tuple[date, int]:
    """R33 restart: the month runs from the end of the last closed identity pause.

    Only clarification pauses add days; the identity wait is already absorbed by the restart.
    """
    identity_ends = [
        p.ended_on
        for p in facts.pauses
        if p.kind is PauseKind.IDENTITY_DOUBT and p.ended_on is not None
    ]
    start = max(identity_ends, default=facts.receipt_date)
    added = sum(p.days for p in facts.pauses if p.kind is PauseKind.CLARIFICATION)
    return start, added


_MODELS: dict[PauseModel, Callable[[ClockFacts], tuple[date, int]]] = {
    PauseModel.SUSPEND: _suspend_start,
    PauseModel.RESTART: _restart_start,
}


def _raw_due(start: date, added: int) -> date:
    """R9: one month from ``start`` plus paused days, before rolling."""
    return add_months(start, 1) + timedelta(days=added)


def _raw_extended(start: date, added: int, method: ExtensionMethod) -> date:
    """R26: the maximum extended date before rolling."""
    if method is ExtensionMethod.TWO_STEP:
        # Extend the *unrolled, unpaused* one-month date by two months, then add pauses.
        base = add_months(add_months(start, 1), 2)
    else:
        base = add_months(start, 3)
    return base + timedelta(days=added)


def _models(facts: ClockFacts) -> tuple[PauseModel, ...]:
    # Order matters for ties under "earliest": suspend (receipt date) is listed first, so an
    # equal result is attributed to the plain receipt-date clock.
    if facts.pause_model is PauseModel.EARLIEST:
        return (PauseModel.SUSPEND, PauseModel.RESTART)
    return (facts.pause_model,)


def _pick(
    facts: ClockFacts, raw: Callable[[date, int], date], calendar: HolidayCalendar | None
) -> tuple[date, PauseModel]:
    """Apply each model in force, roll each fully (R33) and keep the earliest."""
    best: tuple[date, PauseModel] | None = None
    for model in _models(facts):
        candidate = raw(*_MODELS[model](facts))
        # Without a calendar compare raw dates: rolling is monotone, so the earlier raw date
        # always rolls to the earlier (or an equal) deadline.
        if calendar is not None:
            candidate = roll_forward(candidate, calendar)
        if best is None or candidate < best[0]:
            best = (candidate, model)
    assert best is not None  # _models never returns an empty tuple
    return best


def paused_days(facts: ClockFacts, model: PauseModel) -> int:
    """Calendar days added by closed pauses under ``SUSPEND`` or ``RESTART`` (R32, R33)."""
    if model is PauseModel.EARLIEST:
        raise ValueError("paused_days is defined per concrete model, not for 'earliest'")
    return _MODELS[model](facts)[1]


def due_date(facts: ClockFacts, calendar: HolidayCalendar) -> date:
    """The one-month deadline (R9, R10), under the case's pause model (R33).

    Open pauses add nothing, so while a pause is open this is the unpaused deadline (R35).
    """
    return _pick(facts, _raw_due, calendar)[0]


def extended_due_date(facts: ClockFacts, calendar: HolidayCalendar) -> date:
    """The latest date an extension may set (R26), under the case's pause model (R33).

    Under ``earliest`` the model is chosen separately from :func:`due_date` (R33).
    """

    def raw(start: date, added: int) -> date:
        return _raw_extended(start, added, facts.extension_method)

    return _pick(facts, raw, calendar)[0]


def clock_start_date(facts: ClockFacts, *, extended: bool = False) -> date:
    """R6: the date the month runs from under the model that produced the deadline.

    That is ``receipt_date``, or under ``restart`` the end of the last closed identity pause.
    Under ``earliest`` it is the start of whichever model gives the earlier one-month deadline
    (or extended deadline when ``extended`` is true); ties go to ``receipt_date``.
    """
    if extended:

        def raw(start: date, added: int) -> date:
            return _raw_extended(start, added, facts.extension_method)

        model = _pick(facts, raw, None)[1]
    else:
        model = _pick(facts, _raw_due, None)[1]
    return _MODELS[model](facts)[0]


def validate_extension(
    facts: ClockFacts,
    calendar: HolidayCalendar,
    requested: date | None,
    decided_on: date,
    *,
    current: date | None = None,
) -> date:
    """Check an extension decision (R25, R27) and return the extended date it sets.

    ``requested`` None means the R26 maximum. ``decided_on`` is the local date of the decision.
    ``current`` is the date of an extension already recorded: there is one extension per item,
    and a later change may only move it earlier (R27).
    Raises :class:`DeadlineError` when the rules forbid the decision.
    """
    due = due_date(facts, calendar)
    maximum = extended_due_date(facts, calendar)
    if current is None and decided_on > due:
        # R25: the notice must go out before the one-month deadline expires (end of due day).
        raise DeadlineError(
            f"cannot extend on {decided_on}: the one-month deadline {due} has passed (R25)"
        )
    extended = maximum if requested is None else requested
    if extended < due:
        raise DeadlineError(f"extended date {extended} is before the due date {due} (R27)")
    if extended > maximum:
        raise DeadlineError(f"extended date {extended} is after the maximum {maximum} (R26/R27)")
    if current is not None and extended > current:
        raise DeadlineError(
            f"extended date {extended} is later than the recorded extension {current} (R27)"
        )
    return extended


def compute_deadlines(
    received: date,
    profile: HolidayProfile = HolidayProfile.STATUTORY,
    *,
    extension_method: ExtensionMethod = ExtensionMethod.TWO_STEP,
    extra_holidays: Iterable[date] = (),
) -> Deadlines:
    """Deadlines for a receipt date without pauses, resolving a fresh snapshot (R23)."""
    calendar = resolve_calendar(profile, received.year, extra_holidays)
    facts = ClockFacts(receipt_date=received, extension_method=extension_method)
    return Deadlines(
        received=received,
        due=due_date(facts, calendar),
        extended_due=extended_due_date(facts, calendar),
    )


def working_days_before(
    deadline: date, n: int, calendar: HolidayCalendar, closure_days: Iterable[date] = ()
) -> date:
    """The date ``n`` working days before ``deadline``, for staff alerts (R17, R22).

    Closure days (``deadlines.closure_days``) are skipped like holidays so staff are warned
    before the office closes; they only move alerts, never ``due_date`` (R22).
    """
    if n < 0:
        raise ValueError("n must be non-negative")
    closed = frozenset(closure_days)
    d = deadline
    while n > 0:
        d -= timedelta(days=1)
        if calendar.is_working_day(d) and d not in closed:
            n -= 1
    return d
