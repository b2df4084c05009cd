"""A membership verb hyphenated over a line's end ("Ihr sollen ange-" / "hören: …") in one long sentence
of seats whose last body's legal form ends it ("… e. V. Die Fraktionen benennen …"); the size a later
paragraph of the group's article of rules sets as a maximum ("(3) Die Zahl der … Mitglieder darf 12 nicht
übersteigen") and a count of the signatories who form it; a flattened table of seats with their areas
before the former and the new holder ("Sitz Bereich bisher künftig"); a chair named by office alone with
no member read beside it. Invented examples, with their near misses."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

_HEAD = "Stadt Beispielheim\nVorlage Nr. 12/2027\n\nBetreff: Konzept Teilhabe\n\n"
_END = "\n5. Kosten\nEs entstehen keine Kosten.\n"

_SENTENCE = (
    "4. Steuerungsgruppe\n"
    "Die Steuerungsgruppe Teilhabe begleitet die Erarbeitung und legt dem Rat den Entwurf vor. Sie\n"
    "hat neun Sitze. Ihr sollen ange-\n"
    "hören: Bürgermeisterin Eva Berg als Vorsitzende, die Beigeordnete für Soziales, Frau Ida Roth,\n"
    "die Vorsitzende des Integrationsbeirats, Frau Lea Brandt, sowie je eine Vertretung der Caritas\n"
    "Beispielheim, des Jobcenters Beispielkreis und des Kulturvereins Beispielheim e. V. Die Fraktionen\n"
    "benennen ihre Mitglieder bis zur Sitzung des Rates.\n"
)


def test_a_verb_hyphenated_over_a_line_end_leads_in_its_members() -> None:
    text = _HEAD + _SENTENCE + _END
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Steuerungsgruppe Teilhabe"]
    members = groups[0].members
    assert [m.member for m in members] == [
        "Bürgermeisterin Eva Berg",
        "Ida Roth",
        "Lea Brandt",
        "Caritas Beispielheim",
        "Jobcenter Beispielkreis",
        "Kulturverein Beispielheim e. V.",
    ]
    assert members[0].is_chair
    for m in members[1:3]:  # the spans point at the text as written
        assert text[m.span.start : m.span.end] == m.member


def test_a_line_end_hyphen_before_a_capital_joins_no_verb() -> None:
    text = _SENTENCE.replace("ange-\nhören:", "ange-\nHören:")
    assert [m.member for g in groups_of(_HEAD + text + _END) for m in g.members] == []


def test_the_sentence_after_a_legal_form_is_its_own() -> None:
    # the next sentence speaks of a meeting: it does not take the members of the one before away
    text = _SENTENCE.replace("ange-\nhören:", "angehören:\n")
    assert len([m for g in groups_of(_HEAD + text + _END) for m in g.members]) == 6


_RULES = (
    "Auszug aus der Geschäftsordnung\n\n"
    "  § 2 Zusammensetzung\n"
    "  (1) Dem Lenkungskreis Teilhabe gehören als stimmberechtigte Mitglieder an:\n"
    "      a) die Bürgermeisterin, die den Vorsitz führt,\n"
    "      b) das Jobcenter Beispielkreis,\n"
    "      c) die Volkshochschule Beispielheim.\n"
    "  (2) Mit beratender Stimme nimmt die Integrationsbeauftragte teil.\n"
    "  (3) Die Zahl der stimmberechtigten Mitglieder darf 12 nicht übersteigen.\n"
    "\n"
    "  § 3 Sitzungen\n"
    "  (1) Der Lenkungskreis tagt zweimal im Jahr.\n"
)


@pytest.mark.parametrize("indent", ["  ", ""])
def test_a_later_paragraph_of_the_groups_article_sets_its_maximum(indent: str) -> None:
    text = "\n".join(line.removeprefix("  ") if not indent else line for line in _RULES.split("\n"))
    groups = groups_of(_HEAD + text + _END)
    assert [(g.group_name, g.size) for g in groups] == [("Lenkungskreis Teilhabe", 12)]


def test_a_maximum_in_another_article_is_no_size() -> None:
    text = _RULES.replace("  (3) Die Zahl der stimmberechtigten Mitglieder darf 12 nicht übersteigen.\n", "")
    guests = "  (1) Die Zahl der Gäste darf 12 nicht übersteigen.\n  (2) Er tagt"
    text = text.replace("  (1) Der Lenkungskreis tagt", guests)
    assert [g.size for g in groups_of(_HEAD + text + _END)] == [None]


def test_the_signatories_counted_form_the_group() -> None:
    text = "3. Lenkungsgruppe\nDie sieben Unterzeichnenden bilden die Lenkungsgruppe Teilhabe.\n"
    assert [g.size for g in groups_of(_HEAD + text + _END)] == [7]


_AREAS = (
    "3. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe hat fünf Sitze. Die Besetzung ab dem 01.07.2027:\n\n"
    "Sitz Bereich bisher künftig\n"
    "{page}1 Vorsitz Dr. Anna Beispiel unverändert\n"
    "2 Amt für Jugend und Olaf Brinkmann Sevim Karakaya\n"
    "Familie\n"
    "3 CDU-Fraktion Ratsfrau Birgit Schmale Ratsherr Kai Tiemann\n"
    "4 Verein Nordlicht e. V. Ute Kampmann –\n"
    "4 Kirchenkreis Beispielheim, – Pfarrerin Johanna Dierks\n"
    "5 Jobcenter Hagen Frank Bosse unverändert\n"
)


@pytest.mark.parametrize("page", ["", "\f"])
def test_a_flattened_table_of_seats_by_area_and_their_holders(page: str) -> None:
    groups = groups_of(_HEAD + _AREAS.format(page=page) + _END)
    assert [m.member for g in groups for m in g.members] == [
        "Dr. Anna Beispiel",
        "Sevim Karakaya",
        "Kai Tiemann",
        "Johanna Dierks",
        "Frank Bosse",
    ]
    assert groups[0].members[0].is_chair


def test_a_row_whose_holders_cannot_be_told_apart_names_no_member() -> None:
    text = _AREAS.format(page="").replace("Olaf Brinkmann Sevim Karakaya", "Brinkmann Karakaya")
    found = [m.member for g in groups_of(_HEAD + text + _END) for m in g.members]
    assert "Karakaya" not in " ".join(found) and "Brinkmann" not in " ".join(found)


def test_a_chair_named_by_office_alone_with_no_member_beside_it_is_no_member() -> None:
    text = (
        "2. Konzept\nDas Konzept wird von einer Steuerungsgruppe Integration unter Vorsitz der\n"
        "Beigeordneten begleitet. Die Geschäftsstelle liegt beim Fachdienst Soziales.\n"
    )
    groups = groups_of(_HEAD + text + _END)
    assert [(g.group_name, g.chair) for g in groups] == [("Steuerungsgruppe Integration", "Beigeordnete")]
    assert groups[0].members == []


def test_a_chair_named_by_office_beside_members_stays_one() -> None:
    text = (
        "2. Konzept\nDie Steuerungsgruppe Integration tagt unter Vorsitz des Landrats. Ihr gehören außerdem\n"
        "das Jobcenter Beispielkreis und die Volkshochschule Beispielheim an.\n"
    )
    found = [(m.member, m.is_chair) for g in groups_of(_HEAD + text + _END) for m in g.members]
    assert ("Landrat", True) in found and ("Jobcenter Beispielkreis", False) in found


_SIGNED_FLAT = (
    "Wer für die Lenkungsgruppe unterzeichnet, ist deren Mitglied.\n\n"
    "Für die Lenkungsgruppe:\n\n"
    "______________________________ ______________________________\n"
    "Dr. Eva Beispiel Jonas Muster\n"
    "Oberbürgermeisterin Volkshochschule Musterstadt\n\n"
    "______________________________ ______________________________\n"
    "Stadtrat Ole Probe Stadträtin Anna Weber\n"
    "SPD-Stadtratsfraktion CDU-Stadtratsfraktion\n\n"
    "Als Unterstützer (ohne Sitz in der Lenkungsgruppe):\n\n"
    "______________________________ ______________________________\n"
    "Karl Kunz Maria Stein\n"
    "Sparkasse Musterstadt Lions Club Musterstadt\n"
)


def test_names_under_signature_lines_an_export_flattened_are_told_apart_by_given_names() -> None:
    found = [m.member for g in groups_of(_HEAD + _SIGNED_FLAT + _END) for m in g.members]
    assert found == ["Dr. Eva Beispiel", "Jonas Muster", "Ole Probe", "Anna Weber"]


def test_a_flattened_line_of_names_not_read_as_so_many_persons_names_none() -> None:
    # "Eva Beispiel Jonas Muster Anna" under two lines: no two persons of a given and a family name each
    text = _SIGNED_FLAT.replace("Dr. Eva Beispiel Jonas Muster\n", "Eva Beispiel Jonas Muster Anna\n")
    found = " ".join(m.member for g in groups_of(_HEAD + text + _END) for m in g.members)
    assert "Eva" not in found and "Jonas" not in found
