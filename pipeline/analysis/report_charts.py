"""The report's inline SVG charts: action fields per municipality (heat map), the
consultations on a common time axis, steering group composition by sector, and costs.
Each chart is one ``<svg>`` string with a ``<title>`` per mark; no scripts, no fonts loaded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..schema import COST_TYPES, TAXONOMY_CODES
from .compare import Meeting, full_date, most_common, present
from .report_data import (
    CODE_LABELS,
    COST_LABELS,
    QUALIFIER_LABELS,
    ROLE_LABELS,
    SECTOR_LABELS,
    SECTOR_ORDER,
    Data,
    cost_items,
    de_date,
    esc,
    euro,
    sector_members,
)

SECTOR_COLORS = {
    "politics": "#c0392b",
    "administration": "#1f5f8b",
    "welfare": "#e69f00",
    "education": "#009e73",
    "public_agency": "#56b4e9",
    "migrant_organisation": "#cc79a7",
    "civil_society": "#8c6d31",
    "research": "#6a51a3",
    "business": "#7f7f7f",
    "other": "#c7c7c7",
}
COST_COLORS = {
    "external_support": "#d55e00",
    "total": "#1f5f8b",
    "grant": "#009e73",
    "budget": "#56b4e9",
    "personnel": "#cc79a7",
    "material": "#e69f00",
    "other": "#999999",
}
ROLE_COLORS = {
    "preliminary": "#56b4e9",
    "deliberation": "#1f5f8b",
    "decision": "#c0392b",
    "information": "#999999",
    None: "#7f8c8d",
}
FONT = "'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif"


def svg(width: int, height: int, label: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{esc(label)}" font-family="{esc(FONT)}" '
        f'font-size="13"><title>{esc(label)}</title>{body}</svg>'
    )


def text(
    x: float,
    y: float,
    s: Any,
    size: int = 13,
    anchor: str = "start",
    fill: str = "#1d2329",
    weight: str = "normal",
    extra: str = "",
    tip: str = "",
) -> str:
    title = f"<title>{esc(tip)}</title>" if tip else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
        f'font-weight="{weight}" {extra}>{title}{esc(s)}</text>'
    )


def width_of(s: str, size: int = 13) -> float:
    return len(s) * size * 0.6


def clip(s: str, n: int) -> str:
    """Shorten in the middle, keeping the end that tells similar names apart.

    >>> clip("Bezirksvertretung für den Stadtbezirk III", 30)
    'Bezirksvertret…Stadtbezirk III'
    """
    if len(s) <= n:
        return s
    tail = min(len(s.rsplit(" ", 2)[-1]) + 1 + len(s.rsplit(" ", 2)[-2]) if " " in s else n // 2, n // 2)
    return s[: n - tail - 1].rstrip() + "…" + s[len(s) - tail :]


def swatch(shape: str, x: float, y: float, color: str) -> str:
    """A legend mark centred at (x, y): square, circle or diamond."""
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{color}"/>'
    if shape == "ring":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#fff" stroke="{color}" stroke-width="2"/>'
    if shape == "diamond":
        return (
            f'<path d="M{x:.1f} {y - 8:.1f} L{x + 8:.1f} {y:.1f} L{x:.1f} {y + 8:.1f} L{x - 8:.1f} {y:.1f} Z" '
            f'fill="{color}"/>'
        )
    return f'<rect x="{x - 7:.1f}" y="{y - 7:.1f}" width="14" height="14" rx="2" fill="{color}"/>'


def legend(
    items: list[tuple[str, str]], x: float, y: float, width: float, shapes: dict[str, str] | None = None
) -> tuple[str, float]:
    """Colour marks with labels, wrapped to ``width``; returns the SVG and the height used."""
    out, cx, cy = [], x, y
    for label, color in items:
        w = 22 + width_of(label, 12) + 14
        if cx + w > x + width:
            cx, cy = x, cy + 20
        out.append(swatch((shapes or {}).get(label, "square"), cx + 7, cy - 4, color) + text(cx + 20, cy, label, 12))
        cx += w
    return "".join(out), cy - y + 20


def heatmap(d: Data) -> str:
    codes = list(TAXONOMY_CODES)
    left = int(max([width_of(n, 13) for n in d.names] + [120])) + 16
    cell, top = 28, 150
    reach = max(left + j * cell + cell / 2 + width_of(CODE_LABELS[c], 12) * 0.64 for j, c in enumerate(codes))
    width = int(max(left + cell * len(codes) + 80, reach + 10))
    height = top + cell * max(len(d.names), 1) + 10
    parts = []
    for j, code in enumerate(codes):
        x = left + j * cell + cell / 2
        parts.append(text(x, top - 8, CODE_LABELS[code], 12, extra=f'transform="rotate(-50 {x:.1f} {top - 8})"'))
    for i, muni in enumerate(d.names):
        y = top + i * cell
        row = d.row(muni)
        parts.append(text(left - 8, y + cell / 2 + 5, muni, 13, "end"))
        for j, code in enumerate(codes):
            on = row[f"af_{code}"] == 1
            labels = sorted(
                {
                    str(lab)
                    for lab, cats in zip(
                        d.rows("action_fields", muni)["label"], d.rows("action_fields", muni)["categories"]
                    )
                    if present(cats) and code in str(cats).split(";")
                }
            )
            tip = f"{muni} · {CODE_LABELS[code]}: " + ("; ".join(labels) if on else "nicht genannt")
            parts.append(
                f'<rect x="{left + j * cell + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" rx="3" '
                f'fill="{"#1f5f8b" if on else "#eef2f5"}"><title>{esc(tip)}</title></rect>'
            )
        n = sum(int(row[f"af_{c}"] == 1) for c in codes)
        count = f"{n} Code" if n == 1 else f"{n} Codes"
        parts.append(text(left + cell * len(codes) + 10, y + cell / 2 + 5, count, 12, fill="#5b6570"))
    return svg(width, height, "Handlungsfelder je Kommune", "".join(parts))


def tick_step(span: int) -> int:
    return next((s for s in (7, 14, 30, 60, 90, 180, 365, 730) if span / s <= 8), 1461)


def placed(value: str | None) -> date | None:
    """A date to place on an axis: a full day, or the first of a month-only date."""
    if not value:
        return None
    return full_date(value) or full_date(value + "-01")


def bodies_of(items: list[Meeting]) -> list[tuple[str, list[Meeting]]]:
    rows: dict[str, list[Meeting]] = {}
    for m in items:
        rows.setdefault(m.key, []).append(m)
    return [(str(most_common(b for m in ms for b in m.bodies) or "(ohne Namen)"), ms) for ms in rows.values()]


def timelines(d: Data) -> str:
    left, right, width = 300, 130, 880
    plot = width - left - right
    spans = [0]
    for items in d.found.values():
        days = [p for p in (placed(m.meeting_date) for m in items) if p]
        spans.append((max(days) - min(days)).days if days else 0)
    span = max(max(spans), 14)
    step = tick_step(span)
    span = -(-span // step) * step
    roles = [(ROLE_LABELS[r], ROLE_COLORS[r]) for r in ROLE_LABELS] + [("Rolle nicht angegeben", ROLE_COLORS[None])]
    shapes = {label: "circle" for label, _ in roles} | {"Rolle nicht angegeben": "ring", "Beschluss": "diamond"}
    leg, lh = legend(roles + [("Beschluss", "#c0392b")], left, 16, plot + right, shapes)
    parts, y = [leg], 16 + lh + 8

    def axis(y0: float) -> str:
        marks = []
        for t in range(0, span + 1, step):
            x = left + plot * t / span
            marks.append(text(x, y0, str(t), 12, "middle", "#5b6570"))
        return "".join(marks) + text(left + plot, y0 + 16, "Tage seit der ersten Beratung", 12, "end", "#5b6570")

    parts.append(axis(y))
    y += 30
    for muni in d.names:
        items = d.found.get(muni, [])
        dated = [p for p in (placed(m.meeting_date) for m in items) if p]
        start = min(dated) if dated else None
        row = d.row(muni)
        head = muni
        stated = sorted(m.meeting_date for m in items if m.meeting_date)
        if stated:
            head += f" · {de_date(stated[0])}" + (f" – {de_date(stated[-1])}" if stated[-1] != stated[0] else "")
        head += (
            f" · {row['days_to_decision']} Tage bis zum Beschluss"
            if present(row["days_to_decision"])
            else " · kein Beschluss erkannt"
        )
        parts.append(text(0, y + 4, head, 14, weight="bold"))
        y += 14
        lanes = bodies_of(items)
        if not lanes:
            parts.append(text(14, y + 16, "keine Beratungsfolge erkannt", 12, fill="#5b6570"))
            y += 34
            continue
        top = y
        for t in range(0, span + 1, step):
            x = left + plot * t / span
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top:.1f}" y2="{top + 20 * len(lanes) + 4:.1f}" '
                f'stroke="#e3e8ec"/>'
            )
        for body, ms in lanes:
            y += 20
            parts.append(text(left - 10, y + 4, clip(body, 42), 12, "end", tip=body))
            parts.append(f'<line x1="{left}" x2="{left + plot}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eef2f5"/>')
            for m in ms:
                when = placed(m.meeting_date)
                if when is None or start is None:
                    parts.append(text(left + 4, y + 4, "ohne Datum", 11, fill="#5b6570"))
                    continue
                x = left + plot * (when - start).days / span
                tip = f"{body}: {de_date(m.meeting_date)} · {ROLE_LABELS.get(m.role or '', 'Rolle nicht angegeben')}"
                color = ROLE_COLORS.get(m.role, ROLE_COLORS[None])
                if m.is_decision:
                    parts.append(
                        f'<path d="M{x:.1f} {y - 8:.1f} L{x + 8:.1f} {y:.1f} L{x:.1f} {y + 8:.1f} '
                        f'L{x - 8:.1f} {y:.1f} Z" fill="#c0392b" stroke="#7b1d13"><title>{esc(tip)} · '
                        f"Beschluss</title></path>"
                    )
                    parts.append(
                        text(x + 12, y + 4, f"{de_date(m.meeting_date)} Beschluss", 11, weight="bold", fill="#7b1d13")
                    )
                else:
                    fill = f'fill="{color}"' if m.role else f'fill="#fff" stroke="{color}" stroke-width="2"'
                    parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" {fill}><title>{esc(tip)}</title></circle>')
                    parts.append(text(x + 9, y + 4, de_date(m.meeting_date), 11, fill="#5b6570"))
        y += 26
    parts.append(axis(y))
    return svg(width, int(y + 22), "Beratungsfolge je Kommune", "".join(parts))


def composition(d: Data) -> str:
    left, bar, width = int(max([width_of(n) for n in d.names] + [120])) + 16, 500, 880
    leg, lh = legend([(SECTOR_LABELS[s], SECTOR_COLORS[s]) for s in SECTOR_ORDER], left, 16, width - left)
    parts, y = [leg], 16 + lh + 10
    for muni in d.names:
        per = sector_members(d, muni)
        counts = {s: int(df["key"].nunique()) for s, df in per.items()}
        total = sum(counts.values())
        size = d.row(muni)["steering_group_size"]
        parts.append(text(left - 8, y + 17, muni, 13, "end"))
        parts.append(f'<rect x="{left}" y="{y + 2}" width="{bar}" height="24" fill="none" stroke="#d5dbe1"/>')
        x = float(left)
        for s in SECTOR_ORDER:
            if not counts[s]:
                continue
            w = bar * counts[s] / total
            tip = f"{muni} · {SECTOR_LABELS[s]}: {counts[s]} von {total}"
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="24" fill="{SECTOR_COLORS[s]}" '
                f'stroke="#fff"><title>{esc(tip)}</title></rect>'
            )
            if w >= 18:
                parts.append(
                    text(x + w / 2, y + 19, counts[s], 12, "middle", "#fff" if s != "other" else "#1d2329", "bold")
                )
            x += w
        row = d.row(muni)
        note = f"{total} Mitglieder" if total else "keine Mitglieder erkannt"
        note += f" · Größe {size}" if present(size) else ""
        if row["share_basis"] == "seats":
            note += " · Anteile aus Sitzen" + (" (weichen ab)" if row["share_conflict"] is True else "")
        parts.append(text(left + bar + 10, y + 19, note, 12, fill="#5b6570"))
        y += 34
    return svg(width, int(y + 6), "Zusammensetzung der Steuerungsgruppen nach Sektor", "".join(parts))


def costs_chart(d: Data) -> str:
    left, bar, width = int(max([width_of(n) for n in d.names] + [120])) + 16, 480, 880
    items = {m: cost_items(d, m) for m in d.names}
    top = max([it["amount"] for its in items.values() for it in its] + [1.0])
    leg, lh = legend([(COST_LABELS[t], COST_COLORS[t]) for t in COST_TYPES], left, 16, width - left)
    parts, y = [leg], 16 + lh + 10
    for muni in d.names:
        parts.append(text(left - 8, y + 15, muni, 13, "end", weight="bold"))
        if not items[muni]:
            parts.append(text(left + 6, y + 15, "keine Beträge erkannt", 12, fill="#5b6570"))
            y += 28
        for it in items[muni]:
            w = max(bar * it["amount"] / top, 2)
            label = " ".join(filter(None, [QUALIFIER_LABELS.get(it["qualifier"] or ""), euro(it["amount"])]))
            label += f" ({it['year']})" if present(it["year"]) else ""
            tip = f"{muni} · {COST_LABELS.get(it['type'], it['type'])}: {label}"
            parts.append(
                f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="18" rx="2" '
                f'fill="{COST_COLORS.get(it["type"], "#999")}"><title>{esc(tip)}</title></rect>'
            )
            parts.append(text(left + w + 8, y + 17, label, 12))
            y += 24
        parts.append(f'<line x1="0" x2="{width}" y1="{y + 4}" y2="{y + 4}" stroke="#e3e8ec"/>')
        y += 10
    return svg(width, int(y + 4), "Kosten je Kommune nach Kostenart", "".join(parts))
