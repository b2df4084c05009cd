"""Seats are not members: a seat table whose rows are sectors ("Verwaltung | 4", "Vereine und
Verbände | 2", a total row "Gesamt | 10") gives seats by sector and the size, no member; a
members table whose rows are organisations with the count of their delegates ("Sozialamt | 2")
stays members. A sentence naming members beside a shared count ("dem Sozialamt, dem Jobcenter
und je zwei Personen aus Rat und Vereinen") keeps the named members, the count giving seats
only; and the size stated apart after the composition ("zusammen 15 Personen")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.steering.rules import member_rules
from extractors.steering.tables import seat_category
from tests.generators.steering_pool import GROUPS, POOL, Org, enumeration
from tests.steering.test_steering import groups_of

SECTORS = "politics", "administration", "civil_society"
# the words a seat table names its sectors by, per sector
CATEGORIES = {
    "politics": ["Politik", "Rat", "Stadtrat", "Gemeinderat", "Fraktionen", "Kreistag"],
    "administration": ["Verwaltung", "Ämter", "Fachbereiche"],
    # ("Träger" is a column word as well: a row of it and its count is a row, not a header)
    "civil_society": ["Vereine und Verbände", "Zivilgesellschaft", "Initiativen", "Migrantenorganisationen", "Träger"],
}
OTHERS = ["Sonstige", "Weitere"]
HEADERS = [None, ("Bereich", "Anzahl"), ("Sektor", "Sitze"), ("Bereich", "Plätze")]
SEPS = ["\t", "    ", "  |  ", " "]  # " ": gaps an export flattened
LEADS = [
    "Die {g} setzt sich wie folgt zusammen:",
    "Zusammensetzung der {g}:",
    "Der {g} gehören an:",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


NUMBERS = ["zwei", "drei", "vier", "fünf", "sechs"]


# bulleted lines of seats: "- Verwaltung: 4", "• Rat (3)"
BULLETS = ["- {a}: {b}", "• {a} ({b})", "- {a} {b}"]


def _table(draw: st.DrawFn, rows: list[tuple[str, str]], total: int | None) -> str:
    """The rows as a table (tab, gaps, bars, or flattened into single spaces by an export, maybe
    under a header of column words) or as bulleted lines, maybe with a total row."""
    total_word = draw(st.sampled_from(["Gesamt", "Insgesamt", "Summe"]))
    if draw(st.booleans()):
        sep = draw(st.sampled_from(SEPS))
        header = draw(st.sampled_from(HEADERS))
        lines = [sep.join(header)] if header else []
        lines += [f"{a}{sep}{b}" for a, b in rows]
        if total is not None:
            lines.append(f"{total_word}{sep}{total}")
    else:
        form = draw(st.sampled_from(BULLETS))
        lines = [form.format(a=a, b=b) for a, b in rows]
        if total is not None:
            lines.append(form.format(a=total_word, b=total))
    group = draw(st.sampled_from(GROUPS[:2]))  # feminine: "Die/Der ...gruppe"
    lead = draw(st.sampled_from(LEADS)).format(g=group.name)
    return f"{lead}\n\n" + "\n".join(lines) + f"\n\n{_cap(group.nom)} tagt viermal im Jahr.\n"


@st.composite
def seat_tables(draw: st.DrawFn) -> tuple[str, dict[str, int], int | None]:
    """A seat table: two or three sectors with their seats, maybe a row of others and a total row."""
    sectors = draw(st.lists(st.sampled_from(SECTORS), min_size=2, max_size=3, unique=True))
    seats = {s: draw(st.integers(1, 9)) for s in sectors}
    rows = [(draw(st.sampled_from(CATEGORIES[s])), str(n)) for s, n in seats.items()]
    others = draw(st.integers(0, 3))
    if others:  # a row of others anywhere, also before any sector's row
        rows.insert(draw(st.integers(0, len(rows))), (draw(st.sampled_from(OTHERS)), str(others)))
    total = sum(seats.values()) + others if draw(st.booleans()) else None
    return _table(draw, rows, total), seats, total


@settings(max_examples=120, deadline=None)
@given(seat_tables())
def test_seat_table_gives_seats_and_size_no_member(case: tuple[str, dict[str, int], int | None]) -> None:
    text, seats, total = case
    groups = groups_of(text)
    assert len(groups) == 1, text
    g = groups[0]
    assert [m.member for m in g.members] == [], text
    assert (g.seats_politics, g.seats_administration, g.seats_civil_society) == tuple(seats.get(s) for s in SECTORS)
    assert g.size == total, text  # a total row gives the size; the rows alone do not (others have no sector)


# organisations with the count of their delegates: members (the negatives)
_ORGS = [o for o in POOL if not o.plural and len(o.name) < 45]


@st.composite
def delegate_tables(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]], int | None]:
    orgs = draw(st.lists(st.sampled_from(_ORGS), min_size=2, max_size=4, unique_by=lambda o: o.name))
    counts = [draw(st.integers(1, 3)) for _ in orgs]
    sep = draw(st.sampled_from(SEPS))  # " ": flattened by an export, "Sozialamt 2" is still Sozialamt
    header = draw(
        st.sampled_from([None, ("Institution", "Anzahl"), ("Einrichtung", "Sitze"), ("Institution", "Vertreter")])
    )
    rows = [(o.name, str(n)) for o, n in zip(orgs, counts, strict=True)]
    others = draw(st.integers(0, 2))
    if others:  # a row of others ("Sonstige | 1") names no member, wherever it stands
        rows.insert(draw(st.integers(0, len(rows))), (draw(st.sampled_from(OTHERS)), str(others)))
    lines = ([sep.join(header)] if header else []) + [f"{a}{sep}{b}" for a, b in rows]
    total = sum(counts) + others if draw(st.booleans()) else None
    if total is not None:
        lines.append(f"Gesamt{sep}{total}")
    text = "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n\n" + "\n".join(lines) + "\n\nSie tagt monatlich.\n"
    return text, [(o.name, o.sector) for o in orgs], total


@settings(max_examples=80, deadline=None)
@given(delegate_tables())
def test_organisations_with_delegate_counts_stay_members(case: tuple[str, list[tuple[str, str]], int | None]) -> None:
    text, members, total = case
    g = groups_of(text)[0]
    assert [(m.member, m.sector) for m in g.members] == members, text
    assert (g.seats_politics, g.seats_administration, g.seats_civil_society) == (None, None, None)
    if total is not None:
        assert g.size == total


def test_seat_category_names_a_sector_only() -> None:
    rules = member_rules(load_resources())
    assert seat_category("Vereine und Verbände", rules) == "civil_society"
    assert seat_category("Verwaltung", rules) == "administration"
    assert seat_category("Politik / Rat", rules) == "politics"
    for member in ("Sozialamt", "Wohnungsbaugesellschaft", "Stadtverwaltung Lingen", "Caritasverband", "Sonstige"):
        assert seat_category(member, rules) is None, member


# named members beside a shared count: the members, and seats for the sectors of the count
SHARED = [
    ("Rat und Vereinen", {"politics", "civil_society"}),
    ("Politik und Verwaltung", {"politics", "administration"}),
    ("Rat, Verwaltung und Vereinen", {"politics", "administration", "civil_society"}),
]
_NAMED = [o for o in POOL if o.sector not in ("politics",) and not o.plural and "," not in o.name and len(o.name) < 40]


@st.composite
def shared_counts(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]], dict[str, int], int | None]:
    orgs = draw(st.lists(st.sampled_from(_NAMED), min_size=1, max_size=3, unique_by=lambda o: o.name))
    k = draw(st.integers(0, len(NUMBERS) - 1))
    phrase, sectors = draw(st.sampled_from(SHARED))
    noun = draw(st.sampled_from(["Personen", "Vertreterinnen und Vertreter", "Mitglieder"]))
    named = ", ".join(o.dat for o in orgs)  # "dem Sozialamt, dem Jobcenter und je zwei Personen aus ..."
    group = draw(st.sampled_from(GROUPS[:2]))
    text = (
        f"{_cap(group.nom)} besteht aus Vertretern aus {named} und je {NUMBERS[k]} {noun} aus {phrase}."
        if draw(st.booleans())
        else f"{_cap(group.nom)} setzt sich aus {named} sowie je {NUMBERS[k]} {noun} aus {phrase} zusammen."
    )
    size = None
    if draw(st.booleans()):  # the size stated apart after the composition sentence (family 7)
        size = draw(st.integers(8, 25))
        text += draw(st.sampled_from([f" Zusammen sind das {size} Personen.", f" Insgesamt {size} Mitglieder."]))
    return text + "\n", [(o.name, o.sector) for o in orgs], dict.fromkeys(sectors, k + 2), size


Shared = tuple[str, list[tuple[str, str]], dict[str, int], int | None]


@settings(max_examples=80, deadline=None)
@given(shared_counts())
def test_named_members_beside_a_shared_count(case: Shared) -> None:
    text, members, seats, size = case
    g = groups_of(text)[0]
    assert [(m.member, m.sector) for m in g.members] == members, text
    assert not {m.member for m in g.members} & {"Rat", "Vereine", "Verwaltung", "Politik"}
    assert (g.seats_politics, g.seats_administration, g.seats_civil_society) == tuple(seats.get(s) for s in SECTORS)
    # the seats are not the size: the named members come on top of them
    assert g.size == size, text


# family 7: the size stated apart after a composition sentence
SIZE_AFTER = [
    ", zusammen {n} Personen.",
    ". Zusammen sind das {n} Personen.",
    "; zusammen {n} Mitglieder.",
    ". Sie zählt insgesamt {n} Mitglieder.",
]


@st.composite
def size_after(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]], int | None]:
    orgs = draw(st.lists(st.sampled_from(_NAMED), min_size=2, max_size=4, unique_by=lambda o: o.name))
    group = draw(st.sampled_from(GROUPS))
    named = enumeration(orgs, "nom", "comma", None)
    n = draw(st.integers(5, 30))
    if draw(st.booleans()):
        tail = draw(st.sampled_from(SIZE_AFTER)).format(n=n)
    else:  # negatives: a count of something else is no size
        tail = draw(st.sampled_from([f". Sie trifft sich {n} Mal im Jahr.", f". Sie tagt seit {2000 + n}."]))
        n = 0
    text = f"{_cap(group.in_)} sind {named} vertreten{tail}\n"
    return text, [(o.name, o.sector) for o in orgs], n or None


@settings(max_examples=80, deadline=None)
@given(size_after())
def test_size_stated_after_the_composition(case: tuple[str, list[tuple[str, str]], int | None]) -> None:
    text, members, size = case
    g = groups_of(text)[0]
    assert [(m.member, m.sector) for m in g.members] == members, text
    assert g.size == size, text


# a list of members with a line of others or a total among its entries ("Sonstige 1" with no
# sector's line before it): no member; a unit a number names ("Fachbereich 3") stays one
UNITS = ["Fachbereich 3", "Fachbereich 50", "Amt 32", "Referat 2", "Abteilung 4"]


@st.composite
def lists_with_counts(draw: st.DrawFn) -> tuple[str, list[str]]:
    orgs = draw(st.lists(st.sampled_from(_NAMED), min_size=2, max_size=4, unique_by=lambda o: o.name))
    entries = [o.name for o in orgs]
    members = list(entries)
    if draw(st.booleans()):
        unit = draw(st.sampled_from(UNITS))
        at = draw(st.integers(0, len(entries)))
        entries.insert(at, unit)
        members.insert(at, unit)
    word = draw(st.sampled_from([*OTHERS, "Gesamt"]))
    entries.insert(draw(st.integers(0, len(entries))), f"{word} {draw(st.integers(1, 4))}")
    mark = draw(st.sampled_from(["- ", "• ", ""]))
    lead = draw(st.sampled_from(LEADS)).format(g="Steuerungsgruppe")
    return f"{lead}\n\n" + "\n".join(mark + e for e in entries) + "\n\nSie tagt monatlich.\n", members


@settings(max_examples=80, deadline=None)
@given(lists_with_counts())
def test_a_line_of_others_or_a_total_in_a_list_is_no_member(case: tuple[str, list[str]]) -> None:
    text, members = case
    g = groups_of(text)[0]
    assert [m.member for m in g.members] == members, text


# a list of times after a sentence about the group ("die Schule zu beenden:" / "− um 15:45 Uhr")
TIMES = ["nach dem Vormittagsunterricht gegen 12 Uhr", "nach dem Modul „Mittag“ um 14 Uhr", "um 15:45 Uhr", "um 17 Uhr"]


def _some_members(draw: st.DrawFn) -> list[Org]:
    """Two or three named organisations, or none."""
    return (
        draw(st.lists(st.sampled_from(_NAMED), min_size=2, max_size=3, unique_by=lambda o: o.name))
        if draw(st.booleans())
        else []
    )


def _with_members(text: str, orgs: list[Org]) -> tuple[str, list[str]]:
    """The text with a members' list of ``orgs`` after it (the members listed stay members)."""
    if orgs:
        text += "\n\nDer Lenkungsgruppe gehören an:\n\n" + "\n".join("- " + o.name for o in orgs)
    return text + "\n\nSie tagt monatlich.\n", [o.name for o in orgs]


