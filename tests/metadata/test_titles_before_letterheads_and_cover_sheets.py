"""Heads whose fields stand apart from the usual labels (invented examples): the title as the first lines
of the page, one line of metadata under it and the letterhead under a rule after them; an e-Akte's cover
sheet whose "Betreff" value is followed by the sheet's next label and value on the next line; a council
information system's page printed from a browser, its title under a heading of type and number and its
values after the glyphs of an icon font (the date after the calendar's); a head of versions side by side,
the last one the paper's. Their look-alikes give nothing: a letterhead with a contact line, a legend of
codes, a web page's card of a meeting, columns that name no version."""

from __future__ import annotations

from tests.metadata.test_metadata import check, extract

TITLE_FIRST = """Quartierskonzept „Nordstadt verbindet“ – Themen, Beirat und Begleitung
der Beteiligung

Vorlage 4/0231/2027 · Beschlussvorlage · 12.03.2027 · öffentlich · Geschäftsbereich 4
──────────────────────────────────────────────────────────────────────────────────────────
STADTVERWALTUNG LINDENAU
Geschäftsbereich 4 – Soziales und Integration · Stabsstelle Vielfalt
Sachbearbeitung: Jana Petersen · Tel. 06331 84-2290 · Zimmer 112


Beratungsfolge

  Ausschüsse
    ▸ Ausschuss für Soziales                            23.03.2027    Vorberatung
  Stadtrat
    ▸ Stadtrat                                          13.04.2027    Entscheidung


Beschlussvorschlag

Der Stadtrat beschließt das Vorgehen.
"""


def test_the_title_as_the_first_lines_of_the_page() -> None:
    check(
        TITLE_FIRST,
        {"subject": "Quartierskonzept „Nordstadt verbindet“ – Themen, Beirat und Begleitung der Beteiligung"},
    )


def test_a_letterhead_with_a_contact_line_is_no_title() -> None:
    """Without the title at the top, the letterhead over the Beratungsfolge (its contact line with a
    telephone number) is no subject."""
    text = TITLE_FIRST.split("\n\n", 1)[1]
    assert "STADTVERWALTUNG" not in (extract(text).get("subject") or "")


COVER = """Musterkreis · e-Akte                                                          Dokumentinformation
═════════════════════════════════════════════════════════════════════════════════════════════════

  Dokumentart                      Sitzungsvorlage (Beschlussvorlage)
  Vorlagen-Nr. (Sitzungsdienst)    KT-041/2027
  Datum der Vorlage                15.03.2027
  Betreff                          Teilhabeplan des Musterkreises 2028–2032 – Beschluss des Plans
                                   und Bildung eines Beirats
  Aktenzeichen                     50.2-0113/2027
  Organisationseinheit             Amt 50 – Soziales
  Erstellt                         02.03.2027 09:12 (Weber, Tom)

═════════════════════════════════════════════════════════════════════════════════════════════════
Dieses Blatt wird vom Dokumentenmanagementsystem beim Druck erzeugt und ist nicht Teil der Vorlage.

MUSTERKREIS
Der Landrat

Beschlussvorschlag:
Der Kreistag beschließt den Teilhabeplan.
"""


def test_a_cover_sheets_subject_ends_at_its_next_label() -> None:
    subject = "Teilhabeplan des Musterkreises 2028–2032 – Beschluss des Plans und Bildung eines Beirats"
    check(COVER, {"subject": subject})


def test_a_subject_wrapped_into_its_column_goes_on() -> None:
    """A wrapped line set in the value's column is the subject's, not the next field."""
    text = COVER.replace("und Bildung eines Beirats", "und Bildung eines Beirats für Teilhabe")
    assert extract(text)["subject"].endswith("Beirats für Teilhabe")


PAGE = """27.04.27, 16:02                                             Vorlage 0233/2027 · Bürgerinfo Lindenau

 Bürgerinfo Lindenau        Sitzungen     Gremien     Vorlagen     Recherche

Vorlage 0233/2027
Handlungskonzept „Lindenau.Miteinander“ – Start der Beteiligung, Bildung
der Steuerungsgruppe und Vergabe der Moderation

  \uf15b  Beschlussvorlage                 \uf09c  öffentlich
  \uf073  20.04.2027                       \uf02b  Integrationsmanagement
  \uf007  Berg, Anna


Beratungsfolge

  \uf073  Di., 11.05.2027   \uf017  17:00 Uhr
  \uf19c  Ausschuss für Soziales
  \uf0e3  Vorberatung          \uf09c  öffentlich      \uf3c5  Rathaus, Ratssaal
  ─────────────────────────────────────────────────────────────────────
  \uf073  Di., 25.05.2027   \uf017  17:00 Uhr
  \uf19c  Rat der Stadt Lindenau
  \uf0e3  Entscheidung         \uf09c  öffentlich      \uf3c5  Rathaus, Ratssaal


Beschlussvorschlag

Der Rat beschließt das Vorgehen.
"""


