"""The draft agendas of the sittings that will take the paper, quoted in it ("Tagesordnung (Entwurf)": "18. Sitzung
des Ausschusses für …" over its day, the sitting's part and the item with its purpose), and a Beratungsfolge set
as a month grid (a column a weekday, the bodies abbreviated under their days and spelled out by a legend): a week a
row under month rows, parted by bars, or two months side by side, each with its weekdays and day numbers."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

Fact = tuple[str, str | None, str | None, bool | None]


def _facts(text: str) -> list[Fact]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in run(text)[1]]


AGENDAS = (
    "Stadt Seewalden\nBeschlussvorlage 4-0112/2028\n\n"
    "Beratungsfolge\nDie Vorlage steht in folgenden Entwürfen der Tagesordnungen:\n\n"
    "  ┌─ Tagesordnung (Entwurf) ─────────────────────────────────────┐\n"
    "  │ 4. Sitzung des Seniorenbeirats                                │\n"
    "  │ Dienstag, 7. März 2028, 16:00 Uhr · Rathaus, Raum 2.14        │\n"
    "  │ Öffentlicher Teil                                             │\n"
    "  │   TOP 3   Seniorenplan 2028–2032               4-0112/2028    │\n"
    "  │           Anhörung                                            │\n"
    "  └───────────────────────────────────────────────────────────────┘\n"
    "  ┌─ Tagesordnung (Entwurf) ─────────────────────────────────────┐\n"
    "  │ 12. Sitzung des Ausschusses für Soziales und Senioren         │\n"
    "  │ Mittwoch, 15. März 2028, 18:00 Uhr · Rathaus, Ratssaal        │\n"
    "  │ Nichtöffentlicher Teil                                        │\n"
    "  │   TOP 9   Seniorenplan 2028–2032               4-0112/2028    │\n"
    "  │           Vorberatung (Vergabe der Bausteine)                 │\n"
    "  └───────────────────────────────────────────────────────────────┘\n"
    "  ┌─ Tagesordnung (Entwurf) ─────────────────────────────────────┐\n"
    "  │ 20. Sitzung der Stadtverordnetenversammlung                   │\n"
    "  │ Donnerstag, 30. März 2028, 18:00 Uhr · Rathaus, Ratssaal      │\n"
    "  │ Öffentlicher Teil                                             │\n"
    "  │   TOP 14  Seniorenplan 2028–2032               4-0112/2028    │\n"
    "  │           Beschlussfassung                                    │\n"
    "  └───────────────────────────────────────────────────────────────┘\n\n"
    "Beschlussvorschlag\nDie Stadtverordnetenversammlung beschließt den Seniorenplan.\n"
)


def test_draft_agendas_give_a_meeting_each_the_body_from_the_genitive() -> None:
    assert _facts(AGENDAS) == [
        ("Seniorenbeirat", "2028-03-07", "deliberation", True),
        ("Ausschuss für Soziales und Senioren", "2028-03-15", "preliminary", False),
        ("Stadtverordnetenversammlung", "2028-03-30", "decision", True),
    ]


def test_a_sittings_head_without_an_item_gives_nothing() -> None:
    minutes = (
        "Niederschrift\n\n"
        "12. Sitzung des Ausschusses für Soziales und Senioren\n"
        "Mittwoch, 15. März 2027, 18:00 Uhr · Rathaus, Ratssaal\n\n"
        "Anwesend: die Mitglieder laut Anwesenheitsliste.\n"
    )
    assert _facts(minutes) == []


WEEKS = (
    "Stadt Auenfeld\nBeschlussvorlage\n\n"
    "Beratungsfolge – Auszug aus dem Sitzungskalender 2028\n\n"
    "             │    Mo     │    Di     │    Mi     │    Do     │    Fr\n"
    "  ───────────┼───────────┼───────────┼───────────┼───────────┼───────────\n"
    "  März 2028  │           │           │           │           │\n"
    "  KW 10      │    06     │    07     │    08     │    09     │    10\n"
    "             │ SB        │           │ Karfrei-  │           │\n"
    "             │ ö · V     │           │ tag       │           │\n"
    "  KW 11      │    13     │    14     │    15     │    16     │    17\n"
    "             │           │           │           │ ASK       │\n"
    "             │           │           │           │ nö · V    │\n"
    "  KW 12–13   │ Osterferien – sitzungsfreie Zeit (20.03. bis 31.03.)\n"
    "  ───────────┼───────────┼───────────┼───────────┼───────────┼───────────\n"
    "  April 2028 │           │           │           │           │\n"
    "  KW 14      │    03     │    04     │    05     │    06     │    07\n"
    "             │           │           │           │ StV       │\n"
    "             │           │           │           │ ö · E     │\n\n"
    "  Legende: SB = Seniorenbeirat · ASK = Ausschuss für Soziales und Kultur ·\n"
    "  StV = Stadtverordnetenversammlung · ö = öffentliche Sitzung, nö = nichtöffentliche Sitzung ·\n"
    "  V = Vorberatung, E = Entscheidung\n\n"
    "Sachverhalt\nDer Seniorenplan wird fortgeschrieben.\n"
)
WEEKS_FACTS: list[Fact] = [
    ("Seniorenbeirat", "2028-03-06", "preliminary", True),
    ("Ausschuss für Soziales und Kultur", "2028-03-16", "preliminary", False),
    ("Stadtverordnetenversammlung", "2028-04-06", "decision", True),
]


def test_a_week_grid_gives_each_abbreviated_body_its_day_under_the_month_row() -> None:
    assert _facts(WEEKS) == WEEKS_FACTS
    assert {r.method for r in run(WEEKS)[1]} == {"calendar.grid"}


def test_a_week_grid_whose_gaps_an_export_closed_goes_by_its_bars() -> None:
    closed = "\n".join(re.sub(r" {2,}", " ", line).strip() for line in WEEKS.splitlines())
    assert [f[:2] for f in _facts(closed)] == [f[:2] for f in WEEKS_FACTS]


def test_a_cell_under_the_wrong_weekday_or_without_a_legend_is_no_meeting() -> None:
    shifted = WEEKS.replace("KW 10      │    06     │    07", "KW 10      │    05     │    06")
    assert "Seniorenbeirat" not in [b for b, *_ in _facts(shifted)]
    unexplained = WEEKS.replace("SB = Seniorenbeirat · ", "")
    assert "Seniorenbeirat" not in [b for b, *_ in _facts(unexplained)]


MONTHS = (
    "Stadt Bergheim an der Aach\nBeschlussvorlage\n\n"
    "Terminplan – Beratung in den Gremien\n\n"
    "            M ä r z   2 0 2 8                       A p r i l   2 0 2 8\n"
    "   Mo   Di   Mi   Do   Fr   Sa   So         Mo   Di   Mi   Do   Fr   Sa   So\n"
    "  ──────────────────────────────────       ──────────────────────────────────\n"
    "                  1    2    3    4    5                                   1    2\n"
    "    6    7    8    9   10   11   12          3    4    5    6    7    8    9\n"
    "        JR             SF                                   GR\n"
    "   13   14   15   16   17   18   19         10   11   12   13   14   15   16\n"
    "                  BSA                   \n"
    "   20   21   22   23   24   25   26         17   18   19   20   21   22   23\n"
    "   27   28   29   30   31                   24   25   26   27   28   29   30\n\n"
    "  Legende   Gremium                                  Behandlung      Sitzung\n"
    "  JR        Jugendrat                                Anhörung        öffentlich\n"
    "  BSA       Ausschuss für Bildung und Sport          Vorberatung     nichtöffentlich\n"
    "  GR        Gemeinderat                              Beschluss       öffentlich\n"
    "  SF        Sportlerehrung in der Stadthalle (keine Gremiensitzung)\n\n"
    "Antrag:\nDer Gemeinderat beschließt den Sportentwicklungsplan.\n"
)


def test_two_months_side_by_side_give_each_abbreviation_its_day_and_the_legends_role() -> None:
    assert sorted(_facts(MONTHS), key=lambda f: str(f[1])) == [
        ("Jugendrat", "2028-03-07", "deliberation", True),
        ("Ausschuss für Bildung und Sport", "2028-03-16", "preliminary", False),
        ("Gemeinderat", "2028-04-06", "decision", True),
    ]


def test_a_grid_without_its_month_gives_nothing() -> None:
    assert _facts(MONTHS.replace("            M ä r z   2 0 2 8                       A p r i l   2 0 2 8\n", "")) == []
