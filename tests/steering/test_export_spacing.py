"""Members read the same where an export changed the blank lines around them: a lead-in whose paragraph runs
on over an organisation chart or labelled lines (pypdf and pdftohtml set no blank line between them), and
blocks an export sets blank lines inside (pdfminer.six sets each text box apart)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Beispielstadt\nBeschlussvorlage\n\nIntegrationsprogramm der Stadt Beispielstadt\n\n"
END = "\n\n4. Kosten\nDie Kosten trägt die Stadt.\n"


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def names_of(text: str) -> list[str]:
    return [g.group_name for g in groups_of(text)]


TREE = (
    "3. Steuerungsgruppe Integration\n"
    "Die Steuerungsgruppe begleitet die Umsetzung. Sie hat fünf Mitglieder und ist\n"
    "wie folgt aufgebaut:\n"
    "┌──────────────────────────────────┐\n"
    "│ Steuerungsgruppe Integration │\n"
    "│ Leitung: Dr. Anna Beispiel │\n"
    "└────────────────┬─────────────────┘\n"
    "│\n"
    "┌────────────────┘\n"
    "├── Verwaltung\n"
    "│ ├── Jonas Muster, Sozialamt\n"
    "│ └── Lea Brandt, Jugendamt\n"
    "└── Partner\n"
    "├── Jobcenter Beispielstadt: Ida Roth\n"
    "└── Caritas Beispielstadt: Paul Weber"
)


def test_a_chart_right_under_its_lead_in_no_blank_line_between() -> None:
    with_blank = TREE.replace("aufgebaut:\n", "aufgebaut:\n\n")
    expected = ["Jonas Muster", "Lea Brandt", "Ida Roth", "Paul Weber"]
    for text in (TREE, with_blank):
        members = members_of(HEAD + text + END)
        assert members[-4:] == expected
        assert not any("│" in m or "└" in m for m in members)


LABELLED = (
    "3. Prozesse und Strukturen\n"
    "Die Steuerungsgruppe Integration war mit 17 Personen zu groß. Sie wird daher verkleinert.\n"
    "Ständige Mitglieder sind künftig:\n"
    "Referat V: Berufsm. Stadträtin Dr. Anna Beispiel (Leitung)\n"
    "Amt 50 – Abteilung Integration: Jonas Muster\n"
    "Jobcenter Beispielstadt: Ida Roth\n"
    "Diakonie Beispielstadt: Paul Weber\n"
    "Ohne Stimmrecht nehmen als Gäste nach Bedarf die Volkshochschule und die Polizei teil; sie sind nicht\n"
    "Mitglied der Steuerungsgruppe."
)


def test_labelled_lines_with_prose_right_below_them_in_one_paragraph() -> None:
    members = members_of(HEAD + LABELLED + END)
    assert members == ["Dr. Anna Beispiel", "Jonas Muster", "Ida Roth", "Paul Weber"]


ROWS = (
    "3. Steuerungsgruppe Integrationsplan\n"
    "Die Steuerungsgruppe hat vier Sitze. Die Besetzung:\n"
    "Für die Stadtverwaltung: Für den Gemeinderat:\n"
    "Bürgermeisterin Dr. Anna BEISPIEL Stadtrat Jonas MUSTER (SPD)\n"
    "Für die Partner: Für die Zugewanderten:\n"
    "Ida ROTH, Jobcenter Beispielstadt Paul WEBER, Arbeitskreis Asyl\n"
    "Beispielstadt e. V."
)


def test_a_group_named_only_in_the_rows_under_a_lead_in_is_a_members_body() -> None:
    assert names_of(HEAD + ROWS + END) == ["Steuerungsgruppe Integrationsplan"]


INVERTED = (
    "4 Lenkungsgruppe Integration\n\n"
    "Die Lenkungsgruppe hat sechs Mitglieder.\n\n"
    "Es werden berufen (Name, Vorname; Funktion):\n\n"
    "Stadtverwaltung Beispiel, Anna (Beigeordnete, Vorsitz); Muster, Jonas\n\n"
    "(Integrationsbeauftragter); Brandt, Lea (Leiterin Fachbereich 4)\n"
    "Stadtrat Roth, Ida (CDU); Weber, Paul (SPD)\n\n"
    "Beirat Schulz, Eva (Vorsitzende des Beirats für Migration und\n\n"
    "Integration)\n\n"
    "Schulen Wagner, Karin (Grundschule Beispielstadt)"
)


def test_rows_of_persons_surname_first_with_blank_lines_anywhere() -> None:
    members = members_of(HEAD + INVERTED + END)
    expected = ["Anna Beispiel", "Jonas Muster", "Lea Brandt", "Ida Roth", "Paul Weber", "Eva Schulz", "Karin Wagner"]
    assert members == expected


HEADED = (
    "4. Lenkungsgruppe Integration\n\n"
    "Die Lenkungsgruppe steuert die Fortschreibung, bereitet die Beschlüsse\n"
    "der Gremien vor und begleitet danach die Umsetzung. Sie hat sieben Sitze:\n\n"
    "Stadtverwaltung\n"
    "– Referentin für Soziales, Dr. Anna Beispiel (Vorsitz)\n\n"
    "– Leiter des Sozialamts, Jonas Muster\n\n"
    "Stadtrat\n\n"
    "– Stadtratsfraktionen: je ein Mitglied der CSU, der SPD, von Bündnis 90/Die\n"
    "Grünen\n"
    "und der Freien Wähler\n\n"
    "Institutionen und Vereine\n\n"
    "– Jobcenter Beispielstadt\n\n"
    "– Volkshochschule Beispielstadt\n\n"
    "Stellvertretungen werden von den entsendenden Stellen benannt."
)


def test_dashed_members_under_headings_each_set_apart() -> None:
    members = members_of(HEAD + HEADED + END)
    assert members == [
        "Dr. Anna Beispiel",
        "Jonas Muster",
        "Stadtratsfraktionen",
        "Jobcenter Beispielstadt",
        "Volkshochschule Beispielstadt",
    ]