@st.composite
def lists_of_times(draw: st.DrawFn) -> tuple[str, list[str]]:
    times = draw(st.lists(st.sampled_from(TIMES), min_size=2, max_size=4, unique=True))
    orgs = _some_members(draw)
    mark = draw(st.sampled_from(["− ", "- ", "• "]))
    text = (
        "Das Konzept wurde in der Sitzung der Lenkungsgruppe verabschiedet. Damit besteht die "
        "Möglichkeit, die Schule zu unterschiedlichen Zeitpunkten zu beenden:\n" + "\n".join(mark + t for t in times)
    )
    return _with_members(text, orgs)


@settings(max_examples=40, deadline=None)
@given(lists_of_times())
def test_times_of_day_are_no_members(case: tuple[str, list[str]]) -> None:
    text, members = case
    assert [m.member for g in groups_of(text) for m in g.members] == members, text


# items of a list after a lead-in that name no member by their shape: places (their head a square or
# street), sentences (a finite verb in them), a relative clause's opening
PLACES = [
    "Friedrichsplatz auf der befestigten Fläche entlang der Handwerkskammer",
    "Marktplatz, Nördlicher Bereich zwischen der Pyramide und dem Rathaus",
    "Unterer Kronenplatz",
    "Stephanplatz",
    "Kirchplatz St. Stephan",
    "Bahnhofstraße vor dem Jugendzentrum",
]
SENTENCES = [
    "Horte bleiben weiterhin bestehen und können bei dringendem Betreuungsbedarf genutzt werden.",
    "Die Ganztagsschule ist das Basismodell der Betreuung.",
    "Lehrkräfte und Schulsozialarbeit sollen als Team zusammenarbeiten.",
    "Nur die Horte auf dem Gelände der Schulen werden umgewandelt.",
]


