"""Members in five more forms, with near misses (every case invented):

- a dash list under a paragraph that counts the members and ends in no colon, each member's deputy in brackets
  ("(Stv.: …)"), a page footer in dashes inside the list ("– Seite 1 von 2 –"), the chair named by office
  ("Den Vorsitz führt der Bürgermeister") and found in the entry it opens; a council that fills the group
  ("Der Rat besetzt die Lenkungsgruppe …") is no member. Near miss: fewer items than the count says.
- a synopsis setting a motion's version of the group beside the administration's between ruled lines, the
  members a semicolon list wrapped over lines of the last column, the size a row of its own. Near miss: a
  synopsis without a members row names none.
- a numbered list of a new composition, changes marked "►", each new member over a dashed line naming the
  person replaced ("– für Stadtrat …"), also as a PDF's text layer sets it (gaps closed, indentation gone); the
  count of those who left is no size ("Zwei Mitglieder sind ausgeschieden"). Near miss: a numbered list with a
  dashed sub-list is none of these.
- a run-in list of "für <body> Frau/Herr <name> (Stellvertretung: …)" clauses, after a sentence going on
  about the group or after its name: the persons, no deputy. Near miss: one clause alone is no such list.
- a members table whose last column gives the dates the members were named ("Benennung vom"), a seat "N. N."
  not yet filled, also flattened; the size "mit elf Sitzen".
"""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.changed_rows import changed_rows
from extractors.steering.for_clauses import for_clauses
from tests.steering.test_steering import groups_of

HEAD = "Stadt Auental\nBeschlussvorlage\n\nBetreff: Integrationskonzept – Lenkungsgruppe\n\n"


def read(text: str) -> tuple[list[str], str | None, int | None]:
    """The members of the first group, its chair and its size."""
    groups = groups_of(HEAD + text)
    if not groups:
        return [], None, None
    return [m.member for m in groups[0].members], groups[0].chair, groups[0].size


COUNTED = (
    "Der Rat besetzt die Lenkungsgruppe Integration wie in Nr. 3 vorgeschlagen.\n\n"
    "3. Lenkungsgruppe Integration\n"
    "Die Lenkungsgruppe steuert die Umsetzung. Sie besteht aus {n} Mitgliedern; für jedes Mitglied ist eine\n"
    "Stellvertretung benannt. Den Vorsitz führt der Bürgermeister.\n\n"
    "  –  Bürgermeister Jonas Weber (Stv.: Beigeordnete Lea Brandt)\n"
    "  –  Anna Beispiel, Amt 50 (Stv.: Ole Lind, Amt 50)\n"
    "  –  Kai Muster, Caritasverband Auental (Stv.: Mia Koch)\n"
    "\n                                                  – Seite 1 von 2 –\n"
    "Vorlage 50/0147/2027                              – Seite 2 von 2 –\n\n"
    "  –  Ida Roth, Kulturverein Auental e. V. (Stv.: Eva Berg)\n\n"
    "Die Stellvertreterinnen und Stellvertreter sind nicht Mitglieder der Lenkungsgruppe.\n"
)


def test_items_as_many_as_the_paragraph_counts() -> None:
    members, chair, size = read(COUNTED.format(n="vier"))
    assert members == ["Jonas Weber", "Anna Beispiel", "Kai Muster", "Ida Roth"]
    assert (chair, size) == ("Jonas Weber", 4)


def test_items_fewer_than_the_count_are_no_members() -> None:
    members, _, size = read(COUNTED.format(n="sechs"))
    assert size == 6
    assert "Kai Muster" not in members and "Rat" not in members


SYNOPSIS = (
    "1. Der Rat bildet einen Lenkungskreis Integration nach dem Vorschlag der Verwaltung.\n\n"
    "2. Gegenüberstellung\n"
    "                  Antrag vom 02.02.2027          Vorschlag der Verwaltung\n"
    "------------------------------------------------------------------------------------\n"
    "Bezeichnung       Lenkungskreis Integration      Lenkungskreis Integration und Teilhabe\n"
    "------------------------------------------------------------------------------------\n"
    "Vorsitz           Bürgermeister                  Beigeordnete für Soziales, Dr. Lea Brandt\n"
    "------------------------------------------------------------------------------------\n"
    "{rows}"
    "Sitzungen         zweimal jährlich               viermal jährlich\n"
    "------------------------------------------------------------------------------------\n"
)
SYNOPSIS_MEMBERS = (
    "Sitze             7                              9\n"
    "------------------------------------------------------------------------------------\n"
    "Mitglieder        je ein Mitglied der            Dr. Lea Brandt (Vorsitz); Amt für\n"
    "                  Fraktionen; Integrationsrat    Soziales und Wohnen; Integrationsrat\n"
    "                  (2 Sitze)                      (2 Sitze); je ein Mitglied der vier\n"
    "                                                 Fraktionen; Caritasverband Auental\n"
    "                                                 e. V.\n"
    "------------------------------------------------------------------------------------\n"
)


def test_a_synopsis_gives_the_proposal_s_members_and_size() -> None:
    members, chair, size = read(SYNOPSIS.format(rows=SYNOPSIS_MEMBERS))
    assert members == ["Dr. Lea Brandt", "Amt für Soziales und Wohnen", "Integrationsrat", "Fraktionen"] + [
        "Caritasverband Auental e. V."
    ]
    assert (chair, size) == ("Dr. Lea Brandt", 9)


