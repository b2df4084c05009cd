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


def test_portraits_with_a_page_break_before_a_quotation() -> None:
    text = (
        "3. Steuerungsgruppe\nDie Steuerungsgruppe hat zehn Mitglieder. Die Mitglieder stellen sich vor:\n\n"
        "Anna Beispiel Vorsitz\nBeigeordnete für Soziales, Landratsamt Nordheim\n"
        "„Integration entscheidet sich vor Ort.“\n\n"
        "Jonas Weber\nVorsitzender, Deutsch-Polnischer Verein Nordheim e. V.\n"
        "\f„Wer neu ankommt, braucht Begleitung.“\n\n"
        "Greta Muster\nBereichsleiterin, Jobcenter Nordheim\n„Arbeit ist der beste Sprachkurs.“\n\n"
        "Die Geschäftsstelle liegt beim Sachgebiet Integration.\n"
    )
    assert members(text) == ["Anna Beispiel", "Jonas Weber", "Greta Muster"]


def test_portraits_without_quotations_are_no_portraits() -> None:
    text = (
        "3. Steuerungsgruppe\nDie Steuerungsgruppe hat sich im Frühjahr getroffen. Es berichteten:\n\n"
        "Anna Beispiel Vorsitz\nBeigeordnete für Soziales, Landratsamt Nordheim\n\f\n"
        "Jonas Weber\nVorsitzender, Deutsch-Polnischer Verein Nordheim e. V.\n"
    )
    assert "Vorsitzender" not in " ".join(members(text))


def test_a_member_sentence_runs_on_after_a_salutation_across_a_page_break() -> None:
    text = (
        "3. Steuerungsgruppe\nDer Steuerungsgruppe gehören an: die Dezernentin für Soziales, Frau Dr. Anna\n"
        "Beispiel, die den Vorsitz führt; ferner Herr Jonas Weber für die Agentur für Arbeit Nordheim, Frau\n"
        "\fGreta Muster für das Diakonische Werk Nordheim und Herr Ali Demir für den Verein X e. V.\n"
    )
    assert [m for m in members(text) if m != "Dezernentin für Soziales"][-3:] == [
        "Jonas Weber",
        "Greta Muster",
        "Ali Demir",
    ]


def test_a_line_ending_in_a_noun_before_a_page_break_ends_its_sentence() -> None:
    text = (
        "3. Steuerungsgruppe\nDer Steuerungsgruppe gehören Herr Jonas Weber und Frau Greta Muster an. Sie tagt\n"
        "zweimal im Jahr im Rathaus\n\fArbeitskreis Sprache\nDer Arbeitskreis tagt monatlich.\n"
    )
    assert members(text) == ["Jonas Weber", "Greta Muster"]


SENDING = (
    "III. Lenkungsgruppe\nDie Lenkungsgruppe tagt halbjährlich. Sie setzt sich wie folgt zusammen:\n\n"
    "Bereich\tEntsendende Stelle\n"
    "Landkreis\tLandratsamt, Sachgebiet Integration\n"
    "Staatliches Schulamt im Landkreis Nordheim\n"
    "Arbeitsmarkt\tJobcenter Nordheim\n"
    "Agentur für Arbeit Nordheim\n"
    "Träger\tCaritasverband Nordheim e. V.\n"
    "Kreisjugendring Nordheim\n\n"
    "Die Fraktionen des Kreistags können je ein Mitglied als Gast entsenden.\n"
)


def test_bodies_under_a_sector_without_their_tab_are_rows_of_their_own() -> None:
    assert members(SENDING) == [
        "Landratsamt, Sachgebiet Integration",
        "Staatliches Schulamt im Landkreis Nordheim",
        "Jobcenter Nordheim",
        "Agentur für Arbeit Nordheim",
        "Caritasverband Nordheim e. V.",
        "Kreisjugendring Nordheim",
    ]