@st.composite
def lists_of_no_members(draw: st.DrawFn) -> tuple[str, list[str]]:
    kind = draw(st.sampled_from([PLACES, SENTENCES]))
    items = draw(st.lists(st.sampled_from(kind), min_size=2, max_size=4, unique=True))
    orgs = _some_members(draw)
    mark = draw(st.sampled_from(["- ", "• ", "  "]))
    lead = draw(
        st.sampled_from(
            [
                "Der Runde Tisch schlägt vor, die folgenden Plätze zu nutzen:",
                "Die Lenkungsgruppe hat sich auf die nachfolgend genannten Punkte verständigt:",
            ]
        )
    )
    text = f"{lead}\n\n" + "\n".join(mark + t for t in items)
    return _with_members(text, orgs)


@settings(max_examples=60, deadline=None)
@given(lists_of_no_members())
def test_places_and_sentences_in_a_list_are_no_members(case: tuple[str, list[str]]) -> None:
    text, members = case
    got = [m.member for g in groups_of(text) for m in g.members]
    assert not [m for m in got if any(m[:12] in item for item in PLACES + SENTENCES)], text
    assert set(got) == set(members), text


# sentences about a group whose words around it are a clause, not names: a verb in the past before
# an article, a finite verb, a relative clause's opening
PROSE_NO_MEMBERS = [
    "Zudem stimmte der Gemeinderat zu, dass die Stadt im Lenkungsausschuss der Städtekoalition mitwirkt. "
    "Sie wird in der Koalition durch das Kulturamt vertreten.",
    "Die Arbeitsgruppe bestehend aus Mitarbeitenden des Sozialamts, des Jugendamts und Vertretern jeder "
    "Schulart führte dazu eine Umfrage an den Schulen durch.",
    "Im Rahmen des Prozesses wurde eine Projektgruppe zur Immobilienstrategie installiert, an der die KFG "
    "und die Stadtwerke beteiligt werden.",
]
CLAUSE_WORDS = re.compile(r"\b(?:stimmte|führte|wird|sind|an der die)\b")


