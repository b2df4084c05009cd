"""A Beratungsfolge with a column of the meeting's place right after the bodies', single-spaced as a PDF's text
gives it: each body's name ends where the place's begins (a building's or a room's word, a building name's
adjectives before it, else the capitalised words after a name read by its grammar); a place's rest wrapped under
its row is no part of the body, a name left open goes on; a cut word's dateless rest names no body."""

from __future__ import annotations

from tests.consultations.test_consultations import run

HEAD = "Beratungsfolge\nDatum Uhrzeit Gremium Sitzungsort Art\n"
END = "\nBegründung\nDer Stadtrat beschließt.\n"


def test_bodies_cut_where_places_begin() -> None:
    text = (
        HEAD + "04.05.2028 18:00 Ortsrat Nordheide Bürgerhaus Anhörung, ö\n"
        "Nordheide\n"
        "09.05.2028 17:00 Ausschuss für Kultur, Kleiner Saal, Raum 12 Vorberatung, ö\n"
        "Sport und Freizeit\n"
        "16.05.2028 15:00 Hauptausschuss Altes Rathaus, Sitzungszimmer Vorbera-\n"
        "tung, nö\n"
        "25.05.2028 17:00 Rat der Stadt Musterhausen Stadthalle Beschluss, ö\n" + END
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Ortsrat Nordheide", "2028-05-04"),
        ("Ausschuss für Kultur, Sport und Freizeit", "2028-05-09"),
        ("Hauptausschuss", "2028-05-16"),
        ("Rat der Stadt Musterhausen", "2028-05-25"),
    ]


def test_rows_whose_words_an_export_sets_two_spaces_apart() -> None:
    """A PDF text export stretches a justified row's every gap to two spaces: no columns, one a word, but the
    single-spaced row, cut where its place begins; a comma before a gap shows it, as no cell ends so."""
    text = (
        HEAD + "04.05.2028  18:00  Ortsrat  Nordheide  Grundschule  Nordheide,  Aula\nAnhörung, ö\n"
        "25.05.2028 17:00 Rat der Stadt Musterhausen Stadthalle Beschluss, ö\n" + END
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Ortsrat Nordheide", "2028-05-04"),
        ("Rat der Stadt Musterhausen", "2028-05-25"),
    ]


def test_body_name_by_its_grammar() -> None:
    """No building's word in the place: the body's name ends after its genitive and own name."""
    text = HEAD + "25.05.2028 17:00 Rat der Stadt Musterhausen Forum Am Markt Beschluss, ö\n" + END
    _, rows = run(text)
    assert [r.body for r in rows] == ["Rat der Stadt Musterhausen"]


def test_name_items_are_no_place() -> None:
    """A building's word that is an item of the name's list ("Schule und Sport"), an empty place cell, and a
    name's prefix ("Bad") keep the body whole."""
    text = (
        HEAD + "09.05.2028 17:00 Ausschuss für Schule und Sport Rathaus, Raum 3 Vorberatung, ö\n"
        "10.05.2028 17:00 Ausschuss für Umwelt und Verkehr Vorberatung, ö\n"
        "11.05.2028 18:00 Ortsrat Bad Nordheim Anhörung, ö\n" + END
    )
    _, rows = run(text)
    assert [r.body for r in rows] == [
        "Ausschuss für Schule und Sport",
        "Ausschuss für Umwelt und Verkehr",
        "Ortsrat Bad Nordheim",
    ]


def test_no_place_column_no_cut() -> None:
    """Without a place column the same words stay the body's: the header says where a place stands."""
    text = (
        "Beratungsfolge\nDatum Uhrzeit Gremium Art\n"
        "25.05.2028 17:00 Verwaltungsausschuss Neues Rathaus Beschluss, ö\n" + END
    )
    _, rows = run(text)
    assert [r.body for r in rows] == ["Verwaltungsausschuss Neues Rathaus"]


def test_dateless_rows_of_a_dated_table() -> None:
    """A wrapped cell's rest opening in lower case is no row; a party group without its date stays one."""
    text = (
        "Beratungsfolge Termin Stand Abstimmung\n"
        "SPD-Fraktion Beratung\n"
        "Mehrheitlich bei 7 Ja-Stimmen, einer\n"
        "Verwaltungsausschuss 23.11.2023 Beratung und Empfehlung Nein-Stimme und einer Enthaltung gem.\n"
        "geänderter Beschluss\n"
        "Beratung und Beschlussfas-\n"
        "Rat 28.11.2023\n"
        "sung\n"
        "Einführung eines Energiemanagementsystems\n" + END
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("SPD-Fraktion", None),
        ("Verwaltungsausschuss", "2023-11-23"),
        ("Rat", "2023-11-28"),
    ]
