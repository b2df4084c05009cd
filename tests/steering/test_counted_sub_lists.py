"""Members listed under sub-headings that count their seats and have no label's colon
("Stadtverwaltung (3 Sitze)" over dashed entries, the next heading set at the margin again): the
headings are no members and no part of the entry above them, however an export sets the lines
(indented, all at the margin, the lead-in's line right above the first heading). A heading over
items after the list's end is no sub-list. Every case is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

LEAD = (
    "Stadt Lindenau\nBeschlussvorlage\n\nLeitbild Zusammenleben\n\n"
    "Der Lenkungskreis Vielfalt hat neun Mitglieder. Die Plätze sind so verteilt:\n"
)
ROWS = [
    ("Stadtverwaltung (3 Sitze)", ["Büro für Chancengleichheit", "Amt für Schule und Sport", "Stadtbibliothek"]),
    ("Stadtrat (2 Sitze)", ["Fraktion Bürgerliste Lindenau", "Fraktion Grüne Mitte"]),
    (
        "Vereine und Initiativen (4 Sitze)",
        [
            "Turnerschaft Lindenau 1861 e. V.",
            "Tafel Lindenau e. V.",
            "Freundeskreis Asyl Oberstadt",
            "Musikverein Harmonie e. V.",
        ],
    ),
]
EXPECTED = [m for _, ms in ROWS for m in ms]


def _text(indent: str, blank_after_lead: bool) -> str:
    body = "".join(head + "\n" + "".join(f"{indent}– {m}\n" for m in ms) for head, ms in ROWS)
    return LEAD + ("\n" if blank_after_lead else "") + body + "\nDer Lenkungskreis tagt viermal im Jahr.\n"


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


@pytest.mark.parametrize(
    ("indent", "blank"),
    [("   ", True), ("", True), ("", False), ("   ", False)],
    ids=["indented", "at-margin", "at-margin-no-blank", "indented-no-blank"],
)
def test_counted_sub_headings_head_their_entries(indent: str, blank: bool) -> None:
    assert _members(_text(indent, blank)) == EXPECTED


def test_a_heading_after_the_list_is_no_sub_list() -> None:
    text = _text("   ", True) + "\nVeranstaltungen\n   – Sommerfest am Stadtsee\n   – Lesenacht\n"
    members = _members(text)
    assert members == EXPECTED
