"""Members in sentences after a table the group's paragraph leads in ("Die Sitze verteilen sich wie folgt:"
over a seat table with its rules): a sentence naming the bodies and their persons, its verb first ("Benannt
haben die CDU-Fraktion die Abgeordneten A und B, die SPD-Fraktion den Abgeordneten C"), and a later
sentence going on ("Weitere Mitglieder sind …"); as the text sets it and as a PDF's text layer gives it.
Near misses: such a sentence naming no persons, and members' sentences under the next heading, give no
members of the group (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Kreis Auental\nBeschlussvorlage\n\nBetreff: Integrationsprogramm\n\n"
GROUP = (
    "3. Lenkungsgruppe Integration\nDie Lenkungsgruppe steuert die Erarbeitung. Ihr gehören kraft Amtes die"
    " Leiterin des Fachbereichs Soziales, Frau Dr. Vera Holm, und die Leiterin der Stabsstelle Integration, Frau"
    " Olga Kern, an. Die drei Sitze des Kreistags verteilen sich nach d'Hondt\nwie"
    " folgt:\n\n"
)
TABLE = (
    "  Fraktion              Sitze im       ÷ 1           ÷ 2        Sitze in der\n"
    "                        Kreistag                                Lenkungsgruppe\n"
    "  ────────────────────  ────────   ───────────   ───────────   ──────────────\n"
    "  CDU                         18    18,00 (1)      9,00 (3)                 2\n"
    "  SPD                         12    12,00 (2)      6,00                     1\n"
    "  FDP                          4     4,00          2,00                     –\n"
    "  ────────────────────  ────────                               ──────────────\n"
    "  zusammen                    34                                            3\n"
    "  (in Klammern: Rang der Höchstzahl)\n\n"
)
NAMED = (
    "Benannt haben die CDU-Fraktion die Kreistagsabgeordneten Petra Wendt und Nils Ahrens und die SPD-Fraktion\n"
    "den Kreistagsabgeordneten Lars Brügge.\n\n"
    "Die Gruppe tagt viermal im Jahr. Weitere Mitglieder sind Frau Mira Sander für das Jobcenter Auental und\n"
    "Herr Kai Lenz für den Caritasverband Auental.\n\n"
)
END = "4. Kosten\nEs entstehen keine Kosten.\n"
MEMBERS = ["Dr. Vera Holm", "Olga Kern", "Petra Wendt", "Nils Ahrens", "Lars Brügge", "Mira Sander", "Kai Lenz"]


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_members_in_sentences_after_a_seat_table() -> None:
    assert _members(HEAD + GROUP + TABLE + NAMED + END) == MEMBERS


def test_members_after_a_seat_table_as_a_text_layer_gives_it() -> None:
    assert _members(HEAD + _flat(GROUP) + _flat(TABLE) + NAMED + END) == MEMBERS


def test_a_naming_sentence_without_persons_gives_no_members() -> None:
    named = "Benannt haben die CDU-Fraktion und die SPD-Fraktion ihre Vertretungen noch nicht.\n\n"
    assert _members(HEAD + GROUP + TABLE + named + END) == MEMBERS[:2]


def test_members_sentences_under_the_next_heading_are_no_members() -> None:
    other = "4. Fachforen\n" + NAMED
    assert _members(HEAD + GROUP + TABLE + other + END) == MEMBERS[:2]


def test_a_bodys_entry_cut_off_from_its_persons_is_no_member() -> None:
    cut = NAMED.replace("und die SPD-Fraktion\nden Kreistagsabgeordneten Lars Brügge.", "und die SPD-Fraktion.")
    members = _members(HEAD + GROUP + TABLE + cut + END)
    assert "SPD-Fraktion" not in members and "Petra Wendt" in members
