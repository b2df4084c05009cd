"""metadata: the subject as text exports of a PDF set it (invented examples): a table's meeting
dates with the month cut short ("2. Sept. 27") are rows, not a title after the table; a heading
whose line goes on in a short phrase ("Gegenstand der Vorlage") heads the subject on the next line,
blank lines between or not; a title framed by rules an export wrapped onto two lines each, or ran
into the form above it; a labelled value broken in a word or a bracket goes on flush; a line naming
an office is no title; a justified line's double gaps are no columns; a title broken off over one
blank line goes on after it; the head of a table ends a title above it, a label line ending in a phone
number over it; a Betreff run on into the head of the table under it ends above the head, and above the
table's title alone on the line over a head whose words a slash may part; a title's first part over "hier:"
right under a form's label line; a title with a colon after four words right under a form's short label line,
no blank line between; a title broken off after a count over a blank line goes on under it."""

from __future__ import annotations

from tests.metadata.test_metadata import extract

AFTER = "\nBeschlussvorschlag\n\nDer Rat beschließt das Konzept.\n"


def test_short_month_dates_are_rows_not_a_title() -> None:
    text = (
        "Landratsamt Hohenfurt Kreistag\n"
        "Sachbearbeitung: Frau Rieger Tel. 03693 485-8812\n\n"
        "Betr.: Fortschreibung des Integrationskonzepts des Landkreises Hohenfurt\n\n"
        "Beratungsfolge\n\n"
        "Gremium Datum z. K. Vorber. Beschl.\n"
        "Sozialausschuss 16. Sept. 27 x x\n"
        "Kreistag 13. Okt. 27 x x\n" + AFTER
    )
    assert extract(text)["subject"] == "Fortschreibung des Integrationskonzepts des Landkreises Hohenfurt"


def test_a_heading_going_on_in_a_phrase_heads_the_next_line() -> None:
    body = "Leitbild Vielfalt 2031–2035 – Handlungsfelder, Einrichtung\nder Lenkungsgruppe Teilhabe\n"
    expected = "Leitbild Vielfalt 2031–2035 – Handlungsfelder, Einrichtung der Lenkungsgruppe Teilhabe"
    head = "Stadt Hohenfurt\nDrucksache 2031/041\n\nGegenstand der Vorlage\n"
    assert extract(head + body + AFTER)["subject"] == expected
    assert extract(head + "\n" + body.replace("\n", "\n\n", 1) + AFTER)["subject"] == expected


def test_a_prose_line_after_gegenstand_is_no_heading_tail() -> None:
    from extractors.metadata.subjects import past_heading_tail

    text = "Gegenstand der Beschlussfassung ist die Kita\nam Park.\n"
    assert past_heading_tail(text, 10, len(text)) == 10


RULE = "=" * 50


def test_a_title_framed_by_rules_each_wrapped_onto_two_lines() -> None:
    title = "Leitbild Vielfalt „Hohenfurt für alle“ – Einrichtung eines\nArbeitskreises Vielfalt\n"
    expected = "Leitbild Vielfalt „Hohenfurt für alle“ – Einrichtung eines Arbeitskreises Vielfalt"
    head = "Gemeinde Hohenfurt Sitzungsvorlage\nDrucksachen-Nr. 0187/2031\nRathausstraße 1, 32120 Hohenfurt\n"
    frame = f"{RULE}\n{RULE[:20]}\n"
    flat = head + frame + title + frame + "Beratungsfolge:\nDienstag, 3. November 2031 Rat\n" + AFTER
    assert extract(flat)["subject"] == expected
    spaced = head + f"\n{RULE}\n\n{RULE[:20]}\n" + title + f"{RULE}\n\n{RULE[:20]}\n\n"
    assert extract(spaced + "Beratungsfolge:\nDienstag, 3. November 2031 Rat\n" + AFTER)["subject"] == expected


