"""A generator of Handlungsfeld layouts, as plain text with what must be read from it.

Each strategy draws the fields of a concept (labels with their taxonomy codes) and lays
them out in one family, varied along its axes:

- ``headings``: "3.2 Handlungsfeld X", "Handlungsfeld 2: X", "HF 2 – X", "Handlungsfeld „X“",
  "Handlungsfeld 2" over "X", or a section "4. Handlungsfelder" with "4.1 X" sub-headings;
  body paragraphs between them (wrapped, hyphenated, with mentions of the fields, a list of
  goals), an optional table of contents repeating the headings, optional page breaks with
  page furniture; numbered headings also with every blank line lost (as exports give them);
- ``lead_in_lists``: a lead-in naming the fields, then items marked by -, •, –, a Symbol-font
  bullet (U+F0B7), 1., 1), 1.), (a), a), A., I., "- A." or unmarked, with trailing commas,
  descriptions after a colon or on the line below, blank lines between items, wrapped items,
  page furniture between items;
- ``tables``: the field column in any position, header words varied, separated by tabs,
  wide gaps or pipes, a field repeated or left empty on its further rows; or as a PDF's text
  layer gives a borderless table: cells wrapped over lines, the empty ones dropped;
- ``prose``: an enumeration after "Handlungsfelder" or a weak noun about the concept, or in
  a clause whose subject or complement is the noun ("Die Handlungsfelder des Konzepts sind
  …", "Als zentrale Handlungsfelder wurden … festgelegt", "Zu den Handlungsfeldern zählen …",
  "… bilden die fünf Handlungsfelder", "Dabei sind … die zentralen Handlungsfelder"), with words
  before the noun, attributes after it and adverbials varied; "und" and "sowie" as German puts
  them, the sentence wrapped and hyphenated at any width.

``Drawn.document()`` builds the document (pages for page breaks); ``Drawn.labels`` and
``Drawn.codes`` are what the extractor must recover, exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyphen
from hypothesis import strategies as st

from pipeline.document import Document

LABELS: list[tuple[str, frozenset[str]]] = [
    ("Sprache und Bildung", frozenset({"sprache", "bildung"})),
    ("Arbeit und Beschäftigung", frozenset({"arbeit"})),
    ("Wohnen", frozenset({"wohnen"})),
    ("Gesundheit und Pflege", frozenset({"gesundheit"})),
    ("Bürgerschaftliches Engagement", frozenset({"engagement"})),
    ("Interkulturelle Öffnung der Verwaltung", frozenset({"oeffnung"})),
    ("Sport und Freizeit", frozenset({"sport", "kultur"})),
    ("Antidiskriminierung", frozenset({"antidiskriminierung"})),
    ("Frühkindliche Bildung", frozenset({"bildung"})),
    ("Teilhabe und Partizipation", frozenset({"beteiligung"})),
    ("Senioren", frozenset({"senioren"})),
    ("Sicherheit und Prävention", frozenset({"sicherheit"})),
    ("Kultur", frozenset({"kultur"})),
    ("Verkehr und Mobilität", frozenset({"other"})),
    ("Stadtteil und Nachbarschaft", frozenset({"sozialraum"})),
    ("Interreligiöser Dialog", frozenset({"dialog"})),
    ("Frauen und Gleichstellung", frozenset({"gender"})),
    ("Flucht und Asyl", frozenset({"flucht"})),
    ("Kinder und Jugend", frozenset({"jugend"})),
    ("Medien und Öffentlichkeitsarbeit", frozenset({"medien"})),
    ("Soziale Beratung", frozenset({"soziales"})),
    ("Steuerung und Vernetzung", frozenset({"steuerung"})),
    ("Ausbildung", frozenset({"arbeit"})),
    ("Zugang zu Kultur und Vereinen", frozenset({"kultur"})),
]
CODES = dict(LABELS)

# sentences around the fields: none names a field
NEUTRAL = [
    "Die Verwaltung legt dem Ausschuss den Entwurf zur Beratung vor.",
    "Der Integrationsbeirat hat sich in seiner letzten Sitzung ausführlich mit dem Entwurf befasst.",
    "Die Steuerungsgruppe tagt viermal im Jahr und berichtet dem Sozialausschuss regelmäßig.",
    "Zahlreiche Akteure aus Verwaltung, Vereinen und Wohlfahrtsverbänden haben mitgewirkt.",
    "Die Ergebnisse der Workshops wurden dokumentiert und allen Beteiligten zur Verfügung gestellt.",
    "Eine Fortschreibung ist nach fünf Jahren vorgesehen.",
]
# sentences of a field's body: mentions and goals, but no further field
BODY = [
    "In diesem Handlungsfeld arbeiten viele Träger eng zusammen.",
    "Die bestehenden Angebote sollen besser vernetzt und bekannter gemacht werden.",
    "In allen Handlungsfeldern wurden Leitziele und Maßnahmen erarbeitet.",
    "Die Arbeitsgruppe hat hierzu mehrere Empfehlungen formuliert, die nun priorisiert werden.",
    "Verantwortlich für die Umsetzung ist das zuständige Fachamt gemeinsam mit freien Trägern.",
    "Die Maßnahmen werden jährlich überprüft und bei Bedarf angepasst.",
]
GOALS = "Folgende Ziele wurden vereinbart:\n- Angebote bekannter machen\n- Ehrenamtliche besser begleiten\n"
_HYPHEN = pyphen.Pyphen(lang="de_DE")


def line_end_spaces(text: str, draw: st.DrawFn) -> str:
    """``text`` with one to three spaces at the end of its filled lines, as a PDF's text layer
    leaves them where a line broke (two of them look like a gap between table cells)."""
    lines = text.split("\n")
    spaces = draw(st.lists(st.integers(0, 3), min_size=len(lines), max_size=len(lines)))
    return "\n".join(line + " " * n if line.strip() else line for line, n in zip(lines, spaces))


def wrap(text: str, width: int, hyphenate: bool) -> str:
    """Greedy line wrapping of a paragraph, hyphenating a word that does not fit."""
    lines, line = [], ""
    for word in text.split():
        room = width - len(line) - (1 if line else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line else word
            continue
        if hyphenate and room > 4 and word.isalpha():
            parts = _HYPHEN.wrap(word, room)
            if parts:
                lines.append(f"{line} {parts[0]}" if line else parts[0])
                line = parts[1]
                continue
        if line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return "\n".join(lines)


@dataclass
class Drawn:
    """A drawn layout: the document's pages and the fields to recover."""

    pages: list[str]
    labels: list[str]
    codes: set[str] = field(default_factory=set)
    family: str = ""

    def document(self) -> Document:
        return Document.from_pages("t", "t.txt", "0" * 64, [(p, "plain_text", None) for p in self.pages])

    @property
    def text(self) -> str:
        return "\f".join(self.pages)


