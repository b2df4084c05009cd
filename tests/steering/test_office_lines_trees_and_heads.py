"""Members and sizes in forms of a group's section (invented examples):

- labelled lines whose label holds a dash ("Amt 50 – Abteilung Soziales:"), a chair's mark after the first
  person and an office's word alone after another's name ("Dr. Anna Beispiel, Vorsitzende"), the office the
  person holds in the label's body (``labelled.py``);
- a lettered sub-list under the numbered item leading it in, flush left as a PDF's text sets it: the next
  numbered item ends it (``lists.py``);
- an organisation chart flush left, the blanks before the last branch's leaves lost (``drawn_trees.py``);
- a form's fields over a lead-in naming a group say no list cue ("Beteiligt:      Amt 50") (``members.py``);
- a flattened "Funktion Name Institution" table with an office before a name and a role the column words do
  not list (``flat_role_led.py``);
- a sentence after a members table naming the group by its head noun alone states its size
  (``mentions.py``).
"""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.flat_role_led import role_first_rows
from extractors.steering.rules import member_rules
from tests.steering.test_steering import groups_of

HEAD = "Stadt Beispielstadt\nBeschlussvorlage\n\nIntegrationsprogramm der Stadt Beispielstadt\n\n"
END = "\nDie Kosten trägt die Stadt.\n"


