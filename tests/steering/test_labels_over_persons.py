"""Members in parts labelled by a line of their own ("Bank Politik:") over indented lines of persons
apart by commas, each with a bracket after the name (party, office or body, the chair's mark among
them), right under the group's paragraph with no colon to lead them in
(``extractors/steering/labelled.py``); and near misses (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = (
    "4. Lenkungskreis Zusammenhalt\n"
    "Der Lenkungskreis steuert den Prozess. Er besteht aus acht Mitgliedern in drei Bänken; den\n"
    "Vorsitz führt der Dezernent für Soziales, Herr Torben Ahlers.\n\n"
)
PARTS = (
    "Bank Politik:\n"
    "  Greta Lindholm (Vorsitzende des Sozialausschusses), Jonas Hinrichs (FDP),\n"
    "  Pia Kowalski (Die Linke)\n"
    "Bank Verwaltung:\n"
    "  Torben Ahlers (Dezernent, Vorsitz), Dr. Amira Haddad (Amt für Soziales\n"
    "  und Wohnen)\n"
    "Bank Stadtgesellschaft:\n"
    "  Emre Aydın (Caritasverband Nordwald e. V.), Lars Petersen (Jobcenter\n"
    "  Nordwald), Prof. Dr. Ilse Marquardt (Hochschule Nordwald)\n"
)
END = "\n5. Kosten\nDie Sitzungen verursachen keine Kosten.\n"


def test_labelled_parts_of_persons_under_the_group_s_paragraph() -> None:
    groups = groups_of(LEAD + PARTS + END)
    assert [(g.group_name, g.chair, g.size) for g in groups] == [("Lenkungskreis", "Torben Ahlers", 8)]
    assert [(m.member, m.sector, m.is_chair) for m in groups[0].members] == [
        ("Greta Lindholm", "politics", False),
        ("Jonas Hinrichs", "politics", False),
        ("Pia Kowalski", "politics", False),
        ("Torben Ahlers", "administration", True),
        ("Dr. Amira Haddad", "administration", False),
        ("Emre Aydın", "welfare", False),
        ("Lars Petersen", "public_agency", False),
        ("Prof. Dr. Ilse Marquardt", "research", False),
    ]


def test_a_single_label_over_a_paragraph_leads_in_no_members() -> None:
    """ "Hinweis:" over a paragraph after the group's: one label, no block of parts; the chair the
    lead-in names after its semicolon ("…; den Vorsitz führt …") the one member."""
    text = LEAD + "Hinweis:\n  Die Sitzungen sind nicht öffentlich, die Protokolle gehen an den Rat.\n" + END
    members = [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]
    assert members == [("Torben Ahlers", True)]


def test_labels_over_sentences_name_no_members() -> None:
    """Labels over indented sentences (a schedule), not over persons: no member read from them, the
    chair the lead-in names the one member."""
    text = (
        LEAD
        + "Erste Phase:\n  Die Bestandsaufnahme läuft bis zum Sommer, danach folgt die Auswertung.\n"
        + "Zweite Phase:\n  Die Maßnahmen werden im Herbst beraten und im Winter beschlossen.\n"
        + END
    )
    members = [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]
    assert members == [("Torben Ahlers", True)]


def test_the_parts_as_exports_set_them() -> None:
    """The indent lost (a PDF's text layer), or a blank line after every line (pdfminer.six)."""
    flat = "\n".join(line.strip() for line in PARTS.split("\n"))
    spaced = "\n\n".join(line.strip() for line in PARTS.split("\n") if line.strip()) + "\n"
    for parts in (flat, spaced):
        members = [m.member for g in groups_of(LEAD + parts + END) for m in g.members]
        assert members[:3] == ["Greta Lindholm", "Jonas Hinrichs", "Pia Kowalski"] and len(members) == 8
