"""A profile sheet set as two columns parted by a gap, its labels without colons
(:mod:`extractors.steering.gap_sheets`): as written, and as a PDF's text layer gives it back, the gaps and
the indentation narrowed to single spaces, the rule glued to the first row; a list's last entry wrapped
onto a line of its own, the row after it no part of it (invented examples)."""

from __future__ import annotations

import re

from tests.steering.test_steering import groups_of

HEAD = (
    "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationsplan 2030\n\n3. Lenkungsgruppe\n"
    "Die Lenkungsgruppe steuert das Programm und berichtet dem Ausschuss für Soziales einmal jährlich.\n\n"
)
AFTER = "\n4. Kosten\nEs entstehen keine Kosten.\n"

SHEET = (
    "Merkmal              Festlegung\n"
    "-------------------  ---------------------------------------------------\n"
    "Bezeichnung          Lenkungsgruppe Teilhabe\n"
    "Vorsitz              Stadträtin Dr. Greta Lindqvist, Dezernentin für Soziales\n"
    "Mitglieder (6)       1. Dr. Greta Lindqvist (Vorsitz)\n"
    "                     2. Bernd Voss, Fachbereich Schule und Sport\n"
    "                     3.–4. je eine Vertretung der Fraktionen: Ilse\n"
    "                        Kramer (SPD), Paul Engel (CDU)\n"
    "                     5. Mira Sander, Caritasverband Nordheide\n"
    "                     6. Kemal Aydın, Verbund Nordheider Migrantenorganisationen\n"
    "                        e. V.\n"
    "Geschäftsführung     Fachbereich Soziales\n"
)
NAMES = ["Dr. Greta Lindqvist", "Bernd Voss", "Ilse Kramer", "Paul Engel", "Mira Sander", "Kemal Aydın"]


def _narrowed(sheet: str) -> str:
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in sheet.split("\n"))


def _read(text: str) -> tuple[list[str], int | None, str | None]:
    groups = groups_of(text)
    assert len(groups) == 1
    return [m.member for m in groups[0].members], groups[0].size, groups[0].chair


def test_a_sheet_parted_by_gaps() -> None:
    assert _read(HEAD + SHEET + AFTER) == (NAMES, 6, "Dr. Greta Lindqvist")


def test_a_sheet_whose_gaps_a_text_layer_narrowed() -> None:
    assert _read(HEAD + _narrowed(SHEET) + AFTER) == (NAMES, 6, "Dr. Greta Lindqvist")


def test_the_rule_glued_to_the_first_row() -> None:
    glued = _narrowed(SHEET).replace("-\nBezeichnung", "-Bezeichnung")
    assert _read(HEAD + glued + AFTER) == (NAMES, 6, "Dr. Greta Lindqvist")


def test_no_rule_over_the_narrowed_rows_no_sheet() -> None:
    names, _, _ = _read(HEAD + "\n".join(_narrowed(SHEET).split("\n")[2:]) + AFTER)
    assert names == [] or names == ["Dr. Greta Lindqvist"]