def test_clauses_in_a_membership_sentence_are_no_members() -> None:
    for text in PROSE_NO_MEMBERS:
        got = [m.member for g in groups_of(text + "\n") for m in g.members]
        assert not [m for m in got if CLAUSE_WORDS.search(m)], (text, got)


def test_a_table_of_contents_names_no_members() -> None:
    contents = (
        "Inhalt Seite\n\n1. Ausgangslage  3\n\n2. Überlegungen zum Konzept 5\n\n"
        "3. Ämterübergreifende Arbeitsgruppe 7\n\n4. Lösungsansätze 8\n\n"
        '4.1 Karlsruher Förderprogramm "KaWoF" 8\n (Förderung Sozialer Mietwohnraum)\n\n'
        "4.2 Weitere Ansätze 14\n\n"
    )
    body = "1. Ausgangslage\n\nDer Arbeitsgruppe gehören das Sozialamt und das Jobcenter an.\n"
    got = [m.member for g in groups_of(contents + body) for m in g.members]
    assert got == ["Sozialamt", "Jobcenter"], got


# the minus sign (U+2212) some exports set for a list's dash is a mark like the hyphen
MINUS_LISTS = [
    "Der Lenkungsgruppe gehören an:\n{m} Sozialamt\n{m} Jugendamt\n",
    "Der Lenkungsgruppe gehören an:\n   {m}  das Sozialamt,\n   {m}  der Caritasverband und\n   {m}  das Jobcenter\n",
    "Die Lenkungsgruppe setzt sich wie folgt zusammen:\n\n{m} Vertreter des Sozialamts\n{m} Vertreterin der Caritas\n",
]


