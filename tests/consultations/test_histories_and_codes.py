"""A paper's processing history as a council information system prints it ("Vorlagenverlauf": "Nr. / Station /
Aufgabe / Termin / Stand"), the office's own stations among the meetings; a Beratungsfolge giving each meeting's
code, its date in the paper's calendar of sittings; a Verfügung's numbered orders after the signature ("Dem X zur
Vorberatung, öffentliche Sitzung am D"); dates with the month in Roman numerals and the sitting's part as a letter a
legend explains ("Teil A = öffentliche Sitzung"), the role as the body's verb ("berät vor")."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

Fact = tuple[str, str | None, str | None, bool | None]


def _facts(text: str) -> list[Fact]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in run(text)[1]]


HISTORY = (
    "Stadt Lindenhain\nBeschlussvorlage V/2028/117\n\n"
    "Bearbeitungsverlauf (Auszug aus dem Ratsinformationssystem, Stand 02.03.2028)\n\n"
    "  Nr.  Station                              Aufgabe                 Termin       Stand\n"
    "  1    FB 3 Bildung und Teilhabe            Entwurf                 14.02.2028   erledigt\n"
    "  2    FB 1 Finanzen                        Mitzeichnung            17.02.2028   erledigt\n"
    "  3    Bürgermeisterin                      Freigabe                21.02.2028   erledigt\n"
    "  4    Seniorenbeirat                       Anhörung (ö)            07.03.2028   geplant\n"
    "  5    Ausschuss für Bildung, Sport         Vorberatung (ö)         14.03.2028   geplant\n"
    "       und Kultur\n"
    "  6    Stadtverordnetenversammlung          Beschluss (ö)           30.03.2028   geplant\n"
    "  7    FB 3 Bildung und Teilhabe            Vollzug                 –            offen\n\n"
    "Beschlussvorschlag\nDie Stadtverordnetenversammlung beschließt den Sportstättenplan.\n"
)
HISTORY_FACTS: list[Fact] = [
    ("Seniorenbeirat", "2028-03-07", "deliberation", True),
    ("Ausschuss für Bildung, Sport und Kultur", "2028-03-14", "preliminary", True),
    ("Stadtverordnetenversammlung", "2028-03-30", "decision", True),
]


def test_a_processing_history_gives_its_meetings_and_not_the_offices_steps() -> None:
    assert _facts(HISTORY) == HISTORY_FACTS


def test_a_processing_history_whose_gaps_an_export_closed() -> None:
    closed = "\n".join(re.sub(r" {2,}", " ", line).strip() for line in HISTORY.splitlines())
    assert [f[:2] for f in _facts(closed)] == [f[:2] for f in HISTORY_FACTS]


def test_a_processing_history_of_the_offices_steps_only_gives_nothing() -> None:
    only = "\n".join(ln for ln in HISTORY.splitlines() if not re.match(r"  [4-6] |       und", ln)) + "\n"
    assert _facts(only) == []


CODES = (
    "Gemeinde Eichwald\nBeschlussvorlage 2028/044\n\n"
    "Beratungsfolge\n\n"
    "  Gremium                          Sitzung          TOP     Beratungsziel\n"
    "  Jugendbeirat                     JB/02/2028       Ö 4     Stellungnahme\n"
    "  Ausschuss für Jugend und Sport   AJS/03/2028      Ö 6     Vorberatung\n"
    "  Gemeinderat                      GR/04/2028       Ö 9     Beschluss\n\n"
    "Beschlussvorschlag\nDer Gemeinderat stimmt dem Jugendförderplan zu.\n\n"
    "Sitzungskalender 2028 (Auszug)\n\n"
    "  Sitzung        Gremium                          Tag  Datum       Beginn\n"
    "  JB/02/2028     Jugendbeirat                     Mo   06.03.2028  18:00\n"
    "  AJS/03/2028    Ausschuss für Jugend und Sport   Mi   15.03.2028  17:00\n"
    "  BA/03/2028     Bauausschuss                     Do   16.03.2028  17:00\n"
    "  GR/04/2028     Gemeinderat                      Do   06.04.2028  18:00\n"
)


def test_session_codes_take_their_dates_from_the_calendar_of_sittings() -> None:
    found = _facts(CODES)
    assert [(b, d) for b, d, _, _ in found] == [
        ("Jugendbeirat", "2028-03-06"),
        ("Ausschuss für Jugend und Sport", "2028-03-15"),
        ("Gemeinderat", "2028-04-06"),
    ]
    assert [p for *_, p in found] == [True, True, True]


def test_a_code_the_calendar_does_not_list_leaves_its_row_undated() -> None:
    found = _facts(CODES.replace("  GR/04/2028     Gemeinderat                      Do   06.04.2028  18:00\n", ""))
    assert ("Gemeinderat", None) in [(b, d) for b, d, _, _ in found]
    assert all(d != "2028-04-06" for _, d, _, _ in found)


def test_a_code_named_with_two_dates_leaves_its_row_undated() -> None:
    twice = CODES + "  GR/04/2028     Gemeinderat                      Do   13.04.2028  18:00\n"
    assert ("Gemeinderat", None) in [(b, d) for b, d, _, _ in _facts(twice)]


ORDERS = (
    "Landkreis Talheim\nBeschlussvorlage 2028/KT/031\n\n"
    "Beratungsfolge: siehe Verfügung (Ziffern 3 bis 5)\n\n"
    "Sachverhalt\nDer Kreistag hat 2027 die Erarbeitung eines Seniorenplans beschlossen.\n\n"
    "gez. Berger\nLandrat\n\n"
    "Verfügung\n\n"
    "1.  Vorlage erfasst am 02.02.2028\n"
    "2.  Mitzeichnung Kämmerei – erfolgt am 01.02.2028\n"
    "3.  Dem Seniorenbeirat zur Anhörung, öffentliche Sitzung am 21.02.2028\n"
    "4.  Dem Ausschuss für Soziales, Senioren und Gesundheit zur Vorberatung,\n"
    "    öffentliche Sitzung am 06.03.2028\n"
    "5.  Dem Kreistag zur Beschlussfassung, öffentliche Sitzung am 27.03.2028\n"
    "6.  Abdruck an: Pflegestützpunkt; Seniorenbeauftragte\n"
    "7.  Wv. 01.05.2028\n"
    "8.  z. d. A.\n"
)


def test_a_verfuegungs_orders_give_the_meetings_and_not_its_other_items() -> None:
    assert _facts(ORDERS) == [
        ("Seniorenbeirat", "2028-02-21", "deliberation", True),
        ("Ausschuss für Soziales, Senioren und Gesundheit", "2028-03-06", "preliminary", True),
        ("Kreistag", "2028-03-27", "decision", True),
    ]


def test_an_order_wrapped_at_the_margin_after_its_comma() -> None:
    flush = ORDERS.replace("\n    öffentliche Sitzung am 06.03.2028", "\nöffentliche Sitzung am 06.03.2028")
    assert [f[:2] for f in _facts(flush)][1] == ("Ausschuss für Soziales, Senioren und Gesundheit", "2028-03-06")


def test_orders_without_a_sittings_day_or_a_number_give_nothing() -> None:
    undated = ORDERS.replace(", öffentliche Sitzung am 21.02.2028", "").replace(
        ", öffentliche Sitzung am 27.03.2028", ""
    )
    assert [b for b, *_ in _facts(undated)] == ["Ausschuss für Soziales, Senioren und Gesundheit"]
    prose = "Vermerk\n\nDem Kreistag zur Beschlussfassung, öffentliche Sitzung am 27.03.2028 vorzulegen.\n"
    assert _facts(prose) == []


ROMAN = (
    "Stadt Rheinau\nBeschlussvorlage\n\n"
    "Beratungsfolge\n\n"
    "     Termin          Gremium                                  Teil   Befassung\n"
    "     Mo 06.III.2028  Stadtvorstand                             B     nimmt Kenntnis\n"
    "     Di 14.III.2028  Ausschuss für Kultur und Sport            A     berät vor\n"
    "     Do 06.IV.2028   Stadtrat                                  A     beschließt\n\n"
    "     Teil A = öffentliche Sitzung, Teil B = nichtöffentliche Sitzung\n\n"
    "Beschlussvorschlag\nDer Stadtrat beschließt die Sportförderrichtlinie.\n"
)


def test_roman_months_letters_of_a_legend_and_roles_as_verbs() -> None:
    assert _facts(ROMAN) == [
        ("Stadtvorstand", "2028-03-06", "information", False),
        ("Ausschuss für Kultur und Sport", "2028-03-14", "preliminary", True),
        ("Stadtrat", "2028-04-06", "decision", True),
    ]


def test_letters_no_legend_explains_say_no_status() -> None:
    bare = ROMAN.replace("     Teil A = öffentliche Sitzung, Teil B = nichtöffentliche Sitzung\n\n", "")
    assert all(p is None for *_, p in _facts(bare))


def test_a_roman_month_with_no_such_day_is_no_date() -> None:
    wrong = ROMAN.replace("Do 06.IV.2028", "Do 31.IV.2028")
    assert "Stadtrat" not in [b for b, d, *_ in _facts(wrong) if d]
