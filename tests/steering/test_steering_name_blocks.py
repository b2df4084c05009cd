"""steering: members set out as a name over its office, block by block; a group taking part in
something else or working with a partner names no members; those working together in a group, in a
relative clause after it; a gendered noun's colon is no list's colon; a bare definite mention after a
compound ("die ABC-Lenkungsgruppe" … "der Lenkungsgruppe") is the same group; the coordinating work
a group is to carry out keeps it; bodies of various kinds ("verschiedener Verbände") are none named
an adjective before the topic word is part of the name, a verb an export glued to its last word is not,
and a group of the same purpose without anything of its own gives way to the named one; the next
section's numbered heading ends a list where an export lost the blank lines, and a sub-list's label is
none of its items; those a group is widened by ("um … erweitert werden") are members (invented
examples)."""

from __future__ import annotations

import pytest

from extractors.steering.name_blocks import name_line
from tests.steering.test_steering import Case, groups_of

CASES = [
    Case(
        "a name over its office, block by block",
        "Die Lenkungsrunde begleitet das Vorhaben.\n\nDie Zusammensetzung der Lenkungsrunde:\n\nAnna Beispiel\n"
        "Ministerium für Wohnen, Referatsleiterin: Soziale Stadt\n\nDr. Bernd Muster\nLandesamt für Statistik,"
        " Referent\n\nProf. Dr. Carla Probe\nProfessorin für Soziologie an der Universität Musterstadt\n",
        ["Lenkungsrunde"],
        [
            ("Anna Beispiel", "public_agency"),
            ("Dr. Bernd Muster", "public_agency"),
            ("Prof. Dr. Carla Probe", "research"),
        ],
    ),
    Case(
        "a rank and titles before the name",
        "Der Lenkungskreis tagt zweimal im Jahr.\n\nDie Zusammensetzung des Lenkungskreises:\n\n"
        "MinRat a.D. Dr. Dieter Test\nehemals Bundesamt für Migration und Flüchtlinge\n\n"
        "Dr. phil. Erika Weiß\nCaritasverband für die Diözese Musterstadt, Referentin\n",
        ["Lenkungskreis"],
        [("MinRat a.D. Dr. Dieter Test", "public_agency"), ("Dr. phil. Erika Weiß", "welfare")],
    ),
    Case(
        "a group taking part in others' meetings names no members",
        "Der Lenkungskreis führt Anhörungen durch, z.B. mit Verbänden, wie dem Bauernverband, dem Bund der"
        " Jugend und Vereinen, und nimmt an den Treffen der Gemeinden teil.",
        [],
        [],
    ),
    Case(
        "those taking part in the group are its members",
        "Am Lenkungskreis nehmen das Jobcenter und die Diakonie teil.",
        ["Lenkungskreis"],
        [("Jobcenter", "public_agency"), ("Diakonie", "welfare")],
    ),
    Case(
        "those working together in the group, in a relative clause after it",
        "Begleitet wird das Vorhaben von einer Lenkungsgruppe, in der Vertreter des Sozialamts, des Jobcenters"
        " sowie die Fachberater der Caritas zusammenarbeiten.",
        ["Lenkungsgruppe"],
        [("Sozialamt", "administration"), ("Jobcenter", "public_agency"), ("Fachberater der Caritas", "welfare")],
    ),
    Case(
        "a partner the group works with is no member",
        "Die Steuerungsgruppe soll künftig mit dem Integrationsbeirat zusammenarbeiten.",
        [],
        [],
    ),
    Case(
        "a gendered noun's colon is no list's colon",
        "Der Lenkungsgruppe gehören das Sozialamt, das Jobcenter und Koordinator:innen des Bundesamts für"
        " Migration an.",
        ["Lenkungsgruppe"],
        [
            ("Sozialamt", "administration"),
            ("Jobcenter", "public_agency"),
            ("Koordinator:innen des Bundesamts für Migration", "public_agency"),
        ],
    ),
    Case(
        "a bare definite mention after a compound is the same group",
        "Die ABC-Lenkungsgruppe\nDie strategische Steuerung\nZusammensetzung der Lenkungsgruppe\nDazu zählen das"
        " Sozialamt und das Jobcenter.\nDie Lenkungsgruppe spielt eine zentrale Rolle in der Steuerung.",
        ["ABC-Lenkungsgruppe"],
        [("Sozialamt", "administration"), ("Jobcenter", "public_agency")],
    ),
    Case(
        "the coordinating work given to a group keeps it",
        "Bei dieser Aufgabe braucht es gute Abstimmung zwischen den Ämtern. Die Lenkungsgruppe soll diese"
        " Abstimmung leisten.",
        ["Lenkungsgruppe"],
        [],
    ),
    Case(
        "bodies of various kinds are no bodies named",
        "Die Lenkungsgruppe setzt sich aus Vertretern des Kulturamts, des Jobcenters und verschiedener"
        " Verbände zusammen.",
        ["Lenkungsgruppe"],
        [("Kulturamt", "administration"), ("Jobcenter", "public_agency")],
    ),
    Case(
        "persons of a body named are members, whatever their number",
        "Die Lenkungsgruppe setzt sich aus verschiedenen Repräsentanten der Stadtverwaltung, der Caritas und dem"
        " Jobcenter zusammen.",
        ["Lenkungsgruppe"],
        [
            ("Repräsentant der Stadtverwaltung", "administration"),
            ("Caritas", "welfare"),
            ("Jobcenter", "public_agency"),
        ],
    ),
    Case(
        "the next section's numbered heading ends the list, no blank line before it",
        "2. Ausgangslage\nDie Stadt plant ein Konzept.\n3. Neue Struktur\nFür das Konzept wird eine Lenkungsgruppe"
        " gebildet.\nBenannt sind folgende Mitglieder:\nVerwaltung:\n- Sozialamt\n- Jugendamt\n4. Zeitplan\n"
        "- Auftakt im Mai\n- Beschluss im Rat\n",
        ["Lenkungsgruppe"],
        [("Sozialamt", "administration"), ("Jugendamt", "administration")],
    ),
    Case(
        "a numbered list's next item is no section heading",
        "3. Neue Struktur\nFür das Konzept wird eine Lenkungsgruppe gebildet.\nVertreten sind folgende"
        " Institutionen:\n1. Sozialamt\n2. Jugendamt\n3. Caritas\n4. Jobcenter\n",
        ["Lenkungsgruppe"],
        [
            ("Sozialamt", "administration"),
            ("Jugendamt", "administration"),
            ("Caritas", "welfare"),
            ("Jobcenter", "public_agency"),
        ],
    ),
    Case(
        "a sub-list's label is none of its items",
        "Zur Steuerung des Prozesses wurde eine Steuerungsgruppe eingerichtet.\nVertreten sind folgende"
        " Institutionen:\nWohlfahrtsverbände:\no Caritas\nVerwaltung:\n1. Sozialamt\n2. Jugendamt\n",
        ["Steuerungsgruppe"],
        [("Caritas", "welfare"), ("Sozialamt", "administration"), ("Jugendamt", "administration")],
    ),
    Case(
        "those the group is widened by are members",
        "Die Steuerungsgruppe Integration soll um Vertreter der Schulen und des Jobcenters erweitert werden.",
        ["Steuerungsgruppe Integration"],
        [("Schulen", "education"), ("Jobcenter", "public_agency")],
    ),
    Case(
        "what else the group widens is no member",
        "Die Lenkungsgruppe Integration hat ihr Angebot um einen Sprachkurs erweitert.",
        ["Lenkungsgruppe Integration"],
        [],
    ),
    Case(
        "an adjective before the topic names the group",
        "Die Lenkungsgruppe Kommunale Integration besteht aus dem Sozialamt und der Caritas.",
        ["Lenkungsgruppe Kommunale Integration"],
        [("Sozialamt", "administration"), ("Caritas", "welfare")],
    ),
    Case(
        "a verb glued to the name's last word is no part of it",
        "Ein Steuerungskreis wurde 2021 eingerichtet.\n\nDie Steuerungsgruppe Soziale Teilhabesetzt sich aus den"
        " folgenden Mitgliedern zusammen:\n\n- Sozialamt\n- Jobcenter\n",
        ["Steuerungsgruppe Soziale Teilhabe"],
        [("Sozialamt", "administration"), ("Jobcenter", "public_agency")],
    ),
    Case(
        "no topic after the adjective, no name",
        "Die Lenkungsgruppe Neue Wege besteht aus dem Sozialamt und der Caritas.",
        ["Lenkungsgruppe"],
        [("Sozialamt", "administration"), ("Caritas", "welfare")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_name_blocks_and_partners(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Anna Beispiel", True),
        ("Prof. Dr. Bernd Muster", True),
        ("MinDir a.D. Dr. Carla Probe", True),
        ("Deutscher Landkreistag", False),
        ("Anna Beispiel, Referentin", False),
        ("Landesamt für Statistik", False),
    ],
)
def test_a_name_line(line: str, want: bool) -> None:
    assert name_line(line) is want


def test_names_in_a_column_are_no_blocks() -> None:
    """Names one under another, with no office under each, are a list of persons, not name blocks:
    the blocks' reading gives way to the list's."""
    text = "Die Zusammensetzung des Lenkungskreises:\n\nAnna Beispiel\nBernd Muster\n\nCarla Probe\nDieter Test\n"
    members = [m.member for g in groups_of(text) for m in g.members]
    assert "Anna Beispiel" in members and "Bernd Muster" in members


def test_the_item_before_the_next_section() -> None:
    text = (
        "3. Neue Struktur\nFür das Konzept wird eine Lenkungsgruppe gebildet.\nBenannt sind folgende Mitglieder:\n"
        "Verwaltung:\n- Sozialamt\n- Jugendamt\n4. Zeitplan\n- Auftakt im Mai\n"
    )
    assert [m.member for g in groups_of(text) for m in g.members] == ["Sozialamt", "Jugendamt"]


def test_the_item_before_the_next_section_with_bullets() -> None:
    text = (
        "5. Organisation\nZur Steuerung wird ein Lenkungskreis eingerichtet.\nIhm gehören an:\n"
        "Freie Träger:\n• Diakonie\n• Lebenshilfe\n6. Finanzierung\n• Eigenmittel der Stadt\n"
    )
    assert [m.member for g in groups_of(text) for m in g.members] == ["Diakonie", "Lebenshilfe"]


def test_a_sub_list_inside_the_section_stays_one() -> None:
    text = (
        "2. Struktur\nEs wird eine Steuerungsgruppe gebildet.\nMitglieder sind:\n"
        "- Verwaltung\n  o Ordnungsamt\n  o Schulamt\n- Polizei\n3. Ausblick\n- Bericht im Herbst\n"
    )
    assert [m.member for g in groups_of(text) for m in g.members] == ["Ordnungsamt", "Schulamt", "Polizei"]
