"""Costs as council submissions write them: a generator per family, with negatives.

- ``yearly``: amounts of one kind per fiscal year, equal or not, laid out as an enumeration in
  one sentence (the year before or after each amount), as list lines under a lead-in, or as
  a grid of bare numbers under "(in EUR)" with the years as column headers. Each amount keeps
  its own year; equal amounts of different years are rows of their own. The grid also as text
  exports set it, its columns apart by runs of spaces, numbers flush right or left under
  their years, with or without "€".
- ``typed``: one amount in a sentence whose words say its kind (issue family 10): grants
  (Zuwendung, Fördermittel, Landesmittel, Spende, Zuweisung, bewilligt), budget lines (im
  Haushalt veranschlagt/eingestellt, im Etat vorgesehen, der Fonds ist mit X ausgestattet, der
  Ansatz wurde auf X erhöht), totals (Gesamtkosten, alles in allem) and the negatives: a
  purpose noun before a budget verb ("Druckkosten … eingeplant") is ``other``, a total of one
  year is no ``total``, a relative clause about financing does not retype the amount; a rate
  ("… pro Monat", "/ Jahr") is no total; a revenue ("Erlöse", "Mindererträge") no grant or total;
  "pauschale Veranschlagung" (an estimate) no allocation.
- ``plan``: a budget plan's listing: a position's heading (a product, an account code, a
  project) over lines of a year label and an amount, whose purpose words name other kinds
  ("Förderquote", "Honorar", "Sachkosten"): each an allocation (``budget``), a grant under a
  heading that names one; the negative: such a line after a blank line, without a heading,
  keeps the kind of its own words.
- ``parts``: an allocation or grant stated as a sum, then its parts ("… belaufen sich auf X €
  und setzen sich aus dem Grundbetrag von Y € und … Z € zusammen"): each part is one too; the
  parts of a total are no totals.
- ``named``: a grant named by a compound ("Sonderzuschuss", "1Zuschuss der Stadt"), spending
  beyond the plan approved ("überplanmäßige Auszahlung", an allocation), a sum of grants or of an
  allocation ("Zuwendungen in Höhe von insgesamt …"); the negatives: a sum of costs or of staff
  costs stays a total, a planned depreciation is no allocation, the council's deliberation
  ("nach Vorberatung im Hauptausschuss", "Beratung in öffentlicher Sitzung") is no support.

- ``flat_rows``: a table flattened onto lines: rows of a label and amounts (a share in per cent
  after each, or not), the label before them on their line, glued to the first number, on a line
  of its own, or several rows on one line: a row's label types every amount of its row, the next
  row's label none of them.

- ``form_rows``: a form's rows, a label and an amount closing each line: each row takes its own
  label's kind, not the next row's under it; the negative: a purpose on the line under an amount
  that closes no form's row is the amount's.

- ``limits``: a limit of a rule (a bound in a sentence about who decides, the noun of a limit, a
  rounding note) is no row; the same bound without a rule keeps its amount and kind.

``Drawn.rows`` is what the extractor must give: (amount, cost_type, fiscal_year) in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st


@dataclass
class Drawn:
    text: str
    rows: list[tuple[float, str, int | None]]
    family: str


def de_amount(value: int) -> str:
    """12000 → '12.000'."""
    return f"{value:,}".replace(",", ".")


amounts = st.integers(1, 400).map(lambda n: n * 500)
years = st.integers(2019, 2030)
BUDGET_VERBS = ["bereitgestellt", "veranschlagt", "eingestellt", "eingeplant"]
LEADS = ["Für das Projekt", "Für die Umsetzung des Konzepts", "Für die Integrationsarbeit"]


@st.composite
def yearly(draw: st.DrawFn) -> Drawn:
    n = draw(st.integers(2, 4))
    first = draw(years)
    span = sorted(draw(st.lists(st.integers(0, 5), min_size=n, max_size=n, unique=True)))
    ys = [first + k for k in span]
    same = draw(st.booleans())
    value = draw(amounts)
    vals = [value] * n if same else draw(st.lists(amounts, min_size=n, max_size=n))
    verb = draw(st.sampled_from(BUDGET_VERBS))
    lead = draw(st.sampled_from(LEADS))
    layout = draw(st.sampled_from(["year_first", "amount_first", "lines", "grid", "gap_grid"]))
    if layout == "year_first":
        parts = [
            f"im Haushaltsjahr {y} {'Mittel in Höhe von ' if k == 0 else 'weitere '}{de_amount(v)} €"
            for k, (y, v) in enumerate(zip(ys, vals))
        ]
        text = f"{lead} werden {', '.join(parts[:-1])} und {parts[-1]} {verb}.\n"
        return Drawn(text, [(float(v), "budget", y) for y, v in zip(ys, vals)], layout)
    if layout == "amount_first":
        word = draw(st.sampled_from(["im Haushaltsjahr", "im Jahr", "für"]))
        parts = [f"{de_amount(v)} € {word} {y}" for y, v in zip(ys, vals)]
        text = f"{lead} werden {', '.join(parts[:-1])} und {parts[-1]} {verb}.\n"
        return Drawn(text, [(float(v), "budget", y) for y, v in zip(ys, vals)], layout)
    if layout == "lines":
        marker = draw(st.sampled_from(["", "- ", "• "]))
        items = "\n".join(f"{marker}im Haushaltsjahr {y}: {de_amount(v)} €" for y, v in zip(ys, vals))
        text = f"{lead} werden folgende Mittel {verb}:\n{items}\n\nDer Rat wird gebeten, zuzustimmen.\n"
        return Drawn(text, [(float(v), "budget", y) for y, v in zip(ys, vals)], layout)
    label, kind = draw(
        st.sampled_from(
            [
                ("Sachkosten", "material"),
                ("Personalkosten", "personnel"),
                ("Haushaltsmittel", "budget"),
                ("Honorar", "external_support"),
            ]
        )
    )
    caption = draw(st.sampled_from(["Kosten (in EUR)", "Finanzierung (in EUR)", "Beträge in EUR"]))
    # bare numbers are read with a thousands separator or cents ("500" alone may be a count)
    vals = [v if v >= 1000 else v * 10 for v in vals]
    if layout == "gap_grid":  # the grid as text exports set it: columns apart by runs of spaces
        width = draw(st.integers(10, 16))
        flush = draw(st.sampled_from([str.rjust, str.ljust]))
        euro = draw(st.sampled_from(["", " €"]))
        pad = len(label) + draw(st.integers(2, 6))
        head = " " * pad + "".join(flush(str(y), width) for y in ys)
        row = label.ljust(pad) + "".join(flush(de_amount(v) + euro, width) for v in vals)
        if not euro:
            caption = caption.replace("Beträge in EUR", "Kosten (in EUR)")
        text = f"Die Maßnahme wird wie folgt finanziert.\n\n{caption}\n{head.rstrip()}\n{row.rstrip()}\n"
        return Drawn(text, [(float(v), kind, y) for y, v in zip(ys, vals)], layout)
    head = "\t" + "\t".join(str(y) for y in ys)
    row = label + "\t" + "\t".join(de_amount(v) for v in vals)
    text = f"Die Maßnahme wird wie folgt finanziert.\n\n{caption}\n{head}\n{row}\n"
    return Drawn(text, [(float(v), kind, y) for y, v in zip(ys, vals)], layout)


TYPED: list[tuple[str, str]] = [
    # grants, applied for, approved or received
    ("Eine Zuwendung des Landes in Höhe von {a} € wurde bewilligt.", "grant"),
    ("Fördermittel von {a} € sind beantragt.", "grant"),
    ("Aus Landesmitteln stehen {a} € bereit.", "grant"),
    ("Ein örtlicher Verein hat eine Spende von {a} € zugesagt.", "grant"),
    ("Die Zuweisung des Kreises beträgt {a} €.", "grant"),
    ("Für das Projekt wurden {a} € bewilligt.", "grant"),
    # budget lines
    ("Im Haushalt sind dafür {a} € veranschlagt.", "budget"),
    ("Im Haushalt {y} sind {a} € eingestellt.", "budget"),
    ("Im Etat des Fachbereichs sind {a} € vorgesehen.", "budget"),
    ("Der Fonds ist mit {a} € ausgestattet.", "budget"),
    ("Der Ansatz wurde auf {a} € erhöht.", "budget"),
    ("Für Zentrale Dienste wären weitere {a} € zu veranschlagen.", "budget"),
    ("Eine Finanzhilfe des Landes von {a} € ist zugesagt.", "grant"),
    ("Die Stelle wird mit einem Betrag von {a} € bezuschusst.", "grant"),
    # totals
    ("Die Gesamtkosten belaufen sich auf {a} €.", "total"),
    ("Alles in allem kostet das Vorhaben {a} €.", "total"),
    ("Die Gesamtbaukosten liegen bei {a} €.", "total"),
    # negatives: the purpose noun counts, a year's total is no total
    ("Die Druckkosten von {a} € sind eingeplant.", "other"),
    ("Für Übersetzungskosten sind {a} € im Haushalt eingestellt.", "material"),  # translation is bought material
    ("Die Gesamtkosten für {y} betragen {a} €.", "other"),
    ("Die Gebühren betragen insgesamt höchstens {a} € pro Monat.", "other"),
    ("Die Kosten betragen insgesamt {a} Euro / Jahr.", "other"),
    ("Es werden insgesamt Erlöse von {a} € erzielt.", "other"),
    ("Die Mindererträge betragen insgesamt {a} €.", "other"),
    ("Erwerbsnebenkosten, pauschale Veranschlagung mit 10 % des Kaufpreises: {a} €", "other"),
    # a relative clause about financing does not retype the amount an anaphor points back for
    (
        "Die Moderation übernimmt ein Büro aus der Region. Hierfür fallen Kosten von {a} € an, die im"
        " Haushalt eingestellt sind.",
        "external_support",
    ),
]


@st.composite
def typed(draw: st.DrawFn) -> Drawn:
    template, kind = draw(st.sampled_from(TYPED))
    value = draw(amounts)
    scaled = draw(st.booleans()) and kind != "other"
    if scaled:  # "1,234 Mio. €": three decimals before a scale word
        millis = draw(st.integers(1001, 9999).filter(lambda n: n % 10))
        shown = f"{millis // 1000},{millis % 1000:03d} Mio."
        amount = float(Decimal(millis) * 1000)
    else:
        shown, amount = de_amount(value), float(value)
    text = draw(st.sampled_from(["", "Zur Finanzierung:\n\n"])) + template.format(a=shown, y=draw(years)) + "\n"
    return Drawn(text, [(amount, kind, None)], "typed")


HEADINGS = [  # (heading lines, the kind they give)
    ("Produkt\n54100 Straßen, Wege, Plätze", "budget"),
    ("Investitionen Produkt 42400 Freizeitbad", "budget"),
    ("36100.43180010 Kosten für die Betreuung in Tagespflege", "budget"),
    ("Auszahlung\n56100.09610049 Projekt 3277", "budget"),
    ("5700.9510 Sanierung des Freizeitbades", "budget"),
    ("Einzahlung\n56100.21510000 Zuwendungen - Bund", "grant"),
    ("36100.31420000 Zuweisungen für laufende Zwecke von Gemeinden", "grant"),
]
PURPOSES = [  # (purpose words after an amount, the kind they give alone)
    ("Ausbau Am Fahlen Kamp, Seite 185", None),
    ("Einführung Energiemanagementsystem, Förderquote von 70 %", "grant"),
    ("Honorar für die Moderation", "external_support"),
    ("Sachkosten Inventar", "material"),
    ("", None),
]


@st.composite
def plan(draw: st.DrawFn) -> Drawn:
    heading, kind = draw(st.sampled_from(HEADINGS))
    n = draw(st.integers(1, 4))
    first = draw(years)
    vals = draw(st.lists(amounts.filter(lambda v: v >= 1000), min_size=n, max_size=n))
    # not "2009 100.000,00 Euro": a year before an amount of six digits is no amount to the money
    # reader (it could be one number), a limit of its own
    label = draw(st.sampled_from(["{y}: ", "{y} – {z} jeweils ", "{y} - {z}: jeweils "]))
    euro = draw(st.sampled_from(["€", "Euro", "EUR"]))
    lines, rows = [], []
    for k, v in enumerate(vals):
        words, alone = draw(st.sampled_from(PURPOSES))
        year = first + k
        lines.append(f"{label.format(y=year, z=year + 2)}{de_amount(v)} {euro} {words}".rstrip())
        rows.append((float(v), kind, alone))
    lead = "Folgende Investitionstätigkeit ist in der Ortschaft vorgesehen:\n"
    if draw(st.booleans()):  # the negative: a line without a heading, a blank line before it
        text = lead + "\n" + lines[0] + "\n"
        return Drawn(text, [(rows[0][0], rows[0][2] or "other", None)], "plan_negative")
    text = lead + heading + "\n" + "\n".join(lines) + "\n"
    return Drawn(text, [(a, k, None) for a, k, _ in rows], "plan")


@st.composite
def parts(draw: st.DrawFn) -> Drawn:
    whole, kind = draw(
        st.sampled_from(
            [
                ("Die zur Verfügung gestellten Ortsratsmittel belaufen sich auf", "budget"),
                ("Die bewilligten Fördermittel betragen", "grant"),
                ("Die Gesamtkosten belaufen sich auf", "other"),  # the parts of a total are no totals
            ]
        )
    )
    vals = draw(st.lists(amounts, min_size=2, max_size=3))
    names = ["dem Grundbetrag von", "einem Einwohnerbetrag von", "einem Zuschlag von"]
    items = [f"{names[k]} {de_amount(v)} €" for k, v in enumerate(vals)]
    link = draw(st.sampled_from(["setzen sich aus {} zusammen", "sind zusammengesetzt aus {}"]))
    listed = ", ".join(items[:-1]) + " und " + items[-1]
    text = f"{whole} {de_amount(sum(vals))} € und {link.format(listed)}.\n"
    top = "total" if kind == "other" else kind
    return Drawn(text, [(float(sum(vals)), top, None), *((float(v), kind, None) for v in vals)], "parts")


# --- the words of a grant or allocation the reader knew only in part ------------------------
# - a grant named by a compound ("Sonderzuschuss", "Investitionskostenzuschüsse", "Landeszuwendung",
#   a grid's row number glued to it: "1Zuschuss der Stadt");
# - spending beyond the plan approved ("genehmigt eine überplanmäßige Auszahlung in Höhe von …",
#   "Der außerplanmäßigen Ausgabe … wird zugestimmt") is an allocation; a planned depreciation is not;
# - an adverb of the whole ("insgesamt") over grants or an allocation sums those ("drei Zuwendungen in
#   Höhe von insgesamt …", "stehen insgesamt … zur Verfügung"); over costs, staff costs or a fee
#   it stays a total.
GRANT_HEADS = [
    "Sonder",
    "Investitions",
    "Investitionskosten",
    "Betriebskosten",
    "Landes",
    "Miet",
    "Projekt",
    "Sachkosten",
]
BEYOND = ["über", "außer"]
OUTLAYS = ["Auszahlung", "Ausgabe", "Aufwendung"]
NAMED: list[tuple[str, str]] = [
    ("Der Verein erhält einen {head}zuschuss in Höhe von {a} €.", "grant"),
    ("Bei diesem {head}zuschuss in Höhe von {a} € handelt es sich um eine freiwillige Leistung.", "grant"),
    ("Die {head}zuschüsse betragen {a} €.", "grant"),
    ("Eine {head}zuwendung von {a} € ist eingegangen.", "grant"),
    ("1{head}zuschuss der Stadt {a} €", "grant"),
    ("Der Gemeinderat genehmigt eine {beyond}planmäßige {outlay} in Höhe von {a} € im Haushaltsjahr 2016.", "budget"),
    ("Der {beyond}planmäßigen {outlay} in Höhe von {a} € für den Umbau wird zugestimmt.", "budget"),
    ("Ein Mehrbedarf von bis zu {a} € wurde als {beyond}planmäßige {outlay} genehmigt.", "budget"),
    ("Das Amt erhielt drei Zuwendungen in Höhe von insgesamt {a} €.", "grant"),
    ("Dem Kulturamt wurden zwei Spenden in Höhe von insgesamt {a} € angeboten.", "grant"),
    ("Für das Projekt stehen insgesamt {a} € zur Verfügung.", "budget"),
    ("Im Haushalt sind dafür insgesamt {a} € veranschlagt.", "budget"),
    # negatives
    ("Die Kosten der Maßnahme betragen insgesamt {a} €.", "total"),
    ("Die Personalkosten betragen insgesamt {a} €.", "total"),
    ("Die Abschreibung beträgt planmäßig {a} € im Jahr.", "other"),
    # the council's own deliberation is no support; a counselling service is
    ("Der Gemeinderat stimmt nach Vorberatung im Bauausschuss der Vergabe zum Preis von {a} € zu.", "other"),
    ("Mitteilungsvorlage\nBeratung in öffentlicher Sitzung\nEs ist eine Kreditaufnahme von {a} € erfolgt.", "other"),
    ("Beratung und Beschlussfassung\nDer Kaufpreis beträgt {a} €.", "other"),
    ("Für die externe Fachberatung fallen {a} € an.", "external_support"),
]


@st.composite
def named(draw: st.DrawFn) -> Drawn:
    template, kind = draw(st.sampled_from(NAMED))
    head = draw(st.sampled_from(GRANT_HEADS))
    value = draw(amounts.filter(lambda v: v >= 1000))
    text = template.format(
        a=de_amount(value),
        head=head,
        beyond=draw(st.sampled_from(BEYOND)),
        outlay=draw(st.sampled_from(OUTLAYS)),
    )
    return Drawn(text + "\n", [(float(value), kind, None)], "named")


# --- a table flattened onto lines -------------------------------------------------------------
# Each row is a label and two or more amounts (a share in per cent after each, or not); the label
# stands before the amounts on their line (glued to the first number, as a grid's export sets it:
# "Gesamtkosten15.000,00 €", or not), on a line of its own over them, or several rows run together
# on one line. A row's label types every amount of its row; the next row's label types none of
# them (a label without a cue leaves its amounts ``other``).
ROW_LABELS: list[tuple[str, str]] = [
    ("Personalkosten", "personnel"),
    ("Summe Sachkosten", "material"),
    ("Gesamtkosten", "total"),
    ("Eingliederungszuschüsse", "grant"),
    ("DEFIZIT = Eigenanteil der Stadt", "other"),
    ("Honorare", "external_support"),
    ("Arbeitsgelegenheiten", "other"),
    ("Teilhabe am Arbeitsmarkt", "other"),
]


@st.composite
def flat_rows(draw: st.DrawFn) -> Drawn:
    labels = draw(st.lists(st.sampled_from(ROW_LABELS), min_size=2, max_size=4, unique=True))
    layout = draw(st.sampled_from(["same_line", "glued", "label_above", "one_line"]))
    share = draw(st.booleans())
    rows, texts = [], []
    for label, kind in labels:
        vals = draw(st.lists(amounts.filter(lambda v: v >= 1000), min_size=2, max_size=4))
        cells = " ".join(
            f"{de_amount(v)} €" + (f" {draw(st.integers(1, 40))},{draw(st.integers(10, 99))} %" if share else "")
            for v in vals
        )
        sep = {"same_line": " ", "glued": "", "label_above": "\n", "one_line": " "}[layout]
        texts.append(f"{label}{sep}{cells}")
        rows += [(float(v), kind, None) for v in vals]
    body = (" " if layout == "one_line" else "\n").join(texts)
    return Drawn(f"Die Übersicht zeigt die Mittel je Bereich.\n\n{body}\n", rows, layout)


# --- a form's rows, each amount closing its line -----------------------------------------------
# "Gesamtkosten: 41.000 €" over "davon Moderation: 29.000 €" over "Förderung des Landes: 20.500 €":
# each row's amount takes its own label's kind, never the next row's label under it (a form's
# next field); the negative: a purpose on the line under an amount that closes no row of a form
# ("… 6.000 €" / "für Personalkosten eingeplant.") is the amount's.
FORM_LABELS: list[tuple[str, str]] = [
    ("Gesamtkosten der Maßnahme", "total"),
    ("davon Honorar Moderation", "external_support"),
    ("davon externe Prozessbegleitung", "external_support"),
    ("davon Sachkosten (Raummiete, Druck)", "material"),
    ("davon Personalkosten (anteilig)", "personnel"),
    ("Förderung des Landes (80 %)", "grant"),
    ("Eigenanteil der Gemeinde", "other"),
]


@st.composite
def form_rows(draw: st.DrawFn) -> Drawn:
    labels = draw(st.lists(st.sampled_from(FORM_LABELS), min_size=2, max_size=5, unique=True))
    vals = draw(st.lists(amounts.filter(lambda v: v >= 1000), min_size=len(labels), max_size=len(labels), unique=True))
    colon, width = draw(st.booleans()), draw(st.integers(1, 6))
    lines = [
        f"{label}{':' if colon else ''}{' ' * (width + 40 - len(label))}{de_amount(v)},00 €"
        for (label, _), v in zip(labels, vals)
    ]
    rows = [(float(v), kind, None) for (_, kind), v in zip(labels, vals)]
    if draw(st.booleans()):  # the negative: a purpose under an amount that closes no form's row
        v = draw(amounts.filter(lambda x: x >= 1000 and x not in vals))
        lines.append(f"\nIm Haushalt sind weitere {de_amount(v)} €\nfür Personalkosten eingeplant.")
        rows.append((float(v), "personnel", None))
    return Drawn("Finanzielle Auswirkungen:   [X] ja   [ ] nein\n" + "\n".join(lines) + "\n", rows, "form")


# --- a limit of a rule is no cost ------------------------------------------------------------
# An amount after the noun of a limit or a rounding note, or after a bound in a sentence about who
# decides, is no row; the same bound in a sentence that names no rule keeps the amount ("bis zu 5.000 €
# gefördert" a grant, "ein Auftrag über …" an award).
LIMITS: list[tuple[str, str | None]] = [
    ("Die Entscheidungszuständigkeit für überplanmäßige Auszahlungen größer als {a} € liegt beim Rat.", None),
    ("Für Vergaben von Lieferungen und Leistungen über {a} Euro ist der Hauptausschuss zuständig.", None),
    ("Der Gemeinderat ist bei einem Grundstückswert ab {a} € zuständig.", None),
    ("Dem Bürgermeister wird die Entscheidungskompetenz bis {a} € übertragen.", None),
    ("Eine unerhebliche Bedeutung liegt bei einer Auszahlung bis zu einem Betrag von {a} € vor.", None),
    ("Es wird eine Berichtspflicht ab einer Wertgrenze von {a} € festgelegt.", None),
    ("Oberhalb des Schwellenwertes von {a} Euro ist europaweit auszuschreiben.", None),
    ("Die Beträge werden auf volle {a} € aufgerundet.", None),
    # negatives: the same words without a rule
    ("Die Firma beteiligt sich bis zu einem Betrag von {a} € an den Mehrkosten.", "total"),
    ("Der Vergabe des Auftrags über {a} € an die Firma wird zugestimmt.", "other"),
    ("Das Land fördert das Projekt mit bis zu {a} €.", "grant"),
    ("Die Gesamtkosten liegen bei mehr als {a} €.", "total"),
]


@st.composite
def limits(draw: st.DrawFn) -> Drawn:
    template, kind = draw(st.sampled_from(LIMITS))
    value = draw(amounts.filter(lambda v: v >= 1000))
    rows = [] if kind is None else [(float(value), kind, None)]
    return Drawn(template.format(a=de_amount(value)) + "\n", rows, "limits")
