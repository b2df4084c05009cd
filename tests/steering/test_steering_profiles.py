"""Profile sheets: a block per group under a numbered heading (chair label with the name and
function on the next lines, "Anzahl Mitglieder: 14", "davon aus der Verwaltung: 6", "u. a. aus
folgenden Ämtern:" and a list, "davon Sonstige: 1 (Beirat X)"). Generated sheets of one to
three groups, with blank lines or none and with the spaces exports leave at line ends; with
negatives: a numbered section that is no group, and a count line outside a sheet."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.rows import extract_document
from tests.generators.field_layouts import line_end_spaces
from tests.generators.steering_pool import POOL
from tests.helpers import document
from tests.steering.test_steering import groups_of

NOUNS = ["Lenkungsgruppe", "Steuerungsgruppe", "Arbeitskreis", "Projektgruppe", "Steuerungskreis", "Arbeitsgruppe"]
TOPICS = ["", "Integration", "Sprache und Bildung", "Wohnen", "Arbeit und Beruf", "Gesundheit", "Zusammenleben"]
PERSONS = ["Frau Dr. Anna Schmidt", "Herr Peter Meyer", "Frau Eva Klein", "Herr Jonas Wolf", "Frau Selin Aydin"]
FUNCTIONS = ["Sozialdezernentin", "Leiter der Volkshochschule", "Amtsleiterin Wohnungsamt", "Integrationsbeauftragter"]
OFFICES = [o for o in POOL if o.sector == "administration" and "," not in o.name]
OTHERS = ["Integrationsbeirat", "Caritasverband", "Jobcenter", "Diakonisches Werk"]
LIST_LABELS = ["u. a. aus folgenden Ämtern:", "aus folgenden Ämtern:", "unter anderem aus folgenden Dienststellen:"]


@st.composite
def sheet(draw: st.DrawFn, number: str, noun: str, topic: str) -> tuple[str, dict[str, object]]:
    acronym = "".join(w[0] for w in (noun + " " + topic).split() if w[0].isupper())
    chair = draw(st.sampled_from(PERSONS))
    offices = draw(st.lists(st.sampled_from(OFFICES), min_size=1, max_size=4, unique=True))
    others = draw(st.lists(st.sampled_from(OTHERS), min_size=0, max_size=2, unique=True))
    admin = len(offices) + draw(st.integers(0, 4))
    size = admin + len(others) + draw(st.integers(0, 6))
    label = draw(st.sampled_from(["Vorsitz:", "Leitung:"]))
    joined = draw(st.booleans())  # label and name, and the list, on one line each as some exports join them
    lines = [
        f"{number} {noun} {topic} ({acronym})".replace("  ", " "),
        *([f"{label} {chair}"] if joined else [label, chair]),
    ]
    lines += [draw(st.sampled_from(FUNCTIONS)), f"Anzahl Mitglieder: {size}", f"davon aus der Verwaltung: {admin}"]
    names = [o.name for o in offices]
    lines += [draw(st.sampled_from(LIST_LABELS)), *([", ".join(names)] if joined else names)]
    if others:
        lines.append(f"davon Sonstige: {len(others)} ({', '.join(others)})")
    want = {
        "name": f"{noun} {topic} ({acronym})".replace("  ", " "),
        "chair": chair.removeprefix("Frau ").removeprefix("Herr "),
        "size": size,
        "admin": admin,
        "members": [o.name for o in offices] + others,
    }
    return "\n".join(lines), want


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_profile_sheets(data: st.DataObject) -> None:
    """Each numbered sheet is a group of its own with its chair, size, seats and members; a
    numbered section after them that is no group, and a count line in it, add nothing."""
    n = data.draw(st.integers(1, 3))
    nouns = data.draw(st.lists(st.sampled_from(NOUNS), min_size=n, max_size=n))
    topics = data.draw(st.lists(st.sampled_from(TOPICS), min_size=n, max_size=n, unique=True))
    blank = data.draw(st.booleans())
    dot = data.draw(st.sampled_from(["", "."]))
    parts = ["Integrationskonzept der Stadt Beispielstadt", f"3{dot} Gremien und Arbeitsstrukturen"]
    wants = []
    for k, (noun, topic) in enumerate(zip(nouns, topics)):
        text, want = data.draw(sheet(f"3.{k + 1}{dot}", noun, topic))
        parts.append(text)
        wants.append(want)
    negative = data.draw(st.sampled_from(["none", "section", "count"]))
    if negative == "section":  # a numbered section that is no group, with a count line of its own
        parts.append(f"3.{n + 1}{dot} Ehrenamtliche Sprachpaten\nAnzahl Mitglieder: 25\nSprachcafé\nLesepaten")
    elif negative == "count":  # a count line in prose, under no group's heading
        parts.append(f"4{dot} Ausblick\nDie Gruppen tagen weiter.\nAnzahl Mitglieder: 30\nStadtbibliothek")
    text = ("\n\n" if blank else "\n").join(parts) + "\n"
    if data.draw(st.booleans()):
        text = line_end_spaces(text, data.draw)
    groups = groups_of(text)
    assert [g.group_name for g in groups] == [w["name"] for w in wants]
    for g, w in zip(groups, wants):
        assert (g.chair, g.size, g.seats_administration) == (w["chair"], w["size"], w["admin"])
        assert [m.member for m in g.members if not m.is_chair] == w["members"]
        assert [m.member for m in g.members if m.is_chair] == [w["chair"]]


def test_numbered_group_heading_without_a_sheet() -> None:
    """A numbered heading naming a group, with prose under it and no size line, is no sheet: a
    count line in the next section is not its size, the next section's lines not its members."""
    text = (
        "3.1 Lenkungsgruppe Integration\nDie Lenkungsgruppe tagt viermal im Jahr.\n"
        "3.2 Sprachpaten\nAnzahl Mitglieder: 25\nu. a. aus folgenden Ämtern:\nSozialamt\n"
    )
    groups = groups_of(text)
    assert [(g.group_name, g.size, g.members) for g in groups] == [("Lenkungsgruppe Integration", None, [])]


