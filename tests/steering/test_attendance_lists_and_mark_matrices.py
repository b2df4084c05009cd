"""Members in forms of their own that speak of the group by its name (invented examples): the attendance
list heading the minutes of the group's meeting (:mod:`extractors.steering.attendance`), headings of
members over statuses or statuses over lettered headings, persons parted by semicolons or set a line each,
as written and as a PDF's text layer gives it back without indents; and a matrix of several bodies whose
column the group's short name heads (:mod:`extractors.steering.matrix`), the short name given by a legend
or a bracket. Near misses give nothing: the minutes of another body, a list of guests alone, a matrix whose
legend names no group of the document's or whose group's column marks advisory persons alone."""

from __future__ import annotations

import re

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept 2030\n\n"
AFTER = "\n\n4. Kosten\nEs entstehen keine Kosten.\n"
LEAD = (
    "3. Lenkungsgruppe Teilhabe\n"
    "Zur Begleitung der Umsetzung wurde eine Lenkungsgruppe gebildet. Wer ihr angehört, zeigt der Auszug aus\n"
    "der Niederschrift ihrer ersten Sitzung:\n\n"
)

HEADINGS = (
    "   Auszug aus der Niederschrift                                   Anlage 2\n"
    "   über die 1. Sitzung der Lenkungsgruppe Teilhabe\n\n"
    "   Datum:          Dienstag, 02.03.2027, 17:00 bis 19:00 Uhr\n"
    "   Ort:            Rathaus, Raum 104\n\n"
    "   Stimmberechtigte Mitglieder\n"
    "     anwesend:     Bürgermeisterin Dr. Greta Lindqvist (Vorsitz); Bernd Voss (Fachbereich\n"
    "                   Schule und Sport); Ratsmitglied Ilse Kramer (SPD); Mira Sander\n"
    "                   (Caritasverband Nordheide)\n"
    "     entschuldigt: Ratsmitglied Paul Engel (CDU); Kemal Aydın (Verbund Nordheider\n"
    "                   Migrantenorganisationen e. V.)\n"
    "   Beratendes Mitglied\n"
    "     anwesend:     Jonas Weber (Polizeiinspektion Nordheide)\n"
    "   Gäste:          Lea Brandt (Praktikantin); Ole Lind (Landkreis Nordheide)\n"
    "   Moderation:     Eva Roth, Büro Dialog, Hannover\n"
    "   Protokoll:      Kai Muster (Fachbereich Soziales)\n\n"
    "   TOP 1   Begrüßung\n"
    "           Die Vorsitzende eröffnet die Sitzung (fünf von sechs Mitgliedern anwesend).\n"
)
NAMES = ["Dr. Greta Lindqvist", "Bernd Voss", "Ilse Kramer", "Mira Sander", "Paul Engel", "Kemal Aydın"]

