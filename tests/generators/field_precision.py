"""Handlungsfelder where papers on other matters set words that look like fields: a generator
per family, each with the fields that are there (positives) and the look-alikes that are not.

- ``numbered_reprises``: fields under their numbers ("Handlungsfeld 2: Infrastruktur"), and the
  same numbers again later: a summary of shares ("HF2: Infrastruktur (WLAN) 89 %"), a cost
  table whose field column holds "Handlungsfeld 2" alone over the row's item ("Verkabelung und
  Montage"), or the heading again with its label worded otherwise. A number names one field:
  only the first labels are fields;
- ``abbreviated_labels``: a form's label line "Handlungsfeld: Zukunft Innenstadt und öffentl.
  Raum", an abbreviated adjective inside the name: the full stop ends no name;
- ``sections_after_lists``: an unnumbered lead-in ("Handlungsfelder der AG:") with its own list,
  of fields or of long tasks, and the document's numbered sections after it ("2. Bisherige
  Vorgehensweise"): the sections are no fields;
- ``enumeration_lists``: a sentence's enumeration set as a numbered list ("1. zirkuläres
  Bauen," … "3. Lifestyle & Konsum sowie" / "4. lokale Ernährung."): the conjunction is no part
  of the field;
- ``lone_numbered_sections``: "Es ergeben sich nachfolgende Handlungsfelder:" over "I. Änderung
  der Satzung" and pages of paragraphs, the next number beyond a list's reach: a numbered
  section, no list (a negative);
- ``task_lists``: a lead-in naming fields over bullets of long tasks wrapped over lines ("▪
  Implementierung mehrerer Module inklusive Aufbau, Migration," / "Schulungen, Tests und" /
  "Support"): no fields (a negative);
- ``verb_phrases``: the fields enumerated before a verb's fixed phrase ("… mit den
  Handlungsfeldern Klima, Natur und Gesundheit in den Blick."): the phrase is no part of the
  last field;
- ``former_fields``: quoted fields called former ("Die bisherigen Handlungsfelder „X“, die „Y“
  sowie die „Z“ bleiben als Querschnittsaufgaben bestehen.") beside a list of this year's: only
  the list's are fields;
- ``field_column_apart``: a table set a cell a line with the header's last word after the first
  row's cells and the field column after the others (pdfminer.six): the fields when all are
  known, else nothing;
- ``topics_with_concepts``: a weak noun's enumeration in a paper on a plan whose only concept
  word is one of its topics ("Für die Themenbereiche (Artenschutz-Konzept, Leitungsinfrastruktur,
  Entwässerungskonzept) wird nach Lösungen gesucht."): a negative; with the concept outside
  the enumeration ("Das Konzept setzt Schwerpunkte in den Bereichen A, B und C.") the fields.

``Drawn.labels`` is what the extractor must recover, exactly and in order.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.generators.field_layouts import BODY, LABELS, NEUTRAL, Drawn, enumerate_labels, last_joiner, paragraph, wrap

fields_drawn = st.lists(st.sampled_from(LABELS), min_size=2, max_size=5, unique_by=lambda x: x[0])


def _drawn(pages: list[str], fields: list[tuple[str, frozenset[str]]], family: str) -> Drawn:
    return Drawn(pages, [f[0] for f in fields], {c for f in fields for c in f[1]}, family)


VARIANTS = ["(Kabel)", "(WLAN)", "(Bestand)", "im Quartier", "(SuS)"]
COST_ITEMS = ["Verkabelung und Montage", "Leitungsmiete Glasfaser (IT-Amt)", "Aufbau technische", "Endgeräte (SuS)"]


@st.composite
def numbered_reprises(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    noun = draw(st.sampled_from(["Handlungsfeld", "Themenfeld"]))
    sep = draw(st.sampled_from([": ", " – ", " "]))
    blocks = [draw(paragraph())]
    for i, (label, _) in enumerate(fields, 1):
        blocks += [f"{noun} {i}{sep}{label}", draw(paragraph(BODY))]
    later = draw(st.sampled_from(["shares", "costs", "reworded"]))
    picked = draw(st.lists(st.integers(0, len(fields) - 1), min_size=1, max_size=len(fields), unique=True))
    if later == "shares":
        blocks.append("Zielerreichung")
        lines = [
            f"HF{i + 1}: {fields[i][0]} {draw(st.sampled_from(VARIANTS))} {draw(st.integers(5, 100))} %"
            for i in sorted(picked)
        ]
        blocks.append("\n".join(lines))
    elif later == "costs":
        rows = ["Maßnahmen", "Aufwendungen"]
        for i in sorted(picked):
            amount = f"{draw(st.integers(2, 900))}.000 Euro"
            rows += [f"Handlungsfeld {i + 1}", draw(st.sampled_from(COST_ITEMS)), amount]
        blocks.append("\n".join(rows))
    else:
        for i in sorted(picked):
            blocks += [f"{noun} {i + 1}{sep}{fields[i][0]} {draw(st.sampled_from(VARIANTS))}", draw(paragraph(BODY))]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "heading")


ABBREVIATED = [
    ("Zukunft Innenstadt und öffentl. Raum", frozenset({"other"})),
    ("Wohnen und städt. Quartiere", frozenset({"wohnen", "sozialraum"})),
]


@st.composite
def abbreviated_labels(draw: st.DrawFn) -> Drawn:
    label, codes = draw(st.sampled_from(ABBREVIATED))
    noun = draw(st.sampled_from(["Handlungsfeld", "Zugeordnetes Handlungsfeld"]))
    text = "\n\n".join(
        [draw(paragraph()), "ISEK-relevant\nnein\nx\nja", f"{noun}: {label}", "Anhörung Ortschaftsrat\nx\nnein"]
    )
    return Drawn([text + "\n"], [label], set(codes) - {"other"} or {"other"}, "heading")


# tasks as long as a sentence (more than twelve words): no list of fields
TASKS = [
    "Sicherstellung des gesetzlichen Auftrags aus der Eingriffsregelung im Baugesetzbuch und im Naturschutzrecht "
    "für alle Vorhaben im Stadtgebiet",
    "Erarbeitung eines Workflows für die Festsetzung von Kompensationsmaßnahmen städtischer und privater Vorhaben "
    "mit dem Ziel der Verstetigung von Abläufen",
    "Klärung der finanziellen Abwicklung zwischen den beteiligten Ämtern und den Gesellschaften der Stadt für alle "
    "laufenden Verfahren",
    "Entwicklung von Instrumenten zur Sicherstellung eines dauerhaft funktionsfähigen Monitorings der Flächen im "
    "privaten wie im öffentlichen Bereich",
]
SECTIONS = ["Bisherige Vorgehensweise", "Künftige Vorgehensweise", "Organisatorische Umsetzung", "Weiteres Vorgehen"]


@st.composite
def sections_after_lists(draw: st.DrawFn) -> Drawn:
    positive = draw(st.booleans())
    fields = draw(fields_drawn) if positive else []
    width = draw(st.integers(60, 100))
    items = [f[0] for f in fields] if positive else draw(st.lists(st.sampled_from(TASKS), min_size=2, unique=True))
    listed = "\n".join(wrap("- " + item, width, False) for item in items)
    start = draw(st.integers(2, 4))
    lead = draw(st.sampled_from(["Handlungsfelder der AG Ausgleich:", "Handlungsfelder im Quartier:"]))
    blocks = [f"{start - 1}. Hintergrund", draw(paragraph()), lead + "\n" + listed]
    blocks.append(draw(paragraph()))
    for n, title in enumerate(draw(st.lists(st.sampled_from(SECTIONS), min_size=2, max_size=3, unique=True)), start):
        blocks += [f"{n}. {title}", draw(paragraph())]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "list" if positive else "none")


@st.composite
def enumeration_lists(draw: st.DrawFn) -> Drawn:
    fields = draw(st.lists(st.sampled_from(LABELS), min_size=3, max_size=5, unique_by=lambda x: x[0]))
    joint = draw(st.sampled_from(["sowie", "und", "oder"]))
    lines = [f"{i}. {label}," for i, (label, _) in enumerate(fields[:-2], 1)]
    lines += [f"{len(fields) - 1}. {fields[-2][0]} {joint}", f"{len(fields)}. {fields[-1][0]}."]
    lead = draw(st.sampled_from(["Aufbauend darauf wurden vier strategische Handlungsfelder identifiziert:"]))
    text = "\n\n".join([draw(paragraph()), lead + "\n" + "\n".join(lines), draw(paragraph())])
    return _drawn([text + "\n"], fields, "list")


LONE = ["Änderung der Betriebssatzung", "Bestellung der Betriebsleitung", "Geschäftsordnung der Betriebsleitung"]


@st.composite
def lone_numbered_sections(draw: st.DrawFn) -> Drawn:
    marks = draw(st.sampled_from([["I.", "II.", "III."], ["1.", "2.", "3."], ["a)", "b)", "c)"]]))
    blocks = [draw(paragraph()), "Es ergeben sich nachfolgende Handlungsfelder:"]
    for mark, title in zip(marks, LONE):
        blocks.append(f"{mark} {title}")
        # the next number beyond a list's reach: each item stands alone
        blocks += [draw(paragraph(BODY + NEUTRAL)) for _ in range(draw(st.integers(16, 20)))]
    return Drawn(["\n\n".join(blocks) + "\n"], [], set(), "none")


TASK_ITEMS = [
    "Implementierung mehrerer Module inklusive Mandantenaufbau, Stammdatenmigration, Berechtigungsverwaltung, "
    "Konfiguration des Finanzwesens, Schulungen, Funktions- und Integrationstests sowie einem Support Service",
    "Analyse, Beschaffung und Grund-Customizing zur Umstellung der E-Rechnung auf den neuen Eigenbetrieb sowie "
    "Einrichtung und Anlage der Berechtigungsverwaltung",
    "Begleitung im Interimsbetrieb inklusive Support",
    "Einrichtung des Zugangsportals für einen sicheren Zugriff auf die in der Cloud betriebenen Anwendungen für den "
    "neuen Mandanten des Eigenbetriebs",
    "Erweiterung der bisherigen Personaladministration und Personalabrechnung um einen neuen Mandanten und Anbindung "
    "an das Finanzwesen",
    "Einrichtung eines zusätzlichen Mandanten für die Dokumenten-Cloud zur Belegarchivierung",
]


@st.composite
def task_lists(draw: st.DrawFn) -> Drawn:
    bullet = draw(st.sampled_from(["▪ ", "- ", "• "]))
    width = draw(st.integers(95, 105))
    lead = draw(st.sampled_from(["Folgende Themenfelder und Aufgaben sind im Leistungsumfang enthalten:"]))
    items = "\n".join(wrap(bullet + item, width, False) for item in TASK_ITEMS)
    text = "\n\n".join([draw(paragraph()), lead + "\n\n" + items, draw(paragraph())])
    return Drawn([text + "\n"], [], set(), "none")


PHRASES = ["in den Blick", "in den Fokus", "in den Mittelpunkt"]


@st.composite
def verb_phrases(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    labels = [f[0] for f in fields]
    last = last_joiner(draw, labels)
    names = enumerate_labels(labels, last)
    verb = draw(st.sampled_from(["nimmt", "rückt"]))
    sentence = f"Das Integrationskonzept {verb} mit den Handlungsfeldern {names} {draw(st.sampled_from(PHRASES))}."
    text = "\n\n".join([draw(paragraph()), wrap(sentence, draw(st.integers(60, 110)), False), draw(paragraph())])
    return _drawn([text + "\n"], fields, "prose")


FORMER = "Die bisherigen Handlungsfelder {E} bleiben als Querschnittsaufgaben weiterhin bestehen."
OLD_FIELDS = ["„Beschäftigung für Alleinerziehende“", "die „Gleichstellung am Arbeitsmarkt“", "die „Teilhabe“"]


@st.composite
def former_fields(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    listed = "\n".join("▪ " + f[0] for f in fields)
    old = draw(st.lists(st.sampled_from(OLD_FIELDS), min_size=2, max_size=3, unique=True))
    former = FORMER.format(E=", ".join(old[:-1]) + " sowie " + old[-1])
    lead = "Das Jobcenter wird die folgenden Handlungsfelder im Jahr 2025 verfolgen:"
    text = "\n\n".join([draw(paragraph()), lead + "\n\n" + listed, wrap(former, draw(st.integers(60, 110)), False)])
    return _drawn([text + "\n"], fields, "list")


GOAL_CELLS = ["Neuzugewanderte erreichen\ndas Niveau B1", "Gleiche Chancen", "Schnellere Aufnahme", "Kurse ausbauen"]
MEASURE_CELLS = ["Ausbau der Kurse", "Lotsen", "Beratung für Familien", "Börse"]


@st.composite
def field_column_apart(draw: st.DrawFn) -> Drawn:
    """A table of fields as pdfminer.six sets a borderless one, a cell a line between blank lines:
    "Handlungsfeld" / "Ziel" / the first row's goal / "Maßnahmen" (the header's last word after
    the first row's other cells), the goals and measures row by row, then the field column."""
    fields = draw(st.lists(st.sampled_from(LABELS), min_size=3, max_size=6, unique_by=lambda x: x[0]))
    others = [(draw(st.sampled_from(GOAL_CELLS)), draw(st.sampled_from(MEASURE_CELLS))) for _ in fields]
    cells = ["Handlungsfeld", "Ziel", others[0][0], "Maßnahmen (Auswahl)", others[0][1]]
    cells += [c for row in others[1:] for c in row] + [f[0] for f in fields]
    text = "Das Konzept wird nach Handlungsfeldern gegliedert:\n\n" + "\n\n".join(cells)
    text += "\n\nDie Moderation der Sitzungen übernimmt eine Stiftung aus Hamburg.\n"
    known = not any("other" in f[1] for f in fields)  # the column is told by its known fields
    return _drawn([text], fields if known else [], "table" if known else "none")


