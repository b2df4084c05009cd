"""Members read by the grammar of their list: numbered seats with the holder after a dash or on the
line under the body (``extractors/steering/seat_blocks.py``), dotted leaders to the person, the
holder of an office in brackets, labelled paragraphs each ending in a full stop, a table whose
header puts the deputies in brackets, and a paragraph parted by middle dots."""

from __future__ import annotations

from tests.steering.test_steering import groups_of


def _members(text: str) -> tuple[list[str], str | None]:
    groups = groups_of(text)
    assert groups, "no group"
    return [m.member for m in groups[0].members], groups[0].chair


SEATS_ONE_LINE = (
    "2. Koordinierungsrunde\n"
    "\n"
    "Die Koordinierungsrunde Vielfalt Lindenbrück steuert den Aktionsplan. Sie hat sechs Plätze:\n"
    "\n"
    "Platz 1   Amt für Jugend und Soziales – Dr. Jonas Kellermann (Vorsitz)\n"
    "Platz 2   Wirtschaftsförderung Lindenbrück – Greta Falkner\n"
    "Platz 3   Ratsfraktion Neue Mitte – Bernd Oltmanns\n"
    "Platz 4   Volkshochschule Lindenbrück – Carla Degener\n"
    "Platz 5   Sportkreis Lindenbrück e. V. – Sandra Hollmann\n"
    "Platz 6   Kreishandwerkerschaft – die Benennung folgt\n"
    "\n"
    "Weitere Fraktionen dürfen beratend teilnehmen.\n"
)


def test_seats_one_a_line_the_person_after_the_dash() -> None:
    members, chair = _members(SEATS_ONE_LINE)
    assert members == [
        "Dr. Jonas Kellermann",
        "Greta Falkner",
        "Bernd Oltmanns",
        "Carla Degener",
        "Sandra Hollmann",
        "Kreishandwerkerschaft",
    ]
    assert chair == "Dr. Jonas Kellermann"


SEAT_BLOCKS = (
    "3. Beirat\n"
    "\n"
    "Der Begleitkreis berät die Verwaltung und tagt zweimal im Jahr. Er hat vier Plätze:\n"
    "\n"
    "  Platz 1   Stadtverwaltung Lindenbrück, Fachbereich Bildung\n"
    "            Fachbereichsleiterin Kinder und Familie Petra Vollmer – Vorsitz –\n"
    "            vertreten durch: Sachbearbeiter Ulf Rademacher\n"
    "  Platz 2   Fraktion Neue Mitte\n"
    "            Ratsherr Heiko Brandenburg\n"
    "            vertreten durch: Ratsfrau Ilka Steffens\n"
    "  Platz 3   Caritasverband Lindenbrück e. V.\n"
    "            Sabine Mertens\n"
    "            vertreten durch: Tobias Quast\n"
    "  Platz 4   Kreissportbund Lindenbrück\n"
    "            Geschäftsführer Holger Janssen\n"
    "            vertreten durch: N. N.\n"
    "\n"
    "Die Vertretungen kommen nur im Verhinderungsfall.\n"
)


def test_seat_blocks_the_holder_under_the_body_no_deputy() -> None:
    members, chair = _members(SEAT_BLOCKS)
    assert members == ["Petra Vollmer", "Heiko Brandenburg", "Sabine Mertens", "Holger Janssen"]
    assert chair == "Petra Vollmer"


LEADERS = (
    "II. Gremien\n"
    "1. Steuerungskreis Teilhabe. Der Steuerungskreis beschließt die Verteilung der Mittel. Besetzung:\n"
    "\n"
    "    1. Beigeordnete (Vorsitz) ............................ Martina Hollweg\n"
    "    2. Amt für Familie ................................... Dr. Rainer Tiedemann\n"
    "    3. Fraktion Bürgerliste .............................. Ute Kasparek\n"
    "\n"
    "2. Sonstiges. Die Sitzungen sind nicht öffentlich.\n"
)


def test_dotted_leaders_the_person_at_the_right() -> None:
    members, chair = _members(LEADERS)
    assert members == ["Martina Hollweg", "Dr. Rainer Tiedemann", "Ute Kasparek"]
    assert chair == "Martina Hollweg"


HOLDERS = (
    "4. Steuerungsgruppe\n"
    "\n"
    "Die Steuerungsgruppe Teilhabe begleitet die Fachforen. Kraft Amtes gehören ihr an:\n"
    "\n"
    "    – die Bürgermeisterin (zurzeit: Frau Dr. Renate Sommerfeld) als Vorsitzende,\n"
    "    – der Leiter des Ordnungsamts (zurzeit: Herr Falk Rosenthal),\n"
    "    – die Gleichstellungsbeauftragte (zurzeit: Frau Heike Lindner).\n"
    "\n"
    "Scheidet jemand aus dem Amt aus, folgt die Nachfolge ohne neuen Beschluss.\n"
)


def test_office_with_its_holder_in_brackets_the_person() -> None:
    members, chair = _members(HOLDERS)
    assert members == ["Dr. Renate Sommerfeld", "Falk Rosenthal", "Heike Lindner"]
    assert chair == "Dr. Renate Sommerfeld"


LABELLED_PARAGRAPHS = (
    "Der Steuerungskreis plant die Fachforen und berichtet dem Rat. Er hat sechs Mitglieder:\n"
    "\n"
    "Aus dem Rathaus: Beigeordneter Dr. Timo Rehberg, Kämmerer (Vorsitz); Frau Annette\n"
    "Winkler, Bürgerbüro.\n"
    "\n"
    "Aus dem Stadtrat: Frau Karin Pohlmann (SPD); Herr Dieter Wessel (CDU).\n"
    "\n"
    "Aus der Wirtschaft: Frau Sonja Reuter (Handwerkskammer Lindenbrück); Herr Max Dreyer\n"
    "(Sparkasse Lindenbrück).\n"
    "\n"
    "Die Geschäftsstelle liegt beim Bürgerbüro.\n"
)


