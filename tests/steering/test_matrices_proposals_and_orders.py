"""Members in forms councils print: the rows of a responsibility matrix (RACI) under the group's caption, a
council's election proposal for the group's seats as a bar table (an "einheitlicher Wahlvorschlag", the
deputies no members, those "kraft Amtes" named in the sentence before staying), a mayor's order
(Verfügung) appointing them in a numbered list ("StV" before a name, a faction's bracket, "– zugleich
Vorsitz –"), a certified extract of an earlier decision quoted between dotted rules (persons after the
side they sit for, "Herr Erster Bürgermeister" before a name), a member who left and the person named in
their place, the signatures of an agreement over a page break, and the chair's sentence naming the office
before a name the sheet writes bare. Near misses: a matrix of offices, a matrix without its legend, the rows
under its rule, a bar table of bodies, a short form the lexicon does not know as an office, a sentence of
leaving that names no member, a successor named as a deputy. Every case is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nFinanzielle Auswirkungen\nEs entstehen keine Kosten.\n"


def members(text: str) -> list[str]:
    return sorted(m.member for g in groups_of(text) for m in g.members)


def chairs(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members if m.is_chair]


RACI_CAPTION = "Anlage 1\n\nZuständigkeitsmatrix (RACI) des Lenkungskreises Integration\nStand: 03.05.2027\n\n"
RACI_PARAGRAPH = (
    "Die Umsetzung begleitet ein Lenkungskreis Integration. Wer ihm angehört und welche Aufgaben die\n"
    "Mitglieder übernehmen, zeigt die Matrix.\n\n"
)
RACI_HEADER = (
    "  Mitglied / entsendende Stelle            Gesamt-   HF-  HF-  HF-\n"
    "                                           steuerung SP   AB   WO\n"
    "  ───────────────────────────────────────  ────────  ───  ───  ───\n"
)
RACI_ROWS = (
    "  Stadträtin Dr. Greta Lindqvist,            A       A    A    A\n"
    "  Dezernat II (Vorsitz)\n"
    "  Paul Engel, Jobcenter Nordheide            C       I    R    I\n"
    "  Ratsfrau Selin Aydın (SPD)                 I       C    I    C\n"
    "  Bernd Voss, Caritasverband Nordheide       C       R    C    I\n"
    "  e. V.\n"
)
RACI_BELOW = (
    "  ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ nicht Mitglied ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─\n"
    "  Mira Sander, Büro Nordlicht (Moderation)   R       –    –    –\n"
)
RACI_LEGEND = (
    "\n  R = führt durch   A = entscheidet   C = wird beteiligt\n  I = wird informiert   – = nicht beteiligt\n"
)
RACI_MEMBERS = ["Bernd Voss", "Dr. Greta Lindqvist", "Paul Engel", "Selin Aydın"]


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: every run of spaces one space, no indent."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        RACI_CAPTION + RACI_HEADER + RACI_ROWS + RACI_BELOW + RACI_LEGEND,
        _flat(RACI_CAPTION + RACI_HEADER + RACI_ROWS + RACI_BELOW + RACI_LEGEND),
        RACI_PARAGRAPH + "  Matrix\n" + RACI_LEGEND.strip("\n") + "\n\n" + RACI_HEADER + RACI_ROWS + RACI_BELOW,
    ],
    ids=["captioned", "captioned-flat", "told-in-the-paragraph"],
)
def test_the_rows_of_a_responsibility_matrix_over_its_rule_are_the_members(text: str) -> None:
    assert members(HEAD + text + TAIL) == RACI_MEMBERS
    assert chairs(HEAD + text + TAIL) == ["Dr. Greta Lindqvist"]


def test_a_responsibility_matrix_of_offices_gives_no_members() -> None:
    rows = (
        "  Sozialamt                                  A       A    A    A\n"
        "  Jobcenter Nordheide                        C       I    R    I\n"
        "  Integrationsbeirat                         I       C    I    C\n"
    )
    found = members(HEAD + RACI_CAPTION + RACI_HEADER + rows + RACI_LEGEND + TAIL)
    assert not any(name in found for name in ("Sozialamt", "Jobcenter Nordheide", "Integrationsbeirat"))


def test_a_matrix_neither_explained_nor_named_so_gives_no_members() -> None:
    caption = "Anlage 1\n\nÜbersicht des Lenkungskreises Integration\n\n"
    assert members(HEAD + caption + RACI_HEADER + RACI_ROWS + TAIL) == []


def test_a_matrix_under_a_paragraph_that_does_not_say_who_belongs_gives_no_members() -> None:
    paragraph = "Der Lenkungskreis Integration wird über die Arbeit der Fachrunden informiert.\n\n"
    found = members(HEAD + paragraph + "  Matrix\n" + RACI_LEGEND.strip("\n") + "\n\n" + RACI_HEADER + RACI_ROWS)
    assert not set(RACI_MEMBERS) & set(found)


PROPOSAL_LEAD = (
    "Der Steuerungsgruppe Integration gehören kraft Amtes der Bürgermeister, der den Vorsitz führt, und die\n"
    "Beigeordnete für Soziales, Frau Dr. Ida Roth, an. Die übrigen Mitglieder wählt der Rat.\n\n"
)
PROPOSAL = (
    "  Anlage 2 – Einheitlicher Wahlvorschlag für die Steuerungsgruppe Integration\n\n"
    "   Lfd. │ Mitglied                     │ persönliche Stellvertretung │ vorgeschlagen von\n"
    "   Nr.  │                              │                             │\n"
    "  ──────┼──────────────────────────────┼─────────────────────────────┼──────────────────\n"
    "    1   │ Ratsfrau Selin Aydın         │ Ratsherr Ole Lind           │ SPD-Fraktion\n"
    "    2   │ Ratsherr Paul Engel          │ Ratsfrau Eva Berg           │ CDU-Fraktion\n"
    "    3   │ Frau Mira Sander             │ Herr Jonas Weber            │ Arbeitsgemeinschaft\n"
    "        │ (Caritasverband Nordheide    │ (AWO Nordheide)             │ der Freien Wohlfahrts-\n"
    "        │ e. V.)                       │                             │ pflege\n"
    "    4   │ Herr Bernd Voss              │ Frau Lea Brandt             │ Jobcenter Nordheide\n"
    "  ──────┴──────────────────────────────┴─────────────────────────────┴──────────────────\n"
)


@pytest.mark.parametrize("text", [PROPOSAL, _flat(PROPOSAL)], ids=["gapped", "flat"])
def test_an_election_proposal_gives_its_members_and_no_deputies(text: str) -> None:
    found = members(HEAD + PROPOSAL_LEAD + text + TAIL)
    assert {"Selin Aydın", "Paul Engel", "Mira Sander", "Bernd Voss", "Dr. Ida Roth"} <= set(found)
    assert not {"Ole Lind", "Eva Berg", "Jonas Weber", "Lea Brandt"} & set(found)


def test_a_bar_table_of_bodies_gives_no_members_of_its_own() -> None:
    table = PROPOSAL.replace("Ratsfrau Selin Aydın", "SPD-Fraktion        ").replace(
        "Ratsherr Paul Engel", "CDU-Fraktion       "
    )
    found = members(HEAD + PROPOSAL_LEAD + table + TAIL)
    assert not {"Mira Sander", "Bernd Voss", "SPD-Fraktion"} & set(found)


ORDER = (
    "Anlage 2\n\nDer Bürgermeister                                        Nordheide, 12.04.2027\n\n"
    "                                  V e r f ü g u n g\n\n"
    "I.    Zur Erarbeitung des Integrationskonzepts wird eine Lenkungsgruppe Integration gebildet.\n\n"
    "II.   In die Lenkungsgruppe werden berufen:\n"
    "       1.  Stadträtin Greta Lindqvist, Sozialdezernentin – zugleich Vorsitz –\n"
    "       2.  Amtsleiter Paul Engel, Amt für Soziales\n"
    "       3.  StV Dr. Jonas Weber (CDU-Fraktion)\n"
    "       4.  StV Selin Aydın (Fraktion BÜNDNIS 90/DIE GRÜNEN)\n"
    "       5.  Frau Mira Sander, Caritasverband Nordheide e. V.\n\n"
    "III.  Die Geschäftsführung obliegt dem Amt für Soziales.\n\n"
    "IV.   Wv. 01.07.2027 (konstituierende Sitzung)\n"
)


def test_a_mayors_order_appoints_its_numbered_persons() -> None:
    found = members(HEAD + ORDER + TAIL)
    assert {"Dr. Jonas Weber", "Selin Aydın", "Paul Engel", "Mira Sander"} <= set(found)
    assert not any("Fraktion" in m or m.startswith("StV") for m in found)
    assert chairs(HEAD + ORDER + TAIL) == ["Greta Lindqvist"]


def test_a_short_form_the_lexicon_does_not_know_stays_with_the_name() -> None:
    found = members(
        HEAD + ORDER.replace("StV Dr. Jonas Weber (CDU-Fraktion)", "AWO Dr. Jonas Weber (Ortsverein)") + TAIL
    )
    assert "Dr. Jonas Weber" not in found


EXTRACT = (
    "Die Besetzung der Lenkungsgruppe ergibt sich aus dem Beschluss vom 27.07.2026, der hier im\n"
    "Wortlaut der Ausfertigung wiedergegeben wird:\n\n"
    "  · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · ·\n"
    "  LANDKREIS NORDHEIDE\n"
    "  Auszug aus der Niederschrift über die öffentliche Sitzung des Kreistages\n"
    "  vom 27.07.2026\n\n"
    "  TOP Ö 11   Integrationskonzept – Leitlinien, Einsetzung\n"
    "             einer Lenkungsgruppe\n\n"
    "  Beschluss Nr. KT/2026/061:\n"
    "  1. Der Kreistag setzt eine Lenkungsgruppe Integration ein. Ihr gehören an:\n"
    "     a) Landrat Jonas Weber als Vorsitzender,\n"
    "     b) aus dem Kreistag Frau Selin Aydın (SPD), Herr Paul Engel (CSU)\n"
    "        und Frau Eva Berg (GRÜNE),\n"
    "     c) für das Jobcenter Nordheide Herr Ole Lind,\n"
    "     d) für den Kreisverband des Gemeindetags Herr Erster Bürgermeister\n"
    "        Bernd Voss (Gemeinde Aßling).\n"
    "  2. Die Verwaltung wird beauftragt, ein Handlungskonzept vorzulegen.\n\n"
    "  Für die Richtigkeit des Auszugs:\n"
    "  gez. Obermeier, Verwaltungsamtsrat\n"
    "  · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · ·\n\n"
)
SUCCESSOR = (
    "Herr Lind hat das Jobcenter zum 31.03.2027 verlassen. Das Jobcenter hat mit Schreiben vom\n"
    "12.04.2027 Frau Mira Sander, Bereichsleiterin Markt und Integration, benannt.\n"
)
EXTRACT_MEMBERS = {"Landrat Jonas Weber", "Selin Aydın", "Paul Engel", "Eva Berg", "Ole Lind", "Bernd Voss"}


def test_a_certified_extract_gives_the_persons_of_its_lettered_entries() -> None:
    found = members(HEAD + EXTRACT + TAIL)
    assert set(found) == EXTRACT_MEMBERS


def test_a_member_who_left_gives_way_to_the_person_named_in_their_place() -> None:
    found = members(HEAD + EXTRACT + SUCCESSOR + TAIL)
    assert set(found) == EXTRACT_MEMBERS - {"Ole Lind"} | {"Mira Sander"}


@pytest.mark.parametrize(
    "sentences",
    [
        SUCCESSOR.replace("Herr Lind", "Herr Brandt"),
        SUCCESSOR.replace("benannt.", "als Stellvertreterin benannt."),
    ],
    ids=["no-member-left", "named-a-deputy"],
)
def test_no_successor_where_no_member_left_or_a_deputy_is_named(sentences: str) -> None:
    assert set(members(HEAD + EXTRACT + sentences + TAIL)) == EXTRACT_MEMBERS


SHEET = (
    "Die Steuerungsgruppe Integration hat sich am 15.04.2027 zusammengefunden; ihre Mitglieder\n"
    "unterzeichnen die Vereinbarung. Den Vorsitz führt Bürgermeisterin Greta Lindqvist.\n\n"
    "Vereinbarung über die Zusammenarbeit in der Steuerungsgruppe Integration\n– Unterschriftenblatt –\n\n"
    "Mit ihrer Unterschrift erklären die Unterzeichnenden, in der Steuerungsgruppe mitzuwirken.\n\n"
    "______________________________            ______________________________\n"
    "Greta Lindqvist                           Paul Engel\n"
    "Bürgermeisterin, Vorsitzende              Jobcenter Nordheide\n"
    "\f______________________________            ______________________________\n"
    "Selin Aydın                               Bernd Voss\n"
    "Stadträtin, Fraktion SPD                  Caritasverband Nordheide e. V.\n"
)


@pytest.mark.parametrize("text", [SHEET, _flat(SHEET)], ids=["gapped", "flat"])
def test_signatures_over_a_page_break_and_the_chair_as_the_sheet_writes_her(text: str) -> None:
    assert members(HEAD + text + TAIL) == ["Bernd Voss", "Greta Lindqvist", "Paul Engel", "Selin Aydın"]
    assert chairs(HEAD + text + TAIL) == ["Greta Lindqvist"]
