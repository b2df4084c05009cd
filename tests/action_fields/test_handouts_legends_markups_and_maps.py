"""action_fields: the bullets of a presentation's handout print, the legend of a map of offers by field,
an excerpt printed with its tracked changes (balloons at the right, change bars at the left), letter-spaced
headings, the main branches of a mind map; fields renamed or replaced, and places after the field noun.
Every example is invented, with near misses that must yield nothing."""

from __future__ import annotations

from extractors.action_fields.letterspaced import closed_up, respaced
from tests.action_fields.test_action_fields import labels

HANDOUT = (
    "Anlage 2 – Präsentation der Zukunftskonferenz (Auszug)\n"
    "Handzettel · 3 Folien pro Seite\n\n"
    "     ┌────────────────────────────────────────────┐\n"
    "  4  │ Teilhabeplan Birkenfelde 2029               │    ______________________________\n"
    "     │                                             │\n"
    "     │ Handlungsfelder (1/2)                       │    ______________________________\n"
    "     │                                             │\n"
    "     │ • Frühe Förderung und Familie               │    ______________________________\n"
    "     │     – Elterncafés in drei Kitas             │\n"
    "     │ • Arbeit und Qualifizierung                 │    ______________________________\n"
    "     │     – Lotsen für Anerkennung                │\n"
    "     │                                 02.02.2029 4│    ______________________________\n"
    "     └────────────────────────────────────────────┘\n\n"
    "     ┌────────────────────────────────────────────┐\n"
    "  5  │ Teilhabeplan Birkenfelde 2029               │    ______________________________\n"
    "     │                                             │\n"
    "     │ Handlungsfelder (2/2)                       │    ______________________________\n"
    "     │                                             │\n"
    "     │ • Wohnen und Quartier                       │    ______________________________\n"
    "     │     – Mietpatenschaften                     │\n"
    "     │ • Vereine, Sport und                        │    ______________________________\n"
    "     │   Ehrenamt                                  │\n"
    "     │                                 02.02.2029 5│    ______________________________\n"
    "     └────────────────────────────────────────────┘\n\n"
    "     ┌────────────────────────────────────────────┐\n"
    "  6  │ Teilhabeplan Birkenfelde 2029               │    ______________________________\n"
    "     │ Querschnittsthemen                          │    ______________________________\n"
    "     │ • Barrierefreie Information                 │    ______________________________\n"
    "     │ • Interkulturelle Öffnung                   │    ______________________________\n"
    "     └────────────────────────────────────────────┘\n"
)


def test_a_handout_slide_titled_with_the_field_noun_lists_the_fields_as_its_bullets() -> None:
    assert labels(HANDOUT) == [
        "Frühe Förderung und Familie",
        "Arbeit und Qualifizierung",
        "Wohnen und Quartier",
        "Vereine, Sport und Ehrenamt",
    ]


def test_a_handout_whose_indents_a_text_layer_lost_keeps_the_points_under_the_fields_out() -> None:
    flat = "\n".join(line.strip() for line in HANDOUT.splitlines())
    assert labels(flat) == [
        "Frühe Förderung und Familie",
        "Arbeit und Qualifizierung",
        "Wohnen und Quartier",
        "Vereine, Sport und Ehrenamt",
    ]


def test_handout_slides_of_another_title_give_no_fields() -> None:
    text = HANDOUT.replace("Handlungsfelder (1/2)", "Unsere Ziele (1/2)  ").replace(
        "Handlungsfelder (2/2)", "Unsere Ziele (2/2)  "
    )
    assert labels(text) == []


MAP = (
    "2. Bestandsaufnahme\n\n"
    "Die Karte zeigt die Angebote für Zugewanderte in den Gemeinden des Kreises.\n\n"
    "  Karte 2: Angebote im Kreis Talheim nach Handlungsfeldern (Stand 06/2028)\n\n"
    "                     Obertal                        Wiesbach\n"
    "                     ● ▲ ◆                          ● ★\n"
    "        Talheim\n"
    "        ● ▲ ■ ◆ ★                 Kleinau ■\n\n"
    "  ┌─ Legende ───────────────────────────────────────────────────────┐\n"
    "  │  ●  Deutsch lernen                ▲  Beruf und Anerkennung        │\n"
    "  │  ■  Wohnen auf dem Land           ◆  Gesundheit                   │\n"
    "  │  ★  Vereine und Ehrenamt                                          │\n"
    "  │  ◉  Kreisstadt     ─ ─ ─  Kreisgrenze                             │\n"
    "  └─────────────────────────────────────────────────────────────────┘\n"
    "  Kartengrundlage: © Landesamt für Vermessung\n\n"
    "3. Lenkungsgruppe\n"
)


