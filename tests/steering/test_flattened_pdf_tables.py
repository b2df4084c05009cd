"""Members tables as a PDF's text layer gives them, every gap closed to one space (invented examples):
columns by sector under a header cell of two words joined by a slash ("Magistrat / Verwaltung"), rows
labelled with a colon whose label broke over two lines after a slash ("Ortsteil Nord/" over "Süd:"),
a table of bodies, their members and deputies whose bodies run to three words and more; and near misses
that must give no such members."""

from __future__ import annotations

from pipeline.lang.de.names import is_first_name
from tests.steering.test_steering import groups_of


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


HEAD = "Stadt Wiesenrode\nBeschlussvorlage\n\nBetreff: Teilhabeprogramm 2031\n\n"
AFTER = "\nDer Kreis tagt viermal im Jahr; die Geschäftsführung liegt beim Amt 50.\n\n5. Kosten\nKeine.\n"

SLASHED_SECTORS = HEAD + (
    "3. Koordinierungskreis Teilhabe\n"
    "Der Koordinierungskreis steuert das Programm. Die Mitglieder sind nach ihren entsendenden\n"
    "Bereichen geordnet:\n\n"
    + _flat(
        "  Rat / Verwaltung           Stadtverordnete          Beirat             Träger\n"
        "  -----------------------    ---------------------    ---------------    ----------------------\n"
        "  Stadträtin Helga Brückner  Jonas Weber (SPD)        Omar Haddouchi     Petra Lange (Diakonie\n"
        "  (Vorsitz)                  Ilse Brandt (CDU)        Vera Kunze         Wiesenrode)\n"
        "  Bernd Roth (Amt 50)        Lukas Stein (GRÜNE)                         Kai Albers (Volks-\n"
        "                                                                         hochschule Wiesenrode)\n"
    )
    + AFTER
)


def test_sector_columns_under_a_slashed_header_cell_give_their_persons() -> None:
    """ "Rat / Verwaltung" is one header cell: four cells over four columns, a rule under each, the
    persons of every line the members."""
    assert sorted(_members(SLASHED_SECTORS)) == sorted(
        [
            "Helga Brückner",
            "Jonas Weber",
            "Omar Haddouchi",
            "Petra Lange",
            "Ilse Brandt",
            "Vera Kunze",
            "Bernd Roth",
            "Lukas Stein",
            "Kai Albers",
        ]
    )


def test_a_slashed_header_over_bodies_gives_no_persons() -> None:
    """The same header over lines naming bodies only: no person, no member read as one."""
    text = HEAD + (
        "3. Koordinierungskreis Teilhabe\n"
        "Der Koordinierungskreis steuert das Programm. Die Mitglieder sind nach ihren entsendenden\n"
        "Bereichen geordnet:\n\n"
        + _flat(
            "  Rat / Verwaltung           Stadtverordnete          Beirat             Träger\n"
            "  -----------------------    ---------------------    ---------------    -----------------\n"
            "  Amt 50                     Fraktion SPD             Integrationsrat    Diakonie\n"
            "  Amt 40                     Fraktion CDU                                Volkshochschule\n"
        )
        + AFTER
    )
    assert all(m not in {"Rat / Verwaltung", "Stadtverordnete Beirat Träger"} for m in _members(text))


BROKEN_LABEL = HEAD + (
    "3. Arbeitskreis Teilhabe\n"
    "Der Arbeitskreis begleitet die Umsetzung. Den Vorsitz hat die Erste Stadträtin.\n\n"
    + _flat(
        "   Verwaltung:        Erste Stadträtin Dr. Hanna Kessler (Vorsitz);\n"
        "                      Tim Roloff, Fachdienst 40\n"
        "   Ortsteil Nord:             Bürgerverein Nord e. V. – Gerda Brinkmann\n"
        "   Ortsteil Ober-/\n"
        "   Unterwiesen:               Dorfverein Wiesen – Malte Ohlsen\n"
        "   Fachleute:         Jobcenter Wiesenrode – Sina Krüger;\n"
        "                      Diakonie Wiesenrode – Olaf Meinke\n"
    )
    + AFTER
)


def test_a_colon_label_broken_after_a_slash_goes_on_with_its_row() -> None:
    """ "Ortsteil Ober-/" over "Unterwiesen:  …": the label's first line is no row's wrapped rest, so the
    row above stays a person's and the block is read whole."""
    assert _members(BROKEN_LABEL) == [
        "Dr. Hanna Kessler",
        "Tim Roloff",
        "Gerda Brinkmann",
        "Malte Ohlsen",
        "Sina Krüger",
        "Olaf Meinke",
    ]


