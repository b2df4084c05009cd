"""Members in the seat tables, keyed seat blocks, side columns and counted sentences councils print,
each invented, with the look-alikes that must give nothing:

- a table drawn with box glyphs ("Sitz │ entsendende Stelle │ Mitglied │ Vertretung"): the persons, never
  a cell with its drawn line; a drawn box of meetings gives no member;
- a table under a rule whose header wraps a column word onto a second line ("Patenschaft für das" /
  "Handlungsfeld"), the function first; a seat table with seat codes ("Sitz | vergeben an | Sitzinhaber/-in",
  "L", "V1", "G1") and the chair's mark set off by dashes after the name;
- the chair named by an office that stands over the person's name in the table ("Den Vorsitz führt die
  Erste Stadträtin." over "Erste Stadträtin" / "Annette Muster"): the person chairs, the office is no member;
- seats as headings over indented "Mitglied:" / "Vertretung:" lines: the members, no deputy; headings over
  "Telefon:" / "E-Mail:" lines are a contact list and give none;
- two columns by sector whose lines interleave, a body's label over its person and a chair's clause
  between dashes; a group named a steering body by a copula ("… ist das Steuerungsgremium …");
- a persons' column holding two persons apart by a comma or a semicolon ("benannte Person(en)");
- persons addressed one by one in sentences of varied verbs, as many as the size the paragraph states;
  one more or one fewer and none are read;
- the lines of a cost list read as a group's parts ("Ansatz 2027: 8.000 €") are no members.
"""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\n"


def members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def chairs(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members if m.is_chair]


DRAWN = HEAD + (
    "3. Begleitgremium Integration\n\n"
    "Das Begleitgremium berät die Verwaltung. Die Sitze werden wie folgt vergeben:\n\n"
    "  Sitz  │ entsendende Stelle                    │ Mitglied               │ Vertretung\n"
    "  ──────┼───────────────────────────────────────┼────────────────────────┼──────────────────\n"
    "   1    │ Beigeordneter für Soziales            │ Dr. Henrik Wallenbeck  │ Ines Hartmann\n"
    "   2    │ Amt für Soziales und Integration      │ Greta Lindqvist        │ Ole Brandstätter\n"
    "   3    │ Diakonisches Werk Wendenau e. V.      │ Jasmin Okonkwo         │ Pavel Novak\n"
    "   4    │ Verein der Eltern-                    │ Marlene Fuchsberger    │ Timo Rehagen\n"
    "        │ initiativen Wendenau e. V.            │                        │\n\n"
    "Die Vertreterinnen und Vertreter nehmen nur bei Verhinderung teil.\n"
)


def test_drawn_box_table_gives_the_persons() -> None:
    got = members(DRAWN)
    assert got == ["Dr. Henrik Wallenbeck", "Greta Lindqvist", "Jasmin Okonkwo", "Marlene Fuchsberger"], got


def test_drawn_box_of_meetings_gives_no_member() -> None:
    text = HEAD + (
        "Die Steuerungsgruppe Integration wird eingerichtet. Ihr gehören an:\n\n"
        "  │ Sozialausschuss          │ 12.05.2027 │ Vorberatung  │\n"
        "  │ Rat der Stadt            │ 24.06.2027 │ Entscheidung │\n\n"
        "Die Geschäftsführung liegt beim Sozialamt.\n"
    )
    assert not any("│" in m for m in members(text)), members(text)


RULED = HEAD + (
    "3. Steuerungsgruppe Integration\n\n"
    "Die Steuerungsgruppe besteht aus vier Personen.\n\n"
    "  Funktion        Name                    Institution                 Patenschaft für das\n"
    "                                                                      Handlungsfeld\n"
    "  ─────────────   ─────────────────────   ─────────────────────────   ──────────────────────\n"
    "  Leitung         Karola Wiesenthal       Bürgermeisterin für Bil-    –\n"
    "                                          dung und Soziales\n"
    "  Schriftführung  Benno Hartkopf          Amt für Soziales            –\n"
    "  Mitglied        Stadtrat Jens Eibel     Fraktion Freie Wähler       Arbeit und Ausbildung\n"
    "  Mitglied        Dilara Aksoy            Kulturverein Brücke e. V.   Sprache und Bildung\n\n"
    "4. Kosten\n"
)


