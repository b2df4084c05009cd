"""Members a picture's caption names in order (:mod:`extractors.steering.captions`), an invitation's address
list ending at its copies' label ("Nachrichtlich:"), also where an export set it without blank lines, boxes
of a chart stacking each name over where the member comes from, a bracketed letter a legend makes the chair's
mark, a list after "Hinzu kommen:" under a sentence pointing back to the group, and flattened member tables
whose rows are numbered, name the deputy after an office, or wrap both names (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationsplan 2030\n\n"
AFTER = "\n\n5. Kosten\nEs entstehen keine Kosten.\n"


def _members(text: str) -> list[tuple[str, bool]]:
    return sorted((m.member, m.is_chair) for g in groups_of(text) for m in g.members)


CAPTION = (
    "3. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe hat fünf Mitglieder; sie sind auf dem Foto vorgestellt.\n\n"
    "   Abb. 2: Die Lenkungsgruppe Teilhabe bei ihrer ersten Sitzung am 3. Mai 2030,\n"
    "   v. l. n. r.: Ilse Kramer (Seniorenbeirat), Beigeordneter Dr. Bernd Voss (Vorsitz), Kemal\n"
    "   Aydın (Integrationsbeirat) und Mira Sander (Caritasverband Nordheide e. V.); nicht im\n"
    "   Bild: Prof. Dr. Lea Brandt (Hochschule Nordheide).\n"
    "   Am Bildrand Jonas Weber (Amt 50), der das Protokoll führt und der Gruppe nicht angehört.\n"
)


def test_a_captions_persons_in_order_and_those_missing_from_the_picture() -> None:
    assert _members(HEAD + CAPTION + AFTER) == sorted(
        [
            ("Ilse Kramer", False),
            ("Dr. Bernd Voss", True),
            ("Kemal Aydın", False),
            ("Mira Sander", False),
            ("Prof. Dr. Lea Brandt", False),
        ]
    )


INVITATION = (
    "3. Lenkungsgruppe Teilhabe\n"
    "Die Mitglieder der Lenkungsgruppe ergeben sich aus der Einladung (Anlage 2).\n\n"
    "Anlage 2 – Einladung\n\n"
    "  An die Mitglieder der Lenkungsgruppe Teilhabe:\n"
    "  – Ilse Kramer, Seniorenbeirat\n"
    "  – Bernd Voss, Amt für Schulen\n"
    "  – Mira Sander, Caritasverband Nordheide e. V.\n\n"
    "  Nachrichtlich:\n"
    "  – Polizeistation Nordheide\n"
    "  – Jonas Weber, Büro für Beteiligung\n"
)


def test_an_address_list_ends_at_the_label_of_those_getting_copies() -> None:
    assert [m for m, _ in _members(HEAD + INVITATION + AFTER)] == ["Bernd Voss", "Ilse Kramer", "Mira Sander"]


def test_an_address_list_an_export_set_without_blank_lines_under_its_heading() -> None:
    # the annex's heading right above the lead-in, the copies' label right under the last member
    flat = "\n".join(line.strip() for line in INVITATION.split("\n") if line.strip()) + "\n"
    assert [m for m, _ in _members(HEAD + flat + AFTER)] == ["Bernd Voss", "Ilse Kramer", "Mira Sander"]


STACKED = (
    "3. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis steuert die Umsetzung und tagt dreimal im Jahr. Besetzung:\n\n"
    "            ┌──────────────────────────────────────┐\n"
    "            │         Lenkungskreis Teilhabe       │\n"
    "            │  Vorsitz: Beigeordnete Dr. Greta     │\n"
    "            │  Lindqvist                           │\n"
    "            └───────────────────┬──────────────────┘\n"
    "     ┌──────────────────────────┴───────────────────────────┐\n"
    "┌────┴─────────────┐     ┌──────────────────┐     ┌─────────┴────────┐\n"
    "│ Verwaltung       │     │ Städte und       │     │ Partner          │\n"
    "│                  │     │ Gemeinden        │     │                  │\n"
    "│ Ilse             │     │ Bernd Voss       │     │ Mira Sander      │\n"
    "│ Kramer           │     │ Stadt Nordheide  │     │ Caritasverband   │\n"
    "│ Amt 50           │     │                  │     │ Nordheide        │\n"
    "│                  │     │ Paul Engel       │     │                  │\n"
    "│ Kemal Aydın      │     │ Gemeinde Süd     │     │                  │\n"
    "│ Ausländeramt     │     │                  │     │                  │\n"
    "└──────────────────┘     └──────────────────┘     └──────────────────┘\n"
)


def test_boxes_stacking_each_name_over_where_the_member_comes_from() -> None:
    assert _members(HEAD + STACKED + AFTER) == sorted(
        [
            ("Dr. Greta Lindqvist", True),
            ("Ilse Kramer", False),
            ("Kemal Aydın", False),
            ("Bernd Voss", False),
            ("Paul Engel", False),
            ("Mira Sander", False),
        ]
    )


SEATS = (
    "3. Steuerungskreis Teilhabe\n"
    "Der Steuerungskreis tagt viermal im Jahr. Stellvertreter nehmen nur bei Verhinderung teil. (V) =\n"
    "Vorsitz.\n\n"
    "Sitz Entsendende Stelle Mitglied Stellvertretung\n"
    "1 Oberbürgermeister Bürgermeisterin Greta Amtsleiter Jonas\n"
    "Lindqvist (V) Weber\n"
    "2 Fraktion CDU Stadträtin Ilse Kramer Stadtrat Paul Engel\n"
    "3 Fraktion SPD Stadtrat Bernd Voss Stadträtin Lea Brandt\n"
    "4 Seniorenbeirat Zweiter Vorsitzender\n"
    "Kemal Aydın Mira Sander\n"
)


def test_a_flattened_seat_table_with_deputies_after_offices_and_wrapped_names() -> None:
    assert _members(HEAD + SEATS + AFTER) == sorted(
        [("Greta Lindqvist", True), ("Ilse Kramer", False), ("Bernd Voss", False), ("Kemal Aydın", False)]
    )


NUMBERED = (
    "3. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe steuert die Umsetzung. Sie hat drei Mitglieder.\n\n"
    "lfd. Name, Vorname Institution Bereich\n"
    "1 Kramer, Dr. Ilse Beigeordnete, Vorsitz Verwaltung\n"
    "2 Voss, Bernd Integrationsrat, Vorsitzender Politik\n"
    "3 Sander, Mira Caritasverband Nordheide Zivilgesellschaft\n"
)


def test_a_flattened_numbered_table_of_names_set_surname_first() -> None:
    assert _members(HEAD + NUMBERED + AFTER) == sorted(
        [("Dr. Ilse Kramer", True), ("Bernd Voss", False), ("Mira Sander", False)]
    )


JOINING = (
    "3. Steuerungsgruppe\n"
    "Die Steuerungsgruppe führt die Ergebnisse zusammen. Die Sprecher der Arbeitsgruppen gehören ihr\n"
    "kraft Amtes an. Hinzu kommen:\n\n"
    "  – die Dezernentin II, Frau Dr. Greta Lindqvist, als Vorsitzende,\n"
    "  – zwei vom Rat gewählte Mitglieder, Herr Paul Engel (CDU) und\n"
    "    Frau Ilse Kramer (SPD),\n"
    "  – der Vorsitzende des Migrationsbeirats, Herr Kemal Aydın.\n\n"
    "Die Steuerungsgruppe hat damit neun Mitglieder.\n"
)


def test_a_list_after_hinzu_kommen_under_a_sentence_pointing_back_to_the_group() -> None:
    assert _members(HEAD + JOINING + AFTER) == sorted(
        [("Dr. Greta Lindqvist", True), ("Paul Engel", False), ("Ilse Kramer", False), ("Kemal Aydın", False)]
    )
