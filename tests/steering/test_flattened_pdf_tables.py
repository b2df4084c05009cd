"""Members tables as a PDF's text layer gives them, every gap closed to one space (invented examples):
columns by sector under a header cell of two words joined by a slash ("Magistrat / Verwaltung"), rows
labelled with a colon whose label broke over two lines after a slash ("Ortsteil Nord/" over "Süd:"),
a table of bodies, their members and deputies whose bodies run to three words and more; and near misses
that must give no such members."""

from __future__ import annotations

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
