"""steering: members as the signatures of a joint declaration, where the group's own sentence says those
who sign are its members ("gez." names two a row, or names under signature lines, each over its office and
organisation; supporters' signatures after a line of their own are none; without such a sentence a
signature block names no members); a lead-in counting fields of action leads in no members; an office a
sentence names alone that a table's person holds is that person's seat; a line of prose read as a list's
item without a capital names no member; an item of two bodies, each with its article, is two members
(invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of, test_steering_cases

_GEZ = (
    "Die Partner haben eine Gemeinsame Erklärung unterzeichnet.\n\n"
    "   Wir bilden als Lenkungsgruppe des Bündnisses ein verbindliches Gremium.\n\n"
    "   Musterstadt, 1. März 2027\n\n"
    "   gez. Dr. Anna Beispiel                        gez. Jonas Muster\n"
    "   Bürgermeisterin der Stadt Musterstadt,        Caritasverband Musterstadt e. V.\n"
    "   Vorsitzende der Lenkungsgruppe\n\n"
    "   gez. Lea Probe                                gez. Paul Weber\n"
    "   Vorsitzende des Integrationsrates             Jobcenter Musterkreis\n\n"
    "Die vier Unterzeichnenden bilden die Lenkungsgruppe.\n"
)

_RULED = (
    "Wer für die Lenkungsgruppe unterzeichnet, ist deren Mitglied; den Vorsitz führt die Oberbürgermeisterin.\n\n"
    "Für die Lenkungsgruppe:\n\n"
    "  ______________________________          ______________________________\n"
    "  Dr. Eva Beispiel                         Jonas Muster\n"
    "  Oberbürgermeisterin                      Volkshochschule Musterstadt\n\n"
    "  ______________________________          ______________________________\n"
    "  Stadtrat Ole Probe                       Anna Weber\n"
    "  SPD-Stadtratsfraktion                    Diakonisches Werk Musterstadt e. V.\n\n"
    "  Als Unterstützer (ohne Sitz in der Lenkungsgruppe):\n\n"
    "  ______________________________          ______________________________\n"
    "  Karl Kunz                                Maria Stein\n"
    "  Sparkasse Musterstadt                    Lions Club Musterstadt\n"
)

CASES = [
    Case(
        "a declaration's signatures, gez. two a row, the group's chair by its office line",
        _GEZ,
        ["Lenkungsgruppe des Bündnisses"],
        [
            ("Dr. Anna Beispiel", "politics"),
            ("Jonas Muster", "welfare"),
            ("Lea Probe", "politics"),
            ("Paul Weber", "public_agency"),
        ],
        chair="Dr. Anna Beispiel",
    ),
    Case(
        "names under signature lines, the supporters after their own line none",
        _RULED,
        ["Lenkungsgruppe"],
        [
            ("Dr. Eva Beispiel", "politics"),
            ("Jonas Muster", "education"),
            ("Ole Probe", "politics"),
            ("Anna Weber", "welfare"),
        ],
        chair="Dr. Eva Beispiel",
    ),
    Case(
        "a lead-in counting fields of action leads in no members",
        "Die Lenkungsgruppe des Bündnisses tagt dreimal im Jahr.\n\n"
        "Wir bilden als Lenkungsgruppe ein Gremium. Wir arbeiten in den fünf Handlungsfeldern zusammen:\n\n"
        "✔ Sprache von Anfang an\n✔ Schule, Ausbildung und Beruf\n✔ Gesund leben in Musterstadt\n",
        ["Lenkungsgruppe des Bündnisses"],
        [],
    ),
    Case(
        "the group named by the alliance it steers for, the short form the same group",
        "Der Rat bestätigt die Lenkungsgruppe des Musterstädter Bündnisses für Integration.\n\n"
        "Der Lenkungsgruppe des Bündnisses gehören an: das Jobcenter Musterstadt und die Diakonie Musterstadt.\n",
        ["Lenkungsgruppe des Musterstädter Bündnisses für Integration"],
        [("Jobcenter Musterstadt", "public_agency"), ("Diakonie Musterstadt", "welfare")],
    ),
    Case(
        "a table of seats with their area beside the former and the new holder",
        "Die Lenkungsgruppe Integration hat fünf Sitze. Die Besetzung ab dem 01.07.2027:\n\n"
        "  Sitz  Bereich                       bisher (seit 2021)               künftig\n"
        "  1     Vorsitz                       Beigeordnete Dr. Anna Beispiel   unverändert\n"
        "  2     Fachbereich Jugend und        Olaf Muster                      Lea Probe\n"
        "        Soziales\n"
        "  3     Jobcenter Musterstadt         Paul Weber                       unverändert\n"
        "  4     Verbraucherzentrale           Ute Kunz                         –\n"
        "  4     Caritasverband Musterstadt    –                                Jonas Stein\n",
        ["Lenkungsgruppe Integration"],
        [
            ("Dr. Anna Beispiel", "administration"),
            ("Lea Probe", "administration"),
            ("Paul Weber", "public_agency"),
            ("Jonas Stein", "welfare"),
        ],
        chair="Dr. Anna Beispiel",
    ),
    Case(
        "an item of two bodies, each with its article",
        "Dem Lenkungskreis gehören als Mitglieder an:\n"
        "a) das Jobcenter Musterstadt,\n"
        "b) der Caritasverband Musterstadt e. V. und die AWO Kreisverband Musterstadt e. V.,\n"
        "c) die Volkshochschule Musterstadt.\n",
        ["Lenkungskreis"],
        [
            ("Jobcenter Musterstadt", "public_agency"),
            ("Caritasverband Musterstadt e. V.", "welfare"),
            ("AWO Kreisverband Musterstadt e. V.", "welfare"),
            ("Volkshochschule Musterstadt", "education"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_signatures_and_counted_fields(case: Case) -> None:
    test_steering_cases(case)


def test_signatures_without_a_sentence_making_them_members() -> None:
    """A tiled signature block under a group's paragraph that says nothing of signing names no members."""
    text = _GEZ.replace("Die vier Unterzeichnenden bilden die Lenkungsgruppe.\n", "")
    assert [m.member for g in groups_of(text) for m in g.members] == []