def test_ruled_header_with_a_wrapped_column_word() -> None:
    assert members(RULED) == ["Karola Wiesenthal", "Benno Hartkopf", "Jens Eibel", "Dilara Aksoy"], members(RULED)
    assert chairs(RULED) == ["Karola Wiesenthal"]


SEAT_CODES = HEAD + (
    "3. Lenkungsgruppe Integration\n\n"
    "Die Lenkungsgruppe steuert die Erarbeitung. Die Sitze werden wie folgt vergeben:\n\n"
    "   Sitz   vergeben an                                   Sitzinhaber/-in\n"
    "   ────   ───────────────────────────────────────────   ─────────────────────────\n"
    "   L      Erster Bürgermeister                          Konrad Eschweiler  – Vorsitz –\n"
    "   V1     Fachbereich Jugend und Familie                Liane Osterkamp\n"
    "   G1     Gemeinderatsfraktion CDU                      Stadträtin Edda Brinkhaus\n"
    "   E1     Caritasverband Wendenau e. V.                 Tamara Wiegold\n"
    "   ────   ───────────────────────────────────────────   ─────────────────────────\n"
    "   Sitzschlüssel: L = Leitung, V = Verwaltung, G = Gemeinderat, E = externe Stellen\n\n"
    "Die Lenkungsgruppe hat damit vier Mitglieder.\n"
)


def test_seat_codes_and_a_dashed_chair_mark() -> None:
    got = members(SEAT_CODES)
    assert got == ["Konrad Eschweiler", "Liane Osterkamp", "Edda Brinkhaus", "Tamara Wiegold"], got
    assert chairs(SEAT_CODES) == ["Konrad Eschweiler"]


def test_seat_codes_flattened_by_a_text_layer() -> None:
    flat = "\n".join(" ".join(line.split()) for line in SEAT_CODES.split("\n"))
    got = members(flat)
    assert not any("Sitzinhaber" in m or m.startswith(("L ", "V1 ")) for m in got), got


OFFICE_OVER = HEAD + (
    "B. Steuerungsgruppe Integration\n\n"
    "Die Steuerungsgruppe begleitet den Prozess. Den Vorsitz führt die Erste Stadträtin. Die\n"
    "entsendenden Stellen haben ihre Mitglieder wie folgt benannt:\n\n"
    " entsendende Stelle            benannt mit     Mitglied                 Stellvertretung\n"
    "                               Schreiben vom\n"
    " ───────────────────────────   ─────────────   ──────────────────────   ────────────────────\n"
    " Magistrat                     –               Erste Stadträtin         Stadtrat\n"
    "                                               Annette Morgenroth       Klaus Reiners\n"
    " Fachdienst Soziales           –               Jens Dettweiler          Leonie Schäfer\n"
    " Ausländerbeirat               20.04.2027      Nikola Marković          Amira Haddad\n"
    " ───────────────────────────   ─────────────   ──────────────────────   ────────────────────\n\n"
    "Die Stellvertreterinnen und Stellvertreter nehmen nur im Verhinderungsfall teil.\n"
)


def test_office_over_the_name_makes_the_person_chair() -> None:
    got = members(OFFICE_OVER)
    assert got == ["Annette Morgenroth", "Jens Dettweiler", "Nikola Marković"], got
    assert chairs(OFFICE_OVER) == ["Annette Morgenroth"]


KEYED = HEAD + (
    "3. Koordinierungsgruppe Integration\n"
    "Die Koordinierungsgruppe steuert die Umsetzung. Sie hat drei Mitglieder; für jedes\n"
    "Mitglied wird eine Vertretung benannt.\n\n"
    "   Amtsleiter Bildung und Soziales\n"
    "      Mitglied:   Jörg Lindenau (leitet die Gruppe)\n"
    "      Vertretung: Marion Schoppe\n"
    "   Jobcenter Wendenau, Teamleitung Integration\n"
    "      Mitglied:   Dirk Brederlow\n"
    "      Vertretung: Anja Wolters\n"
    "   Verein Afrikanische Gemeinde Wendenau e. V.\n"
    "      Mitglied:   Emmanuel Owusu-Berg\n"
    "      Vertretung: Grace Mensah\n\n"
    "4. Kosten\n"
)


