"""Members named as persons in the forms of a group's section (invented examples):

- the chair and the deputy in sentences, the other members as lines "Name, office, institution"
  under a lead-in, no salutation, wrapped lines indented deeper (``addressed.py``, ``facts.find_deputy``);
- labelled lines "Vorsitz: / Stellvertretung: / Mitglieder:" under the group's paragraph, offices
  before the names and parties or bodies in brackets after them, one person a line (``labelled.py``);
- an "Arbeitskreis" with "Vorsitz:" and "Stellvertretung:" (an office, then the saluted person) and
  members as lines of a body, dotted leaders and the person at the right (``labelled.leader_lines``);
- a lead-in's run-on list of prepositional parts, the council's members in brackets by party
  (``parts.py``);

as the text sets them and as exports do (no indent, no blank line before the labelled lines, a page
footer run on after the last member, a blank line after every line as pdfminer.six sets a text); and
near misses that must not yield persons.
"""

from __future__ import annotations

import pytest

from extractors.steering.labelled import leader_lines
from tests.steering.test_steering import groups_of

HEAD = "Landkreis Ostheide\nBeschlussvorlage\n\nIntegrationskonzept des Landkreises Ostheide\n\n"
END = "\nDie Geschäftsstelle liegt beim Sozialamt.\n\nKosten\nEs entstehen Kosten von 12.000 Euro.\n"