def test_a_lone_signature_is_no_block() -> None:
    """A submission's own signature, one name over its office, is no member even where the signatories
    are: only tiled signatures count."""
    text = "Die Unterzeichnenden bilden die Lenkungsgruppe.\n\n   gez. Dr. Anna Beispiel\n   Bürgermeisterin\n"
    assert [m.member for g in groups_of(text) for m in g.members] == []


def test_an_item_of_an_office_and_a_body_stays_one() -> None:
    """Two phrases with their articles, one an office's: not split into two bodies."""
    text = (
        "Dem Lenkungskreis gehören als Mitglieder an:\n"
        "a) der Bürgermeister und die Volkshochschule Musterstadt,\n"
        "b) das Jobcenter Musterstadt.\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert "Volkshochschule Musterstadt" not in members or "Bürgermeister" not in members


def test_an_office_a_table_person_holds_is_their_seat() -> None:
    """ "die Geschäftsführung nimmt ohne Stimmrecht teil" over a flattened table whose row gives the person
    holding it: one member, the person, not the office as well."""
    text = (
        "Die Steuerungsgruppe Integration begleitet die Erarbeitung. Sie hat drei stimmberechtigte Mitglieder; die\n"
        "Geschäftsführung nimmt ohne Stimmrecht teil. Die Fraktionen haben ihre\nMitglieder benannt:\n\n"
        "Name Fraktion / Organisation Funktion\n"
        "Anna Beispiel Amt für Soziales und Integration Geschäftsführung\n"
        "Jonas Muster CDU Kreistagsmitglied\n"
        "Lea Probe SPD Kreistagsmitglied\n"
        "Paul Weber Jobcenter Musterkreis Bereichsleiter\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert members == ["Anna Beispiel", "Jonas Muster", "Lea Probe", "Paul Weber"]