def test_a_line_ending_in_a_slash_before_a_sentence_is_no_label() -> None:
    """A slash ending a row's line with a sentence under it (no colon row) is no label's first line: the
    block gives no member from the sentence."""
    text = HEAD + (
        "3. Arbeitskreis Teilhabe\n"
        "Der Arbeitskreis begleitet die Umsetzung.\n\n"
        + _flat(
            "   Verwaltung:        Erste Stadträtin Dr. Hanna Kessler (Vorsitz)\n"
            "   Ortsteil Nord:     Bürgerverein Nord e. V. – Gerda Brinkmann\n"
            "   Ortsteil Süd/\n"
            "   Die Sitze der Ortsteile werden später besetzt.\n"
        )
        + AFTER
    )
    assert "Ortsteil Süd/" not in _members(text)
    assert not any("Sitze" in m for m in _members(text))


SENDING = HEAD + (
    "3. Koordinierungskreis Teilhabe\n"
    "Die Umsetzung steuert ein Koordinierungskreis. Jede entsendende Stelle benennt ein ordentliches\n"
    "Mitglied und eine Stellvertretung:\n\n"
    + _flat(
        "Entsendende Stelle                 ordentliches Mitglied         Stellvertretung\n"
        "Stadtverwaltung, Sozialdezernent   Dr. Paul Henning              Anke Vogt\n"
        "                                   (Vorsitz)\n"
        "Büro für Teilhabe                  Selin Arslan                  Jan Borchers\n"
        "Beirat für Teilhabe der Stadt      Yusuf Kaya                    Mila Hoffmann\n"
        "Caritasverband für den Kreis       Rita Lenz                     Heiko Brandt\n"
        "Wiesenrode e. V.\n"
    )
    + AFTER
)


def test_a_flattened_sending_table_with_long_bodies_gives_every_member() -> None:
    """Each row cut from its end: the deputy's name, then the member's, the rest the body, however
    many words it runs to; the deputies no members."""
    found = _members(SENDING)
    assert found == ["Dr. Paul Henning", "Selin Arslan", "Yusuf Kaya", "Rita Lenz"]
    assert not {"Anke Vogt", "Jan Borchers", "Mila Hoffmann", "Heiko Brandt"} & set(found)


SEATS_NAMED = HEAD + (
    "4. Lenkungsgruppe\n"
    "Die Lenkungsgruppe steuert die Erarbeitung. Ihr gehören elf Personen an: der Bürgermeister als\n"
    "Vorsitzender, zwei Mitglieder des Rats, die Ortsteile und die Partner. Für die Sitze wurden benannt:\n\n"
    + _flat(
        "  Stadt               Bürgermeister Rainer Klostermann (Vorsitz)\n"
        "                      Integrationsbeauftragte Sinem Acar\n"
        "  Rat                 Ratsmitglied Holger Brandes (CDU)\n"
        "                      Ratsmitglied Frauke Lindemann (SPD)\n"
        "  OT Au (Nord)        Ortsvorsteherin Gisela Marx\n"
        "  OT Berg             Ortsvorsteher Uwe Pohl\n"
        "  Partner             Jobcenter Wiesenrode – Timo Kessler\n"
        "                      Diakonisches Werk Wiesenrode e. V. – Anja Roth\n"
        "                      Beirat für Vielfalt und Teilhabe – Kemal Yilmaz\n"
    )
    + "\n6. Kosten\nKeine.\n"
)


def test_flattened_rows_each_ending_in_one_person_give_the_persons() -> None:
    """Each line a label, an office or a body and a dash, then its one person: the label column's gap closed,
    the persons are the members, a bracket of the label's own ("OT Au (Nord)") no part of the member."""
    assert _members(SEATS_NAMED) == [
        "Rainer Klostermann",
        "Sinem Acar",
        "Holger Brandes",
        "Frauke Lindemann",
        "Gisela Marx",
        "Uwe Pohl",
        "Timo Kessler",
        "Anja Roth",
        "Kemal Yilmaz",
    ]


def test_flattened_rows_of_bodies_give_no_person_joined_to_a_label() -> None:
    """The same block naming bodies only (no person at a line's end): no row is read as a person, and the
    part of a body after its dash is no member of its own."""
    text = HEAD + (
        "4. Lenkungsgruppe\n"
        "Die Lenkungsgruppe steuert die Erarbeitung. Für die Sitze wurden benannt:\n\n"
        + _flat(
            "  Stadt               Fachbereich Soziales\n"
            "                      Büro für Teilhabe\n"
            "  Rat                 Fraktion CDU\n"
            "  Partner             Jobcenter Wiesenrode – Geschäftsstelle Nord\n"
            "                      Diakonisches Werk Wiesenrode e. V.\n"
        )
        + "\n6. Kosten\nKeine.\n"
    )
    found = _members(text)
    assert not any(is_first_name(m.split()[0]) for m in found)
    assert "Geschäftsstelle Nord" not in found


