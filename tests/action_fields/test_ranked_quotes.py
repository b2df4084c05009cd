"""Fields named one by one in running text by their rank and a quoted name, the noun left out after
the first ("Das zweite, „…“, …"); ranks of steps, a single rank, and a sentence under the fields'
heading that speaks of the fields with commas in it yield nothing (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Altenbruch\nBeschlussvorlage 2028/041\n\n2. Handlungsfelder\n"
TAIL = "\nDer Rat entscheidet im Mai.\n"

RANKED = HEAD + (
    "Die Verwaltung schlägt vor, das Konzept auf drei Handlungsfelder zu beschränken, die eine\n"
    "kleine Gemeinde selbst gestalten kann.\n"
    "Im ersten Handlungsfeld, „Willkommen im Ort“, geht es um Erstinformation im Bürgerbüro.\n"
    "Das zweite, „Kita und Sprache“, umfasst die Sprachförderung in den Kitas.\n"
    "Das dritte Handlungsfeld heißt „Vereine und Ehrenamt“; es richtet sich an die Sportvereine.\n" + TAIL
)


def test_ranked_quoted_names_with_the_noun_left_out_after_the_first() -> None:
    assert labels(RANKED) == ["Willkommen im Ort", "Kita und Sprache", "Vereine und Ehrenamt"]


def test_ranks_of_steps_name_no_fields() -> None:
    text = RANKED.replace("Im ersten Handlungsfeld,", "Im ersten Schritt,").replace(
        "Das dritte Handlungsfeld heißt", "Der dritte Schritt heißt"
    )
    assert labels(text) == []


def test_a_single_ranked_name_is_no_run() -> None:
    text = HEAD + "Das erste Handlungsfeld, „Willkommen im Ort“, ist neu. Weitere folgen.\n" + TAIL
    assert labels(text) == []


def test_ranks_that_skip_one_end_the_run() -> None:
    text = RANKED.replace("Das zweite, „Kita und Sprache“,", "Das vierte, „Kita und Sprache“,")
    assert labels(text) == []