def members_of(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


LABELLED = (
    "3. Strukturen\n"
    "Die Steuerungsgruppe Integration wird verkleinert. Ständige Mitglieder sind künftig:\n\n"
    "  Referat II:                 Berufsm. Stadträtin Dr. Anna Beispiel (Leitung)\n"
    "  Amt 50 – Abteilung Soziales: Jonas Muster\n"
    "  Amt 51 – Jugendamt:          Lea Brandt\n"
    "  Integrationsbeirat:          Dr. Kemal Aydın, Vorsitzender\n"
    "  Caritas Beispielstadt:       Ida Roth\n\n"
    "Die Gruppe tagt viermal im Jahr.\n"
)


def test_labels_with_a_dash_a_chair_mark_and_an_office_after_a_name() -> None:
    assert members_of(HEAD + LABELLED + END) == [
        ("Dr. Anna Beispiel", True),
        ("Jonas Muster", False),
        ("Lea Brandt", False),
        ("Dr. Kemal Aydın", False),
        ("Ida Roth", False),
    ]


def test_labels_flush_left() -> None:
    flush = "\n".join(" ".join(line.split()) for line in LABELLED.split("\n"))
    assert [m for m, _ in members_of(HEAD + flush + END)] == [
        "Dr. Anna Beispiel",
        "Jonas Muster",
        "Lea Brandt",
        "Dr. Kemal Aydın",
        "Ida Roth",
    ]


LETTERED = (
    "Beschlussvorschlag\n\n"
    "1. Der Rat stimmt dem Programm zu.\n"
    "2. Als Mitglieder der Lenkungsgruppe Integration werden bestellt:\n"
    "   a) aus dem Rat:\n"
    "      Jonas Muster (CDU), Lea Brandt (SPD);\n"
    "   b) aus der Verwaltung:\n"
    "      Dezernentin Anna Beispiel (Vorsitz), der Leiter des Amts für Migration und\n"
    "      Flüchtlinge, Ida Roth;\n"
    "   c) als sachkundige Einwohner:\n"
    "      Kemal Aydın (Integrationsbeirat), Pfarrer Paul Weber (Kirchengemeinde Nord), Eva Schulz (Jobcenter).\n"
    "3. Mit der Moderation wird das Büro Nord beauftragt.\n"
)


def test_lettered_sub_lists_under_a_numbered_item() -> None:
    expected = [
        "Jonas Muster",
        "Lea Brandt",
        "Dezernentin Anna Beispiel",
        "Ida Roth",
        "Kemal Aydın",
        "Paul Weber",
        "Eva Schulz",
    ]
    assert [m for m, _ in members_of(HEAD + LETTERED + END)] == expected
    flush = "\n".join(line.strip() for line in LETTERED.split("\n"))  # as a PDF's text layer sets it
    assert [m for m, _ in members_of(HEAD + flush + END)] == expected


TREE = (
    "3. Steuerungsgruppe Integration\n"
    "Die Steuerungsgruppe begleitet die Umsetzung. Sie hat fünf Mitglieder und ist wie folgt aufgebaut:\n\n"
    "┌──────────────────────────────────┐\n"
    "│   Steuerungsgruppe Integration   │\n"
    "│   Leitung: Dr. Anna Beispiel     │\n"
    "└────────────────┬─────────────────┘\n"
    "                 │\n"
    "┌────────────────┘\n"
    "├── Verwaltung\n"
    "│   ├── Jonas Muster, Sozialamt\n"
    "│   └── Lea Brandt, Jugendamt\n"
    "└── Partner\n"
    "    ├── Jobcenter Beispielstadt: Ida Roth\n"
    "    └── Caritas Beispielstadt: Paul Weber\n\n"
    "4. Kosten\n"
)


def test_a_tree_flush_left_its_last_branch_leaves_under_it() -> None:
    flush = "\n".join(" ".join(line.split()) for line in TREE.split("\n"))
    for text in (TREE, flush):
        members = [m for m, _ in members_of(HEAD + text + END)]
        assert members[-4:] == ["Jonas Muster", "Lea Brandt", "Ida Roth", "Paul Weber"]
        assert "Partner" not in members and "Jobcenter Beispielstadt" not in members


FORM = (
    "   Betreff:           Integrationsprogramm: Handlungsfelder und Lenkungsgruppe\n"
    "                      Integration\n"
    "   Status:            öffentlich\n"
    "   Beteiligt:         [9]2.500 - Soziales; [10]1.200 - Finanzen\n"
    "   Datum:             01.02.2027\n\n"
    "Beratungsfolge:\n\n"
    "   Datum Gremium Ö/N Zuständigkeit\n"
    "   10.02.2027 Sozialausschuss Ö Vorberatung\n"
    "   20.02.2027 Rat der Stadt Ö Entscheidung\n\n"
)
ROLES = (
    "3. Lenkungsgruppe Integration\n\n"
    "   Die Lenkungsgruppe bereitet die Entscheidungen vor. Ihr gehören\n"
    "   sechs Personen an:\n\n"
    "   Funktion Name Institution\n"
    "   Vorsitz Senatorin Anna Beispiel Fachbereich 2 - Soziales\n"
    "   Geschäftsführung Jonas Muster Bereich Integration\n"
    "   Mitglied Lea Brandt Jobcenter Beispielstadt\n"
    "   Mitglied Ida Roth Caritasverband Beispielstadt e. V.\n\n"
    "   Die Lenkungsgruppe tagt viermal im Jahr.\n"
)


def test_a_forms_fields_lead_in_no_list() -> None:
    members = [m for m, _ in members_of(HEAD + FORM + ROLES + END)]
    assert not any("Gremium" in m or "2027" in m for m in members)


def test_a_role_led_table_with_an_office_and_a_role_not_listed() -> None:
    text = ROLES.replace(" Fachbereich 2", " [4]Fachbereich 2")  # a link's number glued to a cell, as a browser's text
    rows = role_first_rows(text, text.index("   Funktion"), member_rules(load_resources()))
    assert rows is not None
    assert [(r[0][2], r[1][2], r[2][2]) for r in rows] == [
        ("Anna Beispiel", "Senatorin, [4]Fachbereich 2 - Soziales", "Vorsitz"),
        ("Jonas Muster", "Bereich Integration", "Geschäftsführung"),
        ("Lea Brandt", "Jobcenter Beispielstadt", "Mitglied"),
        ("Ida Roth", "Caritasverband Beispielstadt e. V.", "Mitglied"),
    ]
    assert members_of(HEAD + text + END)[:2] == [("Anna Beispiel", True), ("Jonas Muster", False)]


HEAD_ALONE = (
    "Integrationskommission\n"
    "Die Kommission soll das Integrationskonzept ausarbeiten und seine Umsetzung begleiten. Nach den\n"
    "Wahlvorschlägen setzt sich die Kommission wie folgt zusammen:\n\n"
    "  Kraft Amtes     Bürgermeister Jonas Muster (Vorsitz)\n"
    "  Liste A         1. Lea Brandt      2. Ida Roth\n"
    "  Sachkundige     Paul Weber (auf Vorschlag des Ausländerbeirats)\n\n"
    "Die Kommission hat damit sieben Mitglieder. Sie tagt öffentlich.\n\n"
    "Moderation\n"
    "Die Kommission und zwei Foren werden von einem Büro moderiert, das neun Mitglieder hat.\n"
)


def test_the_group_named_by_its_head_alone_after_its_table_states_its_size() -> None:
    groups = groups_of(HEAD + HEAD_ALONE + END)
    assert [(g.group_name, g.size) for g in groups] == [("Integrationskommission", 7)]


def test_the_head_alone_under_another_heading_is_no_mention() -> None:
    text = HEAD_ALONE.replace("Die Kommission hat damit sieben Mitglieder. ", "")
    assert [g.size for g in groups_of(HEAD + text + END)] == [None]