def _pages(draw: st.DrawFn, blocks: list[str], furniture: bool) -> list[str]:
    """Blocks joined into a text; with ``furniture`` cut into pages that end in a page number."""
    if not furniture or len(blocks) < 3:
        return ["\n\n".join(blocks) + "\n"]
    cut = draw(st.integers(1, len(blocks) - 1))
    style = draw(st.sampled_from(["Seite {n} von 2", "- {n} -", "{n}"]))
    first = "\n\n".join(blocks[:cut]) + "\n\n" + style.format(n=1) + "\n"
    second = "\n\n".join(blocks[cut:]) + "\n\n" + style.format(n=2) + "\n"
    return [first, second]


fields_drawn = st.lists(st.sampled_from(LABELS), min_size=2, max_size=6, unique_by=lambda x: x[0])
widths = st.integers(min_value=38, max_value=110)


@st.composite
def paragraph(draw: st.DrawFn, pool: list[str] = NEUTRAL) -> str:
    sentences = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))
    return wrap(" ".join(sentences), draw(widths), draw(st.booleans()))


@st.composite
def headings(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    style = draw(st.sampled_from(["numbered", "colon", "hf", "quoted", "next_line", "section", "roman"]))
    noun = draw(st.sampled_from(["Handlungsfeld", "HANDLUNGSFELD", "Themenfeld"]))
    section = draw(st.integers(2, 6))
    roman = ["I", "II", "III", "IV", "V", "VI"]
    heads = []
    for i, (label, _) in enumerate(fields, start=1):
        heads.append(
            {
                "numbered": f"{section}.{i} {noun} {label}",
                "colon": f"{noun} {i}: {label}",
                "hf": f"HF {i} {draw(st.sampled_from(['–', '-', ':']))} {label}",
                "quoted": f"{noun} „{label}“",
                "next_line": f"{noun} {i}\n{label}",
                "section": f"{section}.{i} {label}",
                "roman": f"{noun} {roman[i - 1]}: {label}",
            }[style]
        )
    blocks = [draw(paragraph())]
    if draw(st.booleans()):  # a table of contents repeating the headings
        toc = ["Inhaltsverzeichnis"] + [
            f"{h.replace(chr(10), ' ')} {'.' * draw(st.integers(3, 12))} {n + 3}" for n, h in enumerate(heads)
        ]
        blocks.append("\n".join(toc))
    if style == "section":
        blocks.append(
            f"{section}. "
            + draw(
                st.sampled_from(["Handlungsfelder", "Die Handlungsfelder", "Handlungsfelder des Integrationskonzepts"])
            )
        )
        blocks.append(draw(paragraph()))
    for head in heads:
        tight = draw(st.booleans()) and style not in ("section", "next_line")
        body = draw(paragraph(BODY))
        blocks.append(f"{head}\n{body}" if tight else f"{head}\n\n{body}")
        if draw(st.integers(0, 4)) == 0:
            blocks.append(GOALS)
    if style in ("numbered", "section"):
        blocks.append(f"{section + 1}. Umsetzung")
    blocks.append(draw(paragraph()))
    # no page breaks with "Handlungsfeld 2" over its name: at the top of pages such lines are
    # equal but for their digits and read as running headers (a limit of the furniture reader)
    pages = _pages(draw, blocks, style != "next_line" and draw(st.booleans()))
    if style in ("numbered", "section") and draw(st.booleans()):
        # as an export gives it (pypdf, pdftotext): the blank lines between the blocks lost
        pages = [re.sub(r"\n{2,}", "\n", p) for p in pages]
    return Drawn(pages, [f[0] for f in fields], {c for f in fields for c in f[1]}, "heading")


@st.composite
def moved_section_numbers(draw: st.DrawFn) -> Drawn:
    """A section about the fields whose number pdftotext set apart, with the number of the section
    before it ("3." / "4." above "Ziele" … "Handlungsfelder"), blank lines lost or not: the
    sub-headings "4.1 Sprache und Bildung" … one after another under the bare parent, body lines
    between them. Negatives: the first sub-heading is not the section's first ("4.2 …"), or the
    parent is no field noun ("Maßnahmen"): nothing."""
    fields = draw(fields_drawn)
    section = draw(st.integers(2, 6))
    broken = draw(st.sampled_from(["", "", "", "second", "noun"]))
    parent = "Maßnahmen" if broken == "noun" else draw(st.sampled_from(["Handlungsfelder", "Die Handlungsfelder"]))
    first = 2 if broken == "second" else 1
    intro = wrap(draw(st.sampled_from(NEUTRAL)), draw(widths), False)  # a few lines at most
    lines = [f"{section - 1}.", f"{section}.", "", "Ziele", draw(paragraph()), parent, intro, ""]
    for i, (label, _) in enumerate(fields, start=first):
        lines += [f"{section}.{i} {label}", draw(paragraph(BODY))]
    lines += [f"{section + 1}.", "", "Weiteres Vorgehen", draw(paragraph())]
    text = "\n".join(lines) + "\n"
    if draw(st.booleans()):
        text = re.sub(r"\n{2,}", "\n", text)
    kept = [] if broken else fields
    return Drawn([text], [f[0] for f in kept], {c for f in kept for c in f[1]}, "heading" if kept else "none")


FINDINGS = [
    "Die Fortschreibung ist Teil eines Prozesses, der ständig im Fluss ist.",
    "Der Workshop bot Akteuren aus vielen Bereichen eine Plattform für den Austausch.",
    "In einigen Gruppen wurde betont, dass das Thema präsent ist.",
]


@st.composite
def lists_then_numbered_prose(draw: st.DrawFn) -> Drawn:
    """A numbered list of fields as pypdf gives it, the blank lines lost: running text right
    under its last item, then another list numbered anew whose items are sentences ("Fazit:" /
    "1. Die Fortschreibung …"): the fields only, none of the sentences."""
    fields = draw(fields_drawn)
    lines = ["Folgende Handlungsfelder wurden definiert:"]
    lines += [f"{n}. {label}" for n, (label, _) in enumerate(fields, start=1)]
    lines[-1] += draw(st.sampled_from(["", "."]))
    lines += wrap(" ".join(draw(st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=2))), 70, False).split("\n")
    lines.append(draw(st.sampled_from(["Fazit:", "Ergebnisse:"])))
    findings = draw(st.lists(st.sampled_from(FINDINGS), min_size=2, max_size=3, unique=True))
    lines += [f"{n}. {f}" for n, f in enumerate(findings, start=1)]
    text = "\n".join(lines) + "\n"
    return Drawn([text], [f[0] for f in fields], {c for f in fields for c in f[1]}, "list")