ORGS = [o for o in POOL if not o.plural and "," not in o.name]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_members_after_a_group_mention(data: st.DataObject) -> None:
    """Members in a parenthesis after a group mention ("(ständig dabei: A, B; neu hinzu: C sowie
    D)") or in an apposition to the fixed members ("außer den festen Mitgliedern, dem A, der B,
    jetzt auch Vertreter des C"); a parenthesis that points elsewhere names none."""
    orgs = data.draw(st.lists(st.sampled_from(ORGS), min_size=3, max_size=4, unique_by=lambda o: o.name))
    form = data.draw(st.sampled_from(["parenthesis", "apposition", "reference"]))
    opening = "Zur Steuerung des Prozesses wurde eine Lenkungsgruppe eingerichtet. "
    if form == "parenthesis":
        fixed, new = orgs[:-2], orgs[-2:]
        text = (
            "Im Berichtsjahr gab es zwei Treffen der Lenkungsgruppe Integration (ständig dabei: "
            f"{', '.join(o.nom for o in fixed)}; neu hinzu: {new[0].nom} sowie {new[1].nom}). "
            "Die Ergebnisse sind im Bericht dargestellt.\n"
        )
        want = [o.name for o in orgs]
    elif form == "apposition":
        fixed, new = orgs[:-1], orgs[-1]
        text = opening + (
            f"In der Lenkungsgruppe wirken außer den festen Mitgliedern, {', '.join(o.dat for o in fixed)}, "
            f"{data.draw(st.sampled_from(['jetzt auch', 'nun auch', 'auch']))} Vertreter {new.gen} mit.\n"
        )
        want = [o.name for o in orgs]
    else:
        text = opening + "Die Lenkungsgruppe (vgl. Kapitel 3 und Anlage 2) tagt viermal im Jahr.\n"
        want = []
    if data.draw(st.booleans()):
        text = line_end_spaces(text.replace(". ", ".\n"), data.draw)
    groups = groups_of(text)
    assert len(groups) == 1
    assert [m.member for m in groups[0].members] == want


