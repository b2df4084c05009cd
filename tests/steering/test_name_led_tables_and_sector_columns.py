"""steering: a members table led by the persons' names ("Name | Institution | Funktion") names
persons, each with the sector of the institution they come from; a list set in two columns under
sector words ("Verwaltung | Partner") names the members side by side, never the sector words; a
proposal to widen the group ("empfiehlt, die Gruppe um A zu erweitern") names no member; a working
group as the last item of an enumeration of members is a member, and the sentence opening the next
paragraph with the sector its members come from goes on listing them, a rule between a page's
footer and the next page's head in between; the chair's role alone names no member (invented
examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

_LEAD = "Der Lenkungskreis Teilhabe besteht aus fünf Mitgliedern. Die Träger haben benannt:\n\n"
_END = "\n\nDie Geschäftsstelle liegt beim Sozialamt.\n"


def _members(text: str) -> list[tuple[str, str]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_a_table_led_by_names_lists_persons_with_their_institutions_sectors() -> None:
    rows = [
        ("Name", "Institution", "Funktion"),
        ("Greta Lindqvist", "Kreisverwaltung, Dezernentin", "Vorsitzende"),
        ("Jonas Albers", "Jobcenter Nordkreis", "Mitglied"),
        ("Mira Okonkwo-Beck", "Diakonisches Werk Nordkreis", "Mitglied"),
        ("Paul Seidel", "Volkshochschule Nordkreis", "Mitglied"),
    ]
    table = "\n".join(f"{a:<22}{b:<36}{c}" for a, b, c in rows)
    found = _members(_LEAD + table + _END)
    assert [m for m, _ in found] == ["Greta Lindqvist", "Jonas Albers", "Mira Okonkwo-Beck", "Paul Seidel"]
    assert dict(found)["Jonas Albers"] == "public_agency"
    assert dict(found)["Mira Okonkwo-Beck"] == "welfare"
    assert groups_of(_LEAD + table + _END)[0].chair == "Greta Lindqvist"


def test_an_institution_led_table_still_lists_institutions() -> None:
    rows = [("Institution", "Name"), ("Jobcenter Nordkreis", "Jonas Albers"), ("Diakonisches Werk", "Mira Beck")]
    table = "\n".join(f"{a:<30}{b}" for a, b in rows)
    assert [m for m, _ in _members(_LEAD + table + _END)] == ["Jobcenter Nordkreis", "Diakonisches Werk"]


def test_members_side_by_side_under_sector_words() -> None:
    rows = [
        ("Verwaltung", "Partner"),
        ("Sozialdezernentin (Vorsitz)", "Agentur für Arbeit Nordkreis"),
        ("Amt für Schule", "Caritasverband Nordkreis"),
        ("Gesundheitsamt", "Ausländerbeirat der Stadt"),
    ]
    text = "Die Steuerungsgruppe Vielfalt tagt viermal im Jahr. Ihre Mitglieder sind:\n\n" + "\n".join(
        f"{a:<36}{b}" for a, b in rows
    )
    names = [m for m, _ in _members(text + _END)]
    assert "Verwaltung" not in names and "Partner" not in names
    assert set(names) == {
        "Sozialdezernentin",
        "Agentur für Arbeit Nordkreis",
        "Amt für Schule",
        "Caritasverband Nordkreis",
        "Gesundheitsamt",
        "Ausländerbeirat der Stadt",
    }


def test_a_proposal_to_widen_the_group_names_no_member() -> None:
    text = (
        "Die Steuerungsgruppe Vielfalt wird vom Sozialamt geleitet. Der Gutachter empfiehlt, die "
        "Steuerungsgruppe um die Wohnungsbaugenossenschaften und die Fachhochschule zu erweitern.\n"
    )
    names = [m for m, _ in _members(text)]
    assert "Fachhochschule" not in names and "Wohnungsbaugenossenschaften" not in names


def test_a_widening_decided_names_members() -> None:
    text = "Die Steuerungsgruppe Vielfalt soll um die Fachhochschule und das Jobcenter erweitert werden.\n"
    assert [m for m, _ in _members(text)] == ["Fachhochschule", "Jobcenter"]


_PAGE_EDGE = (
    "\n\n\nVorlage 88/2027                                                 Seite 1 von 2\n"
    "____________________________________________________________________________\n\n"
    "Stadt Neuburg · Vorlage 88/2027                                          - 2 -\n\n"
)


def test_a_working_group_ending_an_enumeration_is_a_member_and_the_next_paragraph_goes_on() -> None:
    text = (
        "3. Begleitgruppe Integrationsplan (Vorsitz: Bürgermeister Dr. Lutz Anger)\n"
        "Die Begleitgruppe Integrationsplan begleitet die Umsetzung. Ihr gehören aus der Verwaltung das Sozialamt\n"
        "und das Schulamt an." + _PAGE_EDGE + "Aus der Stadtgesellschaft wirken die Diakonie, das Jobcenter Neuburg "
        "und der Arbeitskreis Asyl Neuburg mit. Mit dem Vorsitzenden zählt die Begleitgruppe sechs Mitglieder.\n\n"
        "4. Kosten\nEs entstehen keine Kosten.\n"
    )
    groups = groups_of("Stadt Neuburg · Vorlage 88/2027\n\n" + text)
    assert [g.group_name for g in groups] == ["Begleitgruppe Integrationsplan"]
    names = [m.member for m in groups[0].members]
    assert {"Diakonie", "Jobcenter Neuburg", "Arbeitskreis Asyl Neuburg", "Sozialamt"} <= set(names)
    assert "Vorsitzende" not in names and "Vorsitzenden" not in names


def test_a_table_led_by_names_with_its_gaps_flattened() -> None:
    rows = [
        "Name Institution Funktion",
        "Greta Lindqvist Kreisverwaltung, Dezernentin Vorsitzende",
        "Jonas Albers Jobcenter Nordkreis stellv. Vorsitzender",
        "Mira Okonkwo-Beck Diakonisches Werk Nordkreis Mitglied",
        "Dr. Paul Seidel Volkshochschule Nordkreis, Programm Mitglied",
        "Deutsch und Integration",
    ]
    text = _LEAD + "\n".join(rows) + _END
    found = _members(text)
    assert [m for m, _ in found] == ["Greta Lindqvist", "Jonas Albers", "Mira Okonkwo-Beck", "Dr. Paul Seidel"]
    assert dict(found)["Mira Okonkwo-Beck"] == "welfare"
    assert groups_of(text)[0].chair == "Greta Lindqvist"


def test_no_name_led_rows_without_given_names() -> None:
    rows = ["Name Institution Funktion", "Frau A Kreisverwaltung Vorsitzende", "Herr B Jobcenter Nordkreis Mitglied"]
    names = [m for m, _ in _members(_LEAD + "\n".join(rows) + _END)]
    assert "Frau A" not in names and "Herr B" not in names


def test_members_side_by_side_under_sector_words_with_the_gaps_flattened() -> None:
    rows = [
        "Verwaltung Partner",
        "Sozialdezernentin (Vorsitz) Agentur für Arbeit Nordkreis",
        "Gesundheitsamt Caritasverband Nordkreis e. V.",
    ]
    text = "Die Steuerungsgruppe Vielfalt tagt viermal im Jahr. Ihre Mitglieder sind:\n\n" + "\n".join(rows)
    names = [m for m, _ in _members(text + _END)]
    assert "Verwaltung" not in names and "Verwaltung Partner" not in names
    assert {"Agentur für Arbeit Nordkreis", "Gesundheitsamt", "Caritasverband Nordkreis e. V."} <= set(names)
