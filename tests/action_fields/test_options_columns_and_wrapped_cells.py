"""Forms of the fields as councils print them, with their look-alikes that name none (invented documents):
the check-box options of a registration form, a list set in two columns read across, an annex's list
numbered with Roman numbers in one glyph, the rows of a matrix of target groups, a column that gives each
member a field, a field's name wrapped in a middle column whose other cells line up, and a table of
indicators whose header keeps its gaps."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Lindenau\nBeschlussvorlage 2027/112\n\nBetreff: Integrationskonzept\n\n"

FORM = HEAD + (
    "Anlage 2 – Anmeldeformular Werkstätten\n\n"
    "  Name, Vorname: ......................................\n\n"
    "  Wir möchten an folgenden Werkstätten teilnehmen:\n\n"
    "  ☐  Forum 1   Handlungsfeld Sprache und frühe Bildung\n"
    "               Mo., 13.09.2027, 17:00 Uhr, Rathaus, Saal 2\n\n"
    "  ☐  Forum 2   Handlungsfeld Arbeit und Ausbildung\n"
    "               Mi., 22.09.2027, 17:00 Uhr, Stadtbücherei\n\n"
    "  [ ] Forum 3 – Handlungsfeld „Wohnen und Quartier“\n"
    "               Di., 05.10.2027, 18:00 Uhr, Bürgerhaus Nord\n\n"
    "  ☐  Wir benötigen Kinderbetreuung für ....... Kind(er).\n"
    "  ☐  Wir benötigen eine Sprachmittlung: ......................\n\n"
    "  .................................   .................................\n"
    "  Ort, Datum                          Unterschrift\n"
)


def test_the_options_of_a_form_each_naming_a_field() -> None:
    assert labels(FORM) == ["Sprache und frühe Bildung", "Arbeit und Ausbildung", "Wohnen und Quartier"]


def test_a_form_whose_gaps_an_export_closed() -> None:
    closed = FORM.replace("☐  Forum 1   ", "☐ Forum 1 ").replace("☐  Forum 2   ", "☐ Forum 2 ")
    assert labels(closed) == ["Sprache und frühe Bildung", "Arbeit und Ausbildung", "Wohnen und Quartier"]


def test_options_without_the_noun_or_one_option_alone_name_none() -> None:
    one = HEAD + (
        "Rückmeldung zur Veranstaltung\n\n"
        "  ☐  Ich nehme teil.\n"
        "  ☐  Ich interessiere mich für das Handlungsfeld Wohnen und möchte informiert werden.\n"
        "  ☐  Forum 1   Handlungsfeld Sprache und frühe Bildung\n"
        "  ☐  Handlungsfeld: ......................\n"
    )
    assert labels(one) == []


TWO_COLUMNS = HEAD + (
    "2. Handlungsfelder\n\n"
    "Die Verwaltung schlägt sechs Handlungsfelder vor.\n\n"
    "  HF 1  Ankommen und Beratung            HF 4  Gesundheit und Pflege\n"
    "  HF 2  Sprache von Anfang an            HF 5  Nachbarschaft und\n"
    "  HF 3  Schule, Ausbildung und                 Zusammenleben\n"
    "        Übergang in den Beruf            HF 6  Mitwirken\n\n"
    "Querschnittsaufgabe ohne eigenes Handlungsfeld ist die Antidiskriminierung.\n"
)


def test_a_list_set_in_two_columns_read_down_each_column() -> None:
    assert sorted(labels(TWO_COLUMNS)) == sorted(
        [
            "Ankommen und Beratung",
            "Sprache von Anfang an",
            "Schule, Ausbildung und Übergang in den Beruf",
            "Gesundheit und Pflege",
            "Nachbarschaft und Zusammenleben",
            "Mitwirken",
        ]
    )


def test_two_columns_whose_gaps_an_export_closed_give_only_the_entries_a_line_tells() -> None:
    closed = "\n".join(" ".join(line.split()) for line in TWO_COLUMNS.splitlines())
    found = labels(closed)
    assert set(found) <= {"Ankommen und Beratung", "Sprache von Anfang an", "Gesundheit und Pflege"}
    assert "Ankommen und Beratung" in found


def test_codes_that_do_not_run_on_across_the_columns_are_no_list_in_two_columns() -> None:
    refs = HEAD + (
        "Maßnahmen\n\n"
        "  HF 1  Sprachcafé im Quartier           HF 3  Elternlotsen\n"
        "  HF 2  Bewerbungstraining               HF 1  Lesepaten\n\n"
    )
    assert labels(refs) == []


ANNEX = HEAD + (
    "Die Fortschreibung gilt für die in Anlage 2 aufgeführten Handlungsfelder.\n\n"
    "Anlage 2 – Handlungsfelder der Fortschreibung 2028–2032\n\n"
    "   Ⅰ    Sprache und Bildung\n"
    "   Ⅱ    Ausbildung und Arbeit\n"
    "   Ⅲ    Wohnen und Zusammenleben\n"
    "   Ⅳ    Vielfalt in der Stadtverwaltung\n\n"
    "gez. Meier\n"
)


def test_an_annex_titled_by_the_fields_numbered_with_roman_glyphs() -> None:
    assert labels(ANNEX) == [
        "Sprache und Bildung",
        "Ausbildung und Arbeit",
        "Wohnen und Zusammenleben",
        "Vielfalt in der Stadtverwaltung",
    ]


def test_an_annex_titled_by_something_else_names_no_field() -> None:
    other = ANNEX.replace("Anlage 2 – Handlungsfelder der Fortschreibung 2028–2032", "Anlage 2 – Teilnehmende Vereine")
    assert labels(other) == []


MATRIX = HEAD + (
    "2. Handlungsfelder und Zielgruppen\n"
    "Die Matrix zeigt, welche Zielgruppen in den Handlungsfeldern vorrangig\n"
    "angesprochen werden (● = Schwerpunkt, ○ = mitbetroffen).\n\n"
    "                                       Kinder und   Erwachsene   Ältere     Neu-\n"
    "                                       Jugendliche               Menschen   zugewanderte\n"
    "  Sprache und Bildung                      ●            ●           ○           ●\n"
    "  Arbeit und berufliche Integration        ○            ●                       ●\n"
    "  Wohnen und Nachbarschaft                 ○            ●           ●           ○\n"
    "  Gesundheit und Sport                     ●            ○           ●           ○\n\n"
    "Für jedes Handlungsfeld werden Maßnahmen benannt.\n"
)


def test_the_rows_of_a_matrix_of_target_groups_are_the_fields() -> None:
    assert labels(MATRIX) == [
        "Sprache und Bildung",
        "Arbeit und berufliche Integration",
        "Wohnen und Nachbarschaft",
        "Gesundheit und Sport",
    ]


def test_a_matrix_of_districts_under_no_caption_naming_the_fields_gives_none() -> None:
    other = MATRIX.replace("2. Handlungsfelder und Zielgruppen\n", "2. Angebote und Zielgruppen\n").replace(
        "in den Handlungsfeldern", "in den Angeboten"
    )
    assert labels(other) == []


PATEN = HEAD + (
    "Die Handlungsfelder sind in der Tabelle den Paten zugeordnet.\n\n"
    "  Funktion        Name                    Institution                 Patenschaft für das\n"
    "                                                                      Handlungsfeld\n"
    "  ─────────────   ─────────────────────   ─────────────────────────   ─────────────────────────\n"
    "  Leitung         Kerstin Wolf            Bürgermeisterin             –\n"
    "  Mitglied        Uwe Dietz               Fraktion CDU                Arbeit und Ausbildung\n"
    "  Mitglied        Olha Bondar             Ukrainischer Verein         Sprache und Bildung\n"
    "  Mitglied        Peter Kahl              Jobcenter                   Arbeit und Ausbildung\n"
    "  Mitglied        Tuan Nguyen             Vietnamesischer Kultur-     Begegnung, Kultur und\n"
    "                                          verein e. V.                Sport\n"
    "  ─────────────   ─────────────────────   ─────────────────────────   ─────────────────────────\n"
)


def test_a_column_that_gives_each_member_a_field() -> None:
    assert labels(PATEN) == ["Arbeit und Ausbildung", "Sprache und Bildung", "Begegnung, Kultur und Sport"]


def test_a_column_of_goals_for_the_field_gives_none() -> None:
    goals = PATEN.replace("Patenschaft für das", "Ziele für das      ")
    assert labels(goals) == []


WRAPPED = HEAD + (
    "Der Entwurf ordnet jedem Leitziel ein Handlungsfeld und einen Indikator zu:\n\n"
    "Leitziel                           Handlungsfeld                   Indikator\n"
    "─────────────────────────────────────────────────────────────────────────────────\n"
    "Alle Kinder sprechen bei der       Frühe Bildung und               Anteil Kinder mit\n"
    "Einschulung ausreichend Deutsch.   Sprachförderung                 Sprachstand „gut“\n"
    "Erwerbsfähige finden eine          Beschäftigung und               SGB-II-Quote der\n"
    "existenzsichernde Arbeit.          Anerkennung                     Nichtdeutschen\n"
    "Zugewanderte finden Wohnraum.      Wohnen im Landkreis             Auszüge\n"
    "─────────────────────────────────────────────────────────────────────────────────\n"
)


def test_a_name_that_cannot_end_goes_on_in_the_cell_under_it_though_the_other_cells_line_up() -> None:
    assert labels(WRAPPED) == [
        "Frühe Bildung und Sprachförderung",
        "Beschäftigung und Anerkennung",
        "Wohnen im Landkreis",
    ]


INDICATORS = HEAD + (
    "2. Kennzahlen und Zielwerte\n\n"
    "  Handlungsfeld        Kennzahl                                  Ausgangs-   Zielwert\n"
    "                                                                  wert 2026   2030\n"
    "  ───────────────────  ────────────────────────────────────────  ──────────  ─────────\n"
    "  Sprache und          Kinder mit Sprachförderbedarf bei der      31 %        20 %\n"
    "  Bildung              Schuleingangsuntersuchung\n"
    "                       Teilnehmende an Integrationskursen         214         300\n"
    "  ───────────────────  ────────────────────────────────────────  ──────────  ─────────\n"
    "  Arbeit und           Ausländische Beschäftigte                  1.480       1.800\n"
    "  Ausbildung           Ausbildungsverträge junger Geflüchteter    18          35\n"
    "  ───────────────────  ────────────────────────────────────────  ──────────  ─────────\n"
)


def test_a_table_of_indicators_whose_header_keeps_its_gaps_gives_the_field_column_alone() -> None:
    assert labels(INDICATORS) == ["Sprache und Bildung", "Arbeit und Ausbildung"]