def test_seat_headings_over_keyed_lines() -> None:
    assert members(KEYED) == ["Jörg Lindenau", "Dirk Brederlow", "Emmanuel Owusu-Berg"], members(KEYED)
    assert chairs(KEYED) == ["Jörg Lindenau"]


def test_headings_over_contact_lines_give_none() -> None:
    text = KEYED.replace("Mitglied:   ", "Telefon:    ").replace("Vertretung: ", "E-Mail:     ")
    assert members(text) == [], members(text)


SIDE = HEAD + (
    "3. Integrationsrunde\n\n"
    "Die Integrationsrunde ist das Steuerungsgremium des Konzepts. Für die Politik und für\n"
    "Verwaltung und Träger ergibt sich folgende Besetzung:\n\n"
    "  Politik                                   Verwaltung und Träger\n"
    "  -------                                   ---------------------\n"
    "  Stadtvertreterin Silke Ratjen (CDU)       Bürgermeisterin Dr. Antje Marold\n"
    "  Stadtvertreter Ole Hanssen (SPD)            – leitet die Integrationsrunde –\n"
    "  Beirat für Migration:                     Volkshochschule Wendenau:\n"
    "    Vorsitzender Dr. Karim Nassar             Wiebke Siewert\n"
    "                                            Jobcenter Kreis Wendenau:\n"
    "                                              Frank Ohlendorf\n\n"
    "Die Integrationsrunde hat sechs Mitglieder.\n"
)


def test_interleaved_side_columns_and_a_dashed_chair_clause() -> None:
    got = members(SIDE)
    expected = ["Silke Ratjen", "Ole Hanssen", "Dr. Karim Nassar", "Dr. Antje Marold", "Wiebke Siewert"]
    assert set(expected + ["Frank Ohlendorf"]) == set(got), got
    assert chairs(SIDE) == ["Dr. Antje Marold"]
    sectors = {m.member: m.sector for g in groups_of(SIDE) for m in g.members}
    assert sectors["Frank Ohlendorf"] == "public_agency", sectors


def test_a_clause_leading_another_body_makes_no_chair() -> None:
    text = SIDE.replace("– leitet die Integrationsrunde –", "– leitet die Volkshochschule –")
    assert "Dr. Antje Marold" not in chairs(text)


SEVERAL = HEAD + (
    "Steuerungsrunde Integration\n"
    "Die Steuerungsrunde begleitet die Umsetzung des Integrationskonzepts. Sie setzt sich\n"
    "wie folgt zusammen:\n\n"
    "   Institution                                   Sitze   benannte Person(en)\n"
    "   Integrationsbeirat                              2     Olga Schreiner (Sprecherin),\n"
    "                                                         Mahmoud Haddadi\n"
    "   Stadtverwaltung, Amt 50                         2     Maria Ebelt; Uwe Kirchhoff\n"
    "   Stadtrat                                        2     Heike Brommer (CDU),\n"
    "                                                         Sven Zieger (DIE LINKE)\n"
    "   Jobcenter Wendenau                              1     Thomas Pilzer\n"
    "                                                 ───\n"
    "   zusammen                                        7\n\n"
    "Prozessbegleitung\n"
)


def test_a_persons_cell_naming_two() -> None:
    got = members(SEVERAL)
    expected = ["Olga Schreiner", "Mahmoud Haddadi", "Maria Ebelt", "Uwe Kirchhoff", "Heike Brommer", "Sven Zieger"]
    assert got == [*expected, "Thomas Pilzer"], got
    assert not {"Integrationsbeirat", "Stadtrat"} & set(got), got


COUNTED = HEAD + (
    "2. Lenkungsgruppe\n\n"
    "Die Umsetzung begleitet eine Lenkungsgruppe aus fünf Köpfen. Den Vorsitz\n"
    "übernimmt der Leiter des Geschäftsbereichs 2, Herr Dr. Florian Zachert. Das\n"
    "Sachgebiet Integration ist mit seiner Leiterin, Frau Katharina Obermeier,\n"
    "vertreten. Für das Jobcenter Wendenau sitzt Frau Ilse Rauschert in der Gruppe, für\n"
    "den Caritasverband Wendenau Herr Benedikt Straßner. Herr Samir Haddadi, Sprecher\n"
    "der Helferkreise, komplettiert die Runde.\n\n"
    "Die Lenkungsgruppe gibt sich eine Geschäftsordnung.\n"
)


