"""Fields as the first level of a tree under a lead that gives each field its next level, in the key of
a print without colours whose table names only the colours, as short lines after a colon one of which
ends in a phrase's closing preposition, and as the rows of a rating table set single-spaced over a page
break; and the look-alikes that name no fields (a tree without a second level under such a lead, a
colour key no table uses, a name over its description under a heading, a table's header whose gaps a
PDF closed over numbered rows of figures). Invented documents."""

from __future__ import annotations

import pytest

from extractors.action_fields import categories
from extractors.resources import default_resources
from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Talheim\nBeschlussvorlage 0231/2031\n\nBetreff: Integrationskonzept des Landkreises\n\n"
ABOUT = (
    "Der Landkreis erarbeitet ein Integrationskonzept. Die Integration der Zugewanderten ist Aufgabe\n"
    "aller Ämter; der Migrationsbeirat wirkt mit.\n\n"
)
TAIL = "\n\nDer Kreistag berät die Vorlage im Herbst.\n"

TREE = (
    "2. Gliederung\n"
    "Die Arbeitsgruppe hat sich auf folgende Gliederung verständigt. Zu jedem Handlungsfeld stehen\n"
    "darunter die Leitfragen der Werkstätten:\n\n"
    "  Integrationskonzept Talheim 2031\n"
    "  ├── 1  Ankommen und Orientierung\n"
    "  │      ├── Wo fehlt Beratung?\n"
    "  │      └── Welche Sprachen braucht es?\n"
    "  ├── 2  Kita, Schule und Sprache\n"
    "  │      └── Wie kommen Kinder schneller in die Kita?\n"
    "  └── 3  Arbeit und Ausbildung\n"
    "         └── Wie gelingt der Übergang in den Beruf?\n"
)


def test_tree_whose_branches_hold_the_next_level_of_a_distributive_lead() -> None:
    assert labels(HEAD + ABOUT + TREE + TAIL) == [
        "Ankommen und Orientierung",
        "Kita, Schule und Sprache",
        "Arbeit und Ausbildung",
    ]


def test_tree_from_a_pdf_its_indents_and_gaps_closed() -> None:
    flat = "\n".join(line.strip().replace("  ", " ") for line in TREE.splitlines())
    assert labels(HEAD + ABOUT + flat + TAIL) == [
        "Ankommen und Orientierung",
        "Kita, Schule und Sprache",
        "Arbeit und Ausbildung",
    ]


def test_tree_without_a_second_level_under_a_distributive_lead_is_none() -> None:
    bare = "\n".join(line for line in TREE.splitlines() if "?" not in line)
    assert labels(HEAD + ABOUT + bare + TAIL) == []


KEY = (
    "Im Bericht sind die Maßnahmen nach Handlungsfeldern farbig gekennzeichnet. Im Schwarz-Weiß-Druck\n"
    "steht statt der Farbe ihr Name:\n"
    "  blau     = Sprache und Bildung\n"
    "  grün     = Arbeit und Qualifizierung\n"
    "  orange   = Wohnen und Quartier\n\n"
    "Ausgewählte Maßnahmen:\n"
    "  Maßnahme                                   Farbe     Stand\n"
    "  Sprachkitas in zwei Stadtteilen            blau      umgesetzt\n"
    "  Anerkennungsberatung im Jobcenter          grün      teilweise\n"
    "  Quartiersmanagement Nordstadt              orange    umgesetzt\n"
)


@pytest.mark.parametrize("closed", [False, True], ids=["text", "pdf-gaps-closed"])
def test_colour_key_whose_colours_a_table_column_uses(closed: bool) -> None:
    text = "\n".join(" ".join(line.split()) for line in KEY.splitlines()) if closed else KEY
    expected = ["Sprache und Bildung", "Arbeit und Qualifizierung", "Wohnen und Quartier"]
    assert labels(HEAD + ABOUT + text + TAIL) == expected


@pytest.mark.parametrize(
    "change",
    [
        ("Farbe     Stand", "Träger    Stand"),  # the column is headed by no noun of the key's lead
        ("nach Handlungsfeldern", "nach Trägern"),  # the lead names no fields
    ],
    ids=["no-column-of-the-colours", "lead-names-no-fields"],
)
def test_colour_keys_that_name_no_fields(change: tuple[str, str]) -> None:
    assert labels(HEAD + ABOUT + KEY.replace(*change) + TAIL) == []


