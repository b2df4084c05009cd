"""Headers of other council systems: the families of header forms that text exports and other
systems print, each drawn by a generator with its negatives, and the real Karlsruhe papers.

- stacked labels over their values, paired by order ("Termin:" / "Vorlage Nr.:" / "TOP:" then
  "24.09.2013" / "2013/0002" / "2"), the value of a label maybe right below it instead;
- the title printed without a label between the header form and the Beratungsfolge, a blank
  line around it or not; a year in it is no number;
- a letterhead of place names as text exports set it: one name a line, blank lines between
  groups (pdftotext, pypdf of the Nordstemmen PDFs);
- a letterhead glued to the document type beside it ("Landkreis GöppingenSitzungsvorlage");
- a title label alone on its line over its value ("Titel:" / "Neubau der Feuerwache");
- a place and date line whose date a text export set apart: on the next line after "den", blank
  lines between ("Stadt Landshut, den" / "" / "13.11.2024");
- a subject after its label that ends where the next labelled section or field begins, with no
  blank line between ("Zur Kenntnis:", "Vorschlag des Amtes:", "Status:<tab>öffentlich").
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import SHARED, read_table, run_into
from tests.metadata.test_metadata import LIST_PLACES, NOTHING, PROSE, VILLAGES, Expected, check


@st.composite
def ids(draw: st.DrawFn) -> str:
    n, y = draw(st.integers(1, 9999)), draw(st.integers(2005, 2026))
    return draw(st.sampled_from([f"{y}/{n:04d}", f"{n}/{y}", f"VO/{y}/{n}", f"{y}/BV/{n}", f"{n:04d}/{y}-1"]))


LETTERHEADS = ["STADT KARLSRUHE\nDer Oberbürgermeister", " Stadt Lörrach\n Der Oberbürgermeister", "Gemeinde Wadgassen"]
TYPES = ["BESCHLUSSVORLAGE", "Informationsvorlage", "Beschlussvorlage"]
NUMBER_LABELS = ["Vorlage Nr.:", "Vorlagen-Nr.:", "Drucksache Nr.:"]
# other labels of such a form, each with a value of its own
OTHER_LABELS = [
    ("Termin:", "24.09.2013"),
    ("TOP:", "2"),
    ("Verantwortlich:", "Dez. 6"),
    ("Dienststelle:", "HGW"),
    ("Sitzung am:", "12.03.2019"),
    ("Aktenzeichen:", "51.20"),
]
TITLES = [
    ["Sanierung der Sporthalle Nord"],
    ["Haushalt 2024: Annahme von Zuwendungen"],
    ['Bebauungsplan "Am Mühlenbach", Ortsteil Süd:', "Auslegungsbeschluss gemäß § 3 Abs. 2 BauGB"],
    ["Städtischer Fuhrpark: Vergabe von Fahrzeugen aus Beschaffungsprogramm 2013"],
    ["Erweiterung der Grundschule mit energetischer Modernisierung", "Vorstellung der fertiggestellten Maßnahmen"],
]
TABLE = [
    "Beratungsfolge dieser Vorlage",
    "Gremium Termin TOP ö nö Ergebnis",
    "Hauptausschuss 08.12.2020 1 x",
    "Gemeinderat 15.12.2020 4 x",
    "Beschlussantrag",
    "Der Gemeinderat beschließt die Vorlage.",
]


@st.composite
def stacked_forms(draw: st.DrawFn) -> tuple[str, Expected]:
    """A letterhead, the type, a form of stacked labels (the number's among two to five, blank
    lines between them or not, a label with its value right below it before the block, extra
    values after the block's), the title with or without blank lines around it, the
    Beratungsfolge. Negatives: fewer values than labels before the number's, a value in the
    number's place that is no id (the number's value missing), a title line that ends a
    sentence, a type heading between the form and the title."""
    number = draw(ids())
    others = draw(st.lists(st.sampled_from(OTHER_LABELS), min_size=1, max_size=4, unique=True))
    at = draw(st.integers(0, len(others)))
    labels = [label for label, _ in others]
    values = [value for _, value in others]
    labels.insert(at, draw(st.sampled_from(NUMBER_LABELS)))
    values.insert(at, number)
    case = draw(st.sampled_from(["ok", "ok", "ok", "ok", "short", "missing", "sentence", "typed"]))
    expected: Expected = {"doc_number": number}
    if case == "short":  # the values end before the number's
        values = values[:at]
        expected["doc_number"] = None
    elif case == "missing":  # the number's value left empty: a value that is no id in its place
        values[at] = "öffentlich"
        expected["doc_number"] = None
    values += draw(st.lists(st.sampled_from(["öffentlich", "nicht öffentlich", "x"]), max_size=2))
    form = []
    if draw(st.booleans()):  # a label with its value right below it ("Gremium:" / "53. Plenarsitzung Gemeinderat")
        form += ["Gremium:", "53. Plenarsitzung Gemeinderat"]
    for label in labels:
        form += [label] + ([""] if draw(st.booleans()) else [])
    form += [v for value in values for v in ([value, ""] if draw(st.booleans()) else [value])]
    title = draw(st.sampled_from(TITLES))
    expected["subject"] = " ".join(title)
    between: list[str] = []
    if case == "sentence":
        title = [*title[:-1], title[-1] + " wird zur Kenntnis genommen."]
        expected["subject"] = None
    elif case == "typed":  # the form, the type, a status line: no title between them
        between, title = ["Mitteilungsvorlage"], ["Beratung in öffentlicher Sitzung"]
        expected["subject"] = None
    gap = [""] if draw(st.booleans()) else []
    parts = [draw(st.sampled_from(LETTERHEADS)), "", draw(st.sampled_from(TYPES)), "", *form]
    parts += [*gap, *between, *title, *([""] if draw(st.booleans()) else []), *TABLE]
    return "\n".join(parts) + "\n", expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stacked_forms())
def test_generated_stacked_form_and_title_before_the_table(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a year in the title is no number
            "Stadt Lörrach\nBeschlussvorlage\nDezernat:\nDez. 2\nHaushalt 2024 und Finanzplanung 2025\n"
            + "\n".join(TABLE),
            {"doc_number": None, "subject": "Haushalt 2024 und Finanzplanung 2025"},
            id="year-in-title",
        ),
        pytest.param(  # a label alone over a sentence: no stacked form, no title
            "Stadt Lörrach\nBeschlussvorlage\nTermin:\nTOP:\nDie Verwaltung berichtet.\n" + "\n".join(TABLE),
            {"doc_number": None, "subject": None},
            id="labels-over-prose",
        ),
    ],
)
def test_header_form_cases(text: str, expected: Expected) -> None:
    check(text, expected)


KARLSRUHE = SHARED / "corpus" / "karlsruhe"


@pytest.mark.skipif(not KARLSRUHE.exists(), reason="../shared/corpus/karlsruhe is absent")
def test_karlsruhe_numbers_and_titles(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A sample of Karlsruhe's papers of every year: the number is the API's on nearly every paper
    and never another, the title is similar to the API's on most, the municipality is Karlsruhe
    where the text names it as its issuer (the letterhead of the later papers is an image) and
    never another town (partners named in the prose: Düsseldorf, Landau, Baden-Baden)."""
    from pipeline.analysis.evaluate import similar

    gold = [json.loads(line) for line in (KARLSRUHE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    sample = sorted(gold, key=lambda g: g["source"])[::10]
    out = tmp_path_factory.mktemp("karlsruhe")
    run_into(out, [KARLSRUHE / "texts" / g["source"] for g in sample], formats=("csv",))
    docs = {row["source_path"].rsplit("/", 1)[-1]: row for row in read_table(out, "documents").to_dict("records")}
    numbers = [docs[g["source"]]["doc_number"] for g in sample]
    right = sum(n == g["reference"] for n, g in zip(numbers, sample))
    wrong = sum(bool(n) and n != g["reference"] for n, g in zip(numbers, sample))
    assert right >= 0.97 * len(sample) and wrong <= 1, (right, wrong, len(sample))
    titled = sum(similar(docs[g["source"]]["subject"], g["title"], 0.8) > 0 for g in sample)
    assert titled >= 0.55 * len(sample), (titled, len(sample))
    towns = [docs[g["source"]]["municipality"] for g in sample]
    right = sum(t == "Karlsruhe" for t in towns)
    wrong = [t for t in towns if isinstance(t, str) and t and t != "Karlsruhe"]
    assert right >= 0.45 * len(sample) and not wrong, (right, wrong, len(sample))


NEXT_LABELS = ["Zur Kenntnis:", "Vorschlag des Amtes:", "Status:\töffentlich", "Beschlussvorschlag:", "Anlagen:"]
SUBJECTS = [
    ["Annahme von Zuwendungen"],
    ["Sanierung der Turnhalle, Bauabschnitt 2:", "Vergabe der Rohbauarbeiten"],
    ["Fortschreibung des Integrationskonzeptes", "der Stadt für die Jahre 2025 bis 2030"],
]


@st.composite
def labelled_subjects(draw: st.DrawFn) -> tuple[str, Expected]:
    """The subject after its label (on the label's line or below it, over one or two lines), then
    the next labelled section or field with no blank line between. Negative: a subject line that
    opens with a colon word of a wrapped phrase is no label when more than four words stand
    before the colon ("Sanierung der Turnhalle, Bauabschnitt 2:" goes on)."""
    subject = draw(st.sampled_from(SUBJECTS))
    label = draw(st.sampled_from(["Betreff:", "Betreff", "Gegenstand:"]))
    inline = draw(st.booleans()) and label.endswith(":")
    lines = [f"{label} {subject[0]}", *subject[1:]] if inline else [label, *subject]
    nxt = draw(st.sampled_from(NEXT_LABELS))
    text = "\n".join(["Stadt Lörrach", "Beschlussvorlage", "Vorlage Nr.: 2024/0815", "", *lines, nxt, "Text."])
    return text + "\n", {"subject": " ".join(subject), "doc_number": "2024/0815"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labelled_subjects())
def test_generated_subject_ends_at_the_next_label(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@st.composite
def exported_place_lists(draw: st.DrawFn) -> tuple[str, Expected]:
    """The villages of a municipality and its name as the letterhead an image holds, exported one
    or two names a line with blank lines between groups of lines (the columns of the image), then
    the department and the form. Negatives: a second municipality among the names; villages only."""
    villages = draw(st.lists(st.sampled_from(VILLAGES), min_size=5, max_size=9, unique=True))
    p = draw(st.sampled_from(LIST_PLACES))
    case = draw(st.sampled_from(["one", "one", "one", "two", "none"]))
    names = [*villages, p.name]
    expected: Expected = {"municipality": p.name, "municipality_type": p.type, "state": p.state, "ags": p.ags}
    if case == "two":
        names.append(draw(st.sampled_from(LIST_PLACES).filter(lambda q: q.name != p.name)).name)
        expected = NOTHING
    elif case == "none":
        names, expected = villages, NOTHING
    names = draw(st.permutations(names))
    lines: list[str] = []
    i = 0
    while i < len(names):
        take = draw(st.integers(1, 2))
        lines += [" ".join(names[i : i + take])] + [""] * draw(st.integers(0, 3))
        i += take
    head = [*lines, "Planung, Bau und Umwelt", "Aktenzeichen: 56.10.40", "Telefon: 800-70 21.02.2025"]
    return "\n".join(head) + "\nMitteilungsvorlage" + PROSE, expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exported_place_lists())
def test_generated_place_list_as_exported(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


KINDS = {"Stadt": "Stadt", "Gemeinde": "Gemeinde", "Markt": "Markt"}
GLUED_TYPES = ["Sitzungsvorlage", "Beschlussvorlage", "Mitteilungsvorlage", "Informationsvorlage"]


@st.composite
def glued_letterheads(draw: st.DrawFn) -> tuple[str, Expected]:
    """The letterhead (kind and name) with the document type glued to its name, as a text export
    runs the letterhead's two columns together, then the number and the Betreff. Negatives: a
    name glued to a word that is no type ("BocholtRathausplatz") names no municipality; a type
    glued to a name the gazetteer does not know gives that name as an unknown seat, without the
    type in it."""
    p = draw(st.sampled_from([q for q in LIST_PLACES if q.type in KINDS]))
    doc_type = draw(st.sampled_from(GLUED_TYPES))
    case = draw(st.sampled_from(["type", "type", "type", "other-word", "no-place"]))
    expected: Expected = {"municipality": p.name, "doc_type": doc_type, "doc_number": "12/2024"}
    head = f"{p.type} {p.name}{doc_type}"
    if case == "other-word":
        head = f"{p.type} {p.name}Rathausplatz"
        expected = {**NOTHING, "doc_number": "12/2024"}
    elif case == "no-place":
        head = f"{p.type} Musterhausen{doc_type}"  # an unknown seat, as "Stadt Musterhausen" alone: no state, no AGS
        expected = {"municipality": "Musterhausen", "state": None, "ags": None, "doc_type": doc_type}
    return f"{head}\nVorlage Nr. 12/2024\n\nBetreff:\nRadverkehrskonzept\n", expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glued_letterheads())
def test_generated_letterhead_glued_to_its_type(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@st.composite
def title_labels_alone(draw: st.DrawFn) -> tuple[str, Expected]:
    """A title label alone on its line, the title below it (one or two lines), then the next
    label or the Beratungsfolge. Negative: a label alone over another label names no subject."""
    label = draw(st.sampled_from(["Titel:", "Kurztitel:", "Thema:", "Bezeichnung:"]))
    title = draw(st.sampled_from(SUBJECTS))
    nxt = draw(st.sampled_from(["Beratungsfolge:", "Federführung: Amt 51", "Vorschlag des Amtes:"]))
    expected: Expected = {"subject": " ".join(title)}
    if draw(st.integers(0, 4)) == 0:
        title, expected = [], {"subject": None}
    text = "\n".join(["Stadt Bocholt", "Vorlage Nr. 12/2024", label, *title, nxt, "Rat\t26.03.2024\tEntscheidung"])
    return text + "\n", expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title_labels_alone())
def test_generated_title_label_alone_on_its_line(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@st.composite
def place_dates_apart(draw: st.DrawFn) -> tuple[str, Expected]:
    """A header form whose place and date cell a text export set apart from its date: the date on
    the next line after "den" (up to two blank lines between), or the form's cells on one line with
    column gaps between ("Sitzungsdatum:   05.12.2024   Stadt X, den   13.11.2024"); the meeting
    date before it stays the meeting's."""
    p = draw(st.sampled_from([q for q in LIST_PLACES if q.type in KINDS]))
    y, m, d = draw(st.integers(2015, 2026)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    written, iso = f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"
    expected: Expected = {"doc_date": iso, "municipality": p.name}
    form = ["Sitzungsdatum:", "05.12.2024", f"{p.type} {p.name}, den", *[""] * draw(st.integers(0, 2)), written]
    if draw(st.booleans()):  # the form's columns set apart by gaps on one line (pdftotext -layout)
        gaps = [" " * draw(st.integers(3, 12)) for _ in range(3)]
        form = [f"Sitzungsdatum:{gaps[0]}05.12.2024{gaps[1]}{p.type} {p.name}, den{gaps[2]}{written}"]
    text = "\n".join(["Beschlussvorlage", "Integrationskonzept; weiteres Vorgehen", *form, "", "Sachverhalt:", "Text."])
    return text + "\n", expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place_dates_apart())
def test_generated_place_and_date_set_apart(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


FORM_LABELS = ["Gremium:", "Gremium: Sozialausschuss", "Gremium:\t\tSozialausschuss", "Federführung: Amt 51"]
CLOSED_LABELS = ["Beschlussvorlage Datum: 14.03.2023", "Drucksache Nr.: 0815/2018", "Datum: 11.04.2018"]
OPEN_VALUES = ["bet. Geschäftseinheiten: Amt für Schule, Hochschule und Sport", "Dienststelle: Amt für Soziales"]
# titles without a colon (a line with a colon after a few words is a label line of the form)
RUN_TITLES = [
    ["Integrationskonzept; weiteres Vorgehen"],
    ["Annahme von Zuwendungen für die Jugendarbeit"],
    ["Fortschreibung des Integrationskonzeptes", "für die Jahre 2025 bis 2030"],
    ["Fortschreibung des Integrationskonzeptes der Hanse- und Universitätsstadt", "(Integrationskonzept 2023+)"],
]


@st.composite
def titles_run_into_the_form(draw: st.DrawFn) -> tuple[str, Expected]:
    """The title without a label and without the blank lines around it that the PDF had, as text
    exports (pdftotext, pypdf) set it: the first lines of the page right over the form's label
    lines, or between a label line whose value is a date or a number (it never wraps) and the next
    label line. Negatives: a title line that ends a sentence, that breaks off after a function word
    or holds a check box; lines under a label whose value may wrap ("Dienststelle: Amt für
    Soziales" / "Büro der Bürgerschaft") are that value, no title."""
    title = draw(st.sampled_from(RUN_TITLES))
    case = draw(st.sampled_from(["top", "top", "between", "between", "sentence", "open-end", "boxed", "wrapped"]))
    expected: Expected = {"subject": " ".join(title)}
    if case == "sentence":
        title = [*title[:-1], title[-1] + ". Die Verwaltung berichtet darüber"]
        expected = {"subject": None}
    elif case == "open-end":
        title = [title[0] + " und"]
        expected = {"subject": None}
    elif case == "boxed":
        title = [title[0] + " ☐ ja ☒ nein"]
        expected = {"subject": None}
    form = [draw(st.sampled_from(FORM_LABELS)), "Sitzungsdatum: 05.12.2024", "Ersteller:", "Forsteneichner, Monique"]
    if case in ("top", "sentence", "open-end", "boxed"):
        lines = [*title, *form]
    else:
        above = draw(st.sampled_from(OPEN_VALUES if case == "wrapped" else CLOSED_LABELS))
        lines = ["Stadt Lörrach", "Der Oberbürgermeister", above, *title, *form]
        if case == "wrapped":
            expected = {"subject": None}
    tail = ["", "Beschlussvorschlag:", "Der Ausschuss stimmt zu.", "", "Sachverhalt:", "Die Verwaltung berichtet.", ""]
    return "\n".join([*lines, *tail]), expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(titles_run_into_the_form())
def test_generated_title_run_into_the_form(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@st.composite
def subjects_run_into_prose(draw: st.DrawFn) -> tuple[str, Expected]:
    """A Betreff on its label's line with the prose after it and no blank line between, as an export
    drops it: the subject ends where a line holds one sentence's end and the next one's start.
    Negatives: a Betreff section whose first paragraph holds no word ("Tagesordnungspunkt:" / "7")
    or opens in lower case ("Gegenstand der Planung ist …": prose, no Betreff) is no subject."""
    subject = draw(st.sampled_from(SUBJECTS))
    case = draw(st.sampled_from(["prose", "prose", "prose", "number", "phrase"]))
    expected: Expected = {"subject": " ".join(subject)}
    head = ["Gemeinde Wadgassen", "Beschlussvorlage Nr. 17/2020"]
    if case == "prose":
        body = [f"Betreff: {subject[0]}", *subject[1:]]
        body += ["Die Gemeinde möchte einen Plan erstellen. Er soll die", "folgenden Felder umfassen."]
    elif case == "number":
        body = ["Tagesordnungspunkt:", str(draw(st.integers(1, 40))), "Zuständigkeit: Referat 4"]
        expected = {"subject": None}
    else:
        body = ["Gegenstand der Planung ist die Erweiterung", "des Technologiezentrums um ein Laborgebäude."]
        expected = {"subject": None}
    return "\n".join([*head, "", *body, "", "Beschlussvorschlag:", "Der Gemeinderat beschließt.", ""]), expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subjects_run_into_prose())
def test_generated_subject_run_into_prose(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


OWN_BODIES = ["Jugendhilfeausschuss", "Schulbeirat", "Sozialausschuss", "Gemeinderat", "Integrationsbeirat"]


@st.composite
def bodies_in_the_proposal(draw: st.DrawFn) -> tuple[str, Expected]:
    """A submission whose letterhead is an image (the text starts at its type and number): the
    municipality is named only with one of its own bodies in the decision proposal ("beruft … in
    den Jugendhilfeausschuss der Stadt X") or in the Beratungsfolge ("Rat der Stadt X"). Negatives:
    a town after a preposition is a partner ("Vereinbarung mit der Stadt Y", "zusammen mit der
    Stadt Y"), and so is a town named in the reasoning only: no municipality."""
    p = draw(st.sampled_from([q for q in LIST_PLACES if q.type == "Stadt"]))
    case = draw(st.sampled_from(["proposal", "proposal", "table", "partner", "partner-table", "reasoning"]))
    expected: Expected = {"municipality": p.name, "municipality_type": "Stadt", "ags": p.ags}
    body = draw(st.sampled_from(OWN_BODIES))
    council = "Hauptausschuss"
    proposal = f"Der Gemeinderat beruft Frau Anna Berger in den {body} der Stadt {p.name}."
    reasoning = "Die Verwaltung berichtet über die Besetzung."
    if case == "table":
        council, proposal = f"Rat der Stadt {p.name}", "Der Rat stimmt der Besetzung zu."
    elif case in ("partner", "partner-table", "reasoning"):
        expected = NOTHING
        word = draw(st.sampled_from(["mit", "zusammen mit", "gegenüber"]))
        proposal = f"Der Gemeinderat stimmt der Vereinbarung {word} der Stadt {p.name} zu."
        if case == "partner-table":
            council, proposal = f"Ausschuss zusammen mit der Stadt {p.name}", "Der Rat stimmt zu."
        elif case == "reasoning":
            proposal = "Der Gemeinderat stimmt der Besetzung zu."
            reasoning = f"Der {body} der Stadt {p.name} hat am 12.03.2024 getagt."
    text = "\n".join(
        [
            "Beschlussvorlage",
            "Vorlage Nr.: 2024/0815",
            "",
            "Beratungsfolge:",
            "Gremium\tDatum\tZuständigkeit",
            f"{council}\t12.03.2024\tVorberatung",
            "",
            "Beschlussvorschlag:",
            proposal,
            "",
            "Begründung:",
            reasoning,
            "",
        ]
    )
    return text, expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies_in_the_proposal())
def test_generated_municipality_of_its_own_bodies(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


COLUMN_WORDS = ["Datum der Beratung", "Termin", "Zuständigkeit", "Abstimmungsergeb.", "Ergebnis"]
ROLE_CELLS = ["Vorberatung", "Vorberatung Ö", "Entscheidung", "Entscheidung N", "Kenntnisnahme"]


@st.composite
def cells_in_the_betreff(draw: st.DrawFn) -> tuple[str, Expected]:
    """The Beratungsfolge's columns set one cell a paragraph between "Betreff:" and the subject, as
    pdfminer sets a table read column by column: its column words, dates and roles, then the
    subject. The subject is read past the cells. Negative: a short subject that is no column word
    stays the subject though short paragraphs follow it."""
    subject = draw(st.sampled_from(SUBJECTS))
    n = draw(st.integers(1, 4))
    columns = draw(st.lists(st.sampled_from(COLUMN_WORDS), min_size=1, max_size=3, unique=True))
    dates = [f"{draw(st.integers(1, 28)):02d}.0{draw(st.integers(1, 9))}.2024" for _ in range(n)]
    roles = [draw(st.sampled_from(ROLE_CELLS)) for _ in range(n)]
    cells = [*columns, *dates, *roles]
    expected: Expected = {"subject": " ".join(subject)}
    if draw(st.integers(0, 3)) == 0:
        cells, subject = ["Radverkehrskonzept"], ["Vorberatung", "Entscheidung"]
        expected = {"subject": "Radverkehrskonzept"}
    paragraphs = [*cells, "\n".join(subject)]
    text = "\n\n".join(["Stadt Lörrach\nBeschlussvorlage\nVorlage Nr.: 2024/0815", "Betreff:", *paragraphs])
    return text + "\n\nBeschlussvorschlag:\nDer Gemeinderat beschließt.\n", expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells_in_the_betreff())
def test_generated_table_cells_in_the_betreff(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


MINUTES_BODIES = [
    "Finanzausschusses",
    "Bau- und Umweltausschusses",
    "Hauptausschusses",
    "Ortschaftsrates",
    "Seniorenbeirates",
]


@st.composite
def minutes_heads(draw: st.DrawFn) -> tuple[str, Expected]:
    """A minutes' or agenda's head that names a body of the council with its municipality ("über die
    öffentliche Sitzung des Finanzausschusses der Gemeinde X vom 14.05.2019"), no letterhead above
    it: the municipality is X. Negatives: the town after a preposition ("… gemeinsam mit der Stadt
    X") or after a word that names no body ("Gutachten der Stadt X") names no issuer."""
    p = draw(st.sampled_from([q for q in LIST_PLACES if q.type == "Stadt"]))
    body = draw(st.sampled_from(MINUTES_BODIES))
    case = draw(st.sampled_from(["own", "own", "own-line", "partner", "other-word"]))
    expected: Expected = {"municipality": p.name, "municipality_type": "Stadt", "ags": p.ags}
    head = f"über die öffentliche Sitzung des {body} der Stadt {p.name} vom 14.05.2019."
    if case == "own-line":
        head = f"Niederschrift über die Sitzung des {body} der Stadt {p.name}\nam Dienstag, dem 14.05.2019"
    elif case == "partner":
        head, expected = (
            f"über die gemeinsame Sitzung des {body} gemeinsam mit der Stadt {p.name} vom 14.05.2019.",
            NOTHING,
        )
    elif case == "other-word":
        head, expected = f"über die Sitzung des {body} zum Gutachten der Stadt {p.name} vom 14.05.2019.", NOTHING
    text = "\n".join(
        [
            "N i e d e r s c h r i f t",
            "",
            head,
            "",
            "Sitzungsort: im Sitzungszimmer des Rathauses",
            "Beginn der Sitzung: 19.00 Uhr",
            "",
            "T a g e s o r d n u n g",
            "1. Eröffnung der Sitzung",
            "2. Kostenbeteiligung an der Sanierung des Spielplatzes",
            "",
        ]
    )
    return text, expected


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes_heads())
def test_generated_minutes_head_names_its_municipality(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)