def test_a_minus_sign_marks_list_items_as_a_hyphen_does() -> None:
    for form in MINUS_LISTS:
        text = "Zur Steuerung wurde 2020 eine Lenkungsgruppe eingerichtet. " + form + "\nSie tagt monatlich.\n"
        minus = [m.member for g in groups_of(text.format(m="−")) for m in g.members]
        assert minus and not [m for m in minus if "−" in m], (text, minus)
        assert minus == [m.member for g in groups_of(text.format(m="-")) for m in g.members], (text, minus)


@pytest.mark.parametrize(
    ("count", "size"),
    [
        ("die Moderation von vier Werkstätten mit je bis zu 40 Teilnehmenden und von drei Sitzungen", None),
        ("die Moderation von drei Sitzungen mit bis zu 14 Mitgliedern", 14),
        ("die Moderation der Werkstätten mit jeweils höchstens 25 Teilnehmenden und drei Sitzungen", None),
    ],
    ids=["je-bis-zu-of-workshops", "bis-zu-of-the-group", "jeweils-hoechstens"],
)
def test_a_count_per_each_of_something_else_is_no_size(count: str, size: int | None) -> None:
    """A maximum counted per each of something else ("mit je bis zu 40 Teilnehmenden") is no
    size of the group its sentence names; a maximum of the group's own sittings is."""
    text = f"Es wird eine Lenkungsgruppe gebildet. Der Auftrag umfasst {count} der Lenkungsgruppe.\n"
    (group,) = groups_of(text)
    assert group.size == size
