"""steering: member lists as a PDF's text layer gives them, every line at the margin and the gaps of a line
flattened into single spaces (invented examples): bench headings over their members with a printed page
footer and head between two members, the PDF's own page break elsewhere; a motion's lettered items under
its numbered lines; and the look-alikes that give no members or no wrong ones."""

from __future__ import annotations

from extractors.steering.benches import flat_headed_lines
from pipeline.structure.line_numbers import unnumbered
from tests.steering.test_steering import groups_of

BANKS = (
    "Landratsamt Nordheim SV 2029/12\n\n3. Steuerungsgruppe\n"
    "Die Steuerungsgruppe wird für die neue Laufzeit besetzt. Sie ist in drei\nBänke\fgegliedert:\n\n"
    "Kommunale Bank\n"
    "Landrat Paul Beispiel (Vorsitz)\n"
    "Erste Bürgermeisterin der Stadt Nordheim, Frau Greta Muster\n"
    "Bank der Träger und Behörden\n"
    "Diakonisches Werk Nordheim e. V.\n\n"
    "-------------------------------------------------------------------------------\n"
    "Sitzungsvorlage SV 2029/12 Seite 1\n\n"
    "Landratsamt Nordheim SV 2029/12\n\n"
    "Jobcenter Landkreis Nordheim\n"
    "Volkshochschule Landkreis Nordheim\n"
    "Bank der Vereine\n"
    "Deutsch-Polnischer Verein Nordheim e. V.\n\n"
    "Die Geschäftsführung liegt beim Sachgebiet Integration.\n"
)


def members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_banks_at_the_margin_across_a_printed_footer_inside_the_page() -> None:
    assert members(BANKS) == [
        "Landrat Paul Beispiel",
        "Greta Muster",
        "Diakonisches Werk Nordheim e. V.",
        "Jobcenter Landkreis Nordheim",
        "Volkshochschule Landkreis Nordheim",
        "Deutsch-Polnischer Verein Nordheim e. V.",
    ]
    assert groups_of(BANKS)[0].chair == "Landrat Paul Beispiel"


def test_a_blank_line_where_nothing_was_left_out_ends_the_banks() -> None:
    text = BANKS.replace(
        "\n-------------------------------------------------------------------------------\n"
        "Sitzungsvorlage SV 2029/12 Seite 1\n\nLandratsamt Nordheim SV 2029/12\n",
        "",
    )
    assert "Jobcenter Landkreis Nordheim" not in members(text)


def test_bodies_one_a_line_with_heading_forms_and_no_shared_noun_are_no_banks() -> None:
    text = (
        "Sozialamt\nJugendamt Nordheim\nCaritasverband Nordheim e. V.\nStädte und Gemeinden\nKreisjugendring Nordheim\n"
    )
    assert flat_headed_lines(text, 0) is None


MOTION = "".join(
    f"{n} {line}\n"
    for n, line in enumerate(
        [
            "Antrag",
            "",
            "Der Rat der Stadt Nordheim möge beschließen:",
            "",
            "1. Die Verwaltung wird beauftragt, ein Integrationskonzept zu erarbeiten. Es soll die",
            "folgenden Handlungsfelder umfassen:",
            "– Sprache und Bildung,",
            "– Arbeit und Ausbildung,",
            "– Wohnen und Zusammenleben.",
            "",
            "2. Zur Erarbeitung wird eine Steuerungsgruppe gebildet. Ihr sollen angehören:",
            "a) der Erste Stadtrat als Vorsitzender,",
            "b) der Fachbereich Jugend, Familie und Soziales,",
            "c) der Integrationsbeirat der Stadt Nordheim,",
            "d) das Jobcenter Landkreis Nordheim,",
            "e) der Caritasverband Nordheim e. V.",
            "",
            "3. Für die Moderation wird eine externe Begleitung beauftragt.",
        ],
        start=1,
    )
)


def test_lettered_items_of_a_motion_with_numbered_lines_flattened() -> None:
    # the page break inside the list: its number opens the page's first line
    for text in (MOTION, MOTION.replace("\n14 ", "\n\f14 ")):
        found = members(text)
        assert len(found) == 5
        assert [m.split(") ")[-1].removeprefix("der ").removeprefix("das ") for m in found] == [
            "Erste Stadtrat" if "Erste " in found[0] else "Erster Stadtrat",
            "Fachbereich Jugend, Familie und Soziales",
            "Integrationsbeirat der Stadt Nordheim",
            "Jobcenter Landkreis Nordheim",
            "Caritasverband Nordheim e. V.",
        ]


def test_lettered_items_flattened_are_no_organisations_set_two_a_line() -> None:
    text = (
        "Zur Erarbeitung wird eine Steuerungsgruppe gebildet. Ihr sollen angehören:\n"
        "a) der Erste Stadtrat als Vorsitzender,\n"
        "b) je ein Mitglied der im Rat vertretenen Fraktionen,\n"
        "c) das Jobcenter Landkreis Nordheim.\n"
    )
    found = members(text)
    assert "Erster Stadtrat" in found and "Jobcenter Landkreis Nordheim" in found
    assert not any("Vorsitzender" in m or m.startswith(("a)", "b)")) for m in found)


def test_lettered_tasks_under_a_numbered_motion_are_no_members() -> None:
    text = "".join(
        f"{n} {line}\n"
        for n, line in enumerate(
            [
                "Antrag",
                "",
                "Der Rat der Stadt Nordheim möge beschließen:",
                "",
                "1. Eine Steuerungsgruppe begleitet die Erarbeitung. Sie soll:",
                "a) die Bestandsaufnahme auswerten,",
                "b) die Ziele der Handlungsfelder vorschlagen,",
                "c) den Entwurf dem Rat vorlegen.",
                "",
                "2. Für die Moderation wird eine externe Begleitung beauftragt.",
                "",
                "Begründung",
                "",
            ],
            start=1,
        )
    )
    assert members(text) == []


def test_a_line_number_after_a_page_break_is_blanked() -> None:
    text = "".join(f"{n} Zeile {n}\n" if n % 4 else f"{n}\n" for n in range(1, 13)).replace("\n9 ", "\n\f9 ")
    assert "\f  Zeile 9" in unnumbered(text)
