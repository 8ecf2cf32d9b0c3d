"""Threshold calibration: the request band obeys the limits under decide()'s own rules."""

from __future__ import annotations

import random

import pytest

from bot.model import Right, VerdictKind
from classifiers.calibration import (
    FALSE_REQUESTS,
    MISSED_REQUESTS,
    CalibrationItem,
    calibrate,
    request_band,
    right_thresholds,
)
from classifiers.model import decide


def _item(p: float, *, request: bool, strong: bool = False, **rights: float) -> CalibrationItem:
    scores = {right.value: 0.0 for right in Right}
    scores.update(rights)
    scores["REQUEST"] = p
    truth = frozenset(Right(name) for name, value in rights.items() if value >= 0.5)
    mentioned = frozenset({Right.ERASURE}) if strong else frozenset()
    return CalibrationItem(request, truth if request else frozenset(), scores, mentioned)


def _outcomes(items: list[CalibrationItem], low: float, high: float) -> tuple[float, float, float]:
    """(dismissed share of requests, answered share of non-requests, triage share) via decide()."""
    from classifiers.model import Thresholds

    thresholds = Thresholds(high, low, {right.value: 0.5 for right in Right})
    kinds = [decide(i.scores, thresholds, i.strong)[0] for i in items]
    requests = [k for k, i in zip(kinds, items, strict=True) if i.is_request]
    others = [k for k, i in zip(kinds, items, strict=True) if not i.is_request]
    return (sum(k is VerdictKind.NOT_REQUEST for k in requests) / len(requests),
            sum(k is VerdictKind.REQUEST for k in others) / len(others),
            sum(k is VerdictKind.UNCERTAIN for k in kinds) / len(kinds))


def _overlapping(seed: int) -> list[CalibrationItem]:
    rng = random.Random(seed)
    items = [_item(min(1.0, max(0.0, rng.gauss(0.8, 0.15))), request=True,
                   strong=rng.random() < 0.3, erasure=1.0) for _ in range(400)]
    items += [_item(min(1.0, max(0.0, rng.gauss(0.25, 0.15))), request=False,
                    strong=rng.random() < 0.03) for _ in range(400)]
    return items


@pytest.mark.parametrize("seed", range(5))
def test_band_keeps_both_limits_under_the_real_decision_rule(seed: int) -> None:
    items = _overlapping(seed)
    low, high = request_band(items)
    dismissed, answered, _ = _outcomes(items, low, high)
    assert dismissed <= MISSED_REQUESTS
    # Strong mentions above `low` are answered too: the limit holds for what is really sent.
    assert answered <= FALSE_REQUESTS
    assert 0.5 <= high <= 1.0 and low <= 0.5


def test_band_is_the_narrowest_that_keeps_the_limits() -> None:
    items = _overlapping(7)
    low, high = request_band(items)
    _, _, triage = _outcomes(items, low, high)
    for other_low in (0.05, 0.1, 0.2, 0.3):
        for other_high in (0.6, 0.7, 0.8, 0.9):
            dismissed, answered, other_triage = _outcomes(items, other_low, other_high)
            if dismissed <= MISSED_REQUESTS and answered <= FALSE_REQUESTS:
                assert triage <= other_triage + 1e-9


def test_separable_scores_need_no_triage() -> None:
    items = [_item(0.9 + i / 1000, request=True, access=1.0) for i in range(50)]
    items += [_item(0.05 + i / 1000, request=False) for i in range(50)]
    low, high = request_band(items)
    assert _outcomes(items, low, high) == (0.0, 0.0, 0.0)


def test_strong_false_hits_beyond_the_limit_push_low_up() -> None:
    # Ten non-requests with a strong mention at p=0.3: answering them all would break the 2%
    # limit, so `low` must rise above 0.3 and send them to triage instead.
    items = [_item(0.9, request=True, access=1.0) for _ in range(100)]
    items += [_item(0.1, request=False) for _ in range(90)]
    items += [_item(0.3, request=False, strong=True) for _ in range(10)]
    low, _ = request_band(items)
    assert low >= 0.3


def test_nothing_meets_the_limits_sends_everything_uncertain_to_staff() -> None:
    items = [_item(0.5, request=True, access=1.0) for _ in range(10)]
    items += [_item(0.5, request=False, strong=True) for _ in range(10)]
    assert request_band(items) == (0.01, 1.0)


def test_right_thresholds_separate_each_right() -> None:
    items = [_item(0.9, request=True, erasure=0.8, objection=0.1) for _ in range(20)]
    items += [_item(0.9, request=True, erasure=0.2, objection=0.9) for _ in range(20)]
    chosen = right_thresholds(items)
    assert 0.2 < chosen["erasure"] <= 0.8
    assert 0.1 < chosen["objection"] <= 0.9


def test_right_thresholds_leave_to_the_mentions_what_they_settle() -> None:
    # Erasure mentioned explicitly in half the requests; the model's erasure score is high
    # (0.6) on them but also on requests without erasure. Under the union only the model's
    # own confident scores should add erasure, so the threshold rises above 0.6.
    items = [CalibrationItem(True, frozenset({Right.ERASURE}),
                             {**_item(0.9, request=True).scores, "erasure": 0.6},
                             frozenset({Right.ERASURE})) for _ in range(20)]
    items += [CalibrationItem(True, frozenset({Right.ACCESS}),
                              {**_item(0.9, request=True).scores, "erasure": 0.6, "access": 0.9},
                              frozenset()) for _ in range(20)]
    items += [CalibrationItem(True, frozenset({Right.ERASURE}),
                              {**_item(0.9, request=True).scores, "erasure": 0.8},
                              frozenset()) for _ in range(5)]
    assert 0.6 < right_thresholds(items)["erasure"] <= 0.8


def test_calibrate_rounds_and_combines() -> None:
    thresholds = calibrate(_overlapping(3))
    assert thresholds.request_low <= thresholds.request_high
    assert set(thresholds.rights) == {right.value for right in Right}
