"""action_fields: the rows of a workshop's dot-vote tally, the sub-entries of an index printed in two columns,
the subjects of an FAQ's questions, the entries of a list of abbreviations, and an index line that is no
table's header. Every example is invented, with near misses that must yield nothing."""

from __future__ import annotations

import re

import pytest

from tests.action_fields.test_action_fields import labels

INTRO = (
    "Integrationskonzept des Landkreises Birkenfelde\n\n"
    "Der Landkreis erarbeitet ein Integrationskonzept für Zugewanderte und Geflüchtete.\n"
    "Die Integration ist Aufgabe aller Ämter.\n\n"
)

TALLY = (
    INTRO + "Anlage 2\n\n"
    "Punktabfrage „Woran sollen wir zuerst arbeiten?“\n"
    "Integrationsforum, 04.02.2029, Kreishaus (76 Teilnehmende, je 4 Punkte)\n\n"
    " Rang   Thema                                   Punkte\n"
    " ────   ─────────────────────────────────────   ─────────────────────────   ──\n"
    "  1     Frühe Bildung und Familie                ●●●●●●●●●●●●●●●●●●●●●●●●●   71\n"
    "                                                 ●●●●●●●●●●●●●●●●●●●●●●●●●\n"
    "                                                 ●●●●●●●●●●●●●●●●●●●●●\n"
    "  2     Arbeit und Anerkennung von               ●●●●●●●●●●●●●●●●●●●●●●●●●   52\n"
    "        Berufsabschlüssen                        ●●●●●●●●●●●●●●●●●●●●●●●●●\n"
    "                                                 ●●\n"
    "  3     Wohnen und Nachbarschaft                 ●●●●●●●●●●●●●●●●●●●●●●●●●   40\n"
    "                                                 ●●●●●●●●●●●●●●●\n"
    "  4     Gesundheit                               ●●●●●●●●●●●●●●●●●●●●●●●●●   33\n"
    "                                                 ●●●●●●●●\n"
    " ─ ─ ─  ─ ─ ─ ─ ─ Schwelle: Vorschlag der Verwaltung ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─\n"
    "  5     Radwege im Kreis                         ●●●●●●●●●●●●●●●●●●●●●●●●    24\n"
    "  6     Digitale Antragstellung                  ●●●●●●●●●●●●●●●●●●          18\n\n"
    " Rang 1–4 = vorgeschlagene Handlungsfelder\n"
)
TALLY_FIELDS = [
    "Frühe Bildung und Familie",
    "Arbeit und Anerkennung von Berufsabschlüssen",
    "Wohnen und Nachbarschaft",
    "Gesundheit",
]