def test_a_map_legend_under_a_caption_naming_the_fields_gives_them_by_their_symbols() -> None:
    assert labels(MAP) == [
        "Deutsch lernen",
        "Beruf und Anerkennung",
        "Wohnen auf dem Land",
        "Gesundheit",
        "Vereine und Ehrenamt",
    ]


def test_a_legend_line_of_the_base_map_gives_no_field() -> None:
    text = MAP.replace("─ ─ ─  Kreisgrenze", "              ").replace("◉  Kreisstadt", "◉  Kreisstadt")
    assert "Kreisstadt" not in labels(text)


def test_a_map_legend_under_a_caption_of_another_matter_gives_nothing() -> None:
    text = MAP.replace("nach Handlungsfeldern", "nach Trägern").replace(
        "Die Karte zeigt", "Die Handlungsfelder folgen später. Die Karte zeigt"
    )
    assert "Beruf und Anerkennung" not in labels(text)


MARKUPS = (
    "Anlage 1 – Integrationskonzept Auental, Kapitel 4 (Auszug, Ausdruck „Alle Markups“)\n\n"
    "4  Handlungsfelder                                           Kommentiert [RB1]: Beschluss\n"
    "                                                             des Beirats vom 03.03.\n"
    "Das Konzept ordnet seine Maßnahmen fünf Handlungsfeldern zu.  Gelöscht: vier\n\n"
    "4.1  Sprache im Alltag\n"
    "4.2  Beruf und Anerkennung                                   Gelöscht: Erwerbsleben und\n"
    "                                                             Wirtschaft\n"
    "4.3  Wohnen im Quartier\n"
    "4.4  Schutz vor Diskriminierung                              Gelöscht: Ordnung und Sicherheit\n"
    "4.5  Vereine und Begegnung                                   Formatiert: Schriftart: Fett\n\n"
    "5  Steuerung\n"
)


def test_headings_beside_the_balloons_of_a_tracked_changes_print_keep_their_names() -> None:
    assert labels(MARKUPS) == [
        "Sprache im Alltag",
        "Beruf und Anerkennung",
        "Wohnen im Quartier",
        "Schutz vor Diskriminierung",
        "Vereine und Begegnung",
    ]


def test_a_text_layer_that_closed_the_gap_before_a_balloon_keeps_the_name_too() -> None:
    closed = "\n".join(" ".join(line.split()) for line in MARKUPS.splitlines())
    found = labels(closed)
    assert "Beruf und Anerkennung" in found
    assert not any("Gelöscht" in f or "Sicherheit" in f for f in found)


CHANGE_BARS = (
    "Begründung\n\n"
    "│ Der Beirat empfiehlt, das Konzept mit folgenden Änderungen zu beschließen:\n"
    "│   a) Das Handlungsfeld „Erwerbsleben und Wirtschaft“ soll umbenannt werden.\n"
    "│   b) An die Stelle des Handlungsfeldes „Ordnung und Sicherheit“ soll ein neues treten.\n"
    "│ Weil die Handlungsfelder Oberau und Niederau besonders betreffen, hören wir die\n"
    "│ Ortsräte an: den Ortsrat Oberau und den Ortsrat Niederau.              Gelöscht: alle\n"
)


def test_renamed_and_replaced_fields_and_places_after_the_field_noun_are_no_fields() -> None:
    assert labels(CHANGE_BARS) == []


def test_an_enumeration_after_the_field_noun_behind_a_change_bar_is_read() -> None:
    text = CHANGE_BARS + "│ Die Handlungsfelder sind Sprache und Bildung, Arbeit sowie Wohnen.\n"
    assert labels(text) == ["Sprache und Bildung", "Arbeit", "Wohnen"]


