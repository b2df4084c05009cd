"""costs: a table of bare amounts whose header line is the currency's sign alone over the amounts' right edge, the
rows' labels at the left and rules between them; a label ending in a number before an amount with the sign first
("Kosten Stufe 2      € 12.480,–"); a post counted in full-time equivalents as personnel. Not read: a sign alone
over a column whose rows are not all amounts under it (invented examples)."""

from __future__ import annotations

from tests.costs.test_costs import run

SIGNED = """3. Kosten und Finanzierung (2026–2028)
                                                       €
Netzwerkkoordination (0,5 VZÄ, 3 Jahre)           96.000
Fachberatung (brutto)                             17.850
Sachkosten (Fachtage, Druck)                       8.150
--------------------------------------------------------
Gesamtkosten                                     122.000
abzüglich Förderung des Landes (50 %)             61.000
--------------------------------------------------------
Eigenanteil                                       61.000

Die Mittel sind im Haushalt eingeplant.
"""


def test_bare_amounts_under_the_sign_alone() -> None:
    got = [(c.amount_eur, c.cost_type) for c in run(SIGNED)]
    assert got[:6] == [
        (96000, "personnel"),
        (17850, "external_support"),
        (8150, "material"),
        (122000, "total"),
        (61000, "grant"),
        (61000, "other"),
    ]


def test_bare_amounts_under_the_sign_flattened() -> None:
    lines = [" ".join(line.split()) for line in SIGNED.split("\n")]  # a PDF's text layer: one space a gap
    flat = "\n".join(f"\n{line}\n" if line.startswith("---") else line for line in lines)  # blank lines by rules
    read = [(c.amount_eur, c.cost_type) for c in run(flat)]
    assert read[:6] == [(c.amount_eur, c.cost_type) for c in run(SIGNED)][:6]


def test_a_sign_alone_over_rows_of_other_numbers_reads_none() -> None:
    row = "Sachkosten (Fachtage, Druck)                       8.150"
    counts = SIGNED.replace(row, "Teilnehmende, erwartet   1.200")
    assert [c.amount_eur for c in run(counts)] == []


def test_a_number_ending_a_label_is_no_amount_of_the_sign_after_it() -> None:
    text = (
        "Finanzierung:\n"
        "   Moderation (brutto)                        € 9.520,–\n"
        "   Kosten Stufe 2                             € 12.480,–\n"
    )
    assert sorted(c.amount_eur for c in run(text)) == [9520, 12480]
    flat = "\n".join(" ".join(line.split()) for line in text.split("\n"))  # one space before the sign
    assert sorted(c.amount_eur for c in run(flat)) == [9520, 12480]


def test_a_rate_per_post_is_no_personnel_cost() -> None:
    text = "Das Land fördert die Begleitung mit rund 28.000 EUR pro VZÄ; die Stadt trägt den Rest.\n"
    assert [c.cost_type for c in run(text)] != ["personnel"]