def test_a_labelled_value_broken_in_a_bracket_goes_on_flush() -> None:
    text = (
        "Hansestadt Hohenfurt\nDie Oberbürgermeisterin\n\nBereich 50 – Soziales\n"
        "Verfasserin: Frau Haddad, Tel. 04131 309-3471\n\nBESCHLUSSVORLAGE\nDrucksache VO/2031/0388\n"
        f"(öffentlich)\n{RULE}\n{RULE}\n\n"
        "Titel: Vielfaltskonzept 2030 – Vergabe der Prozessbegleitung (Los\n1) und der\n"
        "wissenschaftlichen Begleitung (Los 2)\n\nBeratungsfolge (nach Öffentlichkeit geordnet)\n\n"
        "in öffentlicher Sitzung\nDi 04.05.2031 Rat Beschluss\n" + AFTER
    )
    expected = (
        "Vielfaltskonzept 2030 – Vergabe der Prozessbegleitung (Los 1) und der wissenschaftlichen Begleitung (Los 2)"
    )
    assert extract(text)["subject"] == expected


def test_an_office_line_and_justified_gaps_in_a_blank_line_export() -> None:
    """pdfminer.six: a blank line after every line, a form's two columns run into one line, a
    justified title line with double gaps broken off over a blank line."""
    text = (
        "Stadt Hohenfurt V O R L A G E\n\n"
        "Der Bürgermeister Nr. DS 31/0131\n\n"
        "Amt für Kultur, Bildung und Sport öffentlich\n\n"
        "Sachbearbeiterin: Frau Brodersen, 04121 231-576\n\n"
        "Kulturentwicklungsplan  „Kulturplan  Hohenfurt  2035“  –  Beschluss  des  Plans,\n"
        "Einrichtung des\n\nKulturforums und Kulturfonds\n\n" + AFTER
    )
    expected = (
        "Kulturentwicklungsplan „Kulturplan Hohenfurt 2035“ – Beschluss des Plans, "
        "Einrichtung des Kulturforums und Kulturfonds"
    )
    assert extract(text)["subject"] == expected


def test_a_table_head_ends_a_title_under_a_phone_number() -> None:
    text = (
        "Stadt Hohenfurt V O R L A G E\nDer Bürgermeister Nr. DS 31/0131\n"
        "Sachbearbeiterin: Frau Brodersen, 04121 231-576\n"
        "Kulturentwicklungsplan „Kulturplan Hohenfurt 2035“ – Beschluss des Plans,\nEinrichtung des\n"
        "Kulturforums und Kulturfonds ab 2028\n"
        "Sitzungsfolge\nlfd. Termin Gremium ÖS/NÖS Art\n"
        "1. Di., 7. September 2031, 18:00 Uhr Kulturbeirat ÖS Anhörung\n"
        "Beschlussvorschlag:\n1. Die Stadtverordnetenversammlung beschließt den Plan.\n"
    )
    expected = (
        "Kulturentwicklungsplan „Kulturplan Hohenfurt 2035“ – Beschluss des Plans, "
        "Einrichtung des Kulturforums und Kulturfonds ab 2028"
    )
    assert extract(text)["subject"] == expected


def test_a_labelled_value_broken_off_goes_on_over_one_blank_line() -> None:
    """pdfminer.six: a blank line after every line, justified lines with double gaps."""
    text = (
        "Landratsamt Hohenfurt Kreistag\n\nVorlagen-Nr. KT 31/0196\n\n"
        "Betr.:  Ergebnisse  der  Evaluation  des  Integrationskonzepts  2022  und  Forts-\nchreibung zum\n\n"
        "Integrations-  und  Teilhabekonzept  des  Landkreises  Hohenfurt\n2028–2032\n\n"
        "Beratungsfolge\n\nKreistag 13.10.2031 Beschluss\n" + AFTER
    )
    assert extract(text)["subject"].startswith(
        "Ergebnisse der Evaluation des Integrationskonzepts 2022 und Fortschreibung zum "
        "Integrations- und Teilhabekonzept des Landkreises Hohenfurt"
    )


def test_a_betreff_run_into_the_table_head_under_it() -> None:
    text = (
        "Stadt Hohenfurt\nVorlage IV-2031-0063\nDatum: 19.01.2031\nBetreff:\n"
        "Lokaler Aktionsplan Integration – Sachstand nach dem ersten Jahr und\n"
        "Arbeitsweise der Arbeitsgruppe Integration\n"
        "Status Datum Beratungsfolge (Zuständigkeit)\n"
        "öffentlich 01.02.2031 Ausschuss für Bildung, Kultur, Sport und Soziales\n" + AFTER
    )
    assert extract(text)["subject"] == (
        "Lokaler Aktionsplan Integration – Sachstand nach dem ersten Jahr und "
        "Arbeitsweise der Arbeitsgruppe Integration"
    )


