"""steering: persons addressed in a run-in list after a membership lead-in, parted by commas alone
("Ihm gehören außerdem an: die Beauftragte Frau …, für die Fraktionen Frau … (SPD), Herr … (CDU), für
das Jobcenter Herr …") or by semicolons with a name's letters beyond German's and a name wrapped over a
line; the chair as an office whose remit goes on after a comma before the person's apposition, or as
the agent of a passive "geleitet" with a bracket after the name; list entries by sector naming a known
office and a person with a bracket after the name, a person before the body they come from, and the
entry holding the office a sentence names as the chair. Near misses: persons addressed in a series
that lists speakers, authors or contacts, not members; a table under the lead-in; an office and a name
alone, the person where the lexicon knows the office (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

CASES = [
    Case(
        "persons addressed parted by commas alone, the chair an office with its remit named further",
        "4. Begleitkreis Vielfalt\n"
        "Der Begleitkreis Vielfalt tagt halbjährlich. Den Vorsitz führt der Zweite Beigeordnete für Jugend, Sport "
        "und Kultur, Herr Dr. Jonas Feld. Ihm gehören außerdem an: die Gleichstellungsbeauftragte Frau Mira "
        "Lenz, der Leiter des Ordnungsamtes Herr Ole Brandt, für die Fraktionen des Kreistages Frau Ute Kahl "
        "(SPD), Herr Ben Vogt (Die Linke) und Frau Ina Roth (FDP), für die Agentur für Arbeit Nordheim Herr "
        "Sven Aust sowie für die Hochschule Nordheim Frau Prof. Dr. Lena Wirth.\n\n"
        "5. Kosten\nDie Kosten trägt der Kreis.\n",
        ["Begleitkreis Vielfalt"],
        [
            ("Dr. Jonas Feld", "administration"),
            ("Mira Lenz", "administration"),
            ("Ole Brandt", "administration"),
            ("Ute Kahl", "politics"),
            ("Ben Vogt", "politics"),
            ("Ina Roth", "politics"),
            ("Sven Aust", "public_agency"),
            ("Prof. Dr. Lena Wirth", "research"),
        ],
        chair="Dr. Jonas Feld",
    ),
    Case(
        "parts by origin parted by semicolons, a wrapped name with a dotless i, a bracketed chair",
        "2. Lenkungsrunde\n"
        "Die Lenkungsrunde Teilhabe hat sieben Mitglieder. Sie wird von Stadträtin Dr. Edda Brunn "
        "(Dezernat II) geleitet. Ihr gehören weiter an: aus der Verwaltung Herr Piet Hansen (Sozialamt) "
        "und Frau Elif\nYıldız (Integrationsbeauftragte); aus der Ratsversammlung Frau Wiebke Stoltenberg "
        "(SSW) und Herr Lars Bock (CDU); aus dem Netzwerk der Migrantenvereine Frau Merve Kaya; "
        "vom Jobcenter Nordheim Herr Knut Lemke.\n\n"
        "3. Finanzierung\nEs entstehen keine Kosten.\n",
        ["Lenkungsrunde Teilhabe"],
        [
            ("Dr. Edda Brunn", "administration"),
            ("Piet Hansen", "administration"),
            ("Elif Yıldız", "administration"),
            ("Wiebke Stoltenberg", "politics"),
            ("Lars Bock", "politics"),
            ("Merve Kaya", "migrant_organisation"),
            ("Knut Lemke", "public_agency"),
        ],
        size=7,
    ),
    Case(
        "sector headings over dashed entries: known offices with a bracket, a person before their body",
        "3. Lenkungsausschuss Teilhabe\n"
        "Der Lenkungsausschuss steuert die Umsetzung. Er besteht aus acht Mitgliedern:\n\n"
        "Kreisverwaltung\n"
        "  – Greta Holm, Leiterin des Sozialamtes\n"
        "  – Finn Lorenz, Jugendamt\n"
        "Kreistag\n"
        "  – Kreisrätin Ida Sommer (SPD)\n"
        "  – Kreistagsmitglied Jan Ode (CDU)\n"
        "Arbeit und Wirtschaft\n"
        "  – Tim Hagen, Jobcenter Nordheim\n"
        "  – Nora Voss, Handwerkskammer Nordheim\n"
        "Freie Träger und Vereine\n"
        "  – Eva Kranz, Caritasverband Nordheim e. V.\n"
        "  – Dr. Ayşe Demir, Türkischer Elternverein Nordheim e. V.\n\n"
        "4. Kosten\nDie Kosten trägt der Kreis.\n",
        ["Lenkungsausschuss Teilhabe"],
        [
            ("Greta Holm", "administration"),
            ("Finn Lorenz", "administration"),
            ("Ida Sommer", "politics"),
            ("Jan Ode", "politics"),
            ("Tim Hagen", "public_agency"),
            ("Nora Voss", "business"),
            ("Eva Kranz", "welfare"),
            ("Dr. Ayşe Demir", "migrant_organisation"),
        ],
        size=8,
    ),
    Case(
        "bullets of persons, the chair named by the office an entry holds",
        "Arbeitskreis Teilhabe\n"
        "Es wird ein Arbeitskreis Teilhabe mit vier Mitgliedern gebildet. Den Vorsitz führt der "
        "Amtsvorsteher. Vorgeschlagen werden:\n\n"
        "  •  Amtsvorsteher Harm Petersen\n"
        "  •  Jana Witt, Fachbereich 2 – Soziales\n"
        "  •  Lars Bock, Freundeskreis Nordheim\n"
        "  •  Eva Kranz, Volkshochschule Nordheim\n\n"
        "Die Sitzungen bereitet die Verwaltung vor.\n",
        ["Arbeitskreis Teilhabe"],
        [
            ("Harm Petersen", "politics"),
            ("Jana Witt", "administration"),
            ("Lars Bock", "civil_society"),
            ("Eva Kranz", "education"),
        ],
        chair="Harm Petersen",
        size=4,
    ),
    # not members
    Case(
        "persons addressed who spoke at a meeting, listed after a colon without a verb of membership",
        "Die Steuerungsgruppe Integration wird im Mai eingerichtet. Beim Fachtag sprachen: Frau Dr. Eva "
        "Ruge, Herr Tim Lau und Frau Nora Kahl.\n",
        ["Steuerungsgruppe Integration"],
    ),
    Case(
        "the authors of the report and the contacts of the offices, persons addressed after a colon",
        "Die Steuerungsgruppe Integration wird im Mai eingerichtet. Den Bericht verfassten: Frau Ina Roth, "
        "Herr Ben Vogt und Frau Mira Lenz. Ansprechpartner sind: für das Sozialamt Frau Greta Holm, für das "
        "Jobcenter Herr Tim Hagen.\n",
        ["Steuerungsgruppe Integration"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_saluted_series_and_bracketed_offices(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    if case.chair is not None:
        assert groups[0].chair == case.chair
    if case.size is not None:
        assert groups[0].size == case.size


def test_a_series_with_a_body_among_its_parts_is_no_series_of_persons() -> None:
    """One part naming a body, no person addressed: the run-in reading of persons does not take it."""
    from extractors import load_resources
    from extractors.steering.rules import member_rules
    from extractors.steering.run_in import listed

    text = "Ihm gehören an: die Beauftragte Frau Mira Lenz, das Jobcenter Nordheim, Herr Ben Vogt (SPD)."
    rules = member_rules(load_resources())
    assert not listed(text, 0, len(text), text.index("Jobcenter"), rules)
    saluted = "Ihm gehören an: die Beauftragte Frau Mira Lenz, für das Jobcenter Herr Tim Hagen, Herr Ben Vogt."
    assert listed(saluted, 0, len(saluted), saluted.index("Jobcenter"), rules)


def test_a_known_office_before_a_name_alone_left_out_an_unknown_office_kept() -> None:
    text = (
        "Der Lenkungskreis steuert die Umsetzung. Ihm gehören an:\n\n"
        "  –  Bürgermeisterin Greta Holm\n"
        "  –  Ortsrätin Eva Kranz (Wählergemeinschaft Nordheim)\n"
        "  –  Caritasverband Nordheim e. V.\n\n"
        "Die Sitzungen bereitet die Verwaltung vor.\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert members == ["Greta Holm", "Ortsrätin Eva Kranz", "Caritasverband Nordheim e. V."]


def test_sector_headings_over_dashed_entries_as_an_export_sets_them() -> None:
    """No blank line after the lead-in, no indent, each sector's heading glued onto the last line of the
    entry above it (a text layer's reading): the same persons."""
    text = (
        "3. Lenkungsausschuss Teilhabe\n"
        "Der Lenkungsausschuss steuert die Umsetzung. Er besteht\naus sechs\nMitgliedern:\n"
        "Kreisverwaltung\n"
        "– Greta Holm, Leiterin des Sozialamtes\n"
        "– Finn Lorenz, Jugendamt\n"
        "Kreistag\n"
        "– Kreisrätin Ida Sommer (SPD)\n"
        "– Kreistagsmitglied Jan Ode (CDU)\n"
        "Freie Träger und Vereine\n"
        "– Eva Kranz, Caritasverband Nordheim e. V.\n"
        "– Dr. Ayşe Demir, Türkischer Elternverein Nordheim e. V.\n"
        "4. Kosten\nDie Kosten trägt der Kreis.\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert members == ["Greta Holm", "Finn Lorenz", "Ida Sommer", "Jan Ode", "Eva Kranz", "Dr. Ayşe Demir"]


def test_a_colon_over_a_heading_line_and_prose_is_no_lead_in_of_items() -> None:
    """A lead-in whose next line is a heading over a paragraph, no items under it: no members from it."""
    text = (
        "Die Steuerungsgruppe Integration wird im Mai eingerichtet. Zu ihren Aufgaben gehören:\n"
        "Umsetzung\n"
        "Die Verwaltung berichtet Frau Greta Holm und Herrn Finn Lorenz halbjährlich.\n"
    )
    assert [m.member for g in groups_of(text) for m in g.members] == []