@st.composite
def numbers_moved_below(draw: st.DrawFn) -> Drawn:
    """A numbered list of fields whose first numbers pdftotext set below its last item
    ("Sprache und Bildung" / "Wohnen" / "3. Gesundheit und Pflege" / "1." / "2."), a blank line
    after them or not. Negatives: the numbers below out of order ("2." / "1."), or none there:
    nothing is read as this family (the lines may still read as another list)."""
    fields = draw(st.lists(st.sampled_from(LABELS), min_size=3, max_size=6, unique_by=lambda x: x[0]))
    moved = draw(st.integers(1, min(3, len(fields) - 1)))
    broken = draw(st.sampled_from(["", "", "", "order", "none"]))
    lines = ["Folgende Handlungsfelder wurden definiert:"]
    lines += [label for label, _ in fields[:moved]]
    lines += [f"{n}. {label}" for n, (label, _) in enumerate(fields[moved:], start=moved + 1)]
    numbers = [f"{n}." for n in range(1, moved + 1)]
    if broken == "order":
        numbers = numbers[::-1] if moved > 1 else ["2."]
    lines += [] if broken == "none" else numbers
    lines += [draw(st.sampled_from(["", ""])), "Für jedes Feld wurden Ziele und Maßnahmen formuliert."]
    text = "\n".join(lines) + "\n"
    return Drawn([text], [f[0] for f in fields], {c for f in fields for c in f[1]}, "list" if not broken else "none")


