"""Fields in the forms of a supplement's quoted outline ("2.3.1  Sprache" under a heading with a note in
brackets), working groups named after the fields and counted by the lead-in ("AG 1 · Sprache ......
Leitung: …"), pillars in capitals counted by a weak noun ("vier Säulen:" / "SÄULE I   SPRACHE"), the first
level of a tree drawn like a directory listing, headings underlined after a PDF's blank line, a dot
leader between a name and the next column; and the look-alikes that name no fields (a title quoted after
a coordinated pair, a table's header over its rule, outlines broken by text, trees of projects,
counts that do not hold)."""

from __future__ import annotations

import pytest

from extractors import action_fields
from extractors.resources import default_resources
from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Lindenau\nBeschlussvorlage 44/2027\n\nBetreff: Integrationskonzept der Stadt Lindenau\n\nSachverhalt:\n\n"
TAIL = "\n\nDer Stadtrat berät die Vorlage im Herbst.\n"
# three mentions of the topic: a document about integration
ABOUT = (
    "Die Stadt schreibt ihr Integrationskonzept fort. Die Integration der Zugewanderten ist Aufgabe\n"
    "aller Ämter; der Migrationsbeirat wirkt mit.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2. Handlungsfelder (nur zur Kenntnis, gegenüber dem Entwurf unverändert)\n\n"
            "Die vier Handlungsfelder bleiben bestehen. Die Gliederung des Entwurfs lautet:\n\n"
            "  3.2.1  Frühe Förderung und Kita\n"
            "  3.2.2  Arbeit im Handwerk\n"
            "  3.2.3  Wohnen in den Ortsteilen\n"
            "  3.2.4  Pflege und Gesundheit\n",
            ["Frühe Förderung und Kita", "Arbeit im Handwerk", "Wohnen in den Ortsteilen", "Pflege und Gesundheit"],
        ),
        (
            # a PDF's text: the heading wrapped, the paragraph broken short; the count binds the list
            "2. Handlungsfelder (nur zur Kenntnis, gegenüber dem Entwurf\nunverändert)\n\n"
            "Die drei Handlungsfelder bleiben bestehen. Auf Wunsch des Beirats\nwird eines umbenannt.\n"
            "Die Gliederung des Entwurfs lautet damit:\n\n"
            "4.1.1 Frühe Förderung und Kita\n4.1.2 Arbeit im Handwerk\n4.1.3 Wohnen in den Ortsteilen\n",
            ["Frühe Förderung und Kita", "Arbeit im Handwerk", "Wohnen in den Ortsteilen"],
        ),
    ],
    ids=["outline-under-a-noted-heading", "outline-bound-by-the-count"],
)
def test_outline_entries(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3. Handlungsfelder und Arbeitskreise\n"
            "Das Konzept behält seine drei Handlungsfelder bei; das frühere Feld „Sport“ geht in einem\n"
            "anderen auf. Jedes Handlungsfeld bearbeitet ein Arbeitskreis seines Namens:\n\n"
            "  AK 1 · Kita und Schule ................. Leitung: 51 – Jugendamt\n"
            "  AK 2 · Arbeit und Beruf ................ Leitung: Wirtschaftsförderung\n"
            "  AK 3 · Pflege im Alter ................. Leitung: 50 – Soziales und\n"
            "                                                   Senioren\n",
            ["Kita und Schule", "Arbeit und Beruf", "Pflege im Alter"],
        ),
        (
            ABOUT + "Der Entwurf stützt sich auf drei Säulen:\n\n"
            "   SÄULE I     KITA UND SCHULE\n"
            "               Lesepaten, Elterncafés\n\n"
            "   SÄULE II    ARBEIT IM HANDWERK\n"
            "               Praktikumsbörse\n\n"
            "   SÄULE III   WOHNEN IM ORTSTEIL\n"
            "               Nachbarschaftsfeste\n",
            ["KITA UND SCHULE", "ARBEIT IM HANDWERK", "WOHNEN IM ORTSTEIL"],
        ),
        (
            # a PDF's text: the gap after the number closed
            ABOUT + "Der Entwurf stützt sich auf zwei Säulen:\n\n"
            "SÄULE I KITA UND SCHULE\nLesepaten, Elterncafés\n\nSÄULE II ARBEIT IM HANDWERK\nPraktikumsbörse\n",
            ["KITA UND SCHULE", "ARBEIT IM HANDWERK"],
        ),
    ],
    ids=["working-groups-counted", "pillars-in-capitals", "pillars-gap-closed"],
)
def test_counted_series(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


TREE = (
    "Die Übersicht zeigt die Handlungsfelder (erste Ebene) und die Leitprojekte (zweite Ebene):\n\n"
    "  Integrationskonzept Lindenau 2028\n"
    "  ├── Kita und Schule\n"
    "  │   ├── Lesepaten\n"
    "  │   └── Elterncafés\n"
    "  ├── Arbeit im Handwerk\n"
    "  │   └── Praktikumsbörse\n"
    "  └── Wohnen im Ortsteil\n"
    "      └── Nachbarschaftsfeste\n"
)


def test_tree_first_level() -> None:
    assert labels(HEAD + TREE + TAIL) == ["Kita und Schule", "Arbeit im Handwerk", "Wohnen im Ortsteil"]


def test_tree_first_level_from_a_pdf() -> None:
    """The indents closed to one space, the last branch's child set at the left edge."""
    flat = "\n".join(line.strip().replace("│   ", "│ ") for line in TREE.splitlines())
    assert labels(HEAD + flat + TAIL) == ["Kita und Schule", "Arbeit im Handwerk", "Wohnen im Ortsteil"]


def test_underlined_headings_with_a_blank_line_before_the_rule() -> None:
    text = (
        "Das Programm setzt in drei Handlungsfeldern an:\n\n"
        "Kita und Schule\n\n---------------\nLesepaten an allen Grundschulen.\n"
        "Arbeit im Handwerk\n\n------------------\nPraktikumsbörse mit der Innung.\n\n"
        "Pflege im Alter\n\n---------------\nLotsinnen aus den Communities.\n"
    )
    assert labels(HEAD + text + TAIL) == ["Kita und Schule", "Arbeit im Handwerk", "Pflege im Alter"]


def test_dot_leader_ends_the_name() -> None:
    text = (
        "Folgende Handlungsfelder wurden festgelegt:\n\n"
        "- Kita und Schule ............ Amt 51\n"
        "- Arbeit im Handwerk ......... Wirtschaftsförderung\n"
        "- Pflege im Alter ............ Amt 50\n"
    )
    assert labels(HEAD + text + TAIL) == ["Kita und Schule", "Arbeit im Handwerk", "Pflege im Alter"]


@pytest.mark.parametrize(
    "text",
    [
        # the quote names a pair coordinated before it: the title of a Leitbild and its fields
        "Der Rat beschließt Leitbild und Handlungsfelder „Lindenau – offen für alle“ als Grundlage.",
        # outline entries with paragraphs under them are sub-headings of another numbering
        "Die Gliederung des Entwurfs lautet:\n\n  3.2.1  Frühe Förderung\n  Text des Abschnitts folgt.\n"
        "  3.2.2  Arbeit im Handwerk\n",
        # entries counting out of order
        "Die Gliederung der Handlungsfelder lautet:\n\n  3.2.1  Frühe Förderung\n  3.2.3  Arbeit im Handwerk\n",
        # a tree of projects: the lead-in names another list first
        "Die Übersicht zeigt die Leitprojekte und die Handlungsfelder:\n\n"
        "  ├── Lesepaten\n  │   └── Kita und Schule\n  └── Praktikumsbörse\n      └── Arbeit\n",
        # pillars counted otherwise than the lines
        ABOUT + "Der Entwurf stützt sich auf drei Säulen:\n\n"
        "   SÄULE I     KITA UND SCHULE\n\n   SÄULE II    ARBEIT IM HANDWERK\n",
        # a table's header whose gaps a PDF closed, over its rule: no heading of one field
        "Die Mittel werden wie folgt verteilt:\nHandlungsfeld Schwerpunkt 2027 Mittel 2027\n\n"
        "------------------ ---------------- -----------\n",
    ],
    ids=[
        "titled-pair",
        "entries-with-text",
        "entries-out-of-order",
        "tree-of-projects",
        "pillars-miscounted",
        "ruled-header",
    ],
)
def test_no_fields(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []


def test_pillars_in_a_paper_on_another_matter() -> None:
    """No document about integration: pillars of a renovation are no fields."""
    text = (
        "Gemeinde Lindenau\nBeschlussvorlage 45/2027\n\nBetreff: Sanierung der Sporthalle\n\n"
        "Die Sanierung ruht auf zwei Säulen:\n\nSÄULE I     DACH UND FASSADE\n\nSÄULE II    HEIZUNG UND LÜFTUNG\n"
    )
    assert labels(text + TAIL) == []


@pytest.mark.parametrize(
    ("label", "codes"),
    [
        ("Teilhabe und Antirassismus", ("beteiligung", "antidiskriminierung")),
        ("Begegnung und Teilhabe im Stadtteil", ("beteiligung", "sozialraum")),
        # participation in culture and sport is no political participation
        ("Teilhabe an Kultur und Sport", ("kultur", "sport")),
    ],
)
def test_bare_participation_beside_another_field(label: str, codes: tuple[str, ...]) -> None:
    assert action_fields.categories(label, default_resources()) == codes


def test_declared_marks_of_change_are_cut() -> None:
    """A supplement that says how it marks its changes: the mark is no part of a field's name; a
    bracket it did not declare stays."""
    text = (
        "Geänderte Stellen sind mit „(neu)“ gekennzeichnet.\n\n"
        "Folgende Handlungsfelder wurden festgelegt:\n\n"
        "- Kita und Schule\n- Arbeit im Handwerk (neu)\n- Pflege (ambulant)\n"
    )
    assert labels(HEAD + text + TAIL) == ["Kita und Schule", "Arbeit im Handwerk", "Pflege (ambulant)"]