LETTERED = (
    "   ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄\n"
    "   Protokoll der konstituierenden Sitzung der Lenkungsgruppe Teilhabe\n"
    "   am Dienstag, 2. März 2027, 17:00 Uhr, Rathaus Nordheide\n\n"
    "   Anwesend:\n"
    "     a) Mitglieder\n"
    "        Bürgermeisterin Dr. Greta Lindqvist (Vorsitz)\n"
    "        Bernd Voss, Leiter des Fachbereichs Schule und Sport, für die Schulen\n"
    "        und Kindertagesstätten\n"
    "        Ratsmitglied Ilse Kramer (SPD)\n"
    "        Mira Sander, Caritasverband Nordheide\n"
    "     b) Gäste\n"
    "        Jonas Weber, Polizeiinspektion Nordheide\n\n"
    "   Entschuldigt:\n"
    "        Ratsmitglied Paul Engel (CDU)\n"
    "        Kemal Aydın, Verbund Nordheider Migrantenorganisationen e. V.\n\n"
    "   Protokoll:\n"
    "        Kai Muster, Fachbereich Soziales\n"
    "   ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄\n"
)


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it back: no indents, gaps closed to one space."""
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n"))


def _members(text: str) -> tuple[list[str], str | None]:
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Lenkungsgruppe Teilhabe"]
    return [m.member for m in groups[0].members], groups[0].chair


def test_statuses_under_headings_of_members_and_others() -> None:
    assert _members(HEAD + LEAD + HEADINGS + AFTER) == (NAMES, "Dr. Greta Lindqvist")


def test_lettered_headings_under_statuses() -> None:
    assert _members(HEAD + LEAD + LETTERED + AFTER) == (NAMES, "Dr. Greta Lindqvist")


def test_the_lists_without_indents() -> None:
    assert _members(HEAD + LEAD + _flat(HEADINGS) + AFTER) == (NAMES, "Dr. Greta Lindqvist")
    assert _members(HEAD + LEAD + _flat(LETTERED) + AFTER) == (NAMES, "Dr. Greta Lindqvist")


def test_the_minutes_of_another_body_name_no_members() -> None:
    other = HEADINGS.replace("der Lenkungsgruppe Teilhabe", "des Ausschusses für Soziales")
    names, _ = _members(HEAD + LEAD + other + AFTER)
    assert not set(names) & set(NAMES)


def test_guests_and_the_minutes_writer_alone_name_no_members() -> None:
    guests = (
        "   Niederschrift über die 2. Sitzung der Lenkungsgruppe Teilhabe\n\n"
        "   Gäste:          Lea Brandt (Praktikantin); Ole Lind (Landkreis Nordheide)\n"
        "   Moderation:     Eva Roth, Büro Dialog, Hannover\n"
        "   Protokoll:      Kai Muster (Fachbereich Soziales)\n"
    )
    names, _ = _members(HEAD + LEAD + guests + AFTER)
    assert names == []


def test_a_sentence_about_the_minutes_is_no_head() -> None:
    prose = (
        "3. Lenkungsgruppe Teilhabe\nDie Lenkungsgruppe wurde gebildet. Laut Protokoll der ersten Sitzung\n"
        "der Lenkungsgruppe "
        "Teilhabe waren alle Fraktionen vertreten; die Namen stehen in Anlage 2.\n"
        "Anwesend waren auch Gäste aus den Nachbarkreisen.\n"
    )
    names, _ = _members(HEAD + prose + AFTER)
    assert names == []


MATRIX_LEAD = (
    "3. Lenkungskreis Integration\n"
    "Die Übersicht zeigt, wer in welchem Gremium mitwirkt. Mitglieder des Lenkungskreises sind die in der\n"
    "Spalte LK gekennzeichneten Personen.\n\n"
)
MATRIX = (
    "  Name                   Institution / Funktion                 LK    RG    IF\n"
    "  ─────────────────────  ─────────────────────────────────────  ────  ────  ────\n"
    "  Dr. Greta Lindqvist    Bürgermeisterin                        V           ●\n"
    "  Bernd Voss             Fachbereich Schule und Sport,          ●     ●\n"
    "                         Leiter\n"
    "  Ilse Kramer            Ratsmitglied, SPD-Fraktion             ●\n"
    "  Prof. Dr. Ida          Hochschule Nordheide                   ○\n"
    "  Roth\n"
    "  Mira Sander            Caritasverband Nordheide               ●           ●\n"
    "  Ole Lind               Amt für Statistik                            ●\n"
    "  Kai Muster             Jugendring Nordheide                               ●\n\n"
    "  LK = Lenkungskreis Integration · RG = Redaktionsgruppe · IF = Integrationsforum ·\n"
    "  V = Vorsitz · ● = Mitglied · ○ = beratend, ohne Stimmrecht\n"
)
MATRIX_NAMES = ["Dr. Greta Lindqvist", "Bernd Voss", "Ilse Kramer", "Mira Sander"]

BRACKETED = (
    "3. Steuerungsgruppe\n"
    "Über den Entwurf entscheidet die Steuerungsgruppe (SG). Das Redaktionsteam (RT) bereitet die Texte vor.\n\n"
    "  Mitwirkende im Prozess                                      SG     RT     FF\n"
    "  ──────────────────────────────────────────────────────     ────   ────   ────\n"
    "  Dr. Greta Lindqvist, Beigeordnete, Dezernat II              V\n"
    "  Bernd Voss, Fachbereich Schule und Sport                    x      x\n"
    "  Ole Lind, Amt für Statistik                                        x\n"
    "  Ratsfrau Ilse Kramer, SPD-Fraktion                          x\n"
    "  Mira Sander, Caritasverband Nordheide                       x             x\n"
    "  Kai Muster, Hochschule Nordheide, Institut für                     x\n"
    "     Soziologie\n"
    "  ──────────────────────────────────────────────────────\n"
    "  V = Vorsitz · x = wirkt mit · SG = Steuerungsgruppe · RT = Redaktionsteam · FF = Fachforen\n"
)


def _group(text: str) -> tuple[list[str], list[str], str | None]:
    groups = groups_of(text)
    members = [m.member for m in groups[0].members] if groups else []
    return [g.group_name for g in groups], members, groups[0].chair if groups else None


def test_a_matrix_whose_legend_names_the_group_column() -> None:
    names, members, chair = _group(HEAD + MATRIX_LEAD + MATRIX + AFTER)
    assert (names, members, chair) == (["Lenkungskreis Integration"], MATRIX_NAMES, "Dr. Greta Lindqvist")


def test_a_matrix_whose_column_a_bracket_names() -> None:
    names, members, chair = _group(HEAD + BRACKETED + AFTER)
    assert (names, members, chair) == (["Steuerungsgruppe"], MATRIX_NAMES[:2] + MATRIX_NAMES[2:], "Dr. Greta Lindqvist")


def test_a_matrix_whose_legend_names_no_group_of_the_document() -> None:
    other = MATRIX.replace("LK = Lenkungskreis Integration", "LK = Leitungskonferenz")
    _, members, _ = _group(HEAD + MATRIX_LEAD + other + AFTER)
    assert members == []


def test_a_matrix_whose_group_column_marks_advisory_persons_alone() -> None:
    advisory = MATRIX.replace("V           ●", "○           ●").replace("●     ●\n", "○     ●\n")
    advisory = advisory.replace("Fraktion             ●", "Fraktion             ○").replace(
        "Nordheide               ●", "Nordheide               ○"
    )
    _, members, _ = _group(HEAD + MATRIX_LEAD + advisory + AFTER)
    assert members == []


def test_a_matrix_whose_gaps_a_text_layer_closed_gives_nothing() -> None:
    _, members, _ = _group(HEAD + MATRIX_LEAD + _flat(MATRIX) + AFTER)
    assert not {"Ole Lind", "Kai Muster"} & set(members)


REPLY_LEAD = (
    "3. Lenkungskreis Integration\n"
    "Der Lenkungskreis begleitet die Erarbeitung des Plans. Die Verwaltung hat vier Stellen gebeten, ein\n"
    "Mitglied und eine Vertretung zu benennen; die Rückmeldebögen sind nachfolgend wiedergegeben.\n\n"
)
REPLIES = (
    "  ┌ Rückmeldung 1 ─────────────────────┐  ┌ Rückmeldung 2 ─────────────────────┐\n"
    "  │ Stelle:     Jobcenter Nordheide    │  │ Stelle:     Ratsfraktion SPD       │\n"
    "  │ ☒ entsendet    ☐ entsendet nicht   │  │ ☒ entsendet    ☐ entsendet nicht   │\n"
    "  │ Mitglied:   Greta Lindqvist        │  │ Mitglied:   Ratsfrau Ilse Kramer   │\n"
    "  │ Funktion:   Bereichsleiterin Markt │  │ Funktion:   Sprecherin             │\n"
    "  │             und Integration        │  │ Vertretung: Ratsherr Paul Engel    │\n"
    "  │ Vertretung: Bernd Voss             │  │ Eingang:    30.03.2027             │\n"
    "  └────────────────────────────────────┘  └────────────────────────────────────┘\n"
    "  ┌ Rückmeldung 3 ─────────────────────┐  ┌ Rückmeldung 4 ─────────────────────┐\n"
    "  │ Stelle:     Caritasverband         │  │ Stelle:     IHK Nordheide          │\n"
    "  │             Nordheide e. V.        │  │                                    │\n"
    "  │ ☒ entsendet    ☐ entsendet nicht   │  │ ☐ entsendet    ☒ entsendet nicht   │\n"
    "  │ Mitglied:   Mira Sander            │  │ Mitglied:   –                      │\n"
    "  │ Vertretung: –                      │  │ Bemerkung:  Teilnahme als Gast     │\n"
    "  │                                    │  │             (Frau Eva Roth)        │\n"
    "  └────────────────────────────────────┘  └────────────────────────────────────┘\n"
)


def test_reply_forms_tiled_two_a_row() -> None:
    names, members, _ = _group(HEAD + REPLY_LEAD + REPLIES + AFTER)
    assert (names, members) == (["Lenkungskreis Integration"], ["Greta Lindqvist", "Ilse Kramer", "Mira Sander"])
    _, flat, _ = _group(HEAD + REPLY_LEAD + _flat(REPLIES) + AFTER)
    assert flat == ["Greta Lindqvist", "Ilse Kramer", "Mira Sander"]


def test_a_reply_form_that_declines_names_no_member() -> None:
    declined = REPLIES.replace(
        "│ ☒ entsendet    ☐ entsendet nicht   │  │ ☐", "│ ☐ entsendet    ☒ entsendet nicht   │  │ ☐"
    )
    _, members, _ = _group(HEAD + REPLY_LEAD + declined + AFTER)
    assert members == ["Greta Lindqvist", "Ilse Kramer"]  # box 3 declines now; box 4 names a guest, a deputy none


def test_contact_cards_without_a_members_field_name_no_members() -> None:
    cards = re.sub(r"Mitglied:  ", "Kontakt:   ", REPLIES)
    _, members, _ = _group(HEAD + REPLY_LEAD + cards + AFTER)
    assert not {"Greta Lindqvist", "Ilse Kramer", "Mira Sander"} & set(members)


def test_an_office_held_by_virtue_of_office_is_no_member() -> None:
    prose = (
        "3. Lenkungskreis Integration\nDer Lenkungskreis begleitet die Umsetzung des Konzepts. Ebenfalls kraft Amtes\n"
        "gehört ihm die Leiterin der Koordinierungsstelle, Gül Demirel, an.\n"
    )
    _, members, _ = _group(HEAD + prose + AFTER)
    assert "kraft Amtes" not in members


PORTRAIT_LEAD = (
    "3. Steuerungsgruppe Integration\n"
    "Die Steuerungsgruppe soll die Umsetzung steuern. Für das Konzept haben sich ihre Mitglieder mit kurzen\n"
    "Porträts vorgestellt:\n\n"
)
PORTRAITS = (
    "  Greta Lindqvist                                                   Vorsitz\n"
    "  Beigeordnete für Soziales, Landratsamt Nordheide\n"
    "  „Integration entscheidet sich in unseren Gemeinden.“\n\n"
    "  Bernd Voss                                                stellv. Vorsitz\n"
    "  Vorsitzender des Kreisbeirats für Migration und Integration\n"
    "  „Wer neu ankommt, braucht jemanden, der übersetzt.“\n\n"
    "  Dr. Ilse Kramer\n"
    "  Kreisrätin, Fraktion Freie Wähler\n"
    "  „Im ländlichen Raum ist der Bus das größte Hindernis.“\n\n"
    "Gäste werden je nach Thema eingeladen.\n"
)


def test_portraits_with_quotations() -> None:
    names, members, chair = _group(HEAD + PORTRAIT_LEAD + PORTRAITS + AFTER)
    assert (names, members, chair) == (
        ["Steuerungsgruppe Integration"],
        ["Greta Lindqvist", "Bernd Voss", "Dr. Ilse Kramer"],
        "Greta Lindqvist",
    )
    assert _group(HEAD + PORTRAIT_LEAD + _flat(PORTRAITS) + AFTER)[1:] == (
        ["Greta Lindqvist", "Bernd Voss", "Dr. Ilse Kramer"],
        "Greta Lindqvist",
    )


def test_quotations_after_a_paragraph_without_a_colon_are_no_portraits() -> None:
    lead = PORTRAIT_LEAD.replace("vorgestellt:", "vorgestellt. Stimmen aus dem Forum.")
    _, members, _ = _group(HEAD + lead + PORTRAITS + AFTER)
    assert members == []


LETTER_LEAD = (
    "3. Lenkungskreis Integration\n"
    "Der Lenkungskreis begleitet die Umsetzung des Konzepts. Die entsendenden Stellen haben ihre Mitglieder\n"
    "schriftlich benannt; das Wesentliche lautet:\n\n"
)
LETTERS = (
    "    Caritasverband Nordheide – Schreiben vom 08.03.2027\n"
    "        „… benennen wir für den Lenkungskreis Frau Mira Sander, Leiterin des Fachdienstes\n"
    "        Migration. Bei Verhinderung vertritt sie Herr Bernd Voss.“\n\n"
    "    Agentur für Arbeit Nordheide – E-Mail vom 02.03.2027\n"
    "        „Für die Agentur wird Herr Ole Lind in den Lenkungskreis entsandt.“\n\n"
    "    Migrantenforum Nordheide e. V. – Schreiben vom 15.03.2027\n"
    "        „Der Vorstand hat Herrn Kemal Aydın als Vertreter des Forums bestimmt; seine\n"
    "        Stellvertreterin ist Frau Ana Lucía Moreno.“\n\n"
    "    IHK Nordheide – Schreiben vom 18.03.2027\n"
    "        „… sehen wir von einer Benennung derzeit ab. Gern nehmen wir als Gast teil (Frau Eva Roth).“\n\n"
    "Der Sitz der IHK bleibt vorerst frei.\n"
)


def test_quoted_letters_nominating_members() -> None:
    names, members, _ = _group(HEAD + LETTER_LEAD + LETTERS + AFTER)
    assert (names, members) == (["Lenkungskreis Integration"], ["Mira Sander", "Ole Lind", "Kemal Aydın"])
    assert _group(HEAD + LETTER_LEAD + _flat(LETTERS) + AFTER)[1] == ["Mira Sander", "Ole Lind", "Kemal Aydın"]


def test_quoted_letters_far_from_the_group_name_no_members() -> None:
    far = LETTER_LEAD.replace("das Wesentliche lautet:", "die Schreiben liegen bei.") + "Weitere Hinweise.\n" * 10
    other = LETTERS.replace("für den Lenkungskreis ", "").replace("in den Lenkungskreis ", "")
    _, members, _ = _group(HEAD + far + "Zu den Stellungnahmen der Verbände:\n\n" + other + AFTER)
    assert not {"Mira Sander", "Ole Lind", "Kemal Aydın"} & set(members)
