"""Handlungsfelder as real submissions write them: a generator per family, with negatives.

Each strategy draws the fields of a concept (labels of ``field_layouts.LABELS`` and longer
ones) and lays them out as councils' documents do, where the layouts of ``field_layouts``
are the textbook forms:

- ``overviews``: the lead-in names the fields in a sentence of its own, ending in a full stop
  ("Das Konzept gliedert sich in die folgenden sechs Handlungsfelder."), a sentence or a
  paragraph may stand between it and the list; items marked or one a line;
- ``contents``: a table of contents whose entries under a heading naming the fields each have
  their page reference ("S. 4") on a line of their own; each entry is one field, commas and all;
- ``toc``: the fields only in a table of contents, under an entry naming them anywhere in a
  long phrase; page references after dot leaders, a tab, a gap, a single space (numbered
  entries), "S. 14" at the end or on a line of their own, a bare number below; numbered or
  not, a long entry wrapped over two lines; the children end at the next entry of the
  parent's level, a structural entry (Ausblick, Glossar, Anhang), a page number that falls or
  the table's end. Negatives: the same table under an entry naming no fields, and an entry
  naming the fields with no children (the last one, or followed by structure);
- ``appositions``: the fields between dashes after the counted noun ("In fünf
  Handlungsfeldern – A, B sowie C – sollen …"), a label per project ("Zugeordnetes
  Handlungsfeld: X"), or apart at "|" / "·" over wrapped lines. Negatives: an aside between
  dashes that names no field ("– von der Kita bis zur Pflege –"), a project's goal label;
- ``one_line``: the fields on one line after the noun, apart at "|" or "·";
- ``quoted``: a copular sentence listing quoted labels of any length and last word;
- ``run_in``: under a section heading naming the fields, a paragraph per field opening with
  the field's name and a colon or a full stop ("Wohnen: Bezahlbarer Wohnraum fehlt.");
- ``page_breaks``: a list going on over a page break with furniture between its items: a
  running head, a page number, a print note at the page foot ("Gedruckt auf Recyclingpapier");
- ``list_ends``: an unmarked list ended by the next numbered heading, a signature ("In
  Vertretung" over a name) or an agenda, with no blank line before it; a numbered list whose
  next number is the next section's heading ("3. Finanzielle Auswirkungen");
- ``nested``: a list nested as Word exports it: the fields at the top level, their goals or
  measures as sub-bullets of another mark (a letter "o", "▪", "–", "◦"), indented or not; or a
  flat list with the letter "o" as its bullet. The sub-bullets are no fields;
- ``history``: a Handlungsfeld of an older plan named in a sentence about the past; none is
  one of this concept's fields (a negative, alone or beside a list of the new fields).

``Drawn.labels`` is what the extractor must recover, exactly and in order.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.generators.field_layouts import BODY, LABELS, NEUTRAL, Drawn, paragraph, wrap

# longer labels as councils write them: commas inside one field, adjectives at their end
LONG_LABELS: list[tuple[str, frozenset[str]]] = [
    ("Arbeit, Wirtschaft, Berufsausbildung", frozenset({"arbeit"})),
    ("Gesundheit, Pflege und Sport", frozenset({"gesundheit", "sport"})),
    ("Wohnen und Leben im Quartier", frozenset({"wohnen", "sozialraum"})),
    ("Gesellschaftliche Teilhabe, Kultur und Freizeit", frozenset({"beteiligung", "kultur"})),
]
fields_drawn = st.lists(st.sampled_from(LABELS + LONG_LABELS), min_size=2, max_size=6, unique_by=lambda x: x[0])
NUMBERS = ["zwei", "drei", "vier", "fünf", "sechs", "sieben"]


def _drawn(pages: list[str], fields: list[tuple[str, frozenset[str]]], family: str) -> Drawn:
    return Drawn(pages, [f[0] for f in fields], {c for f in fields for c in f[1]}, family)


OVERVIEW_LEADS = [
    "Das Integrationskonzept gliedert sich in die folgenden {n} Handlungsfelder.",
    "Das Konzept umfasst folgende Handlungsfelder.",
    "Im Integrationskonzept wurden die folgenden Handlungsfelder bestimmt.",
    "Die Handlungsfelder des Integrationskonzepts im Überblick.",
    "Folgende {n} Handlungsfelder bilden den Rahmen des Konzepts.",
]
BETWEEN = [
    "Sie wurden in mehreren Workshops mit Vereinen, Trägern und Verwaltung erarbeitet.",
    "Die Reihenfolge sagt nichts über ihre Bedeutung aus.",
    "Für jedes Handlungsfeld wurden Leitziele, Ziele und Maßnahmen formuliert.",
]


@st.composite
def overviews(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    lead = draw(st.sampled_from(OVERVIEW_LEADS)).format(n=NUMBERS[len(fields) - 2])
    between = draw(st.lists(st.sampled_from(BETWEEN), max_size=2, unique=True))
    apart = draw(st.sampled_from(["same", "paragraph"])) if between else "same"
    marker = draw(st.sampled_from(["- ", "• ", "\uf0b7 ", "{i}. ", ""]))
    items = "\n".join(marker.format(i=i) + label for i, (label, _) in enumerate(fields, start=1))
    if apart == "same":
        head = wrap(" ".join([lead, *between]), draw(st.integers(50, 110)), False)
    else:
        head = lead + "\n\n" + wrap(" ".join(between), draw(st.integers(50, 110)), False)
    blocks = [draw(paragraph()), head, items, draw(paragraph())]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "list")


CONTENT_HEADS = ["Handlungsfelder", "Die Handlungsfelder", "Handlungsfelder des Integrationskonzepts"]


@st.composite
def contents(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    page = draw(st.integers(3, 8))
    head = draw(st.sampled_from(CONTENT_HEADS))
    numbered = draw(st.booleans())
    lines = ["Inhaltsverzeichnis", f"1. Einleitung\nS. {page - 2}", f"2. {head}\nS. {page}" if numbered else head]
    for i, (label, _) in enumerate(fields, start=1):
        lines.append(f"{'2.' + str(i) + ' ' if numbered else ''}{label}\nS. {page + 2 * i}")
    lines.append(f"3. Umsetzung und Fortschreibung\nS. {page + 2 * len(fields) + 2}")
    blocks = [draw(paragraph()), "\n".join(lines), draw(paragraph())]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "heading")


TOC_PARENTS = [
    "Handlungsfelder",
    "Städtische Handlungsfelder und Vorhaben zur Gestaltung des Zusammenlebens",
    "Die Handlungsfelder des Konzepts und ihre Ziele für die nächsten Jahre",
    "Ziele und Maßnahmen in den Handlungsfeldern",
    "Integration vor Ort gestalten: Handlungsfelder, Ziele und Maßnahmen",
]
TOC_OTHER_PARENTS = ["Ergebnisse der Bürgerbeteiligung", "Ziele und Maßnahmen", "Bestandsaufnahme in der Stadt"]
TOC_BEFORE = ["Vorwort", "Einleitung", "Ausgangslage und Auftrag", "Bevölkerung mit Migrationsgeschichte"]
TOC_STRUCTURE = ["Ausblick", "Glossar", "Anhang", "Literaturverzeichnis", "Umsetzung und Fortschreibung"]
# an appendix listed after the fields, its pages counted anew
TOC_APPENDIX = ["Statistische Daten zur Bevölkerung", "Übersicht der Träger und Angebote"]
TOC_REFS = ["dots", "tab", "gap", "single", "s_end", "s_below", "bare_below"]


def _toc_line(title: str, page: int, ref: str, number: str) -> str:
    head = f"{number} {title}" if number else title
    return {
        "dots": f"{head} {'.' * 12} {page}",
        "tab": f"{head}\t{page}",
        "gap": f"{head}     {page}",
        "single": f"{head} {page}",
        "s_end": f"{head}   S. {page}",
        "s_below": f"{head}\nS. {page}",
        "bare_below": f"{head}\n{page}",
    }[ref]


@st.composite
def toc(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    numbered = draw(st.booleans())
    ref = draw(st.sampled_from(TOC_REFS if numbered else [r for r in TOC_REFS if r != "single"]))
    kind = draw(st.sampled_from(["fields", "fields", "fields", "other_parent", "childless"]))
    parent = draw(st.sampled_from(TOC_OTHER_PARENTS if kind == "other_parent" else TOC_PARENTS))
    before = draw(st.lists(st.sampled_from(TOC_BEFORE), min_size=1, max_size=3, unique=True))
    page = 2
    lines = [draw(st.sampled_from(["Inhaltsverzeichnis", "Inhalt"]))]
    for i, title in enumerate(before, start=1):
        lines.append(_toc_line(title, page, ref, f"{i}." if numbered else ""))
        page += draw(st.integers(1, 3))
    section = len(before) + 1
    if len(parent) > 50 and ref not in ("s_below", "bare_below") and draw(st.booleans()):
        cut = parent.rfind(" ", 0, 40)
        parent = parent[:cut] + "\n" + parent[cut + 1 :]  # a long entry wrapped over two lines
    lines.append(_toc_line(parent, page, ref, f"{section}." if numbered else ""))
    if kind != "childless":
        for i, (label, _) in enumerate(fields, start=1):
            page += draw(st.integers(0, 3))
            lines.append(_toc_line(label, page, ref, f"{section}.{i}" if numbered else ""))
    ending = draw(st.sampled_from(["structure", "end", "appendix"] if not numbered else ["structure", "end"]))
    if ending == "structure":
        for j, title in enumerate(draw(st.lists(st.sampled_from(TOC_STRUCTURE), min_size=1, max_size=2, unique=True))):
            page += draw(st.integers(1, 4))
            lines.append(_toc_line(title, page, ref, f"{section + 1 + j}." if numbered else ""))
    elif ending == "appendix":
        lines.append(_toc_line("Anhang", page + 2, ref, ""))
        lines += [_toc_line(title, 1 + 3 * j, ref, "") for j, title in enumerate(TOC_APPENDIX)]
    blocks = [draw(paragraph()), "\n".join(lines), draw(paragraph(BODY))]
    if kind != "fields":
        return Drawn(["\n\n".join(blocks) + "\n"], [], set(), "none")
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "heading")


PROJECTS = ["Sprachcafé", "Lotsenprojekt", "Nachbarschaftsfest", "Bewerbungstraining", "Gesundheitsmobil", "Lesepaten"]


@st.composite
def appositions(draw: st.DrawFn) -> Drawn:
    form = draw(st.sampled_from(["dash", "assigned", "wrapped_bars", "aside", "goal"]))
    # in running text a label with commas inside is ambiguous: the dash form draws labels without
    fields = draw(
        fields_drawn
        if form != "dash"
        else st.lists(st.sampled_from(LABELS), min_size=2, max_size=6, unique_by=lambda x: x[0])
    )
    names = [label for label, _ in fields]
    if form == "dash":
        dash = draw(st.sampled_from(["–", "—", "-"]))
        # "und" joins the last two only where no label holds one: "A und B und C und D" is ambiguous
        last = draw(st.sampled_from(["sowie", "und"])) if not any(" und " in n for n in names) else "sowie"
        listed = ", ".join(names[:-1]) + f" {last} " + names[-1]
        verb = draw(st.sampled_from(["sollen bis 2026 Maßnahmen umgesetzt werden.", "arbeiten Verwaltung und Träger."]))
        text = wrap(f"In {NUMBERS[len(names) - 2]} Handlungsfeldern {dash} {listed} {dash} {verb}", 90, False)
    elif form == "wrapped_bars":
        sep = draw(st.sampled_from([" | ", " · "]))
        cut = draw(st.integers(1, len(names) - 1))
        text = f"Handlungsfelder: {sep.join(names[:cut])}{sep.rstrip()}\n{sep.join(names[cut:])}"
    elif form == "assigned":
        projects = draw(st.lists(st.sampled_from(PROJECTS), min_size=len(names), max_size=len(names), unique=True))
        adjective = draw(st.sampled_from(["Zugeordnetes", "Betroffenes"]))
        text = "\n\n".join(
            f"Projekt: {p}\n{adjective} Handlungsfeld: {label}\nTräger: Caritas" for p, label in zip(projects, names)
        )
    elif form == "aside":
        text = "In allen Handlungsfeldern – von der Kita bis zur Pflege – wurden Angebote ausgebaut."
    else:
        text = "Projekt: Sprachcafé\nZugeordnetes Ziel: Mehr Angebote für Familien\nTräger: Caritas"
    blocks = [draw(paragraph()), text, draw(paragraph())]
    if form in ("aside", "goal"):
        return Drawn(["\n\n".join(blocks) + "\n"], [], set(), "none")
    return _drawn(["\n\n".join(blocks) + "\n"], fields, {"dash": "prose", "assigned": "heading"}.get(form, "list"))


@st.composite
def one_line(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    sep = draw(st.sampled_from([" | ", " · ", " • "]))
    listing = sep.join(label for label, _ in fields)
    form = draw(st.sampled_from(["colon", "heading"]))
    lead = draw(
        st.sampled_from(["Handlungsfelder", "Die Handlungsfelder des Integrationskonzepts", "Unsere Handlungsfelder"])
    )
    text = f"{lead}: {listing}" if form == "colon" else f"{lead}\n{listing}"
    blocks = [draw(paragraph()), text, draw(paragraph())]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "list")


QUOTED_EXTRA: list[tuple[str, frozenset[str]]] = [
    ("Gut und sicher wohnen in unserer Stadt", frozenset({"wohnen"})),
    ("Ankommen", frozenset({"other"})),
    ("Gemeinsam lernen von Anfang an", frozenset({"other"})),
    ("Arbeit finden und gestalten", frozenset({"arbeit"})),
]
QUOTE_STYLES = [("„", "“"), ('"', '"'), ("»", "«")]


@st.composite
def quoted(draw: st.DrawFn) -> Drawn:
    fields = draw(st.lists(st.sampled_from(LABELS + QUOTED_EXTRA), min_size=2, max_size=5, unique_by=lambda x: x[0]))
    o, c = draw(st.sampled_from(QUOTE_STYLES))
    names = [f"{o}{label}{c}" for label, _ in fields]
    last = draw(st.sampled_from(["sowie", "und"]))
    listed = ", ".join(names[:-1]) + f" {last} " + names[-1]
    template = draw(
        st.sampled_from(
            [
                "Unsere Handlungsfelder sind {L}.",
                "Die Handlungsfelder des Integrationskonzepts lauten {L}.",
                "Das Konzept benennt die Handlungsfelder {L}.",
            ]
        )
    )
    sentence = template.format(L=listed)
    text = wrap(f"{draw(st.sampled_from(NEUTRAL))} {sentence}", draw(st.integers(45, 110)), False)
    blocks = [draw(paragraph()), text, draw(paragraph())]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "prose")


RUN_IN_BODY = [
    "Bezahlbarer Wohnraum ist knapp, besonders für große Familien.",
    "Die Angebote sollen besser bekannt werden.",
    "Hier arbeiten viele Träger eng zusammen, die Vernetzung soll gestärkt werden.",
    "Es fehlen Plätze und Fachkräfte.",
]


@st.composite
def run_in(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    section = draw(st.integers(2, 6))
    head = f"{section}. {draw(st.sampled_from(CONTENT_HEADS))}"
    style = draw(st.sampled_from(["colon", "noun_stop", "noun_colon"]))
    paras = []
    for label, _ in fields:
        body = " ".join(draw(st.lists(st.sampled_from(RUN_IN_BODY), min_size=1, max_size=2, unique=True)))
        opening = {
            "colon": f"{label}: ",
            "noun_stop": f"Handlungsfeld {label}. ",
            "noun_colon": f"Handlungsfeld {label}: ",
        }[style]
        paras.append(wrap(opening + body, draw(st.integers(60, 110)), False))
    blocks = [draw(paragraph()), head, draw(paragraph()), *paras, f"{section + 1}. Umsetzung", draw(paragraph())]
    family = "heading"
    return _drawn(["\n\n".join(blocks) + "\n"], fields, family)


FURNITURE = [
    "Gedruckt auf Recyclingpapier",
    "Druck vom 12.03.2024",
    "Seite {n} von 3",
    "- {n} -",
]
RUNNING_HEADS = ["Integrationskonzept der Stadt Musterstadt", "Vorlage Nr. 2024/117", ""]


@st.composite
def page_breaks(draw: st.DrawFn) -> Drawn:
    fields = draw(st.lists(st.sampled_from(LABELS + LONG_LABELS), min_size=3, max_size=6, unique_by=lambda x: x[0]))
    lead = draw(
        st.sampled_from(["Folgende Handlungsfelder wurden definiert:", "Das Konzept umfasst die Handlungsfelder:"])
    )
    marker = draw(st.sampled_from(["- ", "• ", "{i}. ", ""]))
    items = [marker.format(i=i) + label for i, (label, _) in enumerate(fields, start=1)]
    cut = draw(st.integers(1, len(items) - 1))
    foot = draw(st.sampled_from(FURNITURE)).format(n=1)
    head = draw(st.sampled_from(RUNNING_HEADS))
    first = "\n\n".join([draw(paragraph()), lead + "\n" + "\n".join(items[:cut])]) + f"\n{foot}\n"
    second = (f"{head}\n" if head else "") + "\n".join(items[cut:]) + "\n\n" + draw(paragraph()) + "\n"
    return _drawn([first, second], fields, "list")


ENDINGS = [
    "3. Finanzielle Auswirkungen\nKeine.",
    "In Vertretung\nMüller",
    "gez. Schmidt\nBürgermeister",
    "Tagesordnung\n1. Begrüßung\n2. Bericht der Verwaltung",
]


@st.composite
def list_ends(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    lead = draw(
        st.sampled_from(["Folgende Handlungsfelder wurden definiert:", "Das Konzept umfasst die Handlungsfelder:"])
    )
    numbered = draw(st.booleans())
    items = "\n".join(f"{i}. {label}" if numbered else label for i, (label, _) in enumerate(fields, start=1))
    if numbered:  # the next section's heading goes on with the list's numbers
        n = len(fields) + 1
        end = draw(st.sampled_from([f"{n}. Finanzielle Auswirkungen\nKeine.", f"{n}. Begründung\nDer Rat stimmt zu."]))
        gap = draw(st.sampled_from(["\n", "\n\n"]))
    else:
        end, gap = draw(st.sampled_from(ENDINGS)), "\n"
    blocks = [draw(paragraph()), f"{lead}\n{items}{gap}{end}"]
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "list")


NESTED_LEADS = ["Das Konzept umfasst die Handlungsfelder:", "Folgende Handlungsfelder wurden definiert:"]
SUB_POINTS = ["Angebote ausbauen", "Beratung stärken", "Träger vernetzen", "Kurse anbieten", "Zugänge erleichtern"]


@st.composite
def nested(draw: st.DrawFn) -> Drawn:
    fields = draw(fields_drawn)
    top = draw(st.sampled_from(["• ", "- ", "\uf0b7 ", "▪ ", "o "]))
    sub = draw(st.sampled_from([m for m in ["o ", "▪ ", "– ", "◦ "] if m != top]))
    indent = draw(st.sampled_from(["", "  ", "    "]))
    lines = []
    for label, _ in fields:
        lines.append(top + label)
        points = draw(st.lists(st.sampled_from(SUB_POINTS), max_size=3, unique=True)) if top != "o " else []
        lines += [indent + sub + p for p in points]
    blocks = [draw(paragraph()), draw(st.sampled_from(NESTED_LEADS)) + "\n\n" + "\n".join(lines)]
    blocks.append(draw(paragraph()))
    return _drawn(["\n\n".join(blocks) + "\n"], fields, "list")


HISTORY = [
    "Im ersten Integrationskonzept von 2012 waren noch die Handlungsfelder {E} festgelegt.",
    "Das Handlungsfeld {F} des alten Aktionsplans wurde 2019 abgeschlossen.",
    "Bereits 2015 hatte der Rat die Handlungsfelder {E} beschlossen, die nun fortgeschrieben werden.",
]


@st.composite
def history(draw: st.DrawFn) -> Drawn:
    old = draw(st.lists(st.sampled_from(LABELS), min_size=2, max_size=3, unique_by=lambda x: x[0]))
    names = [label for label, _ in old]
    sentence = draw(st.sampled_from(HISTORY)).format(E=", ".join(names[:-1]) + " sowie " + names[-1], F=names[0])
    blocks = [draw(paragraph()), wrap(sentence, draw(st.integers(50, 110)), False), draw(paragraph(BODY))]
    return Drawn(["\n\n".join(blocks) + "\n"], [], set(), "none")


FAMILIES = {
    "overviews": overviews,
    "contents": contents,
    "toc": toc,
    "appositions": appositions,
    "one_line": one_line,
    "quoted": quoted,
    "run_in": run_in,
    "page_breaks": page_breaks,
    "list_ends": list_ends,
    "history": history,
    "nested": nested,
}