BANKED_PERSONS = HEAD + (
    "3. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe steuert die Umsetzung. Sie besteht aus sechs Mitgliedern; den Vorsitz\n"
    "führt die Bürgermeisterin für Soziales.\n\n"
    + _flat(
        "   Bereich            Institution                               Person\n"
        "   Verwaltung         Dezernat 3                                Frau Bürgermeisterin\n"
        "                                                                Dr. Hanna Kessler\n"
        "                      Sozialamt                                 Herr Tim Roloff\n"
        "   Stadtrat           Fraktion CDU                              Herr Stadtrat Malte Ohlsen\n"
        "                      Fraktion SPD                              Frau Stadträtin Gerda Brinkmann\n"
        "   Beirat             Beirat für Teilhabe                       Frau Sina Krüger\n"
        "                                                                (Vorsitzende)\n"
        "   Freie Träger       Diakonisches Werk Wiesenrode und Umgebung Herr Olaf Meinke\n"
        "                      e. V.\n"
    )
    + "\nDie Geschäftsführung liegt beim Sozialamt.\n"
)


def test_a_flattened_table_led_by_a_bank_gives_the_addressed_persons() -> None:
    """ "Bereich Institution Person": each row cut where the salutation opens its person, an office after
    the salutation left out, a name under an office alone ("Frau Bürgermeisterin" / "Dr. Hanna Kessler")
    the row's person, a chair's mark on a line of its own the person's above."""
    found = [(m.member, m.is_chair) for g in groups_of(BANKED_PERSONS) for m in g.members]
    assert found == [
        ("Dr. Hanna Kessler", False),
        ("Tim Roloff", False),
        ("Malte Ohlsen", False),
        ("Gerda Brinkmann", False),
        ("Sina Krüger", True),
        ("Olaf Meinke", False),
    ]


def test_a_bank_led_header_over_rows_without_salutations_gives_no_person_rows() -> None:
    """The same header over rows naming no person after a salutation: no such table, no row read as a
    person."""
    text = HEAD + (
        "3. Lenkungsgruppe Teilhabe\n"
        "Die Lenkungsgruppe steuert die Umsetzung.\n\n"
        + _flat(
            "   Bereich            Institution                 Person\n"
            "   Verwaltung         Dezernat 3                  Leitung\n"
            "   Stadtrat           Fraktion CDU                ein Mitglied\n"
        )
        + "\nDie Geschäftsführung liegt beim Sozialamt.\n"
    )
    assert not any(is_first_name(m.split()[0]) for m in _members(text))


REPRESENTED_BY_FUNCTION = HEAD + (
    "Arbeitskreis Teilhabe\n"
    "Der Arbeitskreis tritt viermal im Jahr zusammen. Er setzt sich wie folgt zusammen:\n\n"
    + _flat(
        "Institution                                        vertreten durch\n"
        "Stadt Wiesenrode (Vorsitz)                         Bürgermeisterin\n"
        "Fachdienst 2 – Jugend, Schule und Sport            Fachdienstleitung\n"
        "Familienzentrum Wiesenrode                         Leitung\n"
        "Ev.-luth. Kirchengemeinde Wiesenrode               Pfarrerin\n"
        "Nachbarschaftshilfe Wiesenrode e. V.               zwei Personen\n"
        "Ortsteile                                          je eine Person je Ortsteil\n"
    )
    + "\nModeration\nDie Moderation übernimmt das Amt 50.\n"
)


def test_bodies_represented_by_function_give_the_bodies() -> None:
    """ "Institution vertreten durch" flattened: each row's function or count of persons at its end, the
    rest the body, which is the member; "(Vorsitz)" after a body makes it the chair."""
    found = [(m.member, m.is_chair) for g in groups_of(REPRESENTED_BY_FUNCTION) for m in g.members]
    assert found == [
        ("Stadt Wiesenrode", True),
        ("Fachdienst 2 – Jugend, Schule und Sport", False),
        ("Familienzentrum Wiesenrode", False),
        ("Ev.-luth. Kirchengemeinde Wiesenrode", False),
        ("Nachbarschaftshilfe Wiesenrode e. V.", False),
        ("Ortsteile", False),
    ]


def test_a_row_ending_in_no_function_leaves_the_table_to_other_readers() -> None:
    """A row ending in a word that is no function nor count ("Wiesenrode"): its cells cannot be told apart,
    so the table gives no member rather than a body cut short or run into its function."""
    text = REPRESENTED_BY_FUNCTION.replace("Familienzentrum Wiesenrode Leitung", "Familienzentrum Wiesenrode")
    assert _members(text) == []