def test_a_web_pages_title_under_its_heading_of_type_and_number() -> None:
    check(
        PAGE,
        {
            "subject": "Handlungskonzept „Lindenau.Miteinander“ – Start der Beteiligung, Bildung der "
            "Steuerungsgruppe und Vergabe der Moderation"
        },
    )


def test_a_web_pages_card_of_a_meeting_is_no_title() -> None:
    """Without the title, the last card of the Beratungsfolge (its cells after icons) is no subject."""
    text = PAGE.replace(
        "Handlungskonzept „Lindenau.Miteinander“ – Start der Beteiligung, Bildung\n"
        "der Steuerungsgruppe und Vergabe der Moderation\n",
        "",
    )
    assert "\uf19c" not in (extract(text).get("subject") or "")


LEGEND = """KREIS MUSTERLAND               B E S C H L U S S V O R L A G E
Der Landrat
                               Beratungsfolge
Vorlage                          16:00  Migrationsbeirat · Kreishaus
VO/2027/0301                            TOP Ö 5 Teilhabeprogramm

Datum                            17:00  Kreistag · Kreishaus
21.04.2027                              TOP Ö 11 Teilhabeprogramm

                               Ö = öffentlicher, N = nichtöffentlicher Teil

Beschlussvorschlag

Der Kreistag beschließt:
"""


def test_a_legend_of_codes_is_no_subject() -> None:
    assert "öffentlicher" not in (extract(LEGEND).get("subject") or "")


VERSIONS = """Stadt Lindenau
Der Bürgermeister
Fachbereich Soziales (50)

A N D E R U N G S V O R L A G E

                              {old}          {new}
  Vorlage-Nr.                 50/0211/2027              50/0211/2027-1
  Datum                       02.03.2027                16.03.2027
  Status                      öffentlich                öffentlich

Betreff:  Teilhabeplan Lindenau 2028–2032 – Beschluss des Plans

Beschlussvorschlag

Der Rat beschließt den Teilhabeplan.
"""


def test_a_head_of_versions_side_by_side_gives_the_last_versions_values() -> None:
    check(
        VERSIONS.format(old="Ursprungsvorlage", new="1. Änderung "),
        {"doc_number": "50/0211/2027-1", "doc_date": "2027-03-16"},
    )


def test_columns_that_are_no_versions_are_read_as_before() -> None:
    """Heads that name no version ("Stand" / "Vorlage") leave the head as it is: its first value is read."""
    got = extract(VERSIONS.format(old="Stand            ", new="Vorlage     "))
    assert got.get("doc_number") != "50/0211/2027-1"


def test_a_web_pages_date_after_its_calendar_icon() -> None:
    check(PAGE, {"doc_date": "2027-04-20"})


def test_a_meetings_date_after_the_calendar_icon_is_no_papers_date() -> None:
    """Without the head's date, the date of a card of the Beratungsfolge is a meeting's, not the paper's."""
    text = PAGE.replace("  \uf073  20.04.2027                       \uf02b", "  \uf02b")
    assert extract(text).get("doc_date") not in ("2027-05-11", "2027-05-25")


def test_a_head_of_versions_flattened_by_a_pdfs_text_layer() -> None:
    """The gaps closed into single spaces: the number's and the date's rows still part their values."""
    text = VERSIONS.format(old="Ursprungsvorlage", new="1. Änderung")
    flat = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    check(flat, {"doc_number": "50/0211/2027-1", "doc_date": "2027-03-16"})


def test_a_cards_cells_without_their_icons_are_no_title() -> None:
    """A PDF of the page that dropped the icons: the last card's line of role, status and room is the table's."""
    text = "\n".join(" ".join(line.replace("\uf0e3", "").replace("\uf09c", "").split()) for line in PAGE.split("\n"))
    assert "öffentlich" not in (extract(text).get("subject") or "")


def test_a_cover_sheet_flattened_by_a_pdfs_text_layer() -> None:
    """The gaps closed into single spaces: the file's label and reference end the subject."""
    flat = "\n".join(" ".join(line.split()) for line in COVER.split("\n"))
    subject = "Teilhabeplan des Musterkreises 2028–2032 – Beschluss des Plans und Bildung eines Beirats"
    check(flat, {"subject": subject})