def test_labelled_paragraphs_each_ending_in_a_full_stop() -> None:
    members, chair = _members(LABELLED_PARAGRAPHS)
    assert members == [
        "Dr. Timo Rehberg",
        "Annette Winkler",
        "Karin Pohlmann",
        "Dieter Wessel",
        "Sonja Reuter",
        "Max Dreyer",
    ]
    assert chair == "Dr. Timo Rehberg"


BRACKETED_DEPUTIES = (
    "C) Lenkungskreis Vielfalt\n"
    "\n"
    "Der Lenkungskreis Vielfalt setzt die Schwerpunkte jedes Jahres und wird von der Beigeordneten\n"
    "Martina Hollweg geleitet. Jede Stelle hat eine Vertretung benannt, die in Klammern steht.\n"
    "\n"
    "   Institution                             Mitglied (Vertretung)\n"
    "   ──────────────────────────────────────  ──────────────────────────────\n"
    "   Stadt Lindenbrück, Dezernat III          Martina Hollweg, Beigeordnete\n"
    "                                           (Vorsitz) (Olaf Brettschneider)\n"
    "   Ratsfraktion Neue Mitte                  Bernd Oltmanns (Kerstin Ahlers)\n"
    "   Volkshochschule Lindenbrück              Carla Degener (Jürgen Pape)\n"
    "   Sportkreis Lindenbrück e. V.             Sandra Hollmann (Wolfgang Frerichs)\n"
    "\n"
    "Die Vertretungen stimmen nur bei Verhinderung ab.\n"
)


def test_bracketed_header_the_deputies_in_brackets_no_members() -> None:
    members, _ = _members(BRACKETED_DEPUTIES)
    assert members == ["Martina Hollweg", "Bernd Oltmanns", "Carla Degener", "Sandra Hollmann"]


DOTTED = (
    "2. Projektgruppe\n"
    "\n"
    "Die Projektgruppe verantwortet den Aktionsplan gegenüber dem Kreistag. Als Mitglieder sind benannt:\n"
    "\n"
    "Landrätin Gabriele Sonntag (Vorsitz) · Kreisrat Jürgen Pape (FDP) · Fachbereichs-\n"
    "leiterin Monika Harms · Frau Ulrike Tammen (Diakonie Lindenbrück)\n"
    "\n"
    "3. Kosten\n"
)


def test_paragraph_parted_by_middle_dots_each_entry_a_member() -> None:
    members, chair = _members(DOTTED)
    assert members == ["Gabriele Sonntag", "Jürgen Pape", "Monika Harms", "Ulrike Tammen"]
    assert chair == "Gabriele Sonntag"


def _flattened(text: str) -> str:
    """The text as a PDF's text layer gives it: gaps closed to one space, indentation gone."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_seats_one_a_line_flattened() -> None:
    members, chair = _members(_flattened(SEATS_ONE_LINE))
    assert members[:2] == ["Dr. Jonas Kellermann", "Greta Falkner"]
    assert members[-1] == "Kreishandwerkerschaft" and len(members) == 6
    assert chair == "Dr. Jonas Kellermann"


def test_seat_blocks_flattened_the_sentence_after_the_last_seat_no_holder() -> None:
    text = _flattened(SEAT_BLOCKS).replace("N. N.\n\n", "N. N.\n")  # no blank line before the sentence
    holders = ["Petra Vollmer", "Heiko Brandenburg", "Sabine Mertens", "Holger Janssen"]
    assert _members(text) == (holders, "Petra Vollmer")


DEPUTIES_BRACKETED_FLAT = (
    "4. Steuerungsgruppe\n"
    "\n"
    "Die Steuerungsgruppe trifft sich quartalsweise, prüft Anträge und berichtet einmal jährlich. Sie wird von\n"
    "Landrätin Marlene Voigtländer geleitet. Die Vertretung jeder Stelle steht in Klammern.\n"
    "\n"
    "Institution Vertreter/in (Stellvertretung)\n"
    "\n"
    "──────────────────────────────\n"
    "\n"
    "──────────────────────\n"
    "Landratsamt Wiesenfeld, Dezernat 3 Marlene Voigtländer, Landrätin\n"
    "(Vorsitz) (Gernot Albers)\n"
    "Kreisjugendamt Wiesenfeld Birgit Hansmann (Falk Wendler)\n"
    "Kreistagsfraktion Bürgerbund Dr. Arne Lüttjohann (Silke Rammler)\n"
    "Handwerkskammer Wiesenfeld Torsten Weigelt (Nora Fiedler)\n"
    "\n"
    "Die Vertretungen stimmen nur im Verhinderungsfall ab.\n"
)


def test_flattened_table_deputies_in_brackets_no_members() -> None:
    read = ["Marlene Voigtländer", "Birgit Hansmann", "Dr. Arne Lüttjohann", "Torsten Weigelt"]
    assert _members(DEPUTIES_BRACKETED_FLAT) == (read, "Marlene Voigtländer")


def test_seats_one_a_line_a_blank_line_after_every_line() -> None:
    lines = _flattened(SEATS_ONE_LINE).split("\n")
    members, chair = _members("\n".join(f"{line}\n" if line else line for line in lines))
    assert len(members) == 6 and members[2] == "Bernd Oltmanns"
    assert chair == "Dr. Jonas Kellermann"
