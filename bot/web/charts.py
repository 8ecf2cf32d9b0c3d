"""Inline SVG charts, rendered on the server: pure functions from numbers to markup.

Every text (titles, labels, legend) is escaped here, so the result may be placed in a page
as is. Colours come from the stylesheet (classes ``series-N``): the page's CSP allows no
inline styles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 640, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 48, 16, 16, 56
SERIES_CLASSES = 7


def _text(x: float, y: float, content: str, css: str, anchor: str = "middle",
          rotate: bool = False) -> str:
    turn = f' transform="rotate(-35 {x:.1f} {y:.1f})"' if rotate else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" class="{css}" text-anchor="{anchor}"{turn}>'
            f"{escape(content)}</text>")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 2.5, 5, 10):
        if value <= step * factor:
            return step * factor
    return step * 10


def _frame(title: str, chart_id: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-labelledby="{escape(chart_id)}-title">'
            f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
            + "".join(body) + "</svg>")


def _axes(top: float, unit: str, labels: Sequence[str]) -> list[str]:
    plot_h = HEIGHT - _TOP - _BOTTOM
    parts = []
    for i in range(5):
        value = top * i / 4
        y = HEIGHT - _BOTTOM - plot_h * i / 4
        parts.append(f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{WIDTH - _RIGHT}" y2="{y:.1f}" '
                     'class="grid"/>')
        shown = f"{value:g}{unit}"
        parts.append(_text(_LEFT - 6, y + 4, shown, "axis", anchor="end"))
    slot = (WIDTH - _LEFT - _RIGHT) / max(len(labels), 1)
    for i, label in enumerate(labels):
        parts.append(_text(_LEFT + slot * (i + 0.5), HEIGHT - _BOTTOM + 18, label, "axis",
                           anchor="end", rotate=True))
    return parts


def _empty(title: str, chart_id: str) -> str:
    return _frame(title, chart_id, [_text(WIDTH / 2, HEIGHT / 2, "no data yet", "empty")])


def bar_chart(title: str, chart_id: str, labels: Sequence[str],
              values: Sequence[float | None], *, unit: str = "",
              top: float | None = None) -> str:
    """One bar per label; None is a gap (no data for that label)."""
    known = [v for v in values if v is not None]
    if not labels or not known:
        return _empty(title, chart_id)
    top = top or _nice_max(max(known))
    plot_h = HEIGHT - _TOP - _BOTTOM
    slot = (WIDTH - _LEFT - _RIGHT) / len(labels)
    body = _axes(top, unit, labels)
    for i, value in enumerate(values):
        if value is None:
            continue
        h = plot_h * min(value, top) / top
        x = _LEFT + slot * i + slot * 0.15
        body.append(f'<rect x="{x:.1f}" y="{HEIGHT - _BOTTOM - h:.1f}" width="{slot * 0.7:.1f}" '
                    f'height="{h:.1f}" class="bar series-0"><title>'
                    f"{escape(labels[i])}: {value:g}{escape(unit)}</title></rect>")
    return _frame(title, chart_id, body)


def stacked_bar_chart(title: str, chart_id: str, labels: Sequence[str],
                      series: Mapping[str, Sequence[float]]) -> str:
    """Bars stacked by series (same length as labels), with a legend underneath the title."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    if not labels or not any(totals):
        return _empty(title, chart_id)
    top = _nice_max(max(totals))
    plot_h = HEIGHT - _TOP - _BOTTOM
    slot = (WIDTH - _LEFT - _RIGHT) / len(labels)
    body = _axes(top, "", labels)
    for i, label in enumerate(labels):
        base: float = HEIGHT - _BOTTOM
        for n, (name, values) in enumerate(series.items()):
            if not values[i]:
                continue
            h = plot_h * values[i] / top
            base -= h
            body.append(f'<rect x="{_LEFT + slot * i + slot * 0.15:.1f}" y="{base:.1f}" '
                        f'width="{slot * 0.7:.1f}" height="{h:.1f}" '
                        f'class="bar series-{n % SERIES_CLASSES}"><title>{escape(label)} '
                        f"{escape(name)}: {values[i]:g}</title></rect>")
    x = _LEFT
    for n, name in enumerate(series):
        body.append(f'<rect x="{x}" y="2" width="10" height="10" '
                    f'class="series-{n % SERIES_CLASSES}"/>')
        body.append(_text(x + 14, 11, name, "legend", anchor="start"))
        x += 14 + 8 * len(name) + 16
    return _frame(title, chart_id, body)