def test_persons_addressed_as_many_as_counted() -> None:
    got = members(COUNTED)
    expected = ["Dr. Florian Zachert", "Katharina Obermeier", "Ilse Rauschert", "Benedikt Straßner", "Samir Haddadi"]
    assert got == expected, got
    assert chairs(COUNTED) == ["Dr. Florian Zachert"]


def test_persons_addressed_one_more_than_counted_give_none() -> None:
    text = COUNTED.replace("komplettiert die Runde.", "komplettiert die Runde; Frau Eva Lindner berät sie.")
    assert len(members(text)) <= 1, members(text)


def test_cost_lines_are_no_members() -> None:
    text = HEAD + (
        "Die Steuerungsgruppe Integration begleitet den Prozess. Ihr gehören an:\n\n"
        "- Amt für Soziales\n- Jobcenter Wendenau\n\n"
        "Finanzielle Auswirkungen der Steuerungsgruppe:\n\n"
        "  Produktkonto:              3.1.5.0.01 / 5431000 (Integration)\n"
        "  Ansatz 2027:               8.000 €\n"
    )
    got = members(text)
    assert not any("€" in m or m[:1].isdigit() for m in got), got


def test_seat_headings_flush_over_a_page_break() -> None:
    """A text layer that kept no indent, a page break between a seat's keyed lines."""
    flush = "\n".join(line.strip() for line in KEYED.split("\n"))
    flush = flush.replace("\nVertretung: Anja Wolters", "\n\fVertretung: Anja Wolters")
    assert members(flush) == ["Jörg Lindenau", "Dirk Brederlow", "Emmanuel Owusu-Berg"], members(flush)


def test_an_office_chairing_with_no_table_read_is_no_member() -> None:
    """ "Den Vorsitz führt die Erste Stadträtin.": an ordinal and an office, no person's name."""
    text = HEAD + (
        "Die Steuerungsgruppe Integration begleitet den Prozess. Den Vorsitz führt die Erste Stadträtin.\n"
        "Die Steuerungsgruppe hat neun Mitglieder.\n"
    )
    assert "Erste Stadträtin" not in members(text), members(text)


def test_flattened_persons_cell_apart_by_a_semicolon() -> None:
    flat = "\n".join(" ".join(line.split()) for line in SEVERAL.split("\n"))
    got = members(flat)
    assert {"Maria Ebelt", "Uwe Kirchhoff"} <= set(got), got
    assert not {"Integrationsbeirat", "Stadtrat"} & set(got), got


def test_ruled_header_flattened_by_a_text_layer() -> None:
    """The role-first table under a drawn rule, its gaps flattened and the rule broken over two lines."""
    flat = "\n".join(" ".join(line.split()) for line in RULED.split("\n"))
    flat = flat.replace("───────────────────── ─────────────────────────", "─────────────────────\n─────────")
    got = members(flat)
    assert got == ["Karola Wiesenthal", "Benno Hartkopf", "Jens Eibel", "Dilara Aksoy"], got


def test_a_matrix_of_marks_under_a_rule_is_no_role_table() -> None:
    text = HEAD + (
        "3. Steuerungsgruppe Integration\n\n"
        "Die Übersicht zeigt, wer wo mitwirkt.\n\n"
        "Funktion Name Institution LK RG IF\n"
        "────── ────── ────── ── ── ──\n"
        "Leitung Karola Wiesenthal Amt für Soziales ● ●\n"
        "Mitglied Dilara Aksoy Kulturverein Brücke e. V. ●\n\n"
        "4. Kosten\n"
    )
    assert members(text) == [], members(text)


def test_nominations_table_flattened_by_a_text_layer() -> None:
    """The bodies, the dates of their letters and the members with deputies, the gaps flattened, the header's
    second line ("Schreiben vom") and the drawn rule over the rows; the deputies no members."""
    flat = "\n".join(" ".join(line.split()) for line in OFFICE_OVER.split("\n"))
    got = members(flat)
    assert {"Annette Morgenroth", "Jens Dettweiler", "Nikola Marković"} <= set(got), got
    assert not {"Klaus Reiners", "Leonie Schäfer", "Amira Haddad"} & set(got), got