def test_a_sector_cell_left_open_goes_on_below() -> None:
    text = SENDING.replace(
        "Arbeitsmarkt\tJobcenter Nordheim\nAgentur für Arbeit Nordheim\n",
        "Arbeit und\tJobcenter Nordheim\nAusbildung\n",
    )
    found = members(text)
    assert "Jobcenter Nordheim" in found and "Ausbildung" not in " ".join(found)


def test_members_in_brackets_after_their_bodies_across_a_page_break() -> None:
    text = (
        "3. Fachforum\nDas Fachforum Integration berät die Lenkungsrunde. Es besteht aus Vertreterinnen und\n"
        "Vertretern von: Diakonisches Werk Nordheim e. V.\n"
        "\f(Katrin Beispiel), Jobcenter Nordheim (Jonas Weber) und Kulturverein Nordheim e. V. (Ali Demir).\n"
        "Vorsitzender des Fachforums ist Ali Demir.\n"
    )
    assert members(text) == ["Katrin Beispiel", "Jonas Weber", "Ali Demir"]


def test_a_sentence_closed_before_a_page_break_stays_closed() -> None:
    text = (
        "3. Steuerungsgruppe\nDer Steuerungsgruppe gehören Herr Jonas Weber und Frau Greta Muster an.\n"
        "\f(1) Die Geschäftsordnung regelt das Weitere.\n"
    )
    assert members(text) == ["Jonas Weber", "Greta Muster"]


PATRONS = (
    "3. Koordinierungskreis Integration\nFür die Umsetzung wird ein Koordinierungskreis Integration gebildet. Den "
    "Vorsitz führt\nBürgermeisterin Anna Beispiel. Jedes Handlungsfeld erhält im Koordinierungskreis eine Patin oder\n"
    "einen Paten, die oder der die Umsetzung im Feld begleitet und berichtet:\n\n"
    "{header}\n{rows}\n"
    "Außerdem gehören dem Koordinierungskreis die Vorsitzende des Integrationsbeirats, Frau\n"
    "Greta Muster, an.\n"
)
ROWS = [
    ("Sprache und Bildung", "Schulamtsdirektor Florian Beispiel (Staatliches Schulamt)"),
    ("Arbeit und Wirtschaft", "Sabine Muster (Agentur für Arbeit Nordheim)"),
    ("Wohnen und Nachbarschaft", "Stadtrat Jonas Weber (SPD-Fraktion)"),
]
WANT = ["Anna Beispiel", "Florian Beispiel", "Sabine Muster", "Jonas Weber", "Greta Muster"]


def test_patrons_of_the_fields_in_a_gapped_table() -> None:
    header = "  Handlungsfeld                   Patin / Pate im Koordinierungskreis"
    rows = "\n".join(f"  {a:<30}  {b}" for a, b in ROWS) + "\n"
    found = members(PATRONS.format(header=header, rows=rows))
    assert [m.removeprefix("Bürgermeisterin ") for m in found] == WANT


def test_patrons_of_the_fields_flattened_a_bracket_wrapped() -> None:
    rows = "\n".join(f"{a} {b}" for a, b in ROWS).replace("(Agentur für Arbeit ", "(Agentur für Arbeit\n") + "\n"
    found = members(PATRONS.format(header="Handlungsfeld Patin / Pate im Koordinierungskreis", rows=rows))
    assert [m.removeprefix("Bürgermeisterin ") for m in found] == WANT


def test_a_fields_table_of_goals_under_the_group_names_no_members() -> None:
    rows = "Sprache und Bildung Mehr Kinder in Sprachkursen\nArbeit und Wirtschaft Mehr Ausbildungsplätze\n"
    found = members(PATRONS.format(header="Handlungsfeld Ziel im Koordinierungskreis", rows=rows))
    assert [m.removeprefix("Bürgermeisterin ") for m in found] == ["Anna Beispiel", "Greta Muster"]


