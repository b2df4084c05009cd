"""A self-contained HTML report comparing municipalities.

One file, no scripts, no external requests: inline SVG charts, each followed by a table
with its numbers, and every value there links to its evidence (document, page, snippet)
in the list at the end. German labels; print CSS for A4.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .compare import Meeting, derive, full_date, meetings, most_common, prepare, present, table
from .schema import COST_TYPES, SECTORS, TAXONOMY_CODES
from .store import write_text

CODE_LABELS = {
    "sprache": "Sprache", "bildung": "Bildung", "arbeit": "Arbeit und Ausbildung", "wohnen": "Wohnen",
    "gesundheit": "Gesundheit", "soziales": "Soziales", "engagement": "Engagement", "kultur": "Kultur und Freizeit",
    "sport": "Sport", "oeffnung": "Interkulturelle Öffnung", "dialog": "Interkultureller Dialog",
    "beteiligung": "Beteiligung", "senioren": "Senioren", "steuerung": "Steuerung", "flucht": "Flucht und Asyl",
    "antidiskriminierung": "Antidiskriminierung", "gender": "Gleichstellung", "jugend": "Kinder, Jugend, Familie",
    "sozialraum": "Sozialraum", "sicherheit": "Sicherheit, Prävention", "medien": "Medien, Information",
    "other": "Sonstiges",
}
SECTOR_LABELS = {
    "politics": "Politik", "administration": "Verwaltung", "welfare": "Wohlfahrtsverbände", "education": "Bildung",
    "public_agency": "Behörden, Agenturen", "migrant_organisation": "Migrantenorganisationen",
    "civil_society": "Zivilgesellschaft", "research": "Wissenschaft", "business": "Wirtschaft", "other": "Sonstige",
}
SECTOR_COLORS = {
    "politics": "#c0392b", "administration": "#1f5f8b", "welfare": "#e69f00", "education": "#009e73",
    "public_agency": "#56b4e9", "migrant_organisation": "#cc79a7", "civil_society": "#8c6d31",
    "research": "#6a51a3", "business": "#7f7f7f", "other": "#c7c7c7",
}
SECTOR_ORDER = ("politics", "administration", *(s for s in SECTORS if s not in ("politics", "administration")))
COST_LABELS = {"external_support": "Externe Begleitung", "total": "Gesamtkosten", "grant": "Förderung",
               "budget": "Haushaltsmittel", "personnel": "Personal", "material": "Sachkosten", "other": "Sonstige"}
COST_COLORS = {"external_support": "#d55e00", "total": "#1f5f8b", "grant": "#009e73", "budget": "#56b4e9",
               "personnel": "#cc79a7", "material": "#e69f00", "other": "#999999"}
ROLE_LABELS = {"preliminary": "Vorberatung", "deliberation": "Beratung", "decision": "Entscheidung",
               "information": "Kenntnisnahme"}
ROLE_COLORS = {"preliminary": "#56b4e9", "deliberation": "#1f5f8b", "decision": "#c0392b",
               "information": "#999999", None: "#7f8c8d"}
BODY_TYPE_LABELS = {"council": "Rat/Kreistag", "committee": "Ausschuss", "advisory_board": "Beirat",
                    "district_council": "Bezirksvertretung", "executive": "Verwaltungsspitze", "other": "Sonstige"}
QUALIFIER_LABELS = {"approx": "ca.", "estimated": "voraussichtl.", "max": "max.", "min": "mind."}
FONT = "'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif"
Ref = tuple[str, int]

CSS = """
:root{--ink:#1d2329;--muted:#5b6570;--line:#d5dbe1;--accent:#1f5f8b}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}
body{font:15px/1.45 %s;color:var(--ink);max-width:1060px;margin:0 auto;padding:24px 28px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:34px 0 6px;border-bottom:2px solid var(--accent)}
h3{font-size:15px;margin:18px 0 4px}p.lead,p.note{color:var(--muted);margin:4px 0 10px}p.note{font-size:13px}
figure{margin:8px 0 10px;break-inside:avoid}svg{max-width:100%%;height:auto;display:block}
table{border-collapse:collapse;font-size:13px;width:100%%;margin:6px 0 10px}
th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef2f5;font-weight:600}tbody th{background:#f6f8fa;font-weight:normal}
table.overview{font-size:12.5px}table.overview td.n,table.overview td:nth-child(5),table.overview td:nth-child(6)
{white-space:nowrap}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.zero{color:#9aa3ab}a.ev{color:inherit;text-decoration:none;border-bottom:1px dotted var(--accent)}
a.ev:hover{background:#fff3c4}.evidence{font-size:12px}.evidence li{margin:0 0 6px}
.evidence li:target{background:#fff3c4}.evidence ul{margin:2px 0 0;padding-left:16px}
q{font-style:italic;color:#333}code{font-size:11px;color:var(--muted)}
nav{font-size:14px;margin:6px 0 14px}nav a{margin-right:14px;color:var(--accent)}
@page{size:A4;margin:14mm 12mm}
@media print{body{font-size:10pt;max-width:none;padding:0}table{font-size:8pt}h2{font-size:14pt}
nav{display:none}section{break-before:page}section.first{break-before:auto}tr{break-inside:avoid}
.evidence{font-size:7.5pt}a.ev{border-bottom:none}}
""" % FONT


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def de_date(value: Any) -> str:
    """'2017-05-23' → '23.05.2017', '2019-06' → '06/2019'."""
    s = str(value) if present(value) else ""
    if len(s) == 10:
        return f"{s[8:10]}.{s[5:7]}.{s[0:4]}"
    return f"{s[5:7]}/{s[0:4]}" if len(s) == 7 else s


def de_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def euro(value: Any) -> str:
    if not present(value):
        return "–"
    v = float(value)
    return de_number(v, 0 if v == int(v) else 2) + " €"


def share(value: Any) -> str:
    return "–" if not present(value) else de_number(float(value) * 100, 1) + " %"


class Evidence:
    """The evidence list: each entry a set of table rows shown with document, page and snippet."""

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        self.frames = frames
        docs = table(frames, "documents")
        self.paths = dict(zip(docs["doc_id"], docs["source_path"]))
        self.records: dict[str, list[dict[str, Any]]] = {}
        self.entries: list[tuple[str, list[Ref]]] = []
        self.ids: dict[tuple[Ref, ...], str] = {}

    def anchor(self, title: str, refs: Iterable[Ref]) -> str:
        """The id of the entry for these rows (the first title given to them names it)."""
        key = tuple(refs)
        if key not in self.ids:
            self.ids[key] = f"ev-{len(self.entries) + 1}"
            self.entries.append((title, list(key)))
        return self.ids[key]

    def link(self, text: Any, title: str, refs: Iterable[Ref]) -> str:
        return f'<a class="ev" href="#{self.anchor(title, refs)}">{esc(text)}</a>'

    def source(self, ref: Ref) -> str:
        name, i = ref
        if name not in self.records:
            self.records[name] = table(self.frames, name).to_dict("records")
        row = self.records[name][i]
        if name == "documents":
            return (f"<code>{esc(row['source_path'])}</code> · {esc(row['n_pages'])} Seite(n) · "
                    f"Text: {esc(row['text_source'])} · doc_id {esc(row['doc_id'])}")
        snippet = str(row["snippet"]) if present(row["snippet"]) else ""
        snippet = snippet if len(snippet) <= 320 else snippet[:320] + " …"
        return (f"<code>{esc(self.paths.get(row['doc_id'], row['doc_id']))}</code>, S. {esc(row['page'])}, "
                f"Zeichen {esc(row['char_start'])}–{esc(row['char_end'])}: <q>{esc(snippet)}</q>")

    def html(self) -> str:
        items = []
        for i, (title, refs) in enumerate(self.entries, 1):
            srcs = "".join(f"<li>{self.source(r)}</li>" for r in refs) or "<li>keine Fundstelle</li>"
            items.append(f'<li id="ev-{i}"><b>{esc(title)}</b><ul>{srcs}</ul></li>')
        return f'<ol class="evidence">{"".join(items)}</ol>'


def svg(width: int, height: int, label: str, body: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{esc(label)}" font-family="{esc(FONT)}" '
            f'font-size="13"><title>{esc(label)}</title>{body}</svg>')


def text(x: float, y: float, s: Any, size: int = 13, anchor: str = "start", fill: str = "#1d2329",
         weight: str = "normal", extra: str = "", tip: str = "") -> str:
    title = f"<title>{esc(tip)}</title>" if tip else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}" {extra}>{title}{esc(s)}</text>')


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
    return s[: n - tail - 1].rstrip() + "…" + s[len(s) - tail:]


def swatch(shape: str, x: float, y: float, color: str) -> str:
    """A legend mark centred at (x, y): square, circle or diamond."""
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{color}"/>'
    if shape == "ring":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#fff" stroke="{color}" stroke-width="2"/>'
    if shape == "diamond":
        return f'<path d="M{x:.1f} {y - 8:.1f} L{x + 8:.1f} {y:.1f} L{x:.1f} {y + 8:.1f} L{x - 8:.1f} {y:.1f} Z" ' \
               f'fill="{color}"/>'
    return f'<rect x="{x - 7:.1f}" y="{y - 7:.1f}" width="14" height="14" rx="2" fill="{color}"/>'


def legend(items: list[tuple[str, str]], x: float, y: float, width: float,
           shapes: dict[str, str] | None = None) -> tuple[str, float]:
    """Colour marks with labels, wrapped to ``width``; returns the SVG and the height used."""
    out, cx, cy = [], x, y
    for label, color in items:
        w = 22 + width_of(label, 12) + 14
        if cx + w > x + width:
            cx, cy = x, cy + 20
        out.append(swatch((shapes or {}).get(label, "square"), cx + 7, cy - 4, color) + text(cx + 20, cy, label, 12))
        cx += w
    return "".join(out), cy - y + 20


@dataclass
class Data:
    frames: dict[str, pd.DataFrame]
    prep: dict[str, pd.DataFrame]
    munis: pd.DataFrame
    names: list[str]
    found: dict[str, list[Meeting]]
    ev: Evidence
    split: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)
    docs: dict[str, list[Ref]] = field(default_factory=dict)
    by_name: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_name = {str(r["municipality"]): r for r in self.munis.to_dict("records")}
        for name, df in self.prep.items():
            for muni, rows in df.groupby("municipality", sort=False):
                self.split[(name, str(muni))] = rows
        for i, m in enumerate(table(self.frames, "documents")["municipality"]):
            if present(m):
                self.docs.setdefault(str(m).strip(), []).append(("documents", i))

    def rows(self, name: str, muni: str) -> pd.DataFrame:
        return self.split.get((name, muni), self.prep[name].iloc[0:0])

    def row(self, muni: str) -> dict[str, Any]:
        return self.by_name[muni]

    def doc_refs(self, muni: str) -> list[Ref]:
        return self.docs.get(muni, [])

    def docs_link(self, muni: str, text_: Any) -> str:
        return self.ev.link(text_, f"{muni} · geprüfte Dokumente", self.doc_refs(muni))


def refs(name: str, df: pd.DataFrame) -> list[Ref]:
    return [(name, int(r)) for r in df["row"]]


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
            labels = sorted({str(lab) for lab, cats in zip(d.rows("action_fields", muni)["label"],
                                                             d.rows("action_fields", muni)["categories"])
                             if present(cats) and code in str(cats).split(";")})
            tip = f"{muni} · {CODE_LABELS[code]}: " + ("; ".join(labels) if on else "nicht genannt")
            parts.append(f'<rect x="{left + j * cell + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" rx="3" '
                         f'fill="{"#1f5f8b" if on else "#eef2f5"}"><title>{esc(tip)}</title></rect>')
        n = sum(int(row[f"af_{c}"] == 1) for c in codes)
        count = f"{n} Code" if n == 1 else f"{n} Codes"
        parts.append(text(left + cell * len(codes) + 10, y + cell / 2 + 5, count, 12, fill="#5b6570"))
    return svg(width, height, "Handlungsfelder je Kommune", "".join(parts))


def heatmap_table(d: Data) -> str:
    head = "".join(f'<th class="n">{esc(m)}</th>' for m in d.names)
    body = []
    for code in TAXONOMY_CODES:
        cells = []
        for muni in d.names:
            row = d.row(muni)
            if row[f"af_{code}"] == 1:
                afs = d.rows("action_fields", muni)
                hit = afs[[present(c) and code in str(c).split(";") for c in afs["categories"]]]
                cells.append('<td class="n">' + d.ev.link("1", f"{muni} · Handlungsfeld {CODE_LABELS[code]}",
                                                           refs("action_fields", hit)) + "</td>")
            else:
                cells.append('<td class="n zero">' + d.docs_link(muni, "0") + "</td>")
        body.append(f"<tr><th>{esc(CODE_LABELS[code])} <code>{code}</code></th>{''.join(cells)}</tr>")
    return f"<table><thead><tr><th>Handlungsfeld</th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


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
        head += f" · {row['days_to_decision']} Tage bis zum Beschluss" if present(row["days_to_decision"]) \
            else " · kein Beschluss erkannt"
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
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top:.1f}" y2="{top + 20 * len(lanes) + 4:.1f}" '
                         f'stroke="#e3e8ec"/>')
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
                    parts.append(f'<path d="M{x:.1f} {y - 8:.1f} L{x + 8:.1f} {y:.1f} L{x:.1f} {y + 8:.1f} '
                                 f'L{x - 8:.1f} {y:.1f} Z" fill="#c0392b" stroke="#7b1d13"><title>{esc(tip)} · '
                                 f'Beschluss</title></path>')
                    parts.append(text(x + 12, y + 4, f"{de_date(m.meeting_date)} Beschluss", 11, weight="bold",
                                      fill="#7b1d13"))
                else:
                    fill = f'fill="{color}"' if m.role else f'fill="#fff" stroke="{color}" stroke-width="2"'
                    parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" {fill}><title>{esc(tip)}</title></circle>')
                    parts.append(text(x + 9, y + 4, de_date(m.meeting_date), 11, fill="#5b6570"))
        y += 26
    parts.append(axis(y))
    return svg(width, int(y + 22), "Beratungsfolge je Kommune", "".join(parts))


def timeline_table(d: Data) -> str:
    body = []
    for muni in d.names:
        items = d.found.get(muni, [])
        first = f'<th rowspan="{max(len(items), 1)}">{d.docs_link(muni, muni)}</th>'
        for m in items:
            rs = [("consultations", r) for r in m.rows]
            name = str(most_common(m.bodies) or "")
            title = f"{muni} · {name}, {de_date(m.meeting_date)}"
            pub = most_common(m.publics)
            role = ROLE_LABELS.get(m.role or "", "nicht angegeben")
            if m.is_decision:
                role = "Beschluss" if m.role == "decision" else f"{role}; als Beschluss gewertet (Rat)"
            cells = [name, BODY_TYPE_LABELS.get(m.body_type or "", "–"), de_date(m.meeting_date) or "–", role,
                     "–" if pub is None else ("ja" if pub else "nein"), str(len(set(m.doc_ids)))]
            body.append(f"<tr>{first}" + "".join(f"<td>{d.ev.link(c, title, rs)}</td>" for c in cells) + "</tr>")
            first = ""
        if not items:
            body.append(f"<tr>{first}<td colspan=6>{d.docs_link(muni, 'keine Beratungsfolge erkannt')}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Kommune", "Gremium", "Typ", "Datum", "Rolle", "öffentlich", "Dok."))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def sector_members(d: Data, muni: str) -> dict[str, pd.DataFrame]:
    """Member rows per sector, each distinct member under its most frequent sector."""
    rows = d.rows("steering_group_members", muni)
    rows = rows[rows["key"] != ""]
    sector_of = {k: (most_common(g["sector"]) or "other") for k, g in rows.groupby("key", sort=False)}
    by = rows.assign(main=rows["key"].map(sector_of))
    return {s: by[by["main"] == s] for s in SECTOR_ORDER}


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
            parts.append(f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="24" fill="{SECTOR_COLORS[s]}" '
                         f'stroke="#fff"><title>{esc(tip)}</title></rect>')
            if w >= 18:
                parts.append(text(x + w / 2, y + 19, counts[s], 12, "middle", "#fff" if s != "other" else "#1d2329",
                                  "bold"))
            x += w
        note = f"{total} Mitglieder" if total else "keine Mitglieder erkannt"
        note += f" · Größe {size}" if present(size) else ""
        parts.append(text(left + bar + 10, y + 19, note, 12, fill="#5b6570"))
        y += 34
    return svg(width, int(y + 6), "Zusammensetzung der Steuerungsgruppen nach Sektor", "".join(parts))


def composition_table(d: Data) -> str:
    head = "".join(f'<th class="n">{esc(m)}</th>' for m in d.names)
    per = {m: sector_members(d, m) for m in d.names}
    body = []
    for s in SECTOR_ORDER:
        cells = []
        for m in d.names:
            df = per[m][s]
            n = int(df["key"].nunique())
            link = d.ev.link(n, f"{m} · Steuerungsgruppe: {SECTOR_LABELS[s]}", refs("steering_group_members", df)) \
                if n else d.docs_link(m, 0)
            cells.append(f'<td class="n{"" if n else " zero"}">{link}</td>')
        body.append(f"<tr><th>{SECTOR_LABELS[s]}</th>{''.join(cells)}</tr>")
    extra = []
    for label, col in (("Größe (angegeben, sonst Mitglieder)", "steering_group_size"),
                       ("Anteil Politik", "share_politics"), ("Anteil Verwaltung", "share_administration"),
                       ("Anteil Zivilgesellschaft u. a.", "share_civil_society")):
        cells = []
        for m in d.names:
            v = d.row(m)[col]
            shown = share(v) if col.startswith("share") else ("–" if not present(v) else v)
            if col == "steering_group_size":
                rs = refs("steering_groups", d.rows("steering_groups", m))
            else:
                rs = [r for s in SECTOR_ORDER if s != "other" for r in refs("steering_group_members", per[m][s])]
            link = d.ev.link(shown, f"{m} · Steuerungsgruppe", rs) if rs else d.docs_link(m, shown)
            cells.append(f'<td class="n">{link}</td>')
        extra.append(f"<tr><th>{label}</th>{''.join(cells)}</tr>")
    return (f"<table><thead><tr><th>Sektor (Anzahl Mitglieder)</th>{head}</tr></thead>"
            f"<tbody>{''.join(body)}{''.join(extra)}</tbody></table>")


def cost_items(d: Data, muni: str) -> list[dict[str, Any]]:
    """Distinct (cost type, amount) of a municipality, largest first within each type."""
    rows = d.rows("costs", muni).dropna(subset=["key"])
    items = []
    for (ctype, amount), g in rows.groupby(["cost_type", "key"], sort=False, dropna=False):
        items.append({"type": ctype if present(ctype) else "other", "amount": float(amount),
                      "qualifier": most_common(g["qualifier"]), "year": most_common(g["fiscal_year"]),
                      "account": most_common(g["budget_account"]), "refs": refs("costs", g)})
    order = {t: i for i, t in enumerate(COST_TYPES)}
    return sorted(items, key=lambda it: (order.get(it["type"], 99), -it["amount"]))


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
            parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="18" rx="2" '
                         f'fill="{COST_COLORS.get(it["type"], "#999")}"><title>{esc(tip)}</title></rect>')
            parts.append(text(left + w + 8, y + 17, label, 12))
            y += 24
        parts.append(f'<line x1="0" x2="{width}" y1="{y + 4}" y2="{y + 4}" stroke="#e3e8ec"/>')
        y += 10
    return svg(width, int(y + 4), "Kosten je Kommune nach Kostenart", "".join(parts))


def costs_table(d: Data) -> str:
    body = []
    for muni in d.names:
        its = cost_items(d, muni)
        first = f'<th rowspan="{max(len(its), 1)}">{d.docs_link(muni, muni)}</th>'
        for it in its:
            title = f"{muni} · {COST_LABELS.get(it['type'], it['type'])} {euro(it['amount'])}"
            cells = [COST_LABELS.get(it["type"], it["type"]), euro(it["amount"]),
                     QUALIFIER_LABELS.get(it["qualifier"] or "", "–"),
                     it["year"] if present(it["year"]) else "–", it["account"] if present(it["account"]) else "–"]
            body.append(f"<tr>{first}" + "".join(f'<td{" class=n" if i == 1 else ""}>{d.ev.link(c, title, it["refs"])}'
                                                 f"</td>" for i, c in enumerate(cells)) + "</tr>")
            first = ""
        if not its:
            body.append(f"<tr>{first}<td colspan=5>{d.docs_link(muni, 'keine Beträge erkannt')}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Kommune", "Kostenart", "Betrag", "Angabe", "Haushaltsjahr", "Konto"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def overview_table(d: Data) -> str:
    heads = ("Kommune", "Typ", "Land", "Dok.", "Erste Beratung", "Beschluss", "Tage", "Gremien",
             "Handlungs&shy;felder", "Steuerungs&shy;gruppe", "Kosten gesamt", "Externe Begleitung")
    body = []
    for muni in d.names:
        row = d.row(muni)
        items = d.found.get(muni, [])
        first = [m for m in items if m.meeting_date == row["first_meeting"]] if present(row["first_meeting"]) else []
        dec = [m for m in items if m.is_decision]
        cons = [("consultations", r) for m in items for r in m.rows]
        afs = refs("action_fields", d.rows("action_fields", muni))
        groups = refs("steering_groups", d.rows("steering_groups", muni))
        costs = d.rows("costs", muni)
        counted = costs[costs["cost_type"] == "total"] if (costs["cost_type"] == "total").any() else costs
        support = refs("facilitators", d.rows("facilitators", muni)) + refs(
            "costs", costs[costs["cost_type"] == "external_support"])

        def cell(value: Any, title: str, rs: list[Ref], num: bool = False) -> str:
            shown = "–" if not present(value) else value
            link = d.ev.link(shown, f"{muni} · {title}", rs) if rs else d.docs_link(muni, shown)
            return f'<td{" class=n" if num else ""}>{link}</td>'
        ext = "–" if not present(row["external_support"]) else ("ja" if row["external_support"] else "nein")
        fac = f"{ext}: {row['facilitator']}" if present(row["facilitator"]) else ext
        body.append("<tr>" + "".join([
            f"<th>{d.docs_link(muni, muni)}</th>",
            cell(row["municipality_type"], "Dokumente", d.doc_refs(muni)),
            cell(row["state"], "Dokumente", d.doc_refs(muni)),
            cell(row["n_documents"], "Dokumente", d.doc_refs(muni), True),
            cell(de_date(row["first_meeting"]), "erste Beratung",
                 [("consultations", r) for m in first for r in m.rows]),
            cell(de_date(row["decision_date"]), "Beschluss", [("consultations", r) for m in dec for r in m.rows]),
            cell(row["days_to_decision"], "Beratungsfolge", cons, True),
            cell(row["n_bodies"], "Beratungsfolge", cons, True),
            cell(row["n_action_fields"], "Handlungsfelder", afs, True),
            cell(row["steering_group_size"], "Steuerungsgruppe", groups, True),
            cell(euro(row["total_cost_eur"]) if present(row["total_cost_eur"]) else None, "gezählte Beträge",
                 refs("costs", counted.dropna(subset=["key"])), True),
            cell(fac, "externe Begleitung", support)]) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in heads)
    return f'<table class="overview"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def similarity_table(d: Data, sim: pd.DataFrame) -> str:
    head = "".join(f'<th class="n">{esc(m)}</th>' for m in d.names)
    body = []
    for a in d.names:
        cells = []
        for b in d.names:
            r = sim[(sim["municipality_a"] == a) & (sim["municipality_b"] == b)].iloc[0]
            v = r["jaccard"]
            shade = "" if not present(v) else f' style="background:rgba(31,95,139,{0.08 + 0.6 * float(v):.2f})"'
            shared = ", ".join(CODE_LABELS[c] for c in str(r["shared_codes"]).split(";")) \
                if present(r["shared_codes"]) else "keine"
            shown = "–" if not present(v) else de_number(float(v), 2)
            afs = refs("action_fields", pd.concat([d.rows("action_fields", a), d.rows("action_fields", b)]))
            title = f"{a} / {b} · gemeinsame Handlungsfelder: {shared}"
            link = d.ev.link(shown, title, afs) if afs else d.docs_link(a, shown)
            cells.append(f'<td class="n"{shade} title="{esc(shared)}">{link}</td>')
        body.append(f"<tr><th>{esc(a)}</th>{''.join(cells)}</tr>")
    return f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


METHOD = """<p class="note">Jede Kommune wird über alle ihre Dokumente zusammengefasst; liegt eine Vorlage
mehrfach vor (Text, PDF, Scan), zählt jedes Gremium, jede Beratung (Gremium und Datum), jedes Mitglied,
jedes Handlungsfeld und jeder Betrag nur einmal. Als Beschluss gilt die letzte Beratung mit der Rolle
„Entscheidung“; nennt die Beratungsfolge keine Rollen, die letzte Sitzung eines Rates bzw. Kreistags.
Die Tage bis zum Beschluss zählen ab der ersten Beratung derselben Vorlage. Anteile der Sektoren beziehen sich
auf Mitglieder mit bekanntem Sektor; „Zivilgesellschaft u. a.“ umfasst alle Sektoren außer Politik und
Verwaltung. Kosten gesamt: Summe der verschiedenen Gesamtkosten-Beträge, sonst aller verschiedenen Beträge.
Jeder Wert in den Tabellen verweist auf seine Belege (Datei, Seite, Textstelle); „0“ und „–“ verweisen auf
die geprüften Dokumente.</p>"""


def render_report(frames: dict[str, pd.DataFrame], source: str = "") -> str:
    """The report as one HTML string (deterministic: the same tables give the same bytes)."""
    prep = prepare(frames)
    found = meetings(prep)
    derived = derive(frames, prep, found)
    munis = derived["municipalities"]
    d = Data(frames, prep, munis, munis["municipality"].tolist(), found, Evidence(frames))
    n_docs = len(table(frames, "documents"))
    sections = [
        ("uebersicht", "Übersicht", "Kennzahlen je Kommune.", "", overview_table(d) + METHOD),
        ("handlungsfelder", "Handlungsfelder",
         "Welche Handlungsfelder der Taxonomie nennen die Integrationskonzepte? Dunkel: genannt.",
         heatmap(d), heatmap_table(d)),
        ("beratungsfolge", "Beratungsfolge",
         "Gremien je Kommune in zeitlicher Folge; gemeinsame Achse: Tage seit der ersten Beratung.",
         timelines(d), timeline_table(d)),
        ("steuerungsgruppen", "Zusammensetzung der Steuerungsgruppen",
         "Verschiedene Mitglieder aller Steuerungsgruppen je Kommune, nach Sektor (Anteile).",
         composition(d), composition_table(d)),
        ("kosten", "Kosten nach Kostenart",
         "Jeder verschiedene Betrag einzeln; Beträge verschiedener Art werden nicht addiert.",
         costs_chart(d), costs_table(d)),
        ("aehnlichkeit", "Ähnlichkeit der Handlungsfelder",
         "Jaccard-Index der Handlungsfeld-Codes (gemeinsame / alle genannten; ohne „Sonstiges“).", "",
         similarity_table(d, derived["municipality_similarity"])),
    ]
    nav = "".join(f'<a href="#{sid}">{esc(title)}</a>' for sid, title, *_ in sections) + '<a href="#belege">Belege</a>'
    body = []
    for i, (sid, title, lead, chart, tab) in enumerate(sections):
        fig = f"<figure>{chart}</figure>" if chart else ""
        body.append(f'<section id="{sid}"{" class=first" if i == 0 else ""}><h2>{esc(title)}</h2>'
                    f'<p class="lead">{esc(lead)}</p>{fig}{tab}</section>')
    evidence = d.ev.html()  # after the tables: they fill the evidence list
    origin = f" aus <code>{esc(source)}</code>" if source else ""
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Integrationskonzepte im Vergleich</title><style>{CSS}</style></head><body>"
            f"<h1>Integrationskonzepte im Vergleich</h1>"
            f'<p class="lead">{len(d.names)} Kommunen, {n_docs} Dokumente{origin}.</p><nav>{nav}</nav>'
            f'{"".join(body)}<section id="belege"><h2>Belege</h2>'
            f'<p class="lead">Fundstellen: Datei, Seite, Zeichenbereich im Text und die Textstelle selbst.</p>'
            f"{evidence}</section></body></html>\n")


def write_report(frames: dict[str, pd.DataFrame], target: Path, source: str = "") -> Path:
    """Render the report and write it atomically to ``target``."""
    write_text(target, render_report(frames, source))
    return target
