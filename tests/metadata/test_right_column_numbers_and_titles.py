"""The header's right-hand column and the title as print layouts and text exports set them: a
number with its date on the line under it ("Drucksache 21-0815" / "vom 03.02.2030"), also where a
PDF's text layer flattened the column into the line before ("Vorlage für den Gemeinderat Drucksache
21-0815"); a Betreff that ends at the Beratungsfolge's heading ("Beratungsablauf") or goes on after a
blank line with a function word ("und Vergabe …"); and the title under a Beratungsfolge whose dates
carry their weekday and whose body is cut by a hyphen in its cell ("Schul- und Sport-" / "ausschuss")."""

from __future__ import annotations

import pytest

from tests.metadata.test_print_layouts import header

LETTERHEAD = "Freie Stadt Musterstadt\nBezirksamt Nord\n\n"
REST = "Beschlussvorlage\n\nBetreff: Ein Konzept für die Quartiere\n\nSachverhalt:\nDer Rat hat beraten.\n"


@pytest.mark.parametrize(
    "lines",
    [
        "Vorlage für den Gemeinderat                Drucksache 21-0815\n"
        "                                           vom 03.02.2030\n",
        "Vorlage für den Gemeinderat Drucksache 21-0815\nvom 03.02.2030\n",
        "Vorlage für den Gemeinderat Drucksache 21-0815\n\nvom 03.02.2030\n",
    ],
    ids=["column-by-gaps", "flattened", "flattened-blank-between"],
)
def test_a_number_in_a_right_hand_column_and_its_date_below(lines: str) -> None:
    found = header(LETTERHEAD + lines + REST)
    assert (found.get("doc_number"), found.get("doc_date")) == ("21-0815", "2030-02-03")


@pytest.mark.parametrize(
    "lines",
    [
        # no separator in the id, and the line under it a span of dates
        "Vorlage für den Gemeinderat Drucksache 21\nvom 03.02.2030 bis 05.02.2030\n",
        # the id inside a sentence, not ending its line; the date line a sentence's
        "Die Drucksache 21-0815 wurde ergänzt\nvom 03.02.2030 an gilt sie\n",
    ],
    ids=["no-structured-id", "sentence"],
)
def test_no_number_or_date_from_a_line_that_is_no_column(lines: str) -> None:
    found = header(LETTERHEAD + lines + REST)
    assert "doc_number" not in found
    assert "doc_date" not in found


def test_a_betreff_ends_at_the_beratungsablauf_heading() -> None:
    text = (
        "Freie Stadt Musterstadt\n\nBeschlussvorlage\n"
        "Betreff: Ein Konzept für die Quartiere, die Bildung eines Beirats\n"
        "Beratungsablauf\nBeratungsart Datum Gremium\nVorberatung Do., 14.03.2030 Hauptausschuss\n"
        "Sachverhalt:\nDer Rat hat beraten.\n"
    )
    assert header(text).get("subject") == "Ein Konzept für die Quartiere, die Bildung eines Beirats"


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        ("und Vergabe der Moderation", "Ein Konzept für die Quartiere und Vergabe der Moderation"),
        ("Die Verwaltung legt das Konzept vor.", "Ein Konzept für die Quartiere"),
        ("Vergabe der Moderation", "Ein Konzept für die Quartiere"),
    ],
    ids=["function-word-goes-on", "sentence-after", "capitalised-line-after"],
)
def test_a_betreff_going_on_after_a_blank_line(after: str, subject: str) -> None:
    text = (
        "Freie Stadt Musterstadt\n\nBeschlussvorlage\n\nBetreff: Ein Konzept für die Quartiere\n\n"
        f"{after}\n\nSachverhalt:\nDer Rat hat beraten.\n"
    )
    assert header(text).get("subject") == subject


TITLE_UNDER_TABLE = """STADT MUSTERHAUSEN
Amt für Hochbau

Sitzungsvorlage 041/2030                               Musterhausen, 12.02.2030
                                                       Sachbearbeitung: Frau Berger
öffentlich                                             Dezernat II

Beratungsfolge           Sitzungstermin      Sitzungsart      Beratungsziel
{first}
Gemeinderat              Mi 18.03.2030       öffentlich       Beschluss

Neubau einer Sporthalle an der Grundschule Unterdorf –
in Unterdorf, Flst. 812/4 – Baubeschluss

Beschlussantrag:
Dem Neubau wird zugestimmt.

Sachverhalt:
Die Halle ist alt.
"""


@pytest.mark.parametrize(
    "first",
    [
        "Schul- und Sport-        Mi 04.03.2030       öffentlich       Vorberatung\nausschuss",
        "Schul- und Sport- Mi 04.03.2030 öffentlich Vorberatung\nausschuss",
        "Schul- und Sportausschuss Mi 04.03.2030 öffentlich Vorberatung",
    ],
    ids=["cut-body-by-gaps", "cut-body-flattened", "whole-body"],
)
def test_the_title_under_a_table_of_weekday_dates(first: str) -> None:
    assert header(TITLE_UNDER_TABLE.format(first=first)).get("subject") == (
        "Neubau einer Sporthalle an der Grundschule Unterdorf – in Unterdorf, Flst. 812/4 – Baubeschluss"
    )