def _closed(text: str) -> str:
    """The text as a PDF's text layer gives it: gaps closed to one space, the dots set on lines of their own."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"[ \t]{2,}", " ", line.strip())
        m = re.match(r"(\d+ [^●]+?) (●+ \d+)$", line)
        out += [m.group(1), m.group(2)] if m else [line]
    return "\n".join(out) + "\n"


def test_a_dot_vote_tally_gives_the_rows_its_key_ranks_as_fields() -> None:
    assert labels(TALLY) == TALLY_FIELDS


def test_a_dot_vote_tally_a_pdf_set_apart_gives_the_same_rows() -> None:
    assert labels(_closed(TALLY)) == TALLY_FIELDS


def test_a_dot_vote_tally_without_a_key_gives_the_rows_over_its_threshold() -> None:
    key = " Rang 1–4 = vorgeschlagene Handlungsfelder\n"
    text = TALLY.replace(key, " Die Themen über der Schwelle werden Handlungsfelder.\n")
    assert labels(text) == TALLY_FIELDS


@pytest.mark.parametrize(
    "text",
    [
        # a vote on measures: no field noun by the tally
        TALLY.replace(" Rang 1–4 = vorgeschlagene Handlungsfelder\n", " Rang 1–4 = Maßnahmen für 2030\n"),
        # a tally of another kind: no vote named over it
        TALLY.replace("Punktabfrage", "Übersicht").replace("Punkte", "Stimmen"),
    ],
    ids=["vote-on-measures", "no-vote-named"],
)
def test_a_tally_without_the_field_noun_or_a_vote_gives_nothing(text: str) -> None:
    assert labels(text) == []


INDEX = (
    INTRO + "Wo die Handlungsfelder im Entwurf stehen, zeigt das Register (zweispaltig, wie gedruckt):\n\n"
    "  Stichwortverzeichnis (Auszug)                               Anlage 1, S. 61–63\n"
    "  ─────────────────────────────────────────────────────────────────────────────\n"
    "  Beirat für Integration  4, 33               Jugendtreffs  8, 41\n"
    "  Ehrenamtskarte  38 f.                       Kennzahlen  55–58\n"
    "  Handlungsfeld                               Leitbild  5 f.\n"
    "     – Kita, Schule und Sprache  12–17        Lotsenprojekt  22\n"
    "     – Arbeit und berufliche                  Mietertreffs  30 f.\n"
    "       Anerkennung  18–24                     Querschnittsaufgabe  9–11\n"
    "     – Wohnen im ländlichen Raum              Sportvereine  37\n"
    "       25–31\n"
    "     – Gesundheit und Pflege  32–36           Vereinsleben  → Handlungs-\n"
    "  Handlungsprogramm 2029–2031  50–54             feld Engagement\n"
    "  ─────────────────────────────────────────────────────────────────────────────\n"
)
INDEX_FIELDS = ["Kita, Schule und Sprache", "Arbeit und berufliche Anerkennung", "Wohnen im ländlichen Raum",
                "Gesundheit und Pflege"]  # fmt: skip


def test_the_sub_entries_of_the_field_noun_in_an_index_of_two_columns_are_the_fields() -> None:
    assert labels(INDEX) == INDEX_FIELDS


def test_an_index_a_pdf_closed_leaves_out_a_sub_entry_whose_pages_stand_alone_under_it() -> None:
    closed = "\n".join(re.sub(r"[ \t]{2,}", " ", line.strip()) for line in INDEX.splitlines())
    assert labels(closed) == []


def test_an_index_line_of_the_noun_beside_an_entry_and_its_pages_is_no_table_header() -> None:
    # the noun's entry without sub-entries, beside another column's entry: no header of a table of fields
    text = INDEX.replace("Stichwortverzeichnis", "Übersicht")
    assert "Handlungsprogramm 2029–2031" not in labels(text)


def test_an_index_without_its_heading_or_the_noun_entry_gives_no_sub_entries_of_another_entry() -> None:
    text = INDEX.replace("  Handlungsfeld                               Leitbild  5 f.\n",
                         "  Haushalt                                    Leitbild  5 f.\n")  # fmt: skip
    assert labels(text) == []


FAQ = (
    INTRO + "3.  Handlungsfelder\n"
    "Die Fragen und Antworten erläutern die Handlungsfelder:\n\n"
    "  ──────────────────────────────────────────────────────────────\n"
    "  Häufige Fragen zum Integrationskonzept\n"
    "  ──────────────────────────────────────────────────────────────\n\n"
    "  Warum gibt es Handlungsfelder?\n"
    "  Sie ordnen die Maßnahmen.\n\n"
    "  Was gehört zum Handlungsfeld Erstorientierung und Beratung?\n"
    "  Die Willkommensmappe und die Sprechstunden im Kreishaus.\n\n"
    "  Wer ist im Handlungsfeld Kita, Schule und Ausbildung für die\n"
    "  Sprachförderung zuständig?\n"
    "  Das Schulamt.\n\n"
    "  Welche Rolle spielen die Betriebe im Handlungsfeld Arbeit und\n"
    "  Fachkräfte?\n"
    "  Sie bieten Praktika an.\n\n"
    "  Wer kümmert sich im Handlungsfeld Wohnen und Mobilität um Busse?\n"
    "  Der Verkehrsverbund.\n\n"
    "  Gibt es das Handlungsfeld Unterbringung noch?\n"
    "  Nein. Es ist in das Handlungsfeld Wohnen und Mobilität aufgegangen.\n"
    "  ──────────────────────────────────────────────────────────────\n\n"
    "4.  Kosten\n"
)


def test_the_questions_of_an_faq_name_the_fields_and_a_denied_one_is_none() -> None:
    assert labels(FAQ) == [
        "Erstorientierung und Beratung",
        "Kita, Schule und Ausbildung",
        "Arbeit und Fachkräfte",
        "Wohnen und Mobilität",
    ]


def test_an_faq_whose_questions_name_the_noun_only_gives_nothing() -> None:
    text = (
        INTRO + "  Fragen und Antworten\n\n"
        "  Was ist ein Handlungsfeld?\n  Ein Thema des Konzepts.\n\n"
        "  Wie viele Handlungsfelder gibt es?\n  Sechs.\n\n"
        "  Wer beschließt die Handlungsfelder?\n  Der Kreistag.\n"
    )
    assert labels(text) == []


ABBREVIATIONS = (
    INTRO + "Das Konzept wird in sechs Handlungsfeldern erarbeitet, die die Matrix mit HF-FB bis HF-WN\n"
    "bezeichnet.\n\n"
    "Abkürzungen\n\n"
    "  BAMF      Bundesamt für Migration und Flüchtlinge\n"
    "  HF        Handlungsfeld\n"
    "  HF-FB     Handlungsfeld Frühe Bildung\n"
    "  HF-GS     Handlungsfeld Gesundheit und Sport\n"
    "  HF-WN     Handlungsfeld „Wohnen und Nachbarschaft“\n"
    "  HFK       Handlungsfeldkonferenz\n"
    "  VHS       Volkshochschule\n"
)


def test_the_entries_of_a_list_of_abbreviations_that_stand_for_fields_are_the_fields() -> None:
    assert labels(ABBREVIATIONS) == ["Frühe Bildung", "Gesundheit und Sport", "Wohnen und Nachbarschaft"]


def test_a_list_of_abbreviations_a_pdf_closed_gives_the_same_fields() -> None:
    closed = "\n".join(re.sub(r"[ \t]{2,}", " ", line.strip()) for line in ABBREVIATIONS.splitlines())
    assert labels(closed) == ["Frühe Bildung", "Gesundheit und Sport", "Wohnen und Nachbarschaft"]


def test_a_list_of_abbreviations_without_a_field_entry_gives_nothing() -> None:
    entries = "  HF        Handlungsfeld\n  HFK       Handlungsfeldkonferenz\n  VHS       Volkshochschule\n"
    text = INTRO + "Abkürzungen\n\n" + entries
    assert labels(text) == []
