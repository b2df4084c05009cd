"""A paper's head as labelled lines with dot leaders, the steps of its way through the bodies among them: the body
after the label's preposition or in the value before its date, a referral's role word before the body's name, a
value wrapped under its column or (in a PDF's text layer) at the margin, a sitting known by its month only, steps of
a path joined by arrows that say the role. And the
near misses: a head of leader lines without meetings, a single dated line, a table of contents."""

from __future__ import annotations

from tests.consultations.test_consultations import run

Row = tuple[str, "str | None", "str | None", "bool | None"]

HEAD = "Bezirksamt Lindenhof\nDer Bezirksbürgermeister\n\n"
TAIL = "\n\nGegenstand der Vorlage:\nSanierung des Stadtbads\n\nBegründung:\nDas Bad ist alt.\n"

GAPPED = """\
  Drucksache-Nr. ......................  0212/XIX
  Einbringung in der BVV ..............  Mittwoch, 03.03.2031 (7. Sitzung, öffentlich)
  Überweisung federführend an .........  Ausschuss für Schule, Sport und
                                         Kultur – Sitzung am 11.03.2031
                                         (öffentlich)
  Anhörung ............................  Seniorenvertretung – Sitzung am 09.03.2031
  Beschlussfassung in der BVV .........  Mittwoch, 31.03.2031 (8. Sitzung, öffentlich)
"""

FLAT = """\
Drucksache-Nr. ...................... 0212/XIX
Einbringung in der BVV .............. Mittwoch, 03.03.2031 (7. Sitzung, öffent-
lich)
Überweisung federführend an ......... Ausschuss für Schule, Sport und
Kultur – Sitzung am 11.03.2031
(öffentlich)
Anhörung ............................ Seniorenvertretung – Sitzung am 09.03.2031
Beschlussfassung in der BVV ......... Mittwoch, 31.03.2031 (8. Sitzung, öffentlich)
"""

REFERRALS = """\
 Überweisung an die Ausschüsse des Kreistages:
   federführend  Ausschuss für Umwelt und Verkehr (AUV) ...... Sitzung 12.04.2031
   beteiligt     Finanzausschuss ............................. Sitzung 19.04.2031
   Anhörung      Seniorenbeirat .............................. Sitzung im April 2031
"""

PATH = """\
Gremienweg

   Ausschuss für Umwelt und Verkehr ........................ ö   Di 08.06.2031
          │
          ▼  Empfehlung an den Hauptausschuss
   Hauptausschuss .......................................... nö  Mi 16.06.2031
          │
          ▼  Empfehlung an den Kreistag
   Kreistag ................................................ ö   Do 01.07.2031
                                                                 abschließende Entscheidung
"""

EXPECTED: list[Row] = [
    ("BVV", "2031-03-03", None, True),
    ("Ausschuss für Schule, Sport und Kultur", "2031-03-11", "preliminary", True),
    ("Seniorenvertretung", "2031-03-09", "deliberation", None),
    ("BVV", "2031-03-31", "decision", True),
]


def rows(text: str) -> list[Row]:
    _, found = run(HEAD + text + TAIL)
    return [(r.body, r.meeting_date, r.role, r.public) for r in found if r.method == "leader_line"]


def test_leader_lines_gapped_and_flattened() -> None:
    assert rows(GAPPED) == EXPECTED
    assert rows(FLAT) == EXPECTED


def test_referral_words_before_the_bodies() -> None:
    assert rows(REFERRALS) == [
        ("Ausschuss für Umwelt und Verkehr", "2031-04-12", "preliminary", None),
        ("Finanzausschuss", "2031-04-19", "preliminary", None),
        ("Seniorenbeirat", "2031-04", "deliberation", None),
    ]


def test_a_path_of_leader_lines_joined_by_arrows() -> None:
    assert rows(PATH) == [
        ("Ausschuss für Umwelt und Verkehr", "2031-06-08", "preliminary", True),
        ("Hauptausschuss", "2031-06-16", "preliminary", False),
        ("Kreistag", "2031-07-01", "decision", True),
    ]
    assert rows(PATH.replace("          │\n", "Die Sitzungen sind vorläufig.\n")) == []  # a sentence parts the run


def test_leader_lines_without_meetings_give_nothing() -> None:
    text = "Drucksache-Nr. ........ 0212/XIX\nArt ................... Vorlage\nDatum ................. 03.03.2031\n"
    assert rows(text) == []
    assert rows(GAPPED.split("  Überweisung")[0]) == []  # one meeting alone is no way through the bodies


def test_a_table_of_contents_gives_nothing() -> None:
    text = "Inhalt\n1. Ausgangslage ................ 3\n2. Ausschuss für Finanzen ....... 5\n3. Kosten .......... 7\n"
    assert rows(text) == []
