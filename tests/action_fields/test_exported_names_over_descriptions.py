"""Fields as names over descriptions as text exports of a PDF set them (invented documents): no
blank line anywhere and the next section's heading right under the last description (pdftotext),
a page number run into the rule under it between two names; blank lines in some places only
(pdftohtml); a blank line after every line, under each name too (pdfminer.six)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Hohenfurt\nBeschlussvorlage 0412/2031\n\n"
LETTERED = ["SPRACHE UND FRÜHE BILDUNG", "AUSBILDUNG UND ARBEIT", "WOHNEN IN DEN GEMEINDEN", "GESUNDHEIT UND PFLEGE"]
NAMED = ["Sprache von Anfang an", "Arbeit und Anerkennung", "Wohnen in den Stadtteilen", "Pflege im Alter"]


def test_lettered_names_without_blank_lines_over_a_page_foot() -> None:
    text = HEAD + (
        "2 Vorgehen\nDie Fortschreibung erfolgt in drei Phasen.\n"
        "3 Handlungsfelder\n"
        "Die Werkstätten gliedern sich nach vier Handlungsfeldern. Zu jedem\n"
        "gibt es Leitfragen.\n"
        "A SPRACHE UND FRÜHE BILDUNG\nKita-Plätze, Sprachkitas, Elternarbeit.\n"
        "B AUSBILDUNG UND ARBEIT\nZusammenarbeit mit dem Jobcenter und der Agentur für Arbeit,\n"
        "Anerkennung ausländischer Berufsabschlüsse.\n"
        "C WOHNEN IN DEN GEMEINDEN\nAnschlussunterbringung, Wohnraum im ländlichen Raum.\n"
        "- 1" + "_" * 60 + "\n" + "_" * 12 + "\n"
        "D GESUNDHEIT UND PFLEGE\nSprachmittlung in Arztpraxen.\n"
        "4 Steuerungsgruppe\nDie Steuerungsgruppe hat elf Mitglieder.\n"
    )
    assert labels(text) == LETTERED


def test_lettered_names_with_a_blank_line_after_every_line() -> None:
    text = HEAD + (
        "3 Handlungsfelder\n\n"
        "Die Werkstätten gliedern sich nach vier Handlungsfeldern. Zu jedem\n"
        "gibt es Leitfragen.\n\n"
        "A SPRACHE UND FRÜHE BILDUNG\n\nKita-Plätze, Sprachkitas, Elternarbeit.\n\n"
        "B AUSBILDUNG UND ARBEIT\n\nZusammenarbeit mit dem Jobcenter und der Agentur für Arbeit,\n"
        "Anerkennung ausländischer Berufsabschlüsse.\n\n"
        "C WOHNEN IN DEN GEMEINDEN\n\nAnschlussunterbringung, Wohnraum im ländlichen Raum.\n\n"
        "D GESUNDHEIT UND PFLEGE\n\nSprachmittlung in Arztpraxen.\n\n"
        "4 Steuerungsgruppe\n\nDie Steuerungsgruppe begleitet die Fortschreibung bis zum\n\n"
        "Beschluss des Konzepts und tagt etwa alle acht Wochen im\n\n"
        "Kreishaus in der Stadt.\n\n"
    )
    assert labels(text) == LETTERED


def test_names_with_blank_lines_in_some_places_only() -> None:
    text = HEAD + (
        "3. Handlungsfelder der Fortschreibung\n\n"
        "Sprache von Anfang an\nSprachförderung in Kitas, Kurse für Eltern.\n\n"
        "Arbeit und Anerkennung\nZusammenarbeit mit Jobcenter und Kammern;\nAnerkennungsberatung.\n"
        "Wohnen in den Stadtteilen\nQuartiersmanagement, Konfliktvermittlung.\n\n"
        "Pflege im Alter\nKultursensible Pflege, Dolmetschpool.\n\n"
        "Das Thema Antidiskriminierung wird in allen Feldern behandelt.\n"
        "4. Steuerungsgruppe\nDie Steuerungsgruppe begleitet die Arbeit.\n"
    )
    assert labels(text) == NAMED


def test_names_with_a_blank_line_after_every_line() -> None:
    text = HEAD.replace("\n", "\n\n", 1) + (
        "3. Handlungsfelder der Fortschreibung\n\n"
        "Sprache von Anfang an\n\nSprachförderung in Kitas, Kurse für Eltern, Übergang Kita –\nGrundschule.\n\n"
        "Arbeit und Anerkennung\n\nZusammenarbeit mit Jobcenter und Kammern; Anerkennungsberatung.\n\n"
        "Wohnen in den Stadtteilen\n\nQuartiersmanagement, Konfliktvermittlung.\n\n"
        "Pflege im Alter\n\nKultursensible Pflege, Dolmetschpool.\n\n"
        "Das Thema Antidiskriminierung wird in allen Feldern als Querschnittsaufgabe\n\nbehandelt und\n\n"
        "bildet kein eigenes Handlungsfeld.\n\n"
        "4. Steuerungsgruppe\n\nDie Steuerungsgruppe begleitet die Fortschreibung, bewertet die Ergebnisse der\n\n"
        "Werkstätten und empfiehlt dem Stadtrat den Entwurf.\n\n"
    )
    assert labels(text) == NAMED


def test_a_description_of_two_sentences_is_no_name() -> None:
    text = HEAD + (
        "3. Handlungsfelder der Fortschreibung\n\n"
        "Sprache von Anfang an\nSprachförderung in Kitas. Kurse für Eltern.\n\n"
        "Arbeit und Anerkennung\nZusammenarbeit mit Jobcenter und Kammern.\nAnerkennungsberatung wird ausgebaut.\n\n"
        "Pflege im Alter\nKultursensible Pflege, Dolmetschpool.\n\n"
        "4. Steuerungsgruppe\nDie Steuerungsgruppe begleitet die Arbeit.\n"
    )
    assert labels(text) == ["Sprache von Anfang an", "Arbeit und Anerkennung", "Pflege im Alter"]


def test_a_line_left_open_over_a_blank_line_is_no_name() -> None:
    text = HEAD.replace("\n", "\n\n", 1) + (
        "3. Handlungsfelder der Fortschreibung\n\n"
        "Sprache von Anfang an\n\nSprachförderung in Kitas, Kurse für Eltern, Übergang Kita –\n\nGrundschule.\n\n"
        "Arbeit und Anerkennung\n\nZusammenarbeit mit Jobcenter und Kammern; Anerkennungsberatung.\n\n"
        "Pflege im Alter\n\nKultursensible Pflege, Dolmetschpool.\n\n"
    )
    assert "Sprachförderung in Kitas, Kurse für Eltern, Übergang Kita" not in labels(text)


def test_the_next_section_marked_as_the_parent_ends_the_names() -> None:
    """A member table after "III. Lenkungskreis", no blank lines around that heading: no names."""
    text = HEAD + (
        "II. Handlungsfelder\n"
        "Aus den Werkstätten ergeben sich fünf Handlungsfelder.\n"
        "III. Lenkungskreis\n"
        "Der Lenkungskreis hat 13 Mitglieder.\n\n\n"
        "Florian Eckhardt IHK Hohenfurt\n"
        "Migrantenorganisationen Dr. Amina Haddad Verband Hohenfurter\n"
        "Migrantenvereine e. V.\n"
        "Wissenschaft Prof. Dr. Rainer Sommerfeld ISM (beratend)\n"
        "Vertretungen werden durch die entsendenden Stellen benannt.\n"
    )
    assert labels(text) == []
