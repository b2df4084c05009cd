"""Labelled entries whose labels wrap at the left and whose persons stand in a column at the right
(``extractors/steering/label_columns.py``): dash-led "für …:" entries, proposals by body with a changed
line's bar before each line, a second person and a bracket under a person; and what is none (invented
examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.label_columns import label_columns
from tests.steering.test_steering import groups_of

DASHED = (
    "5. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis steuert die Umsetzung des Teilhabeplans und berichtet dem Sozialausschuss.\n\n"
    "Dem Lenkungskreis gehören an:\n"
    "   –  für den Fachbereich Bildung:                   Frau Johanna Seidel (Vorsitz)\n"
    "   –  für den Fachbereich Soziales, Wohnen\n"
    "      und Senioren (Geschäftsstelle):                Herr Ole Brandt\n"
    "   –  für die Fraktionen des Stadtrats:              Frau Ida Schubert (SPD),\n"
    "                                                     Herr Kemal Aydın (CDU)\n"
    "   –  für den Diakonieverein an der\n"
    "      Lindenstraße e. V.:                            Frau Mia Lorenz\n\n"
    "Der Lenkungskreis hat damit fünf Mitglieder.\n"
)
DASHED_MEMBERS = ["Johanna Seidel", "Ole Brandt", "Ida Schubert", "Kemal Aydın", "Mia Lorenz"]


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_dash_led_entries_with_wrapped_labels_name_the_persons_at_the_right() -> None:
    (group,) = groups_of(DASHED)
    assert [m.member for m in group.members] == DASHED_MEMBERS
    assert group.chair == "Johanna Seidel"
    assert {m.member: m.sector for m in group.members}["Ida Schubert"] == "politics"


BARRED = (
    "Die Lenkungsgruppe Teilhabe hat neun Mitglieder. Die Mitglieder wählt der Rat. Es liegen folgende\n"
    "Wahlvorschläge vor:\n\n"
    "│  Vorschlag der SPD-Fraktion:                Ratsfrau Ida Schubert\n"
    "│  Vorschlag der Fraktion\n"
    "│  Freie Wähler / Bürgerliste:                Ratsherr Jonas Weber\n"
    "│  Vorschlag des Seniorenbeirats:             Herr Kemal Aydın\n"
    "│                                             (Vorsitzender des Seniorenbeirats)\n"
    "│                                             Frau Greta Lindqvist\n"
    "│  Vorschlag der Arbeitsgemeinschaft\n"
    "│  der Sportvereine:                          N. N.\n"
    "│  Vorschlag der Volkshochschule:             Frau Mia Lorenz\n\n"
    "Die Lenkungsgruppe tagt viermal im Jahr.\n"
)


def test_proposals_by_body_with_a_change_bar_and_persons_wrapped_under_the_first() -> None:
    assert members_of(BARRED) == ["Ida Schubert", "Jonas Weber", "Kemal Aydın", "Greta Lindqvist", "Mia Lorenz"]


def test_the_bracket_under_a_person_is_their_label() -> None:
    start = BARRED.index("vor:") + 4
    found = label_columns(BARRED, start, load_resources())
    assert found is not None
    rows = {r.value: r.label for r in found[0]}
    assert rows["Kemal Aydın"].startswith("Vorsitzender des Seniorenbeirats")


def test_entries_of_one_line_each_are_left_to_the_labelled_lines() -> None:
    text = (
        "Es gehören an:\n"
        "  Sozialamt:       Frau Ida Schubert\n"
        "  Jugendamt:       Herr Ole Brandt\n"
        "  Schulamt:        Frau Mia Lorenz\n\n"
    )
    assert label_columns(text, 0, load_resources()) is None


def test_entries_naming_bodies_only_are_none() -> None:
    text = (
        "Es gehören an:\n"
        "  für die Verwaltung:          Sozialamt,\n"
        "                               Jugendamt\n"
        "  für die freien Träger:       Caritasverband\n"
        "  für die Schulen:             Staatliches Schulamt\n\n"
    )
    assert label_columns(text, 0, load_resources()) is None


def test_a_form_of_fields_is_no_entry_block() -> None:
    text = (
        "Bitte tragen Sie ein:\n"
        "  Name der Einrichtung\n"
        "  und Anschrift:               ______________________\n"
        "  Ansprechperson:              ______________________\n"
        "  Telefon:                     ______________________\n\n"
    )
    assert label_columns(text, 0, load_resources()) is None


def flattened(text: str) -> str:
    """The text as a PDF's text layer gives it: gaps closed to a space, indents lost."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_entries_whose_gaps_a_pdf_closed_name_the_persons_after_the_colons() -> None:
    start = BARRED.index("vor:") + 4
    found = label_columns(flattened(BARRED), flattened(BARRED).index("vor:") + 4, load_resources())
    assert start > 0 and found is not None
    assert [r.value for r in found[0]] == [
        "Ratsfrau Ida Schubert",
        "Ratsherr Jonas Weber",
        "Kemal Aydın",
        "Greta Lindqvist",
        "Mia Lorenz",
    ]


def test_flattened_entries_naming_bodies_are_none() -> None:
    text = flattened(BARRED).replace("Ratsfrau Ida Schubert", "Sozialamt").replace("Ratsherr Jonas Weber", "Jugendamt")
    text = text.replace("Herr Kemal Aydın", "Seniorenbeirat").replace("Frau Greta Lindqvist", "Caritas")
    text = text.replace("Frau Mia Lorenz", "Volkshochschule")
    assert label_columns(text, text.index("vor:") + 4, load_resources()) is None


def _gapped(text: str) -> str:
    """The flattened text with the blank lines a PDF's text layer set inside the block: after an entry, inside a
    wrapped label, and a page break before a label's last line."""
    text = text.replace(
        "Frau Ida Schubert (SPD),\nHerr Kemal Aydın (CDU)\n", "Frau Ida Schubert (SPD),\nHerr Kemal Aydın (CDU)\n\n"
    )
    text = text.replace("– für den Diakonieverein an der\n", "– für den Diakonieverein an der\n\n")
    return text.replace("und Senioren (Geschäftsstelle):", "\fund Senioren (Geschäftsstelle):")


def test_flattened_entries_go_on_over_blank_lines_and_a_page_break_inside_the_block() -> None:
    (group,) = groups_of(_gapped(flattened(DASHED)))
    assert [m.member for m in group.members] == DASHED_MEMBERS


def test_a_blank_line_before_a_line_of_no_entry_ends_the_flattened_block() -> None:
    """After the block, a blank line, a sentence and a labelled line of a contact: no member of the block."""
    text = _gapped(flattened(DASHED)).replace(
        "\nDer Lenkungskreis hat damit fünf Mitglieder.\n",
        "\nDer Lenkungskreis tagt viermal im Jahr\n\nAnsprechpartnerin im Amt: Frau Wiebke Sander\n",
    )
    assert "Wiebke Sander" not in members_of(text)
