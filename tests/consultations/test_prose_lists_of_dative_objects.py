"""A Beratungsfolge as a sentence that goes on in a numbered list of its objects: "Sie wird vorgelegt" and
under it one item a meeting, in the dative with its date, status and role ("1. dem Ausschuss für … /
am Mo., 13. Sep. 27, 16:30 Uhr – öffentlich – zur Vorberatung,"), the last item ending the sentence.
Every case is invented: other towns, other names, other dates, the same form."""

from __future__ import annotations

from tests.consultations.test_header_forms import facts

LIST = (
    "Beratungsweg\n"
    "Der Kreisausschuss hat die Vorlage in seiner Sitzung am 16. Aug. 27 beraten und beschlossen,\n"
    "sie dem Kreistag zuzuleiten. Sie wird vorgelegt\n"
    "\n"
    "  1.  dem Ausschuss für Jugend, Schule und Sport\n"
    "      am Di., 7. Sep. 27, 16:30 Uhr – öffentlich – zur Vorberatung,\n"
    "  2.  dem Finanzausschuss\n"
    "      am Mi., 15. Sep. 27, 17:00 Uhr – nichtöffentlich – zur Vorberatung,\n"
    "  3.  dem Kreistag\n"
    "      am Mo., 27. Sep. 27, 15:00 Uhr – öffentlich – zur Beschlussfassung.\n"
    "\n"
    "Beschlussantrag\n"
    "Der Kreistag möge beschließen:\n"
)


def test_a_sentence_going_on_in_a_list_of_meetings() -> None:
    assert facts(LIST) == [
        ("Kreisausschuss", "2027-08-16", "deliberation", None),
        ("Ausschuss für Jugend, Schule und Sport", "2027-09-07", "preliminary", True),
        ("Finanzausschuss", "2027-09-15", "preliminary", False),
        ("Kreistag", "2027-09-27", "decision", True),
    ]


def test_a_list_whose_export_sets_a_blank_line_after_every_line() -> None:
    """pdfminer.six sets a blank line after nearly every line, one between an item's object and its date's
    line too ("1. dem Ausschuss für …" / "" / "am Di., 7. Sep. 27, …"): the item goes on over it, as a line
    opening in lower case goes on with the item's words above."""
    lines = [line.strip() for line in LIST.splitlines() if line.strip()]
    lines[1:2] = ["Der Kreisausschuss hat die Vorlage in seiner Sitzung am 16. Aug. 27 beraten", "und beschlossen,"]
    text = "\n\n".join(lines[:2]) + "\n" + "\n\n".join(lines[2:]) + "\n\n" + "Der Kreistag berät.\n\n" * 4
    assert facts(text) == facts(LIST)


def test_a_list_after_a_closed_sentence_is_no_beratungsfolge() -> None:
    """Near miss: items in the dative under a sentence that ended ("… zugeleitet.") or that is about no
    submission go on with nothing."""
    text = (
        "Die Verwaltung hat Einladungen versandt. Sie werden vorgelegt\n\n"
        "  1.  dem Seniorenbeirat am Di., 7. Sep. 27 – öffentlich –,\n"
        "  2.  dem Finanzausschuss am Mi., 15. Sep. 27 – nichtöffentlich.\n"
    )
    assert facts(text) == []