LEAD_INS = [
    "Folgende Handlungsfelder wurden definiert:",
    "Das Konzept umfasst die Handlungsfelder:",
    "Als Handlungsfelder werden vorgeschlagen:",
    "Das Integrationskonzept gliedert sich in {n} Handlungsfelder:",
    "Handlungsfelder:",
    "Die Handlungsfelder des Integrationskonzepts sind:",
    "Schwerpunkte des Integrationskonzepts:",
    "Im Konzept werden folgende Themenfelder bearbeitet:",
    "Darüber hinaus wurden für folgende {n} zentrale Handlungsfelder Leitziele und Indikatoren entwickelt:",
    "Der Entwurf beschreibt Leitziele und Maßnahmen in {n} Handlungsfeldern:",
    "Zentrale Handlungsfelder",
]
MARKERS = ["- ", "• ", "– ", "\uf0b7 ", "{i}. ", "{i}) ", "{i}.) ", "({a}) ", "{a}) ", "{A}. ", "{I}. ", "- {A}. ", ""]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


@st.composite
def lead_in_lists(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    lead = draw(st.sampled_from(LEAD_INS)).format(n=len(fields))
    marker = draw(st.sampled_from(MARKERS))
    marked = bool(marker)
    trail = draw(st.sampled_from(["", ",", ";"])) if marked else ""
    describe = draw(st.sampled_from(["", "colon", "below"])) if marked else ""
    loose = marked and draw(st.booleans())
    items = []
    for i, (label, _) in enumerate(fields, start=1):
        m = marker.format(i=i, a="abcdefgh"[i - 1], A="ABCDEFGH"[i - 1], I=_ROMAN[i - 1])
        text = label
        if marked and " der " in label and draw(st.booleans()):
            text = label.replace(" der ", " der\n   ", 1)  # a wrapped item
        end = "." if i == len(fields) and trail else trail
        if describe == "colon":
            item = f"{m}{text}: {draw(st.sampled_from(BODY))}"
        elif describe == "below" and m[0].isalnum():
            item = f"{m}{text}{end}\n{draw(st.sampled_from(BODY))}"
        else:
            item = f"{m}{text}{end}"
        items.append(item)
    furniture = marked and len(items) > 2 and draw(st.booleans())
    if furniture:
        items.insert(draw(st.integers(1, len(items) - 1)), draw(st.sampled_from(["- 2 -", "Seite 2 von 3"])))
    listing = ("\n\n" if loose or furniture else "\n").join(items)
    gap = "\n\n" if draw(st.booleans()) or not lead.endswith(":") else "\n"
    blocks = [draw(paragraph()), lead + gap + listing, draw(paragraph())]
    if draw(st.booleans()):
        blocks.insert(1, GOALS)
    return Drawn(["\n\n".join(blocks) + "\n"], [f[0] for f in fields], {c for f in fields for c in f[1]}, "list")


FIELD_HEADERS = ["Handlungsfeld", "Handlungsfelder", "HF", "Themenfeld", "Handlungsbereich"]
OTHER_HEADERS = ["Ziel", "Ziele", "Maßnahme", "Maßnahmen", "Zuständigkeit", "Zeitraum", "Nr.", "Priorität"]
CELLS = [
    "Angebote ausbauen",
    "2025",
    "Amt 50",
    "Beratung stärken",
    "hoch",
    "laufend",
    "Kurse anbieten",
    "Träger vernetzen",
    "VHS",
]


LONG_CELLS = [
    "Alle Kinder sprechen beim Schuleintritt gut Deutsch",
    "Ausbau der Beratung in allen Stadtteilen",
    "Fortbildungen für alle Beschäftigten",
    "Amt für Jugend und Familie",
    "laufend ab 2025",
]
# where a field's name may wrap in a cell of a PDF table: after a function word or an adjective
# (after a noun the reader cannot tell the name's next line from another cell's)
_BREAKS = re.compile(r"(?:\b(?:und|der|zu)|\w(?:lich|isch|ell|al|ös)(?:e|es|er|en))(?= )")


def _wrapped(text: str, draw: st.DrawFn, label: bool) -> list[str]:
    """A cell's lines: a name broken where it may be, other text every few words."""
    if label:
        cuts = [m.end() for m in _BREAKS.finditer(text) if draw(st.booleans())]
        pieces, pos = [], 0
        for c in cuts:
            pieces.append(text[pos:c].strip())
            pos = c
        return pieces + [text[pos:].strip()]
    words, size = text.split(), draw(st.integers(2, 4))
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


@st.composite
def tables(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    others = draw(st.lists(st.sampled_from(OTHER_HEADERS), min_size=1, max_size=3, unique=True))
    pdf = draw(st.booleans())  # as a PDF's text layer gives a borderless table: wrapped cells, empty ones dropped
    at = 0 if pdf else draw(st.integers(0, len(others)))
    header = others[:at] + [draw(st.sampled_from(FIELD_HEADERS))] + others[at:]
    sep = "\t" if pdf else draw(st.sampled_from(["\t", "   ", " | "]))
    pipes = sep == " | " and draw(st.booleans())
    rows = [header]
    for label, _ in fields:
        for n in range(draw(st.integers(1, 3))):
            cell = label if n == 0 or sep == "   " or pdf or draw(st.booleans()) else ""
            row = [draw(st.sampled_from(LONG_CELLS if pdf else CELLS)) for _ in others]
            rows.append(row[:at] + [cell] + row[at:])

    def line(cells: list[str]) -> str:
        text = sep.join(cells)
        return f"| {text} |" if pipes else text

    if pdf:
        table = [line(header)]
        for row in rows[1:]:
            parts = [_wrapped(c, draw, k == at) for k, c in enumerate(row)]
            for r in range(max(len(p) for p in parts)):
                table.append(line([p[r] for p in parts if r < len(p)]))
    else:
        table = [line(r) for r in rows]
    if pipes and draw(st.booleans()):
        table.insert(1, "|" + "|".join("---" for _ in header) + "|")
    blocks = [draw(paragraph()), "\n".join(table), draw(paragraph())]
    return Drawn(["\n\n".join(blocks) + "\n"], [f[0] for f in fields], {c for f in fields for c in f[1]}, "table")


PROSE = [
    "Die Maßnahmen verteilen sich auf die Handlungsfelder {E}.",
    "Das Integrationskonzept benennt die Handlungsfelder {E}.",
    "In den Handlungsfeldern {E} wurden Arbeitsgruppen gebildet.",
    "Das Integrationskonzept setzt Schwerpunkte in den Bereichen {E}.",
    "Die Arbeitsgruppen befassten sich mit Handlungsfeldern wie {E}.",
    "Der Entwurf beschreibt {n} Handlungsfelder, nämlich {E}.",
    # clauses: the noun as subject or complement of a copula or naming verb
    "{D}Handlungsfelder{A} sind{V} {E}.",
    "{D}Handlungsfelder{A} lauten {E}.",
    "Als {J}Handlungsfelder{A} wurden{B} {E} {P}.",
    "Als Handlungsfelder benennt das Integrationskonzept {E}.",
    "Zu den {J}Handlungsfeldern{A} {Z}{V} {E}.",
    "Schwerpunkte des Integrationskonzepts sind {E}.",
    "{E} sind die {J}Handlungsfelder{A}.",
    "{E} bilden die {n} {J}Handlungsfelder{A}.",
    "{E} wurden{B} als Handlungsfelder {P}.",
    "{I} sind {E} die {J}Handlungsfelder{A}.",
    "{I} wurden {E} als Handlungsfelder {P}.",
]
# what varies in a clause: words before and attributes after the noun, adverbials, participles
CLAUSE_PARTS = {
    "D": ["", "Die ", "Die {n} ", "Zentrale ", "Die wichtigsten "],
    "A": [
        "",
        " des Integrationskonzepts",
        " des fortgeschriebenen Konzepts",
        " im Integrationskonzept 2030",
        " der Stadt",
    ],
    "V": ["", " dabei", " im Einzelnen", " insbesondere", " somit", " zum Beispiel", " z. B."],
    "J": ["", "zentralen ", "{n} "],
    "B": ["", " im Konzept", " vom Integrationsbeirat", " 2024"],
    "P": ["festgelegt", "definiert", "benannt", "identifiziert", "bestimmt"],
    "Z": ["gehören", "zählen"],
    "I": ["Dabei", "Hierbei", "Im Konzept", "Im Integrationskonzept", "Somit"],
}


def last_joiner(draw: st.DrawFn, labels: list[str]) -> str:
    """The word before an enumeration's last label: "und" or "sowie", but where the labels hold
    "und" only "sowie" or a comma joins them."""
    if any(" und " in x for x in labels[:-1]):
        return draw(st.sampled_from(["sowie", ","]))
    return "sowie" if " und " in labels[-1] else draw(st.sampled_from(["und", "sowie"]))


def enumerate_labels(labels: list[str], last: str) -> str:
    """Labels as German enumerates them: "A, B und C", "A und B, C sowie D und E", or with
    commas only ("A und B, C, D und E") when the labels hold "und"."""
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + (", " if last == "," else f" {last} ") + labels[-1]


@st.composite
def prose(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    labels = [f[0] for f in fields]
    last = last_joiner(draw, labels)
    template = draw(st.sampled_from(PROSE))
    if template.startswith("Als"):  # "Als zentrale Handlungsfelder": the adjective without its article
        parts = {
            k: draw(st.sampled_from(v if k != "J" else ["", "zentrale ", "wichtige "])) for k, v in CLAUSE_PARTS.items()
        }
    else:
        parts = {k: draw(st.sampled_from(v)) for k, v in CLAUSE_PARTS.items()}
    for key, part in parts.items():
        template = template.replace("{" + key + "}", part)
    sentence = template.format(E=enumerate_labels(labels, last), n=len(labels))
    text = wrap(
        f"{draw(st.sampled_from(NEUTRAL))} {sentence} {draw(st.sampled_from(NEUTRAL))}",
        draw(widths),
        draw(st.booleans()),
    )
    blocks = [draw(paragraph()), text, draw(paragraph())]
    return Drawn(["\n\n".join(blocks) + "\n"], labels, {c for f in fields for c in f[1]}, "prose")


DISTRACTORS = [
    GOALS,
    "Für die Handlungsfelder wurden folgende Ziele formuliert:\n- Alle Kinder sprechen Deutsch\n- Mehr "
    "Ausbildungsplätze\n",
    "Folgende Maßnahmen sind in den Handlungsfeldern geplant:\n1. Sprachkurse\n2. Mentoring\n",
    "Tagesordnung:\n1. Begrüßung\n2. Vorstellung der Handlungsfelder\n3. Verschiedenes\n",
    "Leitlinien des Integrationskonzepts:\n1. Vielfalt ist eine Stärke\n2. Teilhabe für alle\n",
    "Ziele und Maßnahmen in den Handlungsfeldern:\n- Sprachkurse ausbauen\n- Beratung stärken\n",
    "Teilnehmende:\nFrau Müller, Jobcenter\nHerr Yilmaz, Caritas\nFrau Dr. Berg, Volkshochschule\n",
    "Schwerpunkte der Sitzung:\n- Haushalt\n- Verschiedenes\n",
    "Die Stadt fördert Vereine in den Bereichen Sport, Kultur und Soziales.",
    "In allen Handlungsfeldern sollten Überlegungen zur Beteiligung aufgenommen werden.",
    "Eine erste Orientierung geben die vorgeschlagenen Schlüsselprojekte für die jeweiligen Handlungsfelder:\n\n"
    "1. Eine Veranstaltungsreihe wird initiiert\n2. Die Boccia-Bahn wird geöffnet\n",
    "Handlungsfeld 2: Die Kitas sollen mehr Plätze schaffen.",
]


@st.composite
def distractors(draw: st.DrawFn) -> Drawn:
    blocks = draw(st.lists(st.sampled_from(DISTRACTORS + [p for p in NEUTRAL]), min_size=1, max_size=5))
    return Drawn(["\n\n".join(blocks) + "\n"], [], set(), "none")


EXPORT_HEADERS = ["Ziel", "Federführung", "Maßnahmen", "Zeitraum", "Zuständigkeit"]
EXPORT_CELLS = [
    "Amt für Schule, Hochschule und Sport",
    "Jobcenter / Wirtschaftsförderung",
    "Angebote ausbauen",
    "Gesundheitsamt",
    "2025",
    "laufend",
    "Kurse für Eltern anbieten",
]


@st.composite
def numbered_cell_tables(draw: st.DrawFn) -> Drawn:
    """A numbered table of fields as pdftotext and pypdf set a borderless one, a cell a line: the
    number column's header run together with the field noun ("Nr. Handlungsfeld") or on a line of
    its own, the other headers a line each, then per row its number, its field and its other cells
    (wrapped over two lines or not), blank lines between the cells or none; the last row maybe
    with its field run into the cell beside it ("Gesundheit Gesundheitsamt"), which keeps its
    field where the field is known and the cell opens with a capital, and is left out otherwise.
    With ``Ziel`` for the field noun (no field named) it is the negative: nothing is read."""
    fields = draw(st.lists(st.sampled_from(LABELS), min_size=4, max_size=7, unique_by=lambda x: x[0]))
    negative = draw(st.integers(0, 5)) == 0
    noun = "Maßnahme" if negative else draw(st.sampled_from(["Handlungsfeld", "Handlungsfelder", "Themenfeld"]))
    others = draw(st.lists(st.sampled_from(EXPORT_HEADERS), min_size=1, max_size=2, unique=True))
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    head = [f"Nr. {noun}"] if draw(st.booleans()) else ["Nr.", noun]
    lines = head + others
    joined = draw(st.booleans())
    for n, (label, _) in enumerate(fields, start=1):
        cells = [draw(st.sampled_from(EXPORT_CELLS)) for _ in others]
        if draw(st.booleans()):  # a cell wrapped over two lines
            words = cells[0].split()
            if len(words) > 1:
                cells[0] = " ".join(words[: len(words) // 2]) + "\n" + " ".join(words[len(words) // 2 :])
        if joined and n == len(fields):
            lines += [str(n), f"{label} {cells[0].splitlines()[0]}"]
        else:
            lines += [str(n), label, *cells]
    lead = "Das Konzept ist in folgende Handlungsfelder gegliedert:" if not negative else "Die Maßnahmen im Überblick:"
    text = "Begründung:\n\n" + lead + sep + sep.join(lines) + sep + "Für jedes Feld benennt das Konzept Ziele.\n"
    last = lines[-1]  # the last row's field and the cell run into it: parted after a known field
    parted = "other" not in fields[-1][1] and len(last.split()) <= 8 and last[len(fields[-1][0]) + 1 :][:1].isupper()
    kept = [] if negative else fields[:-1] if joined and not parted else fields
    return Drawn([text], [f[0] for f in kept], {c for f in kept for c in f[1]}, "none" if negative else "table")


STACKED_CELLS = [*EXPORT_CELLS, "Angebote für\nFamilien", "Zugewanderte erreichen\ndas Niveau B1"]


@st.composite
def stacked_cell_tables(draw: st.DrawFn) -> Drawn:
    """A table of fields without a number column as pdftotext and pypdf set it, a cell a line: the
    field noun and the other headers a line each, then per row its field and its other cells, a
    cell maybe wrapped after a word that cannot end it ("Angebote für" / "Familien") or before one
    in lower case ("Zugewanderte erreichen" / "das Niveau B1"); blank lines
    between the cells (each cell's lines together) or none. Two cells run into one line
    ("Wohnen Gesundheitsamt"): with blank lines between the cells, a field's known name parted
    from a next cell that opens with a capital, else nothing (the rows no longer fill up); the
    header's last word set after the first row's other cells (as pdfminer.six shuffles it): the
    fields when all are known. Negatives: those, and without blank lines a field of no known
    taxonomy code: nothing."""
    fields = draw(st.lists(st.sampled_from(LABELS), min_size=3, max_size=6, unique_by=lambda x: x[0]))
    noun = draw(st.sampled_from(["Handlungsfeld", "Handlungsfelder", "Themenfeld"]))
    others = draw(st.lists(st.sampled_from(EXPORT_HEADERS), min_size=1, max_size=2, unique=True))
    apart = draw(st.booleans())
    broken = draw(st.sampled_from(["", "", "", "run", "shuffled"]))
    cells: list[str] = []
    for n, (label, _) in enumerate(fields):
        row = [label] + [draw(st.sampled_from(STACKED_CELLS)) for _ in others]
        if broken == "run" and n == 1:
            row = [f"{row[0]} {row[1]}", *row[2:]]
        cells += row
    if broken == "shuffled":
        cells.insert(2, others[-1])
        others = others[:-1]
    lines = [noun, *others, *cells]
    sep = "\n\n" if apart else "\n"
    text = "Das Konzept ist in Handlungsfelder gegliedert:\n" + sep.join(lines) + "\n"
    text += "Die Umsetzung beginnt im kommenden Jahr mit einer ersten Auswertung der Maßnahmen.\n"
    known = not any("other" in f[1] for f in fields)
    unknown = not apart and not known  # without blank lines every field is known
    if broken == "run":  # parted where blank lines part the cells, the next cell one line opening with a capital
        nxt = cells[1 + len(others)].split(f"{fields[1][0]} ", 1)[1]
        one_line = "\n" not in nxt and len(cells[1 + len(others)].split()) <= 8  # a cell's line: eight words at most
        broken = "" if apart and known and one_line and nxt[:1].isupper() else broken
    if broken == "shuffled":  # put back where another header stands before it
        broken = "" if others and known else broken
    kept = [] if broken or not others or unknown else fields
    return Drawn([text], [f[0] for f in kept], {c for f in kept for c in f[1]}, "none" if not kept else "table")


@st.composite
def numbered_gap_tables(draw: st.DrawFn) -> Drawn:
    """A numbered table of fields as ``pdftotext -layout`` sets it: columns apart at gaps, the
    number column's header run into the field noun by one space ("Nr. Handlungsfeld"), a cell of
    the last column wrapped onto an indented line of its own, the last row maybe with its field
    run into the cell beside it by one space (left out: its columns cannot be told)."""
    fields = draw(st.lists(st.sampled_from(LABELS), min_size=3, max_size=6, unique_by=lambda x: x[0]))
    noun = draw(st.sampled_from(["Handlungsfeld", "Themenfeld"]))
    other = draw(st.sampled_from(EXPORT_HEADERS))
    width = max(len(f[0]) for f in fields) + draw(st.integers(2, 6))
    joined = draw(st.booleans())
    lines = [f"Nr. {noun}".ljust(width + 5) + other]
    for n, (label, _) in enumerate(fields, start=1):
        cell = draw(st.sampled_from(EXPORT_CELLS))
        if joined and n == len(fields):
            lines.append(f"{n}".ljust(5) + f"{label} {cell}")
            continue
        words = cell.split()
        wrap_at = draw(st.integers(1, len(words))) if len(words) > 1 and draw(st.booleans()) else len(words)
        lines.append(f"{n}".ljust(5) + label.ljust(width) + " ".join(words[:wrap_at]))
        if wrap_at < len(words):
            lines.append(" " * (width + 5) + " ".join(words[wrap_at:]))
    text = "Das Konzept ist in Felder gegliedert:\n\n" + "\n".join(lines) + "\n\nDie Umsetzung beginnt 2025.\n"
    kept = fields[:-1] if joined else fields
    return Drawn([text], [f[0] for f in kept], {c for f in kept for c in f[1]}, "table")
