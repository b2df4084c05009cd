"""A members table printed with its tracked changes (Word's "Alle Markups" view): balloons at the right
margin share the rows' lines ("Kommentiert [AB1]: neuer Sitz", "Gelöscht: Name"), wrapped in their own
column; the table under a heading naming the group ("Anlage 2 – Besetzungsliste der Steuerungsgruppe X
(Fassung mit Änderungsmarkierungen, …)") wrapped over two lines, its header over a drawn rule. As the text
sets it and as a PDF's text layer gives it (every gap closed to one space). The persons are the members;
a person only in a "Gelöscht:" balloon is none. Near misses: a heading naming the group over a table of
meetings, and a table under a heading naming another matter, give no members (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = (
    "Stadt Auental\nErgänzungsvorlage\n\nBetreff: Integrationskonzept\n\nDie Steuerungsgruppe Teilhabe begleitet"
    " die Umsetzung des Konzepts. Sie hat künftig sechs Mitglieder.\n\n"
)
HEADING = (
    "Anlage 2 – Besetzungsliste der Steuerungsgruppe Teilhabe (Fassung mit\nÄnderungsmarkierungen, Ausdruck"
    " „Alle Markups“ vom 12.03.2027)\n\n\n"
)
TABLE = (
    "Nr.  entsendende Stelle              Mitglied\n"
    "───  ──────────────────────────────  ──────────────────────────────\n"
    " 1   Stadt Auental, Dezernat II      Stadträtin Dr. Vera Holm\n"
    "                                     (Vorsitz)\n"
    " 2   Stadt Auental, Fachdienst       Nils Ahrens\n"
    "     Integration und Soziales\n"
    " 3   SPD-Ratsfraktion                Ratsfrau Petra Wendt\n"
    " 4   Integrationsrat                 Oksana Melnyk                   Kommentiert [VH1]: neuer\n"
    "                                                                     Sitz, Empfehlung b)\n"
    " 5   Jobcenter Auental               Lars Brügge                     Gelöscht: Udo Wiese\n"
    " 6   Caritasverband Auental          Mira Sander\n"
)
AFTER = "\nDie Geschäftsstelle nimmt ohne Stimmrecht an den Sitzungen teil.\n"
MEMBERS = ["Dr. Vera Holm", "Nils Ahrens", "Petra Wendt", "Oksana Melnyk", "Lars Brügge", "Mira Sander"]


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_a_tracked_changes_table_under_a_wrapped_heading() -> None:
    (group,) = groups_of(HEAD + HEADING + TABLE + AFTER)
    assert [m.member for m in group.members] == MEMBERS
    assert [m.member for m in group.members if m.is_chair] == ["Dr. Vera Holm"]


def test_a_tracked_changes_table_as_a_text_layer_gives_it() -> None:
    assert _members(HEAD + _flat(HEADING) + _flat(TABLE) + AFTER) == MEMBERS


def test_the_table_under_a_one_line_heading_without_balloons() -> None:
    heading = "Anlage 2 – Besetzungsliste der Steuerungsgruppe Teilhabe\n\n"
    plain = "\n".join(line[:68].rstrip() for line in TABLE.split("\n") if line[:68].strip())
    assert _members(HEAD + heading + plain + AFTER) == MEMBERS
    assert _members(HEAD + heading + _flat(plain) + AFTER) == MEMBERS


def test_a_person_only_in_a_deleted_balloon_is_no_member() -> None:
    members = _members(HEAD + HEADING + TABLE + AFTER) + _members(HEAD + _flat(HEADING) + _flat(TABLE) + AFTER)
    assert "Udo Wiese" not in " ".join(members)


def test_a_heading_naming_the_group_over_a_table_of_meetings_gives_no_members() -> None:
    meetings = (
        "Anlage 3 – Sitzungstermine der Steuerungsgruppe Teilhabe (Planung, Stand\n12.03.2027)\n\n\n"
        "Nr.  Datum         Ort                         Thema\n"
        "───  ────────────  ──────────────────────────  ────────────────────\n"
        " 1   14.04.2027    Rathaus, Raum 2.14          Auftakt\n"
        " 2   16.06.2027    Bürgerhaus Nord             Handlungsfelder\n"
        " 3   22.09.2027    Rathaus, Raum 2.14          Entwurf\n"
    )
    assert _members(HEAD + meetings + AFTER) == []
    assert _members(HEAD + _flat(meetings) + AFTER) == []


def test_a_rule_under_a_header_ends_no_sentence_into_the_table() -> None:
    """A heading wrapped without end punctuation does not run on into a table of another matter."""
    other = HEADING.replace("Besetzungsliste der Steuerungsgruppe Teilhabe", "Liste der Träger im Quartier")
    assert _members(HEAD + other + TABLE + AFTER) == []