SPEAKERS = (
    "2. Facharbeitsgruppen\nDie Arbeit am Konzept teilen sich drei Facharbeitsgruppen:\n\n"
    "AG 1 Sprache und Bildung\nSprecherin: Dr. Anna Beispiel, Kreisvolkshochschule Nordheim\n"
    "Geschäftsführung: Fachdienst Schule\n"
    "AG 2 Arbeit\nSprecher: Jonas Weber, Jobcenter Nordheim\nGeschäftsführung: Wirtschaftsförderung\n"
    "AG 3 Wohnen\nSprecherin: Greta Muster, Amt Nordheim-Land\nGeschäftsführung: Fachdienst Bau\n\n"
    "3. Steuerungsgruppe\nDie Steuerungsgruppe führt die Ergebnisse zusammen. Die {n} Sprecherinnen und Sprecher der\n"
    "Facharbeitsgruppen gehören ihr kraft Amtes an. Hinzu kommen:\n\n"
    "– die Dezernentin, Frau Dr. Lea Brandt, als Vorsitzende,\n"
    "– der Vorsitzende des Migrationsbeirats, Herr Ali Demir.\n\n"
    "Die Geschäftsführerinnen und Geschäftsführer der Facharbeitsgruppen nehmen an ihren Sitzungen nicht teil.\n"
)


def test_the_speakers_of_the_working_groups_counted_as_members() -> None:
    assert sorted(members(SPEAKERS.format(n="drei"))) == sorted(
        ["Dr. Anna Beispiel", "Jonas Weber", "Greta Muster", "Dr. Lea Brandt", "Ali Demir"]
    )


def test_speakers_a_count_does_not_bear_out_are_no_members() -> None:
    assert sorted(members(SPEAKERS.format(n="vier"))) == ["Ali Demir", "Dr. Lea Brandt"]


def test_speakers_no_sentence_makes_members_are_none() -> None:
    text = SPEAKERS.format(n="drei").replace("gehören ihr kraft Amtes an", "berichten ihr zweimal im Jahr")
    assert not {"Dr. Anna Beispiel", "Jonas Weber", "Greta Muster"} & set(members(text))


DECIDED = (
    "Beschlussvorschlag\n\n"
    "2. Zur Steuerung der Umsetzung wird ein Lenkungskreis Integration mit acht Sitzen gebildet. Ihm gehören an:\n"
    "a) kraft Amtes der Oberbürgermeister als Vorsitzender und die Integrationsbeauftragte,\n"
    "b) je ein Mitglied der Fraktionen des Stadtrats,\n"
    "c) zwei vom Integrationsbeirat gewählte Mitglieder,\n"
    "d) je eine Vertretung des Caritasverbandes Nordheim e. V. und des Jobcenters Nordheim.\n\n"
    "Begründung\n\n"
    "3. Lenkungskreis Integration\n\n"
    "Dem Lenkungskreis gehören kraft Amtes Oberbürgermeister Paul Beispiel als Vorsitzender und die\n"
    "Integrationsbeauftragte Naima Muster an. {lead}\n\n"
    "Fraktionen des Stadtrats\n"
    "CDU Stadtratsmitglied Jonas Weber\n"
    "SPD Stadtratsmitglied Greta Schmitt-Lauer\n\n"
    "Die übrigen Sitze werden nach der Wahl im Beirat besetzt.\n"
)


def test_seat_words_of_a_decision_are_no_members_where_their_holders_are_named() -> None:
    found = members(DECIDED.format(lead="Für die übrigen Sitze liegen folgende Vorschläge vor:"))
    assert {"Paul Beispiel", "Jonas Weber", "Greta Schmitt-Lauer"} <= set(found)
    assert not any("Fraktionen" in m or "Mitglied" in m or "Caritasverband" in m for m in found)


def test_seat_words_stay_members_where_no_holders_are_led_in() -> None:
    found = members(DECIDED.format(lead="Die Fraktionen benennen ihre Mitglieder bis zum Sommer."))
    assert any("Caritasverband" in m for m in found)
