"""Fields as the paragraphs of a section about the fields, each a name alone on its line over a
description set in under it (or flush, as a rendering sets it), the names lettered A, B, C … in
capitals or not, a page break between two of them; the same paragraphs under another heading and
a remark after them name no field (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Birkenfeld\nBeschlussvorlage 2028/117\n\n"

DESCRIBED = HEAD + (
    "{heading}\n\n"
    "Sprache von Anfang an\n"
    "   Sprachförderung in Kitas, Kurse für Eltern, Übergang Kita – Grundschule.\n\n"
    "Arbeit und Anerkennung\n"
    "   Zusammenarbeit mit Jobcenter und Kammern;\n"
    "   Anerkennungsberatung.\n\n"
    "Pflege im Alter\n"
    "   Kultursensible Pflege, Dolmetschpool.\n\n"
    "Das Thema Antidiskriminierung wird in allen Feldern als Querschnittsaufgabe behandelt und\n"
    "bildet kein eigenes Handlungsfeld.\n\n"
    "4. Steuerungsgruppe\n"
    "Die Steuerungsgruppe begleitet die Arbeit.\n"
)

FIELDS = ["Sprache von Anfang an", "Arbeit und Anerkennung", "Pflege im Alter"]


def test_names_over_descriptions_set_in() -> None:
    assert labels(DESCRIBED.format(heading="3. Handlungsfelder der Fortschreibung")) == FIELDS


def test_names_over_descriptions_flush_as_rendered() -> None:
    text = DESCRIBED.format(heading="3. Handlungsfelder der Fortschreibung").replace("\n   ", "\n")
    assert labels(text) == FIELDS


def test_the_same_paragraphs_under_another_heading_name_no_fields() -> None:
    assert labels(DESCRIBED.format(heading="3. Projekte der Fortschreibung")) == []


def test_lettered_names_in_capitals_over_a_page_break() -> None:
    text = HEAD + (
        "3  Handlungsfelder\n"
        "Die Werkstätten gliedern sich nach drei Handlungsfeldern. Zu jedem gibt es Leitfragen.\n\n"
        "A  SPRACHE UND FRÜHE BILDUNG\n"
        "   Kita-Plätze, Sprachkitas, Elternarbeit.\n\n"
        "B  WOHNEN IN DEN DÖRFERN\n"
        "   Anschlussunterbringung, Wohnraum im ländlichen Raum.\n\n\f"
        "C  GESUNDHEIT UND PFLEGE\n"
        "   Sprachmittlung in Arztpraxen.\n\n"
        "4  Steuerungsgruppe\n"
        "Die Steuerungsgruppe hat elf Mitglieder.\n"
    )
    assert labels(text) == ["SPRACHE UND FRÜHE BILDUNG", "WOHNEN IN DEN DÖRFERN", "GESUNDHEIT UND PFLEGE"]


def test_the_next_sections_marked_headings_are_no_names() -> None:
    """A field table's section, then lettered sections each a heading over a short paragraph."""
    text = HEAD + (
        "B. Handlungsfelder\n"
        "Aus acht Feldern werden drei:\n\n"
        "   Handlungsfeld        frühere Felder\n"
        "   Frühe Bildung        Sprache; Kita\n"
        "   Arbeit               Arbeitsmarkt\n\n"
        "C. Wissenschaftliche Begleitung\n"
        "Die Fortschreibung wird wissenschaftlich begleitet.\n\n"
        "D. Weiteres Verfahren\n"
        "Der Entwurf wird im Herbst vorgelegt.\n"
    )
    assert "Wissenschaftliche Begleitung" not in labels(text)
    assert "Weiteres Verfahren" not in labels(text)


def test_paragraphs_far_after_an_unnumbered_heading_are_no_names() -> None:
    """Under an unnumbered "Handlungsfelder", named paragraphs after a list, a remark and another
    section belong to that section (a member list, a heading over its paragraph)."""
    text = HEAD + (
        "Handlungsfelder\n"
        "Die Verwaltung schlägt vor, das Konzept nach zwei Handlungsfeldern zu gliedern:\n\n"
        "   ▪ Frühe Bildung und Schule\n"
        "   ▪ Arbeit und Fachkräfte\n\n"
        "Zu jedem Feld werden Ziele formuliert.\n\n"
        "Steuerungsgruppe\n"
        "Für die Steuerung wird eine Steuerungsgruppe gebildet. Ihr gehören an:\n\n"
        "   Frank Berger, Sachgebietsleiter Migration\n"
        "   Petra Kunz, Vorsitzende des Sozialausschusses.\n\n"
        "Externe Begleitung\n"
        "Die Kommunalberatung GbR moderiert die Regionalforen.\n"
    )
    assert labels(text) == ["Frühe Bildung und Schule", "Arbeit und Fachkräfte"]


def test_names_over_descriptions_without_blank_lines_as_an_export_sets_them() -> None:
    """pdftotext drops the blank lines and sets the next heading's number on a line of its own."""
    text = DESCRIBED.format(heading="3. Handlungsfelder der Fortschreibung").replace("\n   ", "\n")
    head, body = text.split("3. Handlungsfelder der Fortschreibung\n")
    body = body.lstrip("\n").replace("\n\n", "\n").replace("4. Steuerungsgruppe", "4.\nSteuerungsgruppe")
    assert labels(head + "3. Handlungsfelder der Fortschreibung\n" + body) == FIELDS