def members_of(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


# --- the chair and deputy in sentences, the others as name-led lines --------------------------

SENTENCES = (
    "Lenkungsgruppe\n"
    "Für die Steuerung wird eine Lenkungsgruppe gebildet. Den Vorsitz führt Dezernentin Dr. Wiebke\n"
    "Sommerfeld, Dezernentin für Bildung und Soziales; stellvertretende Vorsitzende ist Marlene Jost,\n"
    "Leiterin des Jugendamtes. Weiter gehören der Lenkungsgruppe an:\n"
)
NAME_LINES = [
    "Gunnar Thiessen, Sachbearbeiter Integration",
    "Hilke Brodersen, Kreistagsabgeordnete und Vorsitzende des Ausschusses für Jugend,",
    "   Familie und Sport",
    "Dr. Okan Yilmaz, Schulrat, Staatliches Schulamt Nordheide",
    "Frauke Kallsen, Geschäftsführerin, Diakonisches Werk Ostheide e. V.",
]
NAMES = ["Gunnar Thiessen", "Hilke Brodersen", "Dr. Okan Yilmaz", "Frauke Kallsen"]


@pytest.mark.parametrize(
    "block",
    [
        "\n" + "".join(f"   {x}\n" for x in NAME_LINES),  # indented, the wrapped line deeper
        "".join(f"{x.strip()}\n" for x in NAME_LINES),  # at the margin, as an export sets them
    ],
    ids=["indented", "margin"],
)
def test_name_led_lines_the_deputy_and_the_chair(block: str) -> None:
    members = members_of(HEAD + SENTENCES + block + END)
    assert members[0] == ("Dezernentin Dr. Wiebke Sommerfeld", True)
    assert members[1:] == [("Marlene Jost", False)] + [(n, False) for n in NAMES]


def spaced(text: str) -> str:
    """A text as pdfminer.six exports it: every line at the margin, a blank line after each."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def test_name_led_lines_one_blank_line_apart() -> None:
    members = members_of(spaced(HEAD + SENTENCES + "\n".join(NAME_LINES) + "\n" + END))
    assert members == [("Dezernentin Dr. Wiebke Sommerfeld", True), ("Marlene Jost", False)] + [
        (n, False) for n in NAMES
    ]


def test_a_name_led_paragraph_after_the_lines_is_no_entry() -> None:
    # the entries one under another: a blank line ends them, a paragraph after it opening with a name too
    text = (
        HEAD + SENTENCES + "\n".join(NAME_LINES) + "\n\nAnke Brandt, Leiterin des Jugendamtes, stellt den Plan vor.\n"
    )
    assert [m for m, _ in members_of(text + END)][2:] == NAMES


def test_name_led_lines_one_blank_line_apart_need_three() -> None:
    # two entries set apart, then a sentence: too few for the form, none of them read as a list
    text = spaced(HEAD + SENTENCES + "\n".join(NAME_LINES[:2]) + "\nDas Gremium tagt zweimal im Jahr.\n" + END)
    assert members_of(text) == [("Dezernentin Dr. Wiebke Sommerfeld", True), ("Marlene Jost", False)]


def test_a_deputy_named_by_office_only_is_no_person() -> None:
    text = (
        HEAD + SENTENCES.replace("ist Marlene Jost,\n", "ist die\n") + "\n" + "".join(f"   {x}\n" for x in NAME_LINES)
    )
    assert "Leiterin des Jugendamtes" not in [m for m, _ in members_of(text + END)]
    assert [m for m, _ in members_of(text + END)][1:] == NAMES


@pytest.mark.parametrize(
    "block",
    [
        # two name-led lines only: too few for the form
        "\n   " + NAME_LINES[0] + "\n   " + NAME_LINES[3] + "\n",
        # lines of bodies with a comma, no person's name first
        "\n   Jobcenter Ostheide, Team Integration\n   Volkshochschule Ostheide, Fachbereich Sprachen\n"
        "   Diakonisches Werk Ostheide e. V., Migrationsberatung\n",
    ],
    ids=["two-only", "bodies"],
)
def test_near_misses_are_no_name_led_list(block: str) -> None:
    names = [m for m, _ in members_of(HEAD + SENTENCES + block + END)]
    assert not any(n in names for n in ("Gunnar Thiessen, Sachbearbeiter Integration", "Team Integration"))
    assert not any("Frauke" in n and n != "Frauke Kallsen" for n in names)


# --- labelled lines, persons with offices before and brackets after ------------------------

LABELLED = (
    "4.  Begleitgremium Vielfalt\n"
    "    Das Begleitgremium Vielfalt begleitet die Erarbeitung und gibt eine Stellungnahme ab.\n"
    "{blank}"
    "    Vorsitz:          Oberbürgermeisterin Gesa Lindholm (Dezernat I)\n"
    "    Stellvertretung:  Arne Petersen (Amt für Soziales)\n"
    "    Mitglieder:       Stadträtin Imke Rasmussen (Wählergemeinschaft)\n"
    "                      Stadtrat Piet Hansen (SPD)\n"
    "                      Dr. Selin Kaya (Migrationsbeirat)\n"
    "                      Prof. Dr. Tjark Ohlsen (Hochschule Ostheide)\n"
    "{footer}"
)
LABELLED_MEMBERS = [
    ("Gesa Lindholm", True),
    ("Arne Petersen", False),
    ("Imke Rasmussen", False),
    ("Piet Hansen", False),
    ("Dr. Selin Kaya", False),
    ("Prof. Dr. Tjark Ohlsen", False),
]


@pytest.mark.parametrize(
    ("blank", "footer", "strip"),
    [
        ("\n", "", False),  # as the text sets them
        ("", "", True),  # no blank line before the labels, no indent (an export's)
        ("\n", "Stadt Ostheide · Drucksache 2027-0101 Seite 1\n", True),  # the page's footer run on
    ],
    ids=["text", "no-blank", "footer"],
)
def test_labelled_lines_of_persons(blank: str, footer: str, strip: bool) -> None:
    block = LABELLED.format(blank=blank, footer=footer)
    if strip:
        block = "\n".join(" ".join(line.split()) for line in block.split("\n"))
    assert members_of(HEAD + block + END) == LABELLED_MEMBERS


def test_labelled_lines_without_a_chair_or_members_label_are_no_members() -> None:
    block = (
        "4.  Begleitgremium Vielfalt\n"
        "    Das Begleitgremium Vielfalt begleitet die Erarbeitung und gibt eine Stellungnahme ab.\n\n"
        "    Ort:              Rathaus Ostheide (Saal 2)\n    Zeit:             Jonas Weber (Pforte)\n"
    )
    assert members_of(HEAD + block + END) == []


# --- an office and the saluted person; bodies with dotted leaders to the person -------------

LEADERS = (
    "5. Arbeitskreis Teilhabe\n"
    "Der Arbeitskreis steuert die Umsetzung. Er tagt dreimal im Jahr.\n\n"
    "   Vorsitz:          Beigeordnete für Jugend und Soziales,\n"
    "                     Frau Dr. Inken Carstens\n"
    "   Stellvertretung:  Leiter des Amtes für Teilhabe, Herr Malte Rohwer\n"
    "   Mitglieder:\n"
    "     Jobcenter Ostheide ................................ Frau Birte Nissen\n"
    "     Stadt Ostheide, Amt für Schule und Sport .......... Herr Jannik Ahrens\n"
    "     AWO Kreisverband Ostheide e. V. ................... Frau Aylin Demir\n"
)


@pytest.mark.parametrize(
    ("margin", "blank"), [(False, True), (True, True), (True, False)], ids=["text", "margin", "no-blank"]
)
def test_office_then_person_and_dotted_leaders(margin: bool, blank: bool) -> None:
    block = "\n".join(line.strip() for line in LEADERS.split("\n")) if margin else LEADERS
    block = block if blank else block.replace("Jahr.\n\n", "Jahr.\n")  # no blank line before the labels
    groups = groups_of(HEAD + block + END)
    assert [g.group_name for g in groups] == ["Arbeitskreis Teilhabe"]
    assert members_of(HEAD + block + END) == [
        ("Dr. Inken Carstens", True),
        ("Malte Rohwer", False),
        ("Birte Nissen", False),
        ("Jannik Ahrens", False),
        ("Aylin Demir", False),
    ]


def test_dotted_leaders_one_blank_line_apart() -> None:
    # pdfminer.six: a blank line after each line but for two lines in one box, the last person's name
    # wrapped onto a line of its own, the words of a justified line two spaces apart
    block = (
        spaced(LEADERS).replace("Jannik Ahrens\n\nAWO", "Jannik Ahrens\nAWO")
        + "VHS  Ostheide,  Fachbereich  Sprachen  ....  Herr  Dr.  Ole\nBrodersen\n"
    )
    assert [m for m, _ in members_of(HEAD + block + END)] == [
        "Dr. Inken Carstens",
        "Malte Rohwer",
        "Birte Nissen",
        "Jannik Ahrens",
        "Aylin Demir",
        "Dr. Ole Brodersen",
    ]


LEADER_ROWS = [
    ("Jobcenter Kreis Ostheide", "Frau Birte Nissen"),
    ("Ausländerbehörde des Kreises Ostheide", "Herr Jannik Ahrens"),
    ("Stadt Nordau, Amt für Schule und Sport", "Frau Aylin Demir"),
    ("Diakonisches Werk Ostheide e. V.", "Herr Sönke Matthiesen"),
]
LEADER_LEAD_IN = (
    "4. Arbeitskreis Integration\n\n"
    "Der Arbeitskreis steuert die Umsetzung des Integrationskonzepts. Er tagt viermal im Jahr.\n\nMitglieder:\n\n"
)


def leader_block(rows: list[tuple[str, str]]) -> str:
    """Bodies with long dotted leaders to the right column, one blank line apart (pdfminer.six)."""
    return "\n\n".join(f"{body} {'.' * (57 - len(body))} {right}" for body, right in rows) + (
        "\n\nDie Geschäftsführung liegt beim Amt für Teilhabe.\n\n"
    )


def test_dotted_leaders_under_a_members_label_one_blank_line_apart() -> None:
    members = members_of(HEAD + LEADER_LEAD_IN + leader_block(LEADER_ROWS) + END)
    assert [m for m, _ in members] == ["Birte Nissen", "Jannik Ahrens", "Aylin Demir", "Sönke Matthiesen"]


def test_dotted_leaders_to_teams_one_blank_line_apart_name_no_person() -> None:
    rows = [
        (body, team)
        for (body, _), team in zip(
            LEADER_ROWS, ["Team Integration", "Sachgebiet Aufenthalt", "Schulsozialarbeit"], strict=False
        )
    ]
    members = [m for m, _ in members_of(HEAD + LEADER_LEAD_IN + leader_block(rows) + END)]
    assert not any(".." in m or m in ("Team Integration", "Sachgebiet Aufenthalt") for m in members)


def test_dotted_leaders_to_counts_under_labels_name_no_person() -> None:
    block = "\n".join(line.strip() for line in LEADERS.split("\n")).replace("Jahr.\n\n", "Jahr.\n")
    for person, count in (("Frau Birte Nissen", "2 Personen"), ("Herr Jannik Ahrens", "1 Person")):
        block = block.replace(person, count)
    members = [m for m, _ in members_of(HEAD + block.replace("Frau Aylin Demir", "1 Person") + END)]
    assert members[:2] == ["Dr. Inken Carstens", "Malte Rohwer"]
    assert not any("Person" in m or ".." in m for m in members)


def test_dotted_leaders_to_counts_are_no_persons() -> None:
    t = "Jobcenter Ostheide .......... 2 Personen\nAWO Kreisverband ............ 1 Person\n"
    assert leader_lines(t, 0, len(t)) is None
    t = "Jobcenter Ostheide .......... Team Integration\nAWO Kreisverband ............ Migrationsdienst\n"
    assert leader_lines(t, 0, len(t)) is None


# --- prepositional parts, the council's members in brackets by party ------------------------

PARTS = (
    "3. Koordinierungskreis\n"
    "Der Koordinierungskreis begleitet die Umsetzung. Den Vorsitz hat Landrat Dr. Henning Brauer.\n"
    "Dem Koordinierungskreis gehören weiter an:\n"
    "  aus dem Kreistag je ein Mitglied der Fraktionen (SPD: Kreisrätin Tomke Harms;\n"
    "  FDP: Kreisrat Lasse Janssen; Grüne: Kreisrätin Merle\n"
    "  Ubben),\n"
    "  aus der Verwaltung: Amtsleiterin Wiebke Onken, Sozialplaner Hauke Eilers,\n"
    "  von den Verbänden: Frau Gesine Poppinga (Diakonie Ostheide) und Herr\n"
    "  Emre Kaplan (Türkischer Elternverein Ostheide).\n"
)


@pytest.mark.parametrize("margin", [False, True], ids=["text", "margin"])
def test_prepositional_parts_and_party_brackets(margin: bool) -> None:
    block = "\n".join(line.strip() for line in PARTS.split("\n")) if margin else PARTS
    groups = groups_of(HEAD + block + END)
    assert [g.group_name for g in groups] == ["Koordinierungskreis"]
    members = [(m.member, m.sector) for m in groups[0].members]
    assert members[1:] == [
        ("Tomke Harms", "politics"),
        ("Lasse Janssen", "politics"),
        ("Merle Ubben", "politics"),
        ("Wiebke Onken", "administration"),
        ("Hauke Eilers", "administration"),
        ("Gesine Poppinga", "welfare"),
        ("Emre Kaplan", members[-1][1]),
    ]


def test_prepositional_parts_of_bodies_yield_no_persons() -> None:
    block = (
        "3. Koordinierungskreis\nDer Koordinierungskreis begleitet die Umsetzung.\n"
        "Dem Koordinierungskreis gehören an:\n"
        "  aus der Verwaltung: das Sozialamt und das Jugendamt,\n"
        "  von den Verbänden: die Diakonie Ostheide und der Caritasverband.\n"
    )
    names = [m for m, _ in members_of(HEAD + block + END)]
    assert not any(n.startswith(("aus ", "von ")) for n in names)
    assert "Sozialamt" in names
