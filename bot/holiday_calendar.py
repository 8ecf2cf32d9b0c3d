"""Holiday profiles and the per-case holiday snapshot (gdpr-rules.md R5, R18–R23).

A case stores the holiday dates it resolved to when it was opened (R23), so that upgrading the
``holidays`` package or editing configuration never silently moves the deadline of an open case.
Everything here is pure except :func:`resolve_calendar`, which reads the ``holidays`` package.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays
from holidays.version import __version__ as HOLIDAYS_PACKAGE_VERSION

#: The first year without Great Prayer Day (abolished by the 2023 act with effect from 2024; R18).
GREAT_PRAYER_DAY_ABOLISHED_FROM = 2024

#: How many years after the receipt year a snapshot covers (R23: receipt year + two following).
SNAPSHOT_FOLLOWING_YEARS = 2


class DeadlineError(ValueError):
    """A deadline cannot be computed or an extension cannot be recorded as asked."""


class HolidayProfile(StrEnum):
    """Which days besides weekends stop a deadline (R20)."""

    STATUTORY = "statutory"
    EXTENDED = "extended"


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm).

    Computed here, independently of the ``holidays`` package, so that :func:`resolve_calendar`
    can check the package's answer for Great Prayer Day (R18).
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def great_prayer_day(year: int) -> date:
    """Store bededag: the 4th Friday after Easter (Easter + 26 days)."""
    return easter_sunday(year) + timedelta(days=26)


def r19_dates(year: int) -> frozenset[date]:
    """The four common non-statutory closing days of R19 for ``year``.

    Written out explicitly (R23) rather than taken from the package's ``optional`` category,
    whose content may change between package versions.
    """
    return frozenset(
        {
            date(year, 5, 1),  # International Workers' Day
            date(year, 6, 5),  # Constitution Day (grundlovsdag)
            date(year, 12, 24),  # Christmas Eve
            date(year, 12, 31),  # New Year's Eve
        }
    )


def statutory_holidays(years: Iterable[int]) -> frozenset[date]:
    """R18 holidays from ``holidays.Denmark`` (default public category) for ``years``.

    Raises :class:`DeadlineError` if the package lists Great Prayer Day for 2024 or later: that
    would make deadlines later than the law allows, so we refuse rather than trust it.
    """
    year_list = sorted(set(years))
    # country_holidays("DK") builds the same class as holidays.Denmark (default public
    # category) but is typed, whereas the lazy holidays.Denmark loader is not.
    resolved = frozenset(holidays.country_holidays("DK", years=year_list).keys())
    for year in year_list:
        if year >= GREAT_PRAYER_DAY_ABOLISHED_FROM and great_prayer_day(year) in resolved:
            raise DeadlineError(
                f"holidays package lists Great Prayer Day in {year}; abolished from 2024 (R18)"
            )
    return resolved


@dataclass(frozen=True)
class HolidayCalendar:
    """The R23 snapshot: a profile resolved to concrete dates for a fixed range of years."""

    profile: HolidayProfile
    holidays: frozenset[date]
    years: tuple[int, ...]
    package_version: str

    def covers(self, d: date) -> bool:
        """True if ``d`` falls in a year this snapshot resolved."""
        return d.year in self.years

    def is_working_day(self, d: date) -> bool:
        """R5: Monday–Friday and not a holiday of the profile.

        Raises :class:`DeadlineError` outside the snapshot's years, because an unresolved year
        would silently look holiday-free and could yield a deadline on a public holiday.
        """
        if not self.covers(d):
            raise DeadlineError(
                f"{d.isoformat()} is outside the holiday snapshot years {list(self.years)} (R23)"
            )
        return d.weekday() < 5 and d not in self.holidays

    def to_json(self) -> dict[str, object]:
        """A JSON-serialisable form for storing the snapshot with the case (R23)."""
        return {
            "profile": self.profile.value,
            "holidays": [d.isoformat() for d in sorted(self.holidays)],
            "years": list(self.years),
            "package_version": self.package_version,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> HolidayCalendar:
        """Rebuild a snapshot stored by :meth:`to_json`; raises ``ValueError`` on bad input."""
        try:
            profile = HolidayProfile(str(data["profile"]))
            raw_holidays = data["holidays"]
            raw_years = data["years"]
            version = data["package_version"]
        except KeyError as exc:
            raise ValueError(f"holiday snapshot is missing {exc}") from exc
        if not isinstance(raw_holidays, list) or not all(isinstance(h, str) for h in raw_holidays):
            raise ValueError("holiday snapshot 'holidays' must be a list of ISO dates")
        if not isinstance(raw_years, list) or not all(
            isinstance(y, int) and not isinstance(y, bool) for y in raw_years
        ):
            raise ValueError("holiday snapshot 'years' must be a list of integers")
        if not isinstance(version, str):
            raise ValueError("holiday snapshot 'package_version' must be a string")
        return cls(
            profile=profile,
            holidays=frozenset(date.fromisoformat(h) for h in raw_holidays),
            years=tuple(raw_years),
            package_version=version,
        )


def resolve_calendar(
    profile: HolidayProfile, receipt_year: int, extra_holidays: Iterable[date] = ()
) -> HolidayCalendar:
    """Resolve ``profile`` for ``receipt_year`` and the two following years (R20, R22, R23).

    ``extra_holidays`` (config ``deadlines.extra_holidays``) are added as legal holidays; dates
    outside the covered years are dropped so the snapshot only holds what it claims to cover.
    Closure days (R22) are deliberately not accepted here: they never change a legal deadline.
    """
    return _resolve(profile, receipt_year, frozenset(extra_holidays))


@lru_cache(maxsize=64)
def _resolve(profile: HolidayProfile, receipt_year: int, extra: frozenset[date]) \
        -> HolidayCalendar:
    # Cached: every case opened in a year resolves the same (immutable) snapshot, and the
    # holidays package is slow to build its tables.
    years = tuple(range(receipt_year, receipt_year + SNAPSHOT_FOLLOWING_YEARS + 1))
    days = set(statutory_holidays(years))
    if profile is HolidayProfile.EXTENDED:
        for year in years:
            days |= r19_dates(year)
    days |= {d for d in extra if d.year in years}
    return HolidayCalendar(
        profile=profile,
        holidays=frozenset(days),
        years=years,
        package_version=HOLIDAYS_PACKAGE_VERSION,
    )
