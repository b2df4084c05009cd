"""Members in the tables and lists of a council system's form, each invented:

- a seat table of three columns set apart by gaps ("Bereich | Sitze | entsendende Stelle"), the
  sending bodies of a row apart by semicolons, a row's cell wrapped under its column: the bodies
  are the members, never the area or the count;
- a table of persons with the function first ("Funktion | Name"): the names are the members;
- a list of delegates with leaders of dots to their count ("Jugendamt ........ 2 Personen") after
  "Es entsenden:";
- a header form whose title in quotes holds a word of membership ("„Gemeinsam zusammen wachsen“")
  leads in no members: the Beratungsfolge under it names none.
"""

from __future__ import annotations

from tests.steering.test_area_tables import members_of as members
from tests.steering.test_steering import groups_of

HEAD = "Landkreis Wendenau\nBeschlussvorlage\n\n"


def test_seat_table_with_sending_bodies() -> None:
    text = HEAD + (
        "4. Steuerungsgruppe\n"
        "Die Steuerungsgruppe hat sieben Sitze. Die Sitze verteilen sich wie folgt:\n\n"
        "Bereich                  Sitze   entsendende Stelle\n"
        "Kreisverwaltung          3       Sozialamt; Ausländerbehörde; Amt für Schule und\n"
        "                                 Kultur\n"
        "Freie Träger             2       Volkssolidarität Wendenau e. V.; Kinderschutzbund\n"
        "                                 Ortsverband Wendenau\n"
        "Arbeitsmarkt             2       Jobcenter Wendenau; Handwerkskammer Wendenau\n\n"
        "5. Kosten\nEs entstehen keine Kosten.\n"
    )
    got = members(text)
    for name in ("Sozialamt", "Ausländerbehörde", "Volkssolidarität Wendenau e. V.", "Jobcenter Wendenau"):
        assert name in got, got
    assert not {"Kreisverwaltung", "Freie Träger", "Arbeitsmarkt", "3", "2"} & set(got), got


def test_persons_with_the_function_first() -> None:
    text = HEAD + (
        "Die Steuerungsgruppe begleitet das Konzept. Berufen werden:\n\n"
        "Funktion                                   Name\n"
        "Dezernent für Bildung, Vorsitz             Herr Malte Kranich\n"
        "Leiterin des Sozialamts                    Frau Edda Lorenzen\n"
        "Sprecher des Vereins Brückenschlag         Herr Tarik Özdemir\n\n"
        "Die Geschäftsführung liegt beim Sozialamt.\n"
    )
    got = members(text)
    assert len(got) == 3, got
    assert all(name in " ".join(got) for name in ("Malte Kranich", "Edda Lorenzen", "Tarik Özdemir")), got
    assert not any("Leiterin" in m or "Dezernent" in m for m in got), got


def test_delegates_with_leaders() -> None:
    text = HEAD + (
        "Die Koordinierungsgruppe tagt viermal im Jahr. Es entsenden:\n\n"
        "Amt für Familie, Jugend und Senioren ............. 2 Personen\n"
        "Agentur für Arbeit Wendenau ...................... 1 Person\n"
        "Evangelische Familienbildungsstätte .............. 1 Person\n\n"
        "Anlagen:\nZeitplan\nKostenübersicht\n"
    )
    got = members(text)
    assert got == [
        "Amt für Familie, Jugend und Senioren",
        "Agentur für Arbeit Wendenau",
        "Evangelische Familienbildungsstätte",
    ], got


def test_a_quoted_title_in_the_head_leads_in_no_members() -> None:
    text = (
        "Landkreis Wendenau\nDer Landrat\n\n"
        "Bezeichnung      Inhalt\n"
        "Art:             Beschlussvorlage\n"
        "Betreff:         Programm „Gemeinsam zusammen wachsen“ – Einrichtung einer\n"
        "                 Steuerungsgruppe\n\n"
        "Beratungsfolge:\n"
        "Gremium                          Sitzungstermin            Ö/N\n"
        "Sozialausschuss                  Mo, 03.03.2025 17:00 Uhr  Ö\n"
        "Kreistag                         Do, 20.03.2025 16:00 Uhr  Ö\n\n"
        "Sachverhalt:\nDie Steuerungsgruppe wird eingerichtet und tagt viermal im Jahr.\n"
    )
    got = members(text)
    assert not {"Sozialausschuss", "Kreistag"} & set(got), got


def test_a_persons_sector_from_the_function_before_the_name() -> None:
    text = HEAD + (
        "Die Steuerungsgruppe begleitet das Konzept. Berufen werden:\n\n"
        "Funktion                                   Name\n"
        "Leiterin des Sozialamts                    Frau Edda Lorenzen\n"
        "Geschäftsführer der Diakonie Wendenau      Herr Jonas Brandl\n\n"
        "Die Geschäftsführung liegt beim Sozialamt.\n"
    )
    sectors = {m.member: m.sector for g in groups_of(text) for m in g.members}
    assert sorted(sectors.values()) == ["administration", "welfare"], sectors
