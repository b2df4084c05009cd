"""Steering members by layout and sector family: the members tables of tests/steering/test_steering.py
with their cells set apart by gaps as in a PDF's text layer, and generated member names of
every sector family (a migrant association by its origin, an advisory council of a town, an
authority of a district, the municipality's own office, an educational house)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.steering.rules import member_rules
from extractors.steering.sectors import classify
from extractors.steering.tables import stacked_rows
from tests.generators.steering_pool import POOL, sector_name
from tests.steering.test_steering import TABLES, Case, groups_of, test_steering_cases

GAPS = [("gap4", "    "), ("gap2", "  ")]
A, S, P, W, E, M = "public_agency", "administration", "politics", "welfare", "education", "migrant_organisation"

# more ways a members table ends or goes on; each also with gaps for tabs
MORE_TABLES = [
    Case(
        "contacts-table-after-blank-line",
        "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n\nInstitution\tVertretung\nAusländerbeirat (Vorsitz)\t"
        "Herr A\nFachdienst Integration\tFrau B\n\nName\tFunktion\nFrau B\tKoordination\nHerr C\tGeschäftsstelle\n",
        ["Steuerungsgruppe"],
        [("Ausländerbeirat", P), ("Fachdienst Integration", S)],
        chair="Ausländerbeirat",
    ),
    Case(
        "header-repeated-after-page-break",
        "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n\nInstitution\tVertretung\nSozialamt\tHerr A\n"
        "Jobcenter\tFrau B\n\nSeite 1 von 2\fInstitution\tVertretung\nBildungshaus Lingen\tHerr C\n"
        "Moscheegemeinde Lingen\tFrau D\n\nDie Steuerungsgruppe tagt monatlich.\n\nSeite 2 von 2",
        ["Steuerungsgruppe"],
        [("Sozialamt", S), ("Jobcenter", A), ("Bildungshaus Lingen", E), ("Moscheegemeinde Lingen", M)],
    ),
    Case(
        "second-table-whose-header-has-one-column-word",
        "Mitglieder der Lenkungsgruppe:\n\nEinrichtung\tVertreter/in\nCaritasverband\tFrau A\nJobcenter\tHerr B\n\n"
        "Träger\tAngebot\nCaritas\tMigrationsberatung\nAWO\tSprachcafé\n",
        ["Lenkungsgruppe"],
        [("Caritasverband", W), ("Jobcenter", A)],
    ),
    Case(
        "table-without-header-then-another",
        "Die Lenkungsgruppe setzt sich wie folgt zusammen:\n\nSozialamt\tHerr A\nJobcenter\tFrau B\n\n"
        "Handlungsfeld\tZiel\nSprache\tKurse\n",
        ["Lenkungsgruppe"],
        [("Sozialamt", S), ("Jobcenter", A)],
    ),
]


@pytest.mark.parametrize(
    "case,sep",
    [(c, s) for c in MORE_TABLES for s in ("\t", "    ")],
    ids=[f"{c.id}-{n}" for c in MORE_TABLES for n in ("tab", "gap4")],
)
def test_more_members_tables(case: Case, sep: str) -> None:
    test_steering_cases(
        Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair, case.size, case.seats)
    )


@pytest.mark.parametrize(
    "case,sep", [(c, s) for c in TABLES for _, s in GAPS], ids=[f"{c.id}-{n}" for c in TABLES for n, _ in GAPS]
)
def test_members_tables_with_gaps(case: Case, sep: str) -> None:
    """The same tables, their cells set apart by spaces: the same members, chair and end."""
    test_steering_cases(
        Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair, case.size, case.seats)
    )


# justified prose with wide spaces is no table
JUSTIFIED = [
    Case(
        "justified-prose-after-a-colon",
        "In der Steuerungsgruppe sind vertreten:\ndas  Sozialamt  und  das  Jobcenter  sowie  die\nCaritas  und  die  "
        "AWO.\n",
        ["Steuerungsgruppe"],
        [("Sozialamt", S), ("Jobcenter", A), ("Caritas", W), ("AWO", W)],
    ),
    Case(
        "justified-prose-setzt-sich-zusammen",
        "Die Lenkungsgruppe setzt sich wie folgt zusammen:\nder  Sozialdezernentin,  dem  Jobcenter  und  dem\n"
        "Türkischen  Elternverein  Ulm  e. V.\n",
        ["Lenkungsgruppe"],
        [("Sozialdezernentin", S), ("Jobcenter", A), ("Türkischer Elternverein Ulm e. V.", M)],
    ),
]


@pytest.mark.parametrize("case", JUSTIFIED, ids=[c.id for c in JUSTIFIED])
def test_justified_prose_is_no_table(case: Case) -> None:
    test_steering_cases(case)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_member_names_get_their_sector(data: st.DataObject) -> None:
    name, sector = sector_name(data.draw)
    assert classify(name, load_resources()) == sector, name


# a group word ending a sentence, then "Ihm/Ihr gehören an:" pointing back, over a table whose
# institutions are long ("Landkreis ..., Fachdienst ...") and whose marked person chairs; its cells
# apart at tabs, gaps, bars, or flattened into single spaces (text exported by other tools: the
# person at the line's end tells the row)
_LONG = "Landkreis Ludwigslust-Parchim, Fachdienst Soziales und Integration"
POINTING_BACK = [
    Case(
        "ihm-gehoeren-an-gap-table-long-institution",
        "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:\n\n"
        "Institution\tVertreter/in\n" + _LONG + "\tFrau Anja Kersten (Vorsitz)\n"
        "Jobcenter Ludwigslust-Parchim\tHerr Dirk Wendland\n"
        "Migrantenbeirat des Landkreises Ludwigslust-Parchim\tFrau Olena Hrytsenko\n\n"
        "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH.\n",
        ["Begleitgremium"],
        [(_LONG, S), ("Jobcenter Ludwigslust-Parchim", A), ("Migrantenbeirat des Landkreises Ludwigslust-Parchim", P)],
        chair="Frau Anja Kersten",
    ),
    Case(
        "ihr-gehoeren-an-bar-table",
        "Der Prozess wird von einer Lenkungsgruppe begleitet. Ihr gehören an:\n\n"
        "Einrichtung\tVertretung\nAmt für Schule, Hochschule und Sport Rostock\tHerr Arndt\n"
        "Caritasverband für die Region Schwerin e. V.\tFrau Berger (Leitung)\n\nDie Gruppe tagt monatlich.\n",
        ["Lenkungsgruppe"],
        [("Amt für Schule, Hochschule und Sport Rostock", S), ("Caritasverband für die Region Schwerin e. V.", W)],
        chair="Frau Berger",
    ),
]


@pytest.mark.parametrize(
    "case,sep",
    [(c, s) for c in POINTING_BACK for s in ("\t", "   ", "  |  ", " ")],
    ids=[f"{c.id}-{n}" for c in POINTING_BACK for n in ("tab", "gap3", "bar", "flat")],
)
def test_pointing_back_to_a_group_over_a_table(case: Case, sep: str) -> None:
    test_steering_cases(
        Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair, case.size, case.seats)
    )


FLAT = [
    Case(
        "flat-table-chair-mark-wrapped-page-break-inside",
        "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:\n\n"
        "Institution Vertreter/in\n" + _LONG + " Frau Anja Kersten\n(Vorsitz)\n"
        "Jobcenter Ludwigslust-Parchim Herr Dirk Wendland\n\nSeite 1 von 2\f"
        "Agentur für Arbeit Schwerin Frau Dr. Ilona Brettschneider\n"
        "Migrantenbeirat des Landkreises Ludwigslust-Parchim Frau Olena Hrytsenko\n\n"
        "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH.\n\nSeite 2 von 2",
        ["Begleitgremium"],
        [
            (_LONG, S),
            ("Jobcenter Ludwigslust-Parchim", A),
            ("Agentur für Arbeit Schwerin", A),
            ("Migrantenbeirat des Landkreises Ludwigslust-Parchim", P),
        ],
        chair="Frau Anja Kersten",
    ),
    Case(
        "flat-table-header-before-a-page-break-row-wrapped-after-its-salutation",
        "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:\n\nInstitution Vertreter/in\n\f"
        + _LONG
        + " Frau\nAnja Kersten\nJobcenter Ludwigslust-Parchim Herr Dirk Wendland\n"
        "Migrantenbeirat des Landkreises Ludwigslust-Parchim Frau Dr.\nOlena Hrytsenko\n\n"
        "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH.\n",
        ["Begleitgremium"],
        [(_LONG, S), ("Jobcenter Ludwigslust-Parchim", A), ("Migrantenbeirat des Landkreises Ludwigslust-Parchim", P)],
    ),
    Case(
        "flat-table-without-header",
        "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n\nSozialamt Herr Arndt\n"
        "Caritasverband Lingen Frau Berger\n\nDie Gruppe tagt monatlich.\n",
        ["Steuerungsgruppe"],
        [("Sozialamt", S), ("Caritasverband Lingen", W)],
    ),
    Case(
        "flat-list-chair-marked",
        "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n- Sozialamt Frau Dr. Harms (Vorsitz)\n"
        "- Caritasverband für die Region Schwerin e. V. Herr Arndt\n",
        ["Steuerungsgruppe"],
        [("Sozialamt", S), ("Caritasverband für die Region Schwerin e. V.", W)],
        chair="Sozialamt",
    ),
]


@pytest.mark.parametrize("case", FLAT, ids=[c.id for c in FLAT])
def test_flattened_members_tables(case: Case) -> None:
    test_steering_cases(case)


# an office is named by its head noun; an elected council of migrants is politics
SECTORS = [
    ("amt-fuer-with-hochschule", "Amt für Schule, Hochschule und Sport", S),
    ("aemter-fuer", "Ämter für Soziales und Wohnen", S),
    ("schulverwaltungsamt-fuer", "Schulverwaltungsamt für Hochschule und Forschung", S),
    ("bundesamt-stays-federal", "Bundesamt für Migration und Flüchtlinge", A),
    ("hochschule", "Hochschule Bremerhaven", "research"),
    ("migrantenrat", "Migrantenrat der Hanse- und Universitätsstadt Rostock", P),
    ("migrantinnenrat", "Migrantinnen- und Migrantenrat der Stadt Kiel", P),
    ("migrantenbeirat", "Migrantenbeirat des Landkreises Ludwigslust-Parchim", P),
    ("migrantenberatung-is-no-council", "Migrationsberatung des Caritasverbandes", W),
]


@pytest.mark.parametrize("name,sector", [(n, s) for _, n, s in SECTORS], ids=[i for i, _, _ in SECTORS])
def test_sector_by_head_noun(name: str, sector: str) -> None:
    assert classify(name, load_resources()) == sector


# a membership verb between the group's name and the colon ("In der Steuerungsrunde wirken mit:"),
# a running sentence after it, and the chair named in it ("der Bürgermeister als Vorsitzender")
_RUNNING = (
    "der Bürgermeister als Vorsitzender, je ein Mitglied der im Gemeinderat vertretenen Fraktionen, "
    "der Fachbereich II der Gemeindeverwaltung, die Barleber Tafel e. V. sowie die Ganztagsschule Barleben."
)
_RUNNING_MEMBERS = [
    ("Bürgermeister", P),
    ("im Gemeinderat vertretenen Fraktionen", P),
    ("Fachbereich II der Gemeindeverwaltung", S),
    ("Barleber Tafel e. V.", "civil_society"),
    ("Ganztagsschule Barleben", E),
]
VERB_COLON = [
    Case(
        "wirken-mit-colon-running-sentence",
        "Die Steuerungsrunde tagt alle zwei Monate. In der Steuerungsrunde wirken mit: " + _RUNNING + "\n",
        ["Steuerungsrunde"],
        _RUNNING_MEMBERS,
        chair="Bürgermeister",
    ),
    Case(
        "gehoeren-an-colon-running-sentence",
        "Der Lenkungsgruppe gehören an: " + _RUNNING + "\n",
        ["Lenkungsgruppe"],
        _RUNNING_MEMBERS,
        chair="Bürgermeister",
    ),
    Case(
        "arbeiten-mit-colon-wrapped",
        "Im Steuerungskreis arbeiten mit:\n" + _RUNNING.replace(", der ", ",\nder ") + "\n",
        ["Steuerungskreis"],
        _RUNNING_MEMBERS,
        chair="Bürgermeister",
    ),
    Case(
        "sind-vertreten-colon-as-leiterin",
        "In der Steuerungsgruppe sind vertreten: die Sozialdezernentin als Leiterin, das Jobcenter und die Caritas.\n",
        ["Steuerungsgruppe"],
        [("Sozialdezernentin", S), ("Jobcenter", A), ("Caritas", W)],
        chair="Sozialdezernentin",
    ),
    # a colon after other words is no list of members
    Case(
        "tagt-regelmaessig-colon-is-no-list",
        "Die Steuerungsrunde tagt regelmäßig: im Frühjahr, im Sommer und im Herbst.\n",
        [],
        [],
    ),
]


@pytest.mark.parametrize("case", VERB_COLON, ids=[c.id for c in VERB_COLON])
def test_membership_verb_before_colon(case: Case) -> None:
    test_steering_cases(case)


# a list of members named by who sends them, inside the description of a group named just before
_SENT = "- Caritasverband Trier e. V.\n- Handwerkskammer Trier\n- Multikulturelles Zentrum Trier e. V.\n"
_SENT_MEMBERS = [
    ("Caritasverband Trier e. V.", W),
    ("Handwerkskammer Trier", "business"),
    ("Multikulturelles Zentrum Trier e. V.", "civil_society"),
]
SENT = [
    Case(
        f"{verb}-bullets-in-group-description",
        "2. Steuerungsgruppe\nDie Steuerungsgruppe tagt viermal im Jahr. Für die Zivilgesellschaft werden "
        f"{verb}:\n" + _SENT + "\nDie Geschäftsführung übernimmt die Stabsstelle Integration.\n",
        ["Steuerungsgruppe"],
        _SENT_MEMBERS,
    )
    for verb in ("benannt", "entsandt", "berufen")
] + [
    # "benannt" outside a group's description names no members
    Case("benannt-without-group", "Für die Fachtage werden benannt:\n" + _SENT, [], []),
    Case(
        "benannt-attendees-after-group",
        "Die Steuerungsgruppe tagt viermal im Jahr.\n\nFür die Sitzung am 12.05.2023 wurden als Teilnehmende "
        "benannt:\n" + _SENT,
        [],
        [],
    ),
]


@pytest.mark.parametrize("case", SENT, ids=[c.id for c in SENT])
def test_members_sent_by_a_sector(case: Case) -> None:
    test_steering_cases(case)


# a running header or footer naming the document's type after a members table is no member,
# even where it repeats too seldom to be page furniture
DOC_TYPE_LINES = [
    Case(
        f"{kind}-after-table",
        "Die Lenkungsgruppe war wie folgt besetzt:\n\nInstitution\tVertreter/in\nMagistrat, Sozialamt\tFrau Dr. Imke "
        "Harms\n"
        f"Jobcenter Bremerhaven\tHerr Kai Buschmann\n\n{line}\n\nDas Handlungskonzept gliedert sich in fünf Felder.\n",
        ["Lenkungsgruppe"],
        [("Magistrat, Sozialamt", S), ("Jobcenter Bremerhaven", A)],
    )
    for kind, line in [
        ("number-and-page", "Magistratsvorlage Nr. IV/27/2023\tSeite 1"),
        ("type-and-number", "Magistratsvorlage\tNr. IV/27/2023"),
        ("drucksache", "Drucksache Nr. 2023/KT/0451\tBlatt 2"),
        ("beschlussvorlage", "BESCHLUSSVORLAGE\t2023/0451"),
    ]
]


@pytest.mark.parametrize(
    "case,sep",
    [(c, s) for c in DOC_TYPE_LINES for s in ("\t", "    ", " | ")],
    ids=[f"{c.id}-{n}" for c in DOC_TYPE_LINES for n in ("tab", "gap4", "bar")],
)
def test_document_type_lines_are_no_members(case: Case, sep: str) -> None:
    test_steering_cases(Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair))


# a plain "Schulamt <Stadt>" is the town's office, the Staatliches Schulamt the state's; an
# association named in its members' language of origin is a migrant organisation
MORE_SECTORS = [
    ("schulamt-of-a-town", "Schulamt Bremerhaven", S),
    ("staatliches-schulamt", "Staatliches Schulamt Markdorf", A),
    ("vietnamese-verein", "Verein Diên Hông – Gemeinsam unter einem Dach e. V.", M),
    ("polish-ev", "Polski Związek Zachodni e. V.", M),
    ("turkish-gemeinde", "Kültür ve Dayanışma Derneği Gemeinde e. V.", M),
    ("german-verein-stays", "Förderverein Heimatmuseum Lüneburg e. V.", "civil_society"),
    ("diacritics-without-association", "Café Niño", "other"),
]


@pytest.mark.parametrize("name,sector", [(n, s) for _, n, s in MORE_SECTORS], ids=[i for i, _, _ in MORE_SECTORS])
def test_sector_of_schulamt_and_named_associations(name: str, sector: str) -> None:
    assert classify(name, load_resources()) == sector


# the same tables as an export gives them without blank lines (pdftotext, pypdf): the rows right
# under the lead-in's line, the sentence after the table right under its last row
def _without_blank_lines(case: Case, sep: str, name: str, lost: str) -> object:
    marks = []
    if sep == " " and case.chair == "Frau Berger":
        # known loss: the view reads the flat rows right under the lead-in as a colon list's items
        # and the last row, its mark in brackets ("Frau Berger (Leitung)"), as a paragraph after it
        marks.append(pytest.mark.xfail(strict=True, reason="the last flat row with a mark after a colon list"))
    return pytest.param(case, sep, lost, id=f"{case.id}-{name}-{lost}", marks=marks)


@pytest.mark.parametrize(
    "case,sep,lost",
    [
        _without_blank_lines(c, s, n, lost)
        for c in POINTING_BACK
        for n, s in (("tab", "\t"), ("gap3", "   "), ("bar", " | "), ("flat", " "))
        for lost in ("lead-in", "all")
    ]
    + [_without_blank_lines(c, " ", "flat", lost) for c in FLAT for lost in ("lead-in", "all")],
)
def test_members_tables_without_blank_lines(case: Case, sep: str, lost: str) -> None:
    text = case.text.replace("\t", sep)
    text = text.replace(":\n\n", ":\n") if lost == "lead-in" else text.replace("\n\n", "\n")
    test_steering_cases(Case(case.id, text, case.names, case.members, case.chair, case.size, case.seats))


_LEAD_INS = [
    (
        "Lenkungsgruppe",
        "Die Erarbeitung wurde von einer Lenkungsgruppe begleitet, die neunmal getagt hat. Sie war wie folgt besetzt:",
    ),
    ("Begleitgremium", "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:"),
    ("Steuerungsgruppe", "Die Steuerungsgruppe setzt sich wie folgt zusammen:"),
]
_PERSONS = [
    "Frau Dr. Imke Harms",
    "Herr Kai Buschmann",
    "Frau Ulrike Tews",
    "Herr Jonas Feldmann",
    "Frau Sevgi Demirtaş",
    "Herr Prof. Dr. Lars Ehlers",
]
_SINGULAR = [o for o in POOL if not o.plural]
_SEPARATORS = {"tab": "\t", "gap": "    ", "bar": " | ", "flat": " "}


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_generated_members_tables_as_exports_set_them(data: st.DataObject) -> None:
    """A lead-in, a members table (cells apart at tabs, gaps, bars or single spaces; a header or
    not), a sentence after it, with the blank lines around the table kept or lost: the table's
    institutions are the members, exactly. The negative: a table of goals under a line of the
    group that is no lead-in to members ("… hat folgende Ziele beschlossen:") gives none."""
    name, lead = data.draw(st.sampled_from(_LEAD_INS), label="lead-in")
    sep = _SEPARATORS[data.draw(st.sampled_from(sorted(_SEPARATORS)), label="separator")]
    orgs = data.draw(
        st.lists(st.sampled_from(_SINGULAR), min_size=2, max_size=5, unique_by=lambda o: o.name),
        label="institutions",
    )
    header = data.draw(st.booleans(), label="header") or sep == " "
    blank_before, blank_after = data.draw(st.booleans(), label="blank before"), data.draw(st.booleans(), label="after")
    rows = [f"{o.name}{sep}{_PERSONS[k % len(_PERSONS)]}" for k, o in enumerate(orgs)]
    table = ([f"Institution{sep}Vertreter/in"] if header else []) + rows
    text = (
        "Begründung:\n\n"
        + lead
        + ("\n\n" if blank_before else "\n")
        + "\n".join(table)
        + ("\n\n" if blank_after else "\n")
        + "Die Gruppe tagt monatlich im Rathaus.\n"
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [name], text
    assert [m.member for m in groups[0].members] == [o.name for o in orgs], text

    goals = ["Sprache" + sep + "Kurse ausbauen", "Arbeit" + sep + "Anerkennung beschleunigen"]
    negative = (
        f"Die {name} hat folgende Ziele beschlossen:"
        + ("\n\n" if blank_before else "\n")
        + "\n".join(goals)
        + "\nDie Gruppe tagt monatlich im Rathaus.\n"
    )
    assert [m.member for g in groups_of(negative) for m in g.members] == [], negative


_STACKED_HEADERS = [("Institution", "Vertretung"), ("Einrichtung", "Vertreter/in"), ("Organisation", "Person")]


def _wrapped_cell(draw: st.DrawFn, name: str) -> list[str]:
    """A cell's text over one to three lines, cut between words."""
    words = name.split()
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(words) - 1)), max_size=min(2, len(words) - 1))))
    return [" ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)])]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_generated_members_tables_one_cell_a_line(data: st.DataObject) -> None:
    """A members table as pdftotext, pypdf and pdfminer.six set a borderless table: its header's
    words a line each, then the cells a line each (an institution wrapped over lines), row by row
    (blank lines between the cells or none) or column by column (the institutions, then the
    persons, blank lines between the cells); the first person maybe marked as the chair; prose
    after it. The institutions are the members, exactly; the chair is the marked person."""
    name, lead = data.draw(st.sampled_from(_LEAD_INS), label="lead-in")
    orgs = data.draw(st.lists(st.sampled_from(_SINGULAR), min_size=2, max_size=5, unique_by=lambda o: o.name))
    header = data.draw(st.sampled_from(_STACKED_HEADERS), label="header")
    order = data.draw(st.sampled_from(["rows", "columns"]), label="order")
    blank = "\n\n" if order == "columns" or data.draw(st.booleans(), label="blank lines") else "\n"
    chair = data.draw(st.booleans(), label="chair")
    persons = [_PERSONS[k % len(_PERSONS)] for k in range(len(orgs))]
    if chair:
        persons[0] += " (Vorsitz)"
    cells = ["\n".join(_wrapped_cell(data.draw, o.name)) for o in orgs]
    if order == "rows":
        body = [c for pair in zip(cells, persons) for c in pair]
    else:
        body = cells + persons
    after = data.draw(st.sampled_from(["Die Gruppe tagt monatlich im Rathaus.", "Das Konzept wird so gegliedert:"]))
    text = "Begründung:\n\n" + lead + blank + blank.join([*header, *body]) + blank + after + "\n"
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [name], text
    assert [m.member for m in groups[0].members] == [o.name for o in orgs], text
    if chair:  # the marked person, or the office whose row it is ("Bürgermeister | Herr A (Vorsitz)")
        assert groups[0].chair in (_PERSONS[0], orgs[0].name), text

    # negatives, the same layout: a table of fields and goals (no person), a table of contacts (the
    # persons first, their functions after them), institutions and persons that do not pair up
    rules = member_rules(load_resources())
    fields = ["Sprache", "Kurse ausbauen", "Arbeit", "Anerkennung beschleunigen", "Wohnen", "Wohnraum schaffen"]
    contacts = [c for p in persons for c in (p, "Koordination")]
    for negative in (
        ["Handlungsfeld", "Ziel", *fields],
        ["Name", "Funktion", *contacts],
        [*header, *cells, *persons[:-1]] if order == "columns" else ["Handlungsfeld", "Ziel", *cells],
    ):
        lines = blank.join(negative) + blank + after + "\n"
        assert stacked_rows(lines, 0, rules) is None, lines


# an export that sets a letterhead, a form and the lead-in without a full stop among them (pypdf):
# the "sentence" runs from the letterhead to the lead-in's colon, and a word of a meeting in the
# form ("Sitzungsdatum") does not make its last line a list of attendance
RUN_ON = [
    Case(
        "lead-in-at-the-end-of-a-run-on-form",
        "Stadt Lingen (Ems)\nFachbereich Familie, Jugend und Soziales\nVorlage Nr. 123/2020\nBeratungsfolge\n"
        "Sitzungsdatum\nö\nnö\nVerwaltungsausschuss\n22.09.2020\nx\nBetreff: Integrationskonzept; Steuerungsgruppe\n"
        "Sachverhalt:\nMitglieder der Steuerungsgruppe sind:\n"
        "• Caritasverband Emsland\n• Diakonisches Werk Emsland-Bentheim\n• Ludwig-Windthorst-Haus\n"
        "Die Steuerungsgruppe tagt monatlich.\n",
        ["Steuerungsgruppe"],
        [("Caritasverband Emsland", W), ("Diakonisches Werk Emsland-Bentheim", W), ("Ludwig-Windthorst-Haus", E)],
    ),
    Case(
        "attendance-at-the-end-of-a-run-on-form-is-no-list-of-members",
        "Stadt Lingen (Ems)\nFachbereich Familie, Jugend und Soziales\nVorlage Nr. 123/2020\nBeratungsfolge\n"
        "Verwaltungsausschuss\n22.09.2020\nBetreff: Steuerungsgruppe\n"
        "Zur Sitzung der Steuerungsgruppe waren anwesend:\n"
        "• Caritasverband Emsland\n• Diakonisches Werk Emsland-Bentheim\nDie Steuerungsgruppe tagt monatlich.\n",
        [],  # a group with neither members nor a set-up is not kept
        [],
    ),
]


@pytest.mark.parametrize("case", RUN_ON, ids=[c.id for c in RUN_ON])
def test_lead_in_after_a_run_on_form(case: Case) -> None:
    test_steering_cases(case)


def _justified(line: str) -> str:
    """A line as pdfminer.six sets a justified one: every space doubled."""
    return line.replace(" ", "  ")


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_generated_members_tables_one_row_a_block(data: st.DataObject) -> None:
    """A members table whose gaps were flattened, a blank line after its header and after each row
    (as pdfminer.six sets a borderless table): the header alone on its line, then a block per row
    ("Jobcenter Kreis Mettmann Herr Petersen"), a row maybe wrapped after its salutation or set
    justified (its spaces doubled). The institutions are the members, exactly. Negatives in the
    same layout: blocks of goals under a header of fields, and sentences under the header."""
    name, lead = data.draw(st.sampled_from(_LEAD_INS), label="lead-in")
    orgs = data.draw(
        st.lists(st.sampled_from(_SINGULAR), min_size=2, max_size=5, unique_by=lambda o: o.name),
        label="institutions",
    )
    header = data.draw(st.sampled_from(_STACKED_HEADERS), label="header")
    rows = []
    for k, org in enumerate(orgs):
        person = _PERSONS[k % len(_PERSONS)]
        salutation, rest = person.split(" ", 1)
        shape = data.draw(st.sampled_from(["line", "wrapped", "justified"]), label=f"row {k}")
        if shape == "wrapped":
            rows.append(f"{org.name} {salutation}\n{rest}")
        elif shape == "justified" and len(org.name.split()) >= 2:
            rows.append(f"{_justified(org.name + ' ' + salutation)}\n{rest}")
        else:
            rows.append(f"{org.name} {person}")
    after = data.draw(st.sampled_from(["Die Gruppe tagt monatlich im Rathaus.", "Das Konzept wird so gegliedert:"]))
    text = "Begründung:\n\n" + lead + "\n\n" + " ".join(header) + "\n\n" + "\n\n".join(rows) + "\n\n" + after + "\n"
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [name], text
    assert [m.member for m in groups[0].members] == [o.name for o in orgs], text

    for negative in (
        [
            "Handlungsfeld Ziel",
            "Sprache Kurse ausbauen",
            "Arbeit Anerkennung beschleunigen",
            "Wohnen Wohnraum schaffen",
        ],
        [" ".join(header), "Die Gruppe hat sich im Mai gegründet.", _justified("Sie tagt seither einmal im Monat.")],
    ):
        text = "Begründung:\n\n" + lead + "\n\n" + "\n\n".join(negative) + "\n\n" + after + "\n"
        assert [m.member for g in groups_of(text) for m in g.members] == [], text


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_generated_lists_with_marks_set_apart(data: st.DataObject) -> None:
    """A bulleted list of members under a label as pdfminer.six may set it: some bullets alone on a
    line right before or after their entry ("Integrationsbeauftragte" / "-" / "- Sozialamt"),
    blank lines here and there. The entries are the members, exactly. The negative: the same
    list of goals under a sentence of the group that leads in no members gives none."""
    name, lead = data.draw(st.sampled_from(_LEAD_INS), label="lead-in")
    orgs = data.draw(
        st.lists(st.sampled_from(_SINGULAR), min_size=3, max_size=6, unique_by=lambda o: o.name),
        label="institutions",
    )
    mark = data.draw(st.sampled_from(["-", "•", "▪"]), label="mark")
    lines: list[str] = []
    for k, org in enumerate(orgs):
        apart = k < len(orgs) - 1 and data.draw(st.booleans(), label=f"apart {k}")
        if apart:  # the entry without its mark, its mark alone on the next line before the next entry
            lines += [org.name, mark]
        else:
            lines.append(f"{mark} {org.name}")
        if data.draw(st.booleans(), label=f"blank {k}"):
            lines.append("")
    text = "Begründung:\n\n" + lead + "\n\nMitglieder:\n\n" + "\n".join(lines) + "\n\nDie Gruppe tagt monatlich.\n"
    if not any(line == mark for line in lines):
        return
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [name], text
    assert [m.member for m in groups[0].members] == [o.name for o in orgs], text

    goals = [f"{line} stärken" if line.strip(mark + " ") else line for line in lines]
    negative = (
        f"Begründung:\n\nDie {name} hat folgende Ziele beschlossen:\n\n"
        + "\n".join(goals)
        + "\n\nSie tagt monatlich.\n"
    )
    assert [m.member for g in groups_of(negative) for m in g.members] == [], negative


_SEAT_SECTORS = [  # (words of a sector as a seat category, its column)
    ("Rat", "politics"),
    ("Politik", "politics"),
    ("Verwaltung", "administration"),
    ("Vereinen", "civil_society"),
    ("Zivilgesellschaft", "civil_society"),
]
_COUNTS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf"}


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_generated_seat_categories_are_no_members(data: st.DataObject) -> None:
    """Seats by sector ("je drei Personen aus Rat, Verwaltung und Vereinen") give seats and the
    size, no member named by a sector; a size stated apart ("Sie zählt elf Mitglieder.") is the
    size. A seat table's total row and its "Sonstige" row are no members; the institutions in its
    other rows are."""
    name, lead = data.draw(st.sampled_from(_LEAD_INS), label="lead-in")
    n = data.draw(st.sampled_from(sorted(_COUNTS)), label="count")
    picked = data.draw(
        st.lists(st.sampled_from(_SEAT_SECTORS), min_size=2, max_size=3, unique_by=lambda s: s[1]), label="sectors"
    )
    noun = data.draw(st.sampled_from(["Personen", "Vertreterinnen und Vertreter", "Mitglieder"]), label="noun")
    words = [w for w, _ in picked]
    listed = ", ".join(words[:-1]) + " und " + words[-1]
    text = f"Es wurde eine {name} eingerichtet. Sie besteht aus je {_COUNTS[n]} {noun} aus {listed}.\n"
    stated = data.draw(st.sampled_from([None, 11, 15]), label="size stated apart")
    if stated is not None:
        text += data.draw(
            st.sampled_from([f"Sie zählt {stated} Mitglieder.\n", f"Ihr gehören {stated} Personen an.\n"])
        )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [name], text
    assert groups[0].members == [], text
    seats = {"politics": groups[0].seats_politics, "administration": groups[0].seats_administration}
    seats["civil_society"] = groups[0].seats_civil_society
    assert seats == {column: (n if column in {c for _, c in picked} else None) for column in seats}, text
    assert groups[0].size == (stated or n * len(picked)), text

    orgs = data.draw(
        st.lists(st.sampled_from(_SINGULAR), min_size=2, max_size=4, unique_by=lambda o: o.name), label="rows"
    )
    total = data.draw(st.sampled_from(["Gesamt", "Insgesamt", "Summe"]), label="total")
    rows = [f"{o.name}\t{k + 1}" for k, o in enumerate(orgs)]
    rows.insert(data.draw(st.integers(1, len(rows)), label="others at"), "Sonstige\t2")
    table = "\n".join(["Institution\tSitze", *rows, f"{total}\t{sum(range(1, len(orgs) + 1)) + 2}"])
    text = f"Begründung:\n\n{lead}\n\n{table}\n\nDie Gruppe tagt monatlich im Rathaus.\n"
    groups = groups_of(text)
    assert [m.member for g in groups for m in g.members] == [o.name for o in orgs], text


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_generated_colon_list_of_the_next_sentence_joined_by_a_stray_word(data: st.DataObject) -> None:
    """A sentence naming a group's members, then a page break and a word pdfminer.six set apart
    from its justified line ("einer"), then a sentence with a colon list of something else
    ("Arbeitsgruppen zu folgenden Handlungsfeldern gebildet: Bildung, ..."): the view reads the
    two as one sentence, whose colon list is not the group's. Its members are those of the first
    sentence, exactly; without the stray word, the same."""
    name = data.draw(st.sampled_from(["Steuerungsgruppe", "Lenkungsgruppe"]), label="group")
    orgs = data.draw(
        st.lists(st.sampled_from(_SINGULAR), min_size=2, max_size=4, unique_by=lambda o: o.name),
        label="institutions",
    )
    stray = data.draw(st.sampled_from(["einer", "die", "sodann", ""]), label="stray word")
    fields = data.draw(
        st.lists(
            st.sampled_from(["Bildung", "Beteiligung", "Wohnen", "Gesundheit", "Soziales"]), min_size=2, unique=True
        ),
        label="fields",
    )
    listed = ", ".join(o.dat for o in orgs[:-1]) + " sowie " + orgs[-1].dat
    text = (
        f"Es erfolgte die Einrichtung einer {name}. Diese {name} wurde mit {listed} besetzt.\n\n"
        + (f"{stray} \n\n" if stray else "")
        + "\fIm Februar wurden Arbeitsgruppen zu folgenden Handlungsfeldern gebildet: "
        + ", ".join(fields)
        + ".\n"
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [name], text
    assert [m.member for m in groups[0].members] == [o.name for o in orgs], text
