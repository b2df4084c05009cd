"""A table setting the plan's new fields beside the old ones they take up: the field noun's header
cell names the period, the other header cell is longer than a column word, and a rule of dashes
sets the header off; only the noun's column holds the fields. Without the rule, a long second cell
makes no header (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

TABLE = (
    "Landkreis Birkenau\nKreistagsdrucksache 2027/041\n\n"
    "B. Handlungsfelder\n"
    "Aus den bisher sechs Feldern werden drei:\n\n"
    "   Handlungsfeld 2027–2031            aufgegangene Felder des Plans 2019\n"
    "   ------------------------------     ----------------------------------\n"
    "   Frühe Bildung und Sprache          Sprache; Kindertagesbetreuung\n"
    "   Arbeit und Ausbildung              Schule; Arbeitsmarkt\n"
    "   Ehrenamt, Vereine und Sport        Bürgerschaftliches Engagement; Sport\n"
    "                                      und Freizeit\n\n"
    "C. Lenkungsgruppe\n"
    "Die Lenkungsgruppe steuert die Fortschreibung.\n"
)


def test_the_new_fields_beside_the_old_under_a_ruled_header() -> None:
    assert labels(TABLE) == ["Frühe Bildung und Sprache", "Arbeit und Ausbildung", "Ehrenamt, Vereine und Sport"]


def test_without_the_rule_a_long_second_cell_makes_no_header() -> None:
    text = TABLE.replace("   ------------------------------     ----------------------------------\n", "")
    assert "Sprache; Kindertagesbetreuung" not in labels(text)
    assert "aufgegangene Felder des Plans 2019" not in labels(text)