ACTING = ["Koordinierungsgruppe", "Lenkungsgruppe", "Steuerungsgruppe", "Lenkungskreis", "Lenkungsrunde"]
PURPOSES = ["", " zur Umsetzung des Plans", " zur Fortschreibung des Integrationskonzepts", " Integration"]
OBJECTS = ["den Bericht", "das Integrationskonzept", "den Entwurf des Aktionsplans", "die Empfehlungen"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(ACTING),
    st.sampled_from(PURPOSES),
    st.sampled_from(OBJECTS),
    st.sampled_from(["beschlossen", "verabschiedet", "erarbeitet", "zur Kenntnis genommen", "gelesen"]),
    st.sampled_from(["", " in ihrer Sitzung am 12. März", " im Mai"]),
)
def test_group_acting_without_members(noun: str, purpose: str, obj: str, verb: str, when: str) -> None:
    """A group of the process that acts on the concept or report is kept with its purpose in its
    name, without members, and the review asks for them; an unnamed one that only takes note or
    reads is none."""
    text = f"Integrationsbericht 2024\n\nDie {noun}{purpose} hat {obj}{when} {verb}. Er wird dem Rat vorgelegt.\n"
    groups = groups_of(text)
    if verb in ("zur Kenntnis genommen", "gelesen"):
        assert [g.group_name for g in groups] == ([noun + purpose] if purpose else [])  # a named group is one
        return
    assert [(g.group_name, g.members) for g in groups] == [(noun + purpose, [])]
    tables, _, _ = extract_document(document(text))
    reasons = [r["reason"] for r in tables["review"] if str(r["reason"]).startswith("steering")]
    assert reasons == ["steering_group_members_not_found"]


SHEET = [
    "Der Lenkungskreis wird nach folgendem Steckbrief eingesetzt:",
    "Lenkungskreis (LK)",
    "Vorsitz:",
    "Erste Beigeordnete Mareike Dorn",
    "Anzahl Mitglieder: 7",
    "davon aus der Verwaltung: 3",
    "u. a. aus folgenden Ämtern:",
    "- Amt für Umwelt",
    "- Amt für Verkehr",
]


@pytest.mark.parametrize(
    ("others", "members"),
    [
        (
            "davon Sonstige: 2 (Seniorenbeirat, Förderverein Talheim e.\nV.)",
            ["Amt für Umwelt", "Amt für Verkehr", "Seniorenbeirat", "Förderverein Talheim e. V."],
        ),
        (
            "davon Sonstige: 2 (Seniorenbeirat,\nFörderverein Talheim,\nSportbund)",
            ["Amt für Umwelt", "Amt für Verkehr"],
        ),
    ],
    ids=["closed-on-the-next-line", "over-three-lines"],
)
def test_the_others_brackets_closed_on_the_next_line(others: str, members: list[str]) -> None:
    """An export that wraps the others' line inside its brackets ("(Seniorenbeirat, Förderverein
    Talheim e." / "V.)") still names them; brackets over more lines than two are left unread."""
    (group,) = groups_of("\n".join([*SHEET, others]) + "\n")
    assert [m.member for m in group.members if not m.is_chair] == members


def _counted_sheet(size_label: str, admin: str, politics: str, deputy: str) -> str:
    return "\n".join(
        [
            "Die Umsetzung begleitet eine Steuerungsgruppe nach dem folgenden Steckbrief.",
            "",
            "4. Steuerungsgruppe Teilhabe – Steckbrief",
            "",
            "Aufgabe:               Abstimmung der Jahresziele, Beratung der Berichte der",
            "                       Arbeitsgruppen an den Rat",
            "Vorsitz:               Bürgermeisterin Carla Beispiel",
            f"Stellvertretung:       {deputy}",
            f"{size_label}   10",
            f"  davon Verwaltung:    {admin}",
            f"  davon Stadtrat:      {politics}",
            "  davon weitere:       3 (Caritasverband Musterstadt e. V.; Diakonisches Werk und",
            "                       Caritas; Volkshochschule Musterstadt)",
            "Geschäftsstelle:       Stabsstelle Vielfalt",
            "Sitzungen:             viermal jährlich",
            "",
            "Die Ortsvorsteher werden zu den Sitzungen eingeladen.",
        ]
    )


