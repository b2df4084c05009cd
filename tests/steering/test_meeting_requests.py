"""Members as the required attendees of a meeting request printed for the group's meeting: the subject line
naming the group, the request's labels ("Ort:", "Beginn:", "Organisator:"), the required attendees surname
first parted by semicolons and wrapped under the value's column, a title after the given name ("Lenz, Kai
Dr."), two given names, a bracket with the body; the optional attendees no members. As the text sets it and
as a PDF's text layer gives it (every gap closed to one space, the indents gone). Near misses: a mail's
recipients ("An:"), a request whose subject names no group, and required attendees that are rooms or bodies
give no such members (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = (
    "Stadt Auental\nBeschlussvorlage\n\nBetreff: Integrationsplan\n\n3. Lenkungskreis Integration\nDer"
    " Lenkungskreis steuert die Erarbeitung. Mitglieder sind die in der Einladung (Anlage 3) als erforderliche"
    " Teilnehmer aufgeführten Personen.\n\nAnlage 3 – Einladung zur konstituierenden Sitzung (Ausdruck)\n\n"
)
REQUEST = (
    "Betreff:                   Konstituierende Sitzung Lenkungskreis Integration\n"
    "Ort:                       Rathaus, Raum 2.14\n"
    "\n"
    "Beginn:                    Mi 30.06.2027 16:00\n"
    "Ende:                      Mi 30.06.2027 18:00\n"
    "\n"
    "Organisator:               Sander, Mira\n"
    "Erforderliche Teilnehmer:  Holm, Vera (Bürgermeisterin, Vorsitz); Sander, Mira; Ahrens, Nils (SPD-\n"
    "                           Fraktion); Wendt, Petra (Jobcenter Auental); Lenz, Kai Dr. (VHS\n"
    "                           Auental); Tran, Thi Mai (Vietnamesischer Verein Auental e. V.)\n"
    "Optionale Teilnehmer:      Brügge, Lars (Amt 50, Protokoll)\n"
    "\n"
    "Sehr geehrte Damen und Herren,\n\nich lade Sie herzlich ein.\n"
)
MEMBERS = ["Vera Holm", "Mira Sander", "Nils Ahrens", "Petra Wendt", "Dr. Kai Lenz", "Thi Mai Tran"]


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_the_required_attendees_of_a_request_for_the_groups_meeting() -> None:
    (group,) = groups_of(HEAD + REQUEST)
    assert [m.member for m in group.members] == MEMBERS
    assert [m.member for m in group.members if m.is_chair] == ["Vera Holm"]


def test_a_request_as_a_text_layer_gives_it() -> None:
    assert _members(HEAD + _flat(REQUEST)) == MEMBERS


def test_the_optional_attendees_are_no_members() -> None:
    assert "Lars Brügge" not in _members(HEAD + REQUEST)


def test_a_mails_recipients_are_no_such_members() -> None:
    mail = REQUEST.replace("Erforderliche Teilnehmer:", "An:                      ")
    assert not set(_members(HEAD + mail)) & set(MEMBERS[2:])


def test_a_request_whose_subject_names_no_group_gives_none() -> None:
    other = REQUEST.replace("Konstituierende Sitzung Lenkungskreis Integration", "Jahresgespräch Haushalt")
    assert not set(_members(HEAD + other)) & set(MEMBERS[2:])


def test_required_attendees_that_are_no_persons_give_none() -> None:
    rooms = REQUEST.replace("Holm, Vera (Bürgermeisterin, Vorsitz); Sander, Mira", "Raum 2.14; Saal, Nord")
    assert not set(_members(HEAD + rooms)) & set(MEMBERS[2:])