def test_short_lines_after_a_colon_one_ending_in_a_closing_preposition() -> None:
    text = (
        "Wir arbeiten dafür in den vier Handlungsfeldern des fortgeschriebenen Integrationskonzepts\n"
        "zusammen:\n\n"
        "Sprache von Anfang an\nSchule, Ausbildung und Beruf\n"
        "Gesund leben im Landkreis\nMitmachen und Mitentscheiden\n\n"
        "Wir bilden als Lenkungsgruppe ein verbindliches Gremium.\n"
    )
    assert labels(HEAD + ABOUT + text + TAIL) == [
        "Sprache von Anfang an",
        "Schule, Ausbildung und Beruf",
        "Gesund leben im Landkreis",
        "Mitmachen und Mitentscheiden",
    ]


def test_lines_ending_in_a_preposition_that_closes_nothing_are_wrapped_prose() -> None:
    text = (
        "Wir arbeiten dafür in den vier Handlungsfeldern des fortgeschriebenen Integrationskonzepts\n"
        "zusammen:\n\n"
        "Sprache und Bildung für alle Kinder an\nden Schulen des Landkreises und Beruf\n\n"
        "Wir bilden als Lenkungsgruppe ein verbindliches Gremium.\n"
    )
    assert labels(HEAD + ABOUT + text + TAIL) == []


RATING = (
    "Die Bewertung der Zielerreichung je Handlungsfeld zeigt die folgende Übersicht:\n\n"
    "Handlungsfeld Maßnahmen Zielerreichung\n"
    "Sprache und Bildung 9 ● ● ● ○\n"
    "\fArbeit und Ausbildung 7 ● ● ○ ○\n"
    "Wohnen und soziale Nachbarschaft 5 ● ● ○ ○\n"
    "Gesundheit 4 ● ○ ○ ○\n"
    "Interkulturelle Öffnung der Verwaltung 6 ● ● ● ●\n\n"
    "● ● ● ● erreicht · ● ● ● ○ überwiegend erreicht · ● ● ○ ○ teilweise erreicht ·\n"
    "● ○ ○ ○ kaum erreicht\n"
    "Quelle: Institut für Teilhabeforschung e. V., Zwischenbilanz (2031), S. 14\n"
)


def test_rating_rows_set_single_spaced_over_a_page_break() -> None:
    assert labels(HEAD + ABOUT + RATING + TAIL) == [
        "Sprache und Bildung",
        "Arbeit und Ausbildung",
        "Wohnen und soziale Nachbarschaft",
        "Gesundheit",
        "Interkulturelle Öffnung der Verwaltung",
    ]


def test_a_header_over_numbered_rows_of_figures_is_no_heading() -> None:
    text = (
        "2. Handlungsfelder\n"
        "Die Strategie gliedert sich in drei Handlungsfelder. Jedem sind Ziele der Agenda 2030\n"
        "zugeordnet:\n\n"
        "Handlungsfeld SDG\n"
        "1 Klimaschutz und Energie 7, 13\n"
        "2 Nachhaltige Mobilität 11\n"
        "3 Bildung für nachhaltige Entwicklung 4\n"
    )
    assert "SDG" not in labels(HEAD + ABOUT + text + TAIL)


@pytest.mark.parametrize(
    ("label", "codes"),
    [
        ("Gesund leben in der Stadt", ("gesundheit",)),
        ("Mitmachen und Mitentscheiden", ("engagement", "beteiligung")),
        ("Wohnen und soziale Nachbarschaft", ("wohnen", "sozialraum")),
        ("Zusammenhalt, Ehrenamt und Vereine", ("engagement", "kultur", "sozialraum")),
        ("Gesundheit und soziale Beratung", ("gesundheit", "soziales")),
    ],
)
def test_categories_of_adjectives_verbs_and_cohesion(label: str, codes: tuple[str, ...]) -> None:
    assert set(categories(label, default_resources())) == set(codes)


def test_ligatures_in_a_label_are_spelt_out() -> None:
    text = (
        "Die vier Handlungsfelder des Konzepts sind Sprache und Bildung, Arbeit und beruﬂiche Qualiﬁzierung,\n"
        "Wohnen sowie die Öﬀnung der Verwaltung.\n"
    )
    found = labels(HEAD + ABOUT + text + TAIL)
    assert "Arbeit und berufliche Qualifizierung" in found
    assert not any(c in "".join(found) for c in "ﬀﬁﬂ")
