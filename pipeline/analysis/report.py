"""A self-contained HTML report comparing municipalities.

One file, no scripts, no external requests: inline SVG charts, each followed by a table
with its numbers, and every value there links to its evidence (document, page, snippet)
in the list at the end. German labels; print CSS for A4. This module builds the page and
its tables; the charts are drawn in ``report_charts``, from the data of ``report_data``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

import pandas as pd

from ..atomic import write_text
from ..extract.checklist import checklist
from ..output.labels import REASON_LABELS, value_names
from ..schema import REVIEW_THRESHOLD, TAXONOMY_CODES
from .compare import (
    derive,
    files,
    left_out,
    meetings,
    most_common,
    not_counted,
    prepare,
    present,
    table,
    taken,
    total_cost,
)
from .report_charts import FONT, composition, costs_chart, heatmap, timelines
from .report_data import (
    BASIS_LABELS,
    BODY_TYPE_LABELS,
    CODE_LABELS,
    COST_LABELS,
    QUALIFIER_LABELS,
    ROLE_LABELS,
    SECTOR_LABELS,
    SECTOR_ORDER,
    Data,
    Evidence,
    Ref,
    cost_items,
    de_date,
    de_number,
    esc,
    euro,
    refs,
    sector_members,
    share,
)

CSS = Template(
    """