def test_a_synopsis_without_members_names_none() -> None:
    members, _, _ = read(SYNOPSIS.format(rows=""))
    assert members == []


CHANGED = (
    "3. Umbesetzung der Lenkungsgruppe\n"
    "Zwei Mitglieder sind ausgeschieden. Die Lenkungsgruppe Integration hat damit weiterhin fünf\n"
    "Mitglieder und setzt sich künftig wie folgt zusammen (Änderungen mit ► gekennzeichnet):\n\n"
    "   1  Jonas Weber, Amt für Soziales (Vorsitz)\n"
    "   2  ► Stadträtin Lea Brandt (SPD)\n"
    "        – für Stadtrat Ole Muster, der aus dem Stadtrat ausgeschieden ist\n"
    "   3  Anna Beispiel, Jobcenter Auental\n"
    "   4  ► Kai Muster, Agentur für Arbeit Auental\n"
    "        – für Mia Koch, die in den Ruhestand getreten ist\n"
    "   5  Ida Roth, Caritasverband Auental e. V.\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)
CHANGED_MEMBERS = ["Jonas Weber", "Lea Brandt", "Anna Beispiel", "Kai Muster", "Ida Roth"]


def test_a_new_composition_without_the_persons_replaced() -> None:
    assert read(CHANGED) == (CHANGED_MEMBERS, "Jonas Weber", 5)


def test_a_new_composition_as_a_pdf_s_text_layer_sets_it() -> None:
    flat = "\n".join(" ".join(line.split()) for line in CHANGED.split("\n"))
    assert read(flat) == (CHANGED_MEMBERS, "Jonas Weber", 5)


def test_a_numbered_list_with_a_dashed_sub_list_is_no_new_composition() -> None:
    text = "\n   1  ► Verwaltung\n        – Sozialamt\n        – Jugendamt\n   2  Jobcenter\n   3  Caritas\n"
    assert changed_rows(text, 0, load_resources()) is None


FOR_CLAUSES = (
    "3. Projektgruppe\nDie Projektgruppe hat vier Mitglieder. Den Vorsitz führt Herr Bürgermeister Jonas Weber.\n"
    "Weiter gehören ihr an: für die Abteilung 500 Frau Anna Beispiel (Stellvertretung: Herr Ole\n"
    "Lind), für die Ortsvorsteher Herr Kai Muster, Ortsvorsteher von Au (Stellvertretung: Frau\n"
    "Ortsvorsteherin Mia Koch, Nord) und für den Kulturverein Auental e. V. Herr Tarek Haddad (Stellvertretung:\n"
    "Frau Eva Berg).\n"
)


def test_clauses_of_bodies_and_their_persons_without_deputies() -> None:
    members, chair, size = read(FOR_CLAUSES)
    assert members == ["Jonas Weber", "Anna Beispiel", "Kai Muster", "Tarek Haddad"]
    assert (chair, size) == ("Jonas Weber", 4)


def test_clauses_after_the_group_s_own_name() -> None:
    text = (
        "Der Projektgruppe Integration gehören an: für die Abteilung 500 Frau Anna Beispiel (Stellvertretung: "
        "Herr Ole Lind), für den Kulturverein Auental e. V. Herr Tarek Haddad und für das Jobcenter Auental Frau "
        "Ida Roth.\n"
    )
    assert read(text)[0] == ["Anna Beispiel", "Tarek Haddad", "Ida Roth"]


def test_one_clause_is_no_such_list() -> None:
    text = "für die Abteilung 500 Frau Anna Beispiel (Stellvertretung: Herr Ole Lind)"
    assert for_clauses(text, 0, len(text)) == []


DATED = (
    "4. Lenkungskreis Integration\n"
    "Der Lenkungskreis steuert die Umsetzung. Er wird mit fünf Sitzen neu gebildet;\n"
    "die entsendenden Stellen haben ihre Mitglieder wie folgt benannt:\n\n"
    "Nr.  Entsendende Stelle                        Mitglied                 Benennung vom\n"
    "1    Dezernat V – Soziales, Gesundheit und     Dr. Lea Brandt           –\n"
    "     Jugend (Vorsitz)\n"
    "2    Fachbereich Schule                        Jonas Weber              02.03.2027\n"
    "3    CDU-Fraktion im Rat                       Kai Muster               15.03.2027\n"
    "4    Jobcenter Auental                         N. N.                    ausstehend\n"
    "5    Caritasverband Auental e. V.              Ida Roth                 04.03.2027\n\n"
    "Die Geschäftsführung liegt beim Fachbereich Soziales.\n"
)
DATED_MEMBERS = ["Dr. Lea Brandt", "Jonas Weber", "Kai Muster", "Ida Roth"]


def test_a_table_with_the_dates_its_members_were_named() -> None:
    members, chair, size = read(DATED)
    assert [m for m in members if m != "Jobcenter Auental"] == DATED_MEMBERS  # the vacant seat's body optional
    assert (chair, size) == ("Dr. Lea Brandt", 5)


def test_the_same_table_flattened() -> None:
    flat = "\n".join(" ".join(line.split()) for line in DATED.split("\n"))
    members, chair, size = read(flat)
    assert (members, chair, size) == (DATED_MEMBERS, "Dr. Lea Brandt", 5)
