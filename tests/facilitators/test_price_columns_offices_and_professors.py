"""facilitators: a price comparison setting its bidders as columns, the winner the column its rank row
marks first or its award row ticks, its name wrapped over the header's lines and its seat dropped, its
gross sum the fee, and one row with the office the text names short before its own name ("des Büros
X"); a freelance moderator whose diploma names its school in brackets ("Dipl.-Soz.Päd. (FH)") and whose
office a relative clause names ("…, die in Ort ein Büro für X führt"); a professor named alone right
after the university engaged; a name running into a compound's first part ("der Hochschule Sach- und
Personalkosten") that names no one. Near misses: a comparison without a rank or award row, or marking
two columns; an office the person works for or means to open; a person without the professor's title
after a university; a name of its own before such a compound part (invented examples)."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

HEAD = "Stadt Nordheim\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"

PROSE = (
    "4. Externe Moderation\n\n"
    "Für die Moderation der Werkstätten wurden drei Büros zur Abgabe eines Angebots aufgefordert.\n"
    "Wirtschaftlichstes Angebot ist das des Büros Lindner & Roth, Talheim (Ansprechpartnerin: Dipl.-Päd.\n"
    "Eva Lindner). Einzelheiten enthält der Preisspiegel in Anlage 1.\n\n"
)


def comparison(rank: str, award: str) -> str:
    return (
        "Anlage 1 – Preisspiegel Moderation\n\n"
        "                                   Bieter 1          Bieter 2          Bieter 3\n"
        "                                   Lindner & Roth    Institut für      Stadtdialog GmbH,\n"
        "                                   Beratung und      Teilhabe Süd      Oststadt\n"
        "                                   Moderation,       e. V., Weststadt\n"
        "                                   Talheim\n"
        " Pos. Leistung                     € netto           € netto           € netto\n"
        " ───────────────────────────────────────────────────────────────────────────────\n"
        " 1    Moderation 4 Werkstätten       4.800,00          5.600,00          6.200,00\n"
        " 2    Dokumentation                  2.050,00          2.300,00          2.700,00\n"
        " ───────────────────────────────────────────────────────────────────────────────\n"
        "      Summe netto                    6.850,00          7.900,00          8.900,00\n"
        "      Summe brutto                   8.151,50          9.401,00         10.591,00\n"
        f"      Rang                     {rank}\n"
        f"      Vergabevorschlag         {award}\n"
    )


def test_the_winner_of_a_price_comparison_by_columns_with_the_text_naming_its_office_short() -> None:
    text = HEAD + PROSE + comparison("           1                 2                 3", "           ✔")
    assert run(text) == [("Dipl.-Päd. Eva Lindner", "Lindner & Roth Beratung und Moderation", 8151.5)]


def test_the_award_row_alone_marks_the_winner() -> None:
    text = HEAD + comparison("", "                             ✔")
    assert run(text) == [(None, "Institut für Teilhabe Süd e. V.", 9401.0)]


def test_a_comparison_marking_no_column_or_two_names_no_one() -> None:
    assert run(HEAD + comparison("", "")) == []
    assert run(HEAD + comparison("           1                 1", "")) == []


def test_a_freelance_moderator_and_the_office_she_runs() -> None:
    text = (
        HEAD + "Die Regionalforen werden bis Ende 2027 von Frau Dipl.-Soz.Päd. (FH) Anna Berg moderiert, die in\n"
        "Ostheim ein Büro für Moderation und Organisationsberatung führt. Die Honorarvereinbarung lautet über\n"
        "pauschal 7.800 €.\n"
    )
    assert run(text) == [("Dipl.-Soz.Päd. (FH) Anna Berg", "Büro für Moderation und Organisationsberatung", 7800.0)]


def test_an_office_worked_for_or_to_be_opened_is_not_the_persons() -> None:
    for clause in ("die für ein Büro für Moderation arbeitet", "die ein Büro für Moderation eröffnen will"):
        text = HEAD + f"Die Foren werden von Frau Dr. Anna Berg moderiert, {clause}.\n"
        assert run(text) == [("Dr. Anna Berg", None, None)]


UNIVERSITY = (
    "C. Wissenschaftliche Begleitung\n\n"
    "Die Hochschule Nordheim, Fachbereich Sozialwesen, begleitet die Umsetzung wissenschaftlich.\n"
)


def test_a_professor_named_alone_after_the_university_is_of_it() -> None:
    text = (
        HEAD + UNIVERSITY + "Nach der Kooperationsvereinbarung übernimmt Frau Prof. Dr. Ina Kolb mit einer\n"
        "studentischen Projektgruppe die Moderation von zwei Sitzungen der Steuerungsgruppe je Jahr.\n"
    )
    assert run(text) == [("Prof. Dr. Ina Kolb", "Hochschule Nordheim, Fachbereich Sozialwesen", None)]


def test_a_person_without_the_professors_title_is_a_row_of_their_own() -> None:
    text = HEAD + UNIVERSITY + "Die Moderation der Sitzungen übernimmt Frau Dipl.-Päd. Ina Kolb.\n"
    assert run(text) == [
        (None, "Hochschule Nordheim, Fachbereich Sozialwesen", None),
        ("Dipl.-Päd. Ina Kolb", None, None),
    ]


def test_a_name_running_into_a_compounds_first_part_names_no_one() -> None:
    text = (
        HEAD + "4. Wissenschaftliche Begleitung\n"
        "Die Fachhochschule Nordheim, Fachbereich Sozial- und Bildungswissenschaften,\n"
        "begleitet die Umsetzung wissenschaftlich. Verantwortlich ist Prof. Dr. Anna Berg. Nach dem Entwurf der\n"
        "Kooperationsvereinbarung erstattet die Stadt der Hochschule Sach- und\n"
        "Personalkosten von jährlich 8.500 €.\n"
    )
    assert run(text) == [
        ("Prof. Dr. Anna Berg", "Fachhochschule Nordheim, Fachbereich Sozial- und Bildungswissenschaften", None)
    ]
