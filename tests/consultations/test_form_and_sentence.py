"""A paper for one meeting: a form names it ("Gremium: Stadtrat Weißenburg   Sitzung am: 22.09.2027"),
and a section about the submission names the meeting before it in a sentence ("Der Ausschuss für … hat
die Vorlage in seiner nichtöffentlichen Sitzung am 08.09.2027 vorberaten"). Both are read: the form's
meeting and the sentence's. A sentence about an earlier decision on something else ("Der Stadtrat hat am
… beschlossen, …") names no meeting of this submission, and beside a table the sentences are not read.
Every case is invented: other towns, other names, other dates, the same forms."""

from __future__ import annotations

from tests.consultations.test_cells_beside_wrapped_names import rows

FORM = (
    "Gremium: Stadtrat Weißenburg               Sitzung am: 22.09.2027\n"
    "                                            öffentlich  ☒     nichtöffentlich  ☐\n\n"
    "Betreff:\nSeniorenplan der Stadt Weißenburg\n\n"
)
SENTENCE = (
    "Vorberatung:\n"
    "Der Ausschuss für Soziales und Senioren hat die Vorlage in der nichtöffent-\n"
    "lichen Sitzung am 08.09.2027 vorberaten und dem Stadtrat die Zustimmung empfohlen.\n\n"
)
EARLIER = "Sachverhalt:\nDer Stadtrat hat am 14.03.2026 beschlossen, einen Seniorenplan zu erarbeiten.\n"


def test_the_form_s_meeting_and_the_sentence_s() -> None:
    found = [(b, d, r) for b, d, r, _ in rows(FORM + SENTENCE + EARLIER)]
    assert found == [
        ("Stadtrat Weißenburg", "2027-09-22", None),
        ("Ausschuss für Soziales und Senioren", "2027-09-08", "preliminary"),
    ]


def test_an_earlier_decision_beside_the_form_is_no_meeting() -> None:
    """Near miss: only a sentence about an earlier decision on something else beside the form."""
    assert [(b, d) for b, d, _, _ in rows(FORM + EARLIER)] == [("Stadtrat Weißenburg", "2027-09-22")]


def test_beside_a_table_the_sentence_is_not_read() -> None:
    """Near miss: a Beratungsfolge table gives the meetings; a sentence in the text adds none."""
    table = (
        "Beratungsfolge:\n"
        "Gremium                          Datum         Zuständigkeit\n"
        "Stadtrat Weißenburg              22.09.2027    Entscheidung\n\n"
    )
    assert [(b, d) for b, d, _, _ in rows(table + SENTENCE)] == [("Stadtrat Weißenburg", "2027-09-22")]