def test_a_title_over_hier_right_under_a_label_line() -> None:
    text = (
        "Gemeinde Hohenfurt\nVorlage 64/2031\nAz.: 022.31 öffentlich\nTOP: 5\n"
        "Gemeinsam in Hohenfurt – Integrationskonzept der Gemeinde\n"
        "hier: Beschluss über das Konzept und Einrichtung eines Arbeitskreises Integration\n"
        "Beschlussantrag:\n1. Der Gemeinderat beschließt das Konzept.\n"
    )
    assert extract(text)["subject"] == (
        "Gemeinsam in Hohenfurt – Integrationskonzept der Gemeinde hier: Beschluss über das Konzept und "
        "Einrichtung eines Arbeitskreises Integration"
    )


def test_a_betreff_run_into_the_table_s_title_and_a_head_with_a_slash() -> None:
    text = (
        "Stadt Hohenfurt Drucksache Nr. 2031/0184\nDatum: 19.04.2031\n"
        "Betreff: Integrationskonzept „Vielfalt stärkt“: Bilanz 2023–2030, Fortschreibung\nbis\n"
        "2035 und Neubildung des Steuerungskreises Integration\n"
        "Beratungsplan\n"
        "Lfd. Sitzung Gremium Datum / Uhrzeit Ö/N Art\n"
        "1 IB/02/2031 Integrationsbeirat Mi 05.05.2031 17:30 Ö E\n" + AFTER
    )
    assert extract(text)["subject"] == (
        "Integrationskonzept „Vielfalt stärkt“: Bilanz 2023–2030, Fortschreibung bis 2035 und Neubildung des "
        "Steuerungskreises Integration"
    )


def test_a_title_with_a_colon_right_under_a_form_s_short_label_line() -> None:
    text = (
        "Landkreis Hohenfurt Vorlage\nDer Landrat VO/KT/2031/0412\nFachdienst Soziales Beschlussvorlage\n"
        "Datum: 03.05.2031 Bearbeiterin: Maike Rieger\n"
        "Aktenzeichen: 50.4-INT/31\n"
        "Integrationskonzept des Landkreises Hohenfurt: Einrichtung von fünf\n"
        "Facharbeitsgruppen und einer Steuerungsgruppe\n"
        "Beratungsfolge Termin Status Zuständigkeit\n"
        "Kreistag 21.06.2031 ● Entscheidung\n" + AFTER
    )
    assert extract(text)["subject"] == (
        "Integrationskonzept des Landkreises Hohenfurt: Einrichtung von fünf Facharbeitsgruppen und einer "
        "Steuerungsgruppe"
    )


def test_a_title_broken_off_after_a_count_over_a_blank_line() -> None:
    # an export that sets a blank line after every line: "fünf" ends no title, the title goes on below it
    lines = [
        "Landkreis Hohenfurt Vorlage",
        "Der Landrat VO/KT/2031/0412",
        "Fachdienst Soziales Beschlussvorlage",
        "Datum: 03.05.2031 Bearbeiterin: Maike Rieger",
        "Aktenzeichen: 50.4-INT/31",
        "Integrationskonzept  des  Landkreises  Hohenfurt:  Einrichtung  von\nfünf",
        "Facharbeitsgruppen und einer Steuerungsgruppe",
        "Beratungsfolge Termin Status Zuständigkeit",
        "Kreistag 21.06.2031 ● Entscheidung",
        "● öffentlich ○ nichtöffentlich",
        "Beschlussvorschlag:",
        "Der Kreistag beschließt das Konzept.",
    ]
    assert extract("\n\n".join(lines) + "\n")["subject"] == (
        "Integrationskonzept des Landkreises Hohenfurt: Einrichtung von fünf Facharbeitsgruppen und einer "
        "Steuerungsgruppe"
    )