SPACED = (
    "3.  Die Handlungsfelder\n\n"
    "Der Plan ordnet seine Maßnahmen vier Handlungsfeldern zu:\n\n"
    "    K i t a   u n d   S c h u l e\n\n"
    "    Sprachförderung in allen Kitas und Lernpaten an den Grundschulen.\n\n"
    "    A r b e i t ,   B e r u f   u n d   A n e r k e n n u n g\n\n"
    "    Beratung mit dem Jobcenter und eine Börse für Praktika.\n\n"
    "    G e s u n d h e i t\n\n"
    "    Sprachmittler für Arztpraxen.\n\n"
    "4.  Lenkungsgruppe\n\n"
    "    L e n k u n g s g r u p p e   u n d   G e s c h ä f t s s t e l l e\n"
)


def test_letter_spaced_headings_after_a_lead_naming_the_fields_are_fields() -> None:
    assert labels(SPACED) == ["Kita und Schule", "Arbeit, Beruf und Anerkennung", "Gesundheit"]


def test_a_letter_spaced_title_without_a_lead_naming_the_fields_gives_nothing() -> None:
    text = "B E S C H L U S S V O R L A G E\n\nI n t e g r a t i o n   i m   K r e i s\n\nText.\n"
    assert labels(text) == []


def test_letter_spaced_months_of_a_calendar_under_a_subject_naming_the_fields_give_nothing() -> None:
    text = (
        "Gegenstand: Leitziele der Handlungsfelder\n\n"
        "Beratungsfolge – Sitzungskalender 2029\n\n"
        "A P R I L\n"
        "Di 28.   Beirat für Integration       Anhörung      ö\n\n"
        "J U N I\n"
        "Do 11.   Kreistag                     Beschluss     ö\n"
    )
    assert labels(text) == []


def test_closed_up_and_respaced_names() -> None:
    assert closed_up("    G e s u n d h e i t   u n d   P f l e g e") == "Gesundheit und Pflege"
    assert closed_up("Gesundheit und Pflege") is None
    known = frozenset({"gesundheit", "und", "pflege", "ges", "heit"})
    assert respaced("GesundheitundPflege", known) == "Gesundheit und Pflege"
    assert respaced("GesundheitundPflegen", known) is None


MIND_MAP = (
    "Die Teilnehmenden der Werkstatt haben eine Mindmap gezeichnet; ihre Hauptäste sind die Handlungsfelder\n"
    "des künftigen Konzepts.\n\n"
    "Abbildung 3: Mindmap der Werkstatt (Hauptäste in Großbuchstaben)\n\n"
    "        Lernpaten                           Sprach-\n"
    "        an Schulen                          mittler\n"
    "     BILDUNG UND SCHULE                GESUNDHEIT\n\n"
    "                                 LINDAU                 ARBEIT UND\n"
    "                               GEMEINSAM                BERUF\n\n"
    "     WOHNEN UND NACHBAR-             SPORT UND\n"
    "     SCHAFT                          VEREINE\n"
    "     Mietpaten                       offene Hallen\n\n"
    "Die Zweige sind Vorschläge und noch keine Maßnahmen.\n"
)


def test_the_main_branches_of_a_mind_map_in_capitals_are_fields_its_centre_none() -> None:
    assert labels(MIND_MAP) == [
        "BILDUNG UND SCHULE",
        "GESUNDHEIT",
        "ARBEIT UND BERUF",
        "WOHNEN UND NACHBARSCHAFT",
        "SPORT UND VEREINE",
    ]


def test_a_mind_map_whose_gaps_a_text_layer_closed_gives_its_fields_by_the_grammar_of_a_name() -> None:
    closed = "\n".join(" ".join(line.split()) for line in MIND_MAP.splitlines())
    assert labels(closed) == labels(MIND_MAP)


def test_a_mind_map_not_said_to_hold_the_fields_gives_none() -> None:
    text = MIND_MAP.replace("ihre Hauptäste sind die Handlungsfelder", "sie zeigt die Ideen").replace(
        "(Hauptäste in Großbuchstaben)", ""
    )
    assert labels(text) == []