:root{--ink:#1d2329;--muted:#5b6570;--line:#d5dbe1;--accent:#1f5f8b}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}
body{font:15px/1.45 $font;color:var(--ink);max-width:1060px;margin:0 auto;padding:24px 28px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:34px 0 6px;border-bottom:2px solid var(--accent)}
h3{font-size:15px;margin:18px 0 4px}p.lead,p.note{color:var(--muted);margin:4px 0 10px}p.note{font-size:13px}
figure{margin:8px 0 10px;break-inside:avoid}svg{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;font-size:13px;width:100%;margin:6px 0 10px}
th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef2f5;font-weight:600}tbody th{background:#f6f8fa;font-weight:normal}
table.overview{font-size:12.5px}table.overview td.n,table.overview td:nth-child(5),table.overview td:nth-child(6)
{white-space:nowrap}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.zero{color:#9aa3ab}a.ev{color:inherit;text-decoration:none;border-bottom:1px dotted var(--accent)}
a.ev:hover{background:#fff3c4}.evidence{font-size:12px}.evidence li{margin:0 0 6px}
.evidence li:target{background:#fff3c4}.evidence ul{margin:2px 0 0;padding-left:16px}
q{font-style:italic;color:#333}code{font-size:11px;color:var(--muted)}
nav{font-size:14px;margin:6px 0 14px}nav a{margin-right:14px;color:var(--accent)}
figcaption.conf{font-size:13px;color:var(--muted);margin:2px 0 0}table.check td,table.check th{overflow-wrap:anywhere}
table.check{table-layout:fixed}
@page{size:A4;margin:14mm 12mm}
@media print{body{font-size:10pt;max-width:none;padding:0}table{font-size:8pt}h2{font-size:14pt}
nav{display:none}section{break-before:page}section.first{break-before:auto}tr{break-inside:avoid}
.evidence{font-size:7.5pt}a.ev{border-bottom:none}}
"""
).substitute(font=FONT)


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
                cells.append(
                    '<td class="n">'
                    + d.ev.link("1", f"{muni} · Handlungsfeld {CODE_LABELS[code]}", refs("action_fields", hit))
                    + "</td>"
                )
            else:
                cells.append('<td class="n zero">' + d.docs_link(muni, "0") + "</td>")
        body.append(f"<tr><th>{esc(CODE_LABELS[code])} <code>{code}</code></th>{''.join(cells)}</tr>")
    return f"<table><thead><tr><th>Handlungsfeld</th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


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
            cells = [
                name,
                BODY_TYPE_LABELS.get(m.body_type or "", "–"),
                de_date(m.meeting_date) or "–",
                role,
                "–" if pub is None else ("ja" if pub else "nein"),
                str(len(set(m.doc_ids))),
            ]
            body.append(f"<tr>{first}" + "".join(f"<td>{d.ev.link(c, title, rs)}</td>" for c in cells) + "</tr>")
            first = ""
        if not items:
            body.append(f"<tr>{first}<td colspan=6>{d.docs_link(muni, 'keine Beratungsfolge erkannt')}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Kommune", "Gremium", "Typ", "Datum", "Rolle", "öffentlich", "Dok."))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def composition_table(d: Data) -> str:
    head = "".join(f'<th class="n">{esc(m)}</th>' for m in d.names)
    per = {m: sector_members(d, m) for m in d.names}
    body = []
    for s in SECTOR_ORDER:
        cells = []
        for m in d.names:
            df = per[m][s]
            n = int(df["key"].nunique())
            link = (
                d.ev.link(n, f"{m} · Steuerungsgruppe: {SECTOR_LABELS[s]}", refs("steering_group_members", df))
                if n
                else d.docs_link(m, 0)
            )
            cells.append(f'<td class="n{"" if n else " zero"}">{link}</td>')
        body.append(f"<tr><th>{SECTOR_LABELS[s]}</th>{''.join(cells)}</tr>")
    extra = []
    for label, col in (
        ("Steuerungsgruppe", "steering_group"),
        ("Größe (angegeben, sonst Mitglieder)", "steering_group_size"),
        ("Anteil Politik", "share_politics"),
        ("Anteil Verwaltung", "share_administration"),
        ("Anteil Zivilgesellschaft u. a.", "share_civil_society"),
        ("Grundlage der Anteile", "share_basis"),
        ("Weitere Gruppen (nicht eingerechnet)", "other_groups"),
    ):
        cells = []
        for m in d.names:
            row = d.row(m)
            v = row[col]
            groups = d.rows("steering_groups", m)
            own = (
                groups[groups["group_id"] == row["steering_group_id"]] if present(row["steering_group_id"]) else groups
            )
            members = [r for s in SECTOR_ORDER if s != "other" for r in refs("steering_group_members", per[m][s])]
            if col.startswith("share_") and col != "share_basis":
                shown = share(v) + (f" ({BASIS_LABELS[row['share_basis']]})" if present(v) else "")
                rs = refs("steering_groups", own) if row["share_basis"] == "seats" else members
            elif col == "share_basis":
                shown = BASIS_LABELS.get(str(v), "–") if present(v) else "–"
                if row["share_conflict"] is True:
                    shown += "; Sitze und Mitglieder weichen ab"
                rs = refs("steering_groups", own) + members
            elif col == "other_groups":
                shown = str(v) if present(v) else "–"
                rs = refs("steering_groups", groups[groups["group_id"] != row["steering_group_id"]])
            else:
                shown = "–" if not present(v) else v
                rs = refs("steering_groups", own)
            link = d.ev.link(shown, f"{m} · Steuerungsgruppe", rs) if rs else d.docs_link(m, shown)
            cells.append(f'<td class="n">{link}</td>')
        extra.append(f"<tr><th>{label}</th>{''.join(cells)}</tr>")
    return (
        f"<table><thead><tr><th>Sektor (Anzahl Mitglieder)</th>{head}</tr></thead>"
        f"<tbody>{''.join(body)}{''.join(extra)}</tbody></table>"
    )


def costs_table(d: Data) -> str:
    body = []
    for muni in d.names:
        its = cost_items(d, muni)
        first = f'<th rowspan="{max(len(its), 1)}">{d.docs_link(muni, muni)}</th>'
        for it in its:
            title = f"{muni} · {COST_LABELS.get(it['type'], it['type'])} {euro(it['amount'])}"
            cells = [
                COST_LABELS.get(it["type"], it["type"]),
                euro(it["amount"]),
                QUALIFIER_LABELS.get(it["qualifier"] or "", "–"),
                it["year"] if present(it["year"]) else "–",
                it["account"] if present(it["account"]) else "–",
            ]
            body.append(
                f"<tr>{first}"
                + "".join(
                    f"<td{' class=n' if i == 1 else ''}>{d.ev.link(c, title, it['refs'])}</td>"
                    for i, c in enumerate(cells)
                )
                + "</tr>"
            )
            first = ""
        if not its:
            body.append(f"<tr>{first}<td colspan=5>{d.docs_link(muni, 'keine Beträge erkannt')}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Kommune", "Kostenart", "Betrag", "Angabe", "Haushaltsjahr", "Konto"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def overview_table(d: Data) -> str:
    heads = (
        "Kommune",
        "Typ",
        "Land",
        "Dok.",
        "Erste Beratung",
        "Beschluss",
        "Tage",
        "Gremien",
        "Handlungs&shy;felder",
        "Steuerungs&shy;gruppe",
        "Kosten gesamt",
        "Externe Begleitung",
    )

    def cell(muni: str, value: Any, title: str, rs: list[Ref], num: bool = False) -> str:
        shown = "–" if not present(value) else value
        link = d.ev.link(shown, f"{muni} · {title}", rs) if rs else d.docs_link(muni, shown)
        return f"<td{' class=n' if num else ''}>{link}</td>"

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
        _, counted = total_cost(costs)
        support = refs("facilitators", d.rows("facilitators", muni)) + refs(
            "costs", costs[costs["cost_type"] == "external_support"]
        )

        # "nein" only where a paper says so: that no support is named is no statement
        ext = "ja" if present(row["external_support"]) and row["external_support"] else None
        fac = f"{ext or 'ja'}: {row['facilitator']}" if present(row["facilitator"]) else ext
        total = euro(row["total_cost_eur"]) if present(row["total_cost_eur"]) else None
        if total and present(row.get("cost_total_computed")) and row["cost_total_computed"]:
            total += " (berechnet)"
        body.append(
            "<tr>"
            + "".join(
                [
                    f"<th>{d.docs_link(muni, muni)}</th>",
                    cell(muni, row["municipality_type"], "Dokumente", d.doc_refs(muni)),
                    cell(muni, row["state"], "Dokumente", d.doc_refs(muni)),
                    cell(muni, row["n_documents"], "Dokumente", d.doc_refs(muni), True),
                    cell(
                        muni,
                        de_date(row["first_meeting"]),
                        "erste Beratung",
                        [("consultations", r) for m in first for r in m.rows],
                    ),
                    cell(
                        muni,
                        de_date(row["decision_date"]),
                        "Beschluss",
                        [("consultations", r) for m in dec for r in m.rows],
                    ),
                    cell(muni, row["days_to_decision"], "Beratungsfolge", cons, True),
                    cell(muni, row["n_bodies"], "Beratungsfolge", cons, True),
                    cell(muni, row["n_action_fields"], "Handlungsfelder", afs, True),
                    cell(muni, row["steering_group_size"], "Steuerungsgruppe", groups, True),
                    cell(muni, total, "gezählte Beträge", refs("costs", counted), True),
                    cell(muni, fac, "externe Begleitung", support),
                ]
            )
            + "</tr>"
        )
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
            shared = (
                ", ".join(CODE_LABELS[c] for c in str(r["shared_codes"]).split(";"))
                if present(r["shared_codes"])
                else "keine"
            )
            shown = "–" if not present(v) else de_number(float(v), 2)
            afs = refs("action_fields", pd.concat([d.rows("action_fields", a), d.rows("action_fields", b)]))
            title = f"{a} / {b} · gemeinsame Handlungsfelder: {shared}"
            link = d.ev.link(shown, title, afs) if afs else d.docs_link(a, shown)
            cells.append(f'<td class="n"{shade} title="{esc(shared)}">{link}</td>')
        body.append(f"<tr><th>{esc(a)}</th>{''.join(cells)}</tr>")
    return f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def check_table(d: Data, threshold: float, all_documents: bool = False) -> str:
    """The documents to check (as ``vorlagen review`` lists them), a row per sign, each cell
    linked to the sign's evidence; those the comparison counts first, the others after a
    heading row, each saying why it is not counted."""
    docs = checklist(d.frames, threshold, not_counted(table(d.frames, "documents"), all_documents), value_names())
    if not docs:
        return (
            '<p class="note">Keine Hinweise: kein Zeichen übersehener Angaben, '
            f"kein Wert unter {de_number(threshold, 1)}.</p>"
        )
    body = []
    apart = False
    for doc in docs:
        if doc.left_out and not apart:
            apart = True
            body.append('<tr><th colspan="5">Nicht im Vergleich gezählt (nachrangig)</th></tr>')
        low = "" if doc.min_confidence is None else f"; niedrigste Konfidenz {de_number(doc.min_confidence, 2)}"
        n = len(doc.reasons)
        note = f"; {doc.left_out}" if doc.left_out else ""
        head = f"{doc.source_path} ({n} {'Grund' if n == 1 else 'Gründe'}{low}{note})"
        link = d.ev.link(head, f"{doc.source_path} · Dokument", [("documents", doc.row)])
        first = f'<th rowspan="{len(doc.entries)}">{link}</th>'
        for e in doc.entries:
            ref: list[Ref] = [(e.table, e.row)]
            title = f"{doc.source_path} · {REASON_LABELS.get(e.reason, e.reason)}"
            snippet = " ".join(e.snippet.split())
            snippet = snippet if len(snippet) <= 120 else snippet[:119] + "…"
            cells = [
                REASON_LABELS.get(e.reason, e.reason),
                "–" if e.page is None else f"S. {e.page}",
                snippet or "–",
                e.message,
            ]
            body.append(f"<tr>{first}" + "".join(f"<td>{d.ev.link(c, title, ref)}</td>" for c in cells) + "</tr>")
            first = ""
    head = "".join(f"<th>{h}</th>" for h in ("Dokument", "Grund", "Seite", "Textstelle", "Hinweis"))
    cols = "".join(f'<col style="width:{w}%">' for w in (22, 16, 7, 30, 25))
    return (
        f'<table class="check"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def confidence_note(d: Data, names: tuple[str, ...], label: str, threshold: float) -> str:
    """How many of a chart's values (the rows behind it) have a confidence below ``threshold``."""
    rows = [(name, r) for name in names for r in d.prep[name].to_dict("records")]
    rated = [(n, r) for n, r in rows if "confidence" in r and present(r["confidence"])]
    low: list[Ref] = [(n, int(r["row"])) for n, r in rated if float(r["confidence"]) < threshold]
    limit = de_number(threshold, 1)
    if not rows:
        return ""
    if not rated:
        return f'<figcaption class="conf">Konfidenz der {len(rows)} {label} nicht angegeben.</figcaption>'
    unrated = f"; {len(rows) - len(rated)} ohne Angabe" if len(rated) < len(rows) else ""
    if not low:
        return f'<figcaption class="conf">Alle {len(rated)} {label} mit Konfidenz ab {limit}{unrated}.</figcaption>'
    link = d.ev.link(f"{len(low)} von {len(rated)} {label}", f"{label} mit Konfidenz unter {limit}", low)
    return f'<figcaption class="conf">{link} mit Konfidenz unter {limit}{unrated}.</figcaption>'


METHOD = """<p class="note">Jede Kommune wird über alle ihre Dokumente zusammengefasst; liegt eine Vorlage
mehrfach vor (Text, PDF, Scan), zählt jedes Gremium, jede Beratung (Gremium und Datum), jedes Mitglied,
jedes Handlungsfeld und jeder Betrag nur einmal. Als Beschluss gilt die letzte Beratung mit der Rolle
„Entscheidung“; nennt die Beratungsfolge keine Rollen, die letzte Sitzung eines Rates bzw. Kreistags.
Die Tage bis zum Beschluss zählen ab der ersten Beratung derselben Vorlage. Die Anteile der Sektoren sind die
der Steuerungsgruppe (der Gruppe, die steuert; begleitende und beratende Gruppen werden getrennt genannt und
nicht eingerechnet): aus den Sitzen je Sektor, wo die Vorlage sie nennt, sonst aus den Mitgliedern mit bekanntem
Sektor; die Grundlage steht bei jedem Anteil, und wo Sitze und erkannte Mitglieder abweichen, steht es dabei.
„Zivilgesellschaft u. a.“ umfasst alle Sektoren außer Politik und Verwaltung. Kosten gesamt: der genannte
Gesamtbetrag (der größte, wenn mehrere genannt sind); sonst, als „berechnet“ markiert, die Summe der Beträge
einer Art über die Jahre (gleiche Beträge verschiedener Jahre zählen einzeln, ein Betrag ohne Jahr neben
Jahresbeträgen nicht). Beträge verschiedener Art werden nicht addiert: Förderungen nie zu Kosten, und nennt
eine Kommune Beträge mehrerer Arten ohne Gesamtbetrag, bleibt „Kosten gesamt“ leer. „Externe Begleitung“
steht nur, wo eine Vorlage sie nennt.
Jeder Wert in den Tabellen verweist auf seine Belege (Datei, Seite, Textstelle); „0“ und „–“ verweisen auf
die geprüften Dokumente.</p>"""


def headline(d: Data, all_documents: bool) -> str:
    """What the comparison counts: municipalities, submissions and files, and the documents
    left out and why, each count linked to its documents."""
    docs = table(d.frames, "documents")
    keep = taken(docs, all_documents).to_numpy()
    rows = list(range(len(docs)))
    counted_refs: list[Ref] = [("documents", i) for i in rows if keep[i]]
    left = left_out(docs, all_documents)
    n_munis = len(d.names)
    n_subs = int(sum(1 for i in rows if keep[i] and present(docs["municipality"].iloc[i])))
    parts = [
        f"{n_munis} {'Kommune' if n_munis == 1 else 'Kommunen'}",
        d.ev.link(
            f"{n_subs} {'Vorlage' if n_subs == 1 else 'Vorlagen'}",
            "Gezählte Vorlagen (je eine Datei)",
            [r for r in counted_refs if present(docs["municipality"].iloc[r[1]])],
        ),
        f"{files(docs)} Dateien",
    ]
    lines = [", ".join(parts) + "."]
    index = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])}
    not_rel: list[Ref] = [("documents", index[x]) for x in left["not_relevant"]["doc_id"]]
    repeated: list[Ref] = [("documents", index[x]) for x in left["repeated"]["doc_id"]]
    bundles: list[Ref] = [("documents", index[x]) for x in left["bundle"]["doc_id"]]
    no_place = [r for r in counted_refs if not present(docs["municipality"].iloc[r[1]])]
    out: list[str] = []
    if not_rel:
        out.append(
            d.ev.link(
                f"{len(not_rel)} {'Dokument' if len(not_rel) == 1 else 'Dokumente'} nicht zum Thema",
                "Nicht einbezogen: kein Integrationskonzept (Betreff, Beschlussvorschlag, Text)",
                not_rel,
            )
            + " (weder Betreff noch Beschlussvorschlag handeln von Integration, oder keine Vorlage)"
        )
    if repeated:
        out.append(
            d.ev.link(
                f"{len(repeated)} weitere {'Datei' if len(repeated) == 1 else 'Dateien'} einer gezählten Vorlage",
                "Nicht einbezogen: dieselbe Vorlage in einer weiteren Datei",
                repeated,
            )
            + " (gleiche Drucksachennummer oder fast gleicher Text; jede Angabe zählt einmal)"
        )
    if bundles:
        out.append(
            d.ev.link(
                f"{len(bundles)} {'Datei' if len(bundles) == 1 else 'Dateien'} mit mehreren Vorlagen",
                "Nicht einbezogen: mehrere Vorlagen in einer Datei, nicht getrennt",
                bundles,
            )
            + " (ihre Kopfzeilen zeigen nicht sicher, wo eine Vorlage endet; ihre Angaben könnten vermischt sein)"
        )
    if no_place:
        out.append(d.ev.link(f"{len(no_place)} ohne erkannte Kommune", "Nicht einbezogen: keine Kommune", no_place))
    if out:
        lines.append("Nicht einbezogen: " + "; ".join(out) + ".")
    elif not all_documents:
        lines.append("Alle Dokumente einbezogen.")
    if all_documents:
        lines.append("Alle Vorlagen verglichen, auch solche, die nicht von einem Integrationskonzept handeln.")
    return f'<p class="lead" id="umfang">{" ".join(lines)}</p>'


@dataclass(frozen=True)
class Section:
    """A section of the report: its anchor, title, lead, chart (maybe empty) and table."""

    sid: str
    title: str
    lead: str
    chart: str
    table: str

    def html(self, first: bool) -> str:
        """The section as HTML; the first one is set closer to the headline.

        >>> Section("kosten", "Kosten", "Je Betrag.", "", "<table></table>").html(first=False)
        '<section id="kosten"><h2>Kosten</h2><p class="lead">Je Betrag.</p><table></table></section>'
        """
        fig = f"<figure>{self.chart}</figure>" if self.chart else ""
        return (
            f'<section id="{self.sid}"{" class=first" if first else ""}><h2>{esc(self.title)}</h2>'
            f'<p class="lead">{esc(self.lead)}</p>{fig}{self.table}</section>'
        )


@dataclass(frozen=True)
class Charted:
    """A section with a chart: its anchor, title and lead, how it draws the chart, the tables
    and label of the note on values of low confidence under it, and how it draws its table."""

    sid: str
    title: str
    lead: str
    chart: Callable[[Data], str]
    names: tuple[str, ...]
    label: str
    table: Callable[[Data], str]

    def section(self, d: Data, threshold: float) -> Section:
        """The section (the chart drawn first: each fills the evidence list in turn)."""
        chart = self.chart(d) + confidence_note(d, self.names, self.label, threshold)
        return Section(self.sid, self.title, self.lead, chart, self.table(d))


CHARTED = (
    Charted(
        "handlungsfelder",
        "Handlungsfelder",
        "Welche Handlungsfelder der Taxonomie nennen die Integrationskonzepte? Dunkel: genannt.",
        heatmap,
        ("action_fields",),
        "Handlungsfelder",
        heatmap_table,
    ),
    Charted(
        "beratungsfolge",
        "Beratungsfolge",
        "Gremien je Kommune in zeitlicher Folge; gemeinsame Achse: Tage seit der ersten Beratung.",
        timelines,
        ("consultations",),
        "Beratungen",
        timeline_table,
    ),
    Charted(
        "steuerungsgruppen",
        "Zusammensetzung der Steuerungsgruppen",
        "Verschiedene Mitglieder der Steuerungsgruppe je Kommune, nach Sektor; Anteile aus Sitzen oder Mitgliedern.",
        composition,
        ("steering_group_members",),
        "Mitglieder",
        composition_table,
    ),
    Charted(
        "kosten",
        "Kosten nach Kostenart",
        "Jeder verschiedene Betrag einzeln; Beträge verschiedener Art werden nicht addiert.",
        costs_chart,
        ("costs",),
        "Beträge",
        costs_table,
    ),
)


def chart_sections(d: Data, threshold: float) -> Iterator[Section]:
    """The overview, then the sections with a chart (:data:`CHARTED`), in order."""
    yield Section("uebersicht", "Übersicht", "Kennzahlen je Kommune.", "", overview_table(d) + METHOD)
    for charted in CHARTED:
        yield charted.section(d, threshold)


def table_sections(d: Data, similarity: pd.DataFrame, threshold: float, all_documents: bool) -> Iterator[Section]:
    """The sections of a table only: the similarity of the action fields and the documents to
    check."""
    lead = "Jaccard-Index der Handlungsfeld-Codes (gemeinsame / alle genannten; ohne „Sonstiges“)."
    yield Section("aehnlichkeit", "Ähnlichkeit der Handlungsfelder", lead, "", similarity_table(d, similarity))
    lead = (
        "Dokumente mit Zeichen von Angaben, die nicht erfasst wurden, und Werte mit einer Konfidenz unter "
        f"{de_number(threshold, 1)}; die im Vergleich gezählten Vorlagen zuerst, darin die mit den "
        "folgenreichsten Zeichen, den meisten Gründen und der niedrigsten Konfidenz."
    )
    yield Section("pruefen", "Zu prüfen", lead, "", check_table(d, threshold, all_documents))


def page(sections: list[Section], scope: str, source: str, evidence: str) -> str:
    """The whole page: headline, navigation, the sections and the evidence list."""
    nav = "".join(f'<a href="#{s.sid}">{esc(s.title)}</a>' for s in sections) + '<a href="#belege">Belege</a>'
    body = "".join(s.html(first=i == 0) for i, s in enumerate(sections))
    origin = f'<p class="lead">Ausgewertet: <code>{esc(source)}</code></p>' if source else ""
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Integrationskonzepte im Vergleich</title><style>{CSS}</style></head><body>"
        f"<h1>Integrationskonzepte im Vergleich</h1>"
        f"{scope}{origin}<nav>{nav}</nav>"
        f'{body}<section id="belege"><h2>Belege</h2>'
        f'<p class="lead">Fundstellen: Datei, Seite, Zeichenbereich im Text und die Textstelle selbst.</p>'
        f"{evidence}</section></body></html>\n"
    )


def render_report(
    frames: dict[str, pd.DataFrame], source: str = "", threshold: float = REVIEW_THRESHOLD, all_documents: bool = False
) -> str:
    """The report as one HTML string (deterministic: the same tables give the same bytes).

    Each chart says how many of its values have a confidence below ``threshold``; the
    section "Zu prüfen" lists the documents to check, as ``vorlagen review`` does. Counted
    are the relevant submissions, each once; ``all_documents`` counts every submission. The
    sections (:func:`chart_sections`, :func:`table_sections`) are built first, then the
    headline, then the evidence list they filled."""
    prep = prepare(frames, all_documents)
    found = meetings(prep)
    derived = derive(frames, prep, found, all_documents)
    munis = derived["municipalities"]
    d = Data(frames, prep, munis, munis["municipality"].tolist(), found, Evidence(frames))
    similarity = derived["municipality_similarity"]
    sections = [*chart_sections(d, threshold), *table_sections(d, similarity, threshold, all_documents)]
    scope = headline(d, all_documents)
    return page(sections, scope, source, d.ev.html())


def write_report(
    frames: dict[str, pd.DataFrame],
    target: Path,
    source: str = "",
    threshold: float = REVIEW_THRESHOLD,
    all_documents: bool = False,
) -> Path:
    """Render the report and write it atomically to ``target``."""
    write_text(target, render_report(frames, source, threshold, all_documents))
    return target