@pytest.mark.parametrize(
    ("size_label", "admin", "politics", "deputy", "members"),
    [
        (
            "Mitglieder insgesamt:",
            "3 (Vorsitz; Amt für Soziales, Familie und Senioren;\n                       Ordnungsamt)",
            "2 (je eine Person der zwei größten Fraktionen)",
            "Tobias Muster, Leiter des Amtes für Soziales",
            ["Tobias Muster", "Amt für Soziales, Familie und Senioren", "Ordnungsamt"],
        ),
        (
            "Mitglieder gesamt:",
            "2 (Sozialamt; Referat für Vielfalt und Teilhabe)",
            "2 (Beirat für Teilhabe und Inklusion)",
            "Leitung des Sozialamts",
            ["Sozialamt", "Referat für Vielfalt und Teilhabe", "Beirat für Teilhabe und Inklusion"],
        ),
        (
            "Mitglieder insgesamt:",
            "3",
            "2 (zwei Mitglieder des Rates)",
            "Frau Dr. Ines Probst",
            ["Dr. Ines Probst"],
        ),
    ],
    ids=["seats-with-bracketed-members-wrapped", "bracketed-names-holding-und", "counts-alone"],
)
def test_a_sheet_with_counted_seats_and_a_deputy(
    size_label: str, admin: str, politics: str, deputy: str, members: list[str]
) -> None:
    """A sheet whose size line reads "Mitglieder insgesamt:", whose "davon" lines name in brackets
    the members they count (wrapped onto the next line; the chair's label among them is no member;
    a name holding "und" between topics is one), whose deputy is a member where a person is named;
    brackets saying how seats are filled name none, nor do the task, office and meeting lines."""
    (group,) = groups_of(_counted_sheet(size_label, admin, politics, deputy) + "\n")
    assert (group.chair, group.size) == ("Bürgermeisterin Carla Beispiel", 10)
    assert (group.seats_administration, group.seats_politics) == (int(admin[0]), 2)
    others = ["Caritasverband Musterstadt e. V.", "Diakonisches Werk", "Caritas", "Volkshochschule Musterstadt"]
    assert [m.member for m in group.members if not m.is_chair] == members + others


PAGE_TOP = (
    "Beschlussvorlage Nr. 0815/2025\n\nBetreff:\nBildung einer Steuerungsgruppe Teilhabe\n\n"
    "Zur Umsetzung des Teilhabeplans wird eine Steuerungsgruppe Teilhabe eingerichtet.\n"
    "\f2. Steuerungsgruppe Teilhabe – Steckbrief\n"
    "Vorsitz: Clara Vogt, Bürgermeisterin\n"
    "{size}"
    "davon Verwaltung: 2 (Ordnungsamt; Schulamt)\n"
    "davon weitere: 2 (Tafel Nordheim e. V.; Lebenshilfe Nordheim)\n"
    "\f3. Sprachpaten\nAnzahl Mitglieder: 40\nDie Paten treffen sich monatlich.\n"
)


@pytest.mark.parametrize(
    ("size", "members"),
    [
        (
            "Mitglieder insgesamt: 6\n",
            ["Clara Vogt", "Ordnungsamt", "Schulamt", "Tafel Nordheim e. V.", "Lebenshilfe Nordheim"],
        ),
        ("", []),
    ],
    ids=["sheet", "no-size-line"],
)
def test_a_sheet_opening_a_page(size: str, members: list[str]) -> None:
    """A sheet whose heading opens a page right after the form feed (as pypdf sets a page, no line
    break before it) is read as on any line, up to the next numbered heading, which opens the next
    page the same way: a sheet without a size line of its own takes none from the next section
    ("3. Sprachpaten" / "Anzahl Mitglieder: 40") and is no sheet."""
    (group,) = groups_of(PAGE_TOP.format(size=size))
    assert (group.size, [m.member for m in group.members if m.method == "list"]) == (6 if size else None, members[1:])
    assert [m.member for m in group.members if m.is_chair] == members[:1]