PLAN_TOPICS = [
    "Artenschutz-Konzept",
    "Leitungsinfrastruktur",
    "Entwässerungskonzept",
    "Nachnutzungskonzept",
    "Lufthygiene",
    "Kohleausstieg",
]


@st.composite
def topics_with_concepts(draw: st.DrawFn) -> Drawn:
    if draw(st.booleans()):  # the concept outside the enumeration: a concept's fields
        fields = draw(fields_drawn)
        labels = [f[0] for f in fields]
        last = "sowie" if any(" und " in x for x in labels) else "und"
        sentence = f"Das Konzept setzt Schwerpunkte in den Bereichen {enumerate_labels(labels, last)}."
        text = "\n\n".join([draw(paragraph()), wrap(sentence, draw(st.integers(60, 110)), False)])
        return _drawn([text + "\n"], fields, "prose")
    topics = draw(st.lists(st.sampled_from(PLAN_TOPICS), min_size=3, max_size=5, unique=True))
    if not any("onzept" in t for t in topics):
        topics[-1] = "Entwässerungskonzept"
    form = draw(st.sampled_from(["paren", "zu"]))
    if form == "paren":
        sentence = f"Für die einzelnen Themenbereiche ({', '.join(topics)} etc.) wird nach Lösungen gesucht."
    else:
        names = ", ".join(topics[:-1]) + " und " + topics[-1]
        sentence = f"In den Verträgen konnten Inhalte zu den Themenbereichen {names} ausgehandelt werden."
    text = "\n\n".join(
        ["Der Bebauungsplan wird im Herbst ausgelegt.", wrap(sentence, draw(st.integers(60, 110)), False)]
    )
    return Drawn([text + "\n"], [], set(), "none")
