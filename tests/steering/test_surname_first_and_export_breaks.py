"""Members set surname first in a run-in list, persons parted by commas with a relative clause naming the
chair, and lists and seats as a PDF's export breaks them: a lead-in inside its paragraph over entries
parted by middle dots, a lead-in run on under a list's item, a seat list over a page break, the parts
of a labelled line opening on a new line; a council set up beside the steering group."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

_HEAD = "Stadt Beispielheim\nVorlage Nr. 12/2026\n\n"


def _members(text: str) -> list[tuple[str, str, bool]]:
    return [(g.group_name, m.member, m.is_chair) for g in groups_of(text) for m in g.members]


def test_a_run_in_list_of_names_surname_first_under_the_members_label() -> None:
    text = (
        _HEAD + "2. Arbeitskreis Integration\n\nAus dem offenen Kreis soll ein fester Arbeitskreis Integration\n"
        "werden, der die Maßnahmen vorbereitet. Den Vorsitz führt der Zweite Bürgermeister. Mitglieder\n"
        "(in alphabetischer Reihenfolge): Berg, Anna (Caritasverband Nord); Demir, Tülin (Elternbeirat\n"
        "Grundschule Süd); Weber,\n"
        "Jonas (Zweiter Bürgermeister); Okoro, Chidi (Verein Afrika e. V.); Roth, Ida (Marktgemeinderätin, SPD).\n\n"
        "Der Arbeitskreis tagt sechsmal im Jahr.\n"
    )
    assert _members(text) == [
        ("Arbeitskreis Integration", "Anna Berg", False),
        ("Arbeitskreis Integration", "Tülin Demir", False),
        ("Arbeitskreis Integration", "Jonas Weber", True),
        ("Arbeitskreis Integration", "Chidi Okoro", False),
        ("Arbeitskreis Integration", "Ida Roth", False),
    ]
    assert groups_of(text)[0].chair == "Jonas Weber"


def test_names_surname_first_need_known_given_names_and_the_members_label() -> None:
    # most given names unknown: no list of persons surname first; a label that is not the members' leads in none
    unknown = _HEAD + (
        "Arbeitskreis Integration\n\nDer Arbeitskreis Integration begleitet die Umsetzung. Mitglieder: Okoro, Chidi\n"
        "(Verein Afrika); Mbeki, Thabo (Verein Süd); Berg, Anna (Caritas).\n"
    )
    assert all(m[1] not in ("Chidi Okoro", "Thabo Mbeki") for m in _members(unknown))
    other_label = _HEAD + (
        "Arbeitskreis Integration\n\nDer Arbeitskreis Integration begleitet die Umsetzung. Themen (vorläufig):\n"
        "Berg, Anna (Caritas); Roth, Ida (SPD); Weber, Jonas (Sozialamt).\n"
    )
    assert _members(other_label) == []


def test_persons_parted_by_commas_a_relative_clause_naming_the_chair() -> None:
    text = _HEAD + (
        "3. Arbeitskreis der Helferkreise\n\nNeben der Lenkungsgruppe wird ein Arbeitskreis gebildet, in dem die\n"
        "Helferkreise ihre Erfahrungen einbringen. Ihm gehören die Sprecherinnen und Sprecher von vier\n"
        "Helferkreisen an: Anna Berg (Nordheim), die den Arbeitskreis leitet, Jonas Weber (Au), Ida Roth\n"
        "(Süd) und Paul Lang (Westend).\n"
    )
    # the heading names the group the paragraph sets up by its noun alone: the groups it gathers name it
    assert [(m[1], m[2]) for m in _members(text) if m[0] == "Arbeitskreis der Helferkreise"] == [
        ("Anna Berg", True),
        ("Jonas Weber", False),
        ("Ida Roth", False),
        ("Paul Lang", False),
    ]


def test_entries_parted_by_middle_dots_in_the_lead_ins_paragraph() -> None:
    text = _HEAD + (
        "2. Lenkungsgruppe\nDie Lenkungsgruppe verantwortet das Konzept gegenüber dem Kreistag. Sie tritt etwa\n"
        "alle zwei Monate zusammen. Als Mitglieder sind\nvorgesehen:\n"
        "Landrat Jonas Weber (Vorsitz) · Abteilungsleiterin Dr. Anna Berg · Kreisrätin Ida Roth (SPD) ·\n"
        "Erste Bürgermeisterin Eva Lang für die Gemeinden · Herr Paul\nKunz (Jobcenter Nord)\n"
        "3. Kosten\nDie Kosten trägt der Kreis.\n"
    )
    assert [(m[1], m[2]) for m in _members(text)] == [
        ("Jonas Weber", True),
        ("Dr. Anna Berg", False),
        ("Ida Roth", False),
        ("Eva Lang", False),
        ("Paul Kunz", False),
    ]


def test_a_lead_in_run_on_under_a_lists_item_goes_on_with_the_list() -> None:
    text = _HEAD + (
        "4. Steuerungsgruppe Integration\nDas Gremium begleitet die Werkstätten. Kraft Amtes gehören ihr an:\n"
        "– der Bürgermeister (derzeit: Herr Jonas Weber) als Vorsitzender,\n"
        "– die Integrationsbeauftragte der Stadt (derzeit: Frau Anna Berg).\n"
        "Auf Vorschlag der jeweils genannten Stelle werden berufen:\n"
        "– vom Stadtrat: Frau Ida Roth (SPD),\n– vom Jobcenter Nord: Herr Paul Kunz.\n"
        "Scheidet ein Mitglied aus seinem Amt aus, tritt die Nachfolgerin an seine Stelle.\n"
    )
    assert [m[1] for m in _members(text)] == ["Jonas Weber", "Anna Berg", "Ida Roth", "Paul Kunz"]


def test_numbered_seats_over_a_page_break_and_holders_of_unknown_given_names() -> None:
    text = _HEAD + (
        "Begleitgremium\n\nDas Begleitgremium berät das Bezirksamt bei der Umsetzung und hat fünf Sitze:\n\n"
        "Sitz 1 Bezirksamt, Abt. Soziales\nBezirksstadträtin Dr. Anna Berg – Vorsitz –\n"
        "vertreten durch: Integrationsbeauftragte Eva Lang\nSitz 2 Fraktion der SPD\nBezirksverordneter Jonas Weber\n"
        "Sitz 3 Beirat für Integration\n\n\fVorsitzende Ida Roth\nvertreten durch: Paul Kunz\n"
        "Sitz 4 Migrantenselbstorganisationen\nChidi Okoro, Verein Afrika e. V.\nvertreten durch: N. N.\n"
        "Sitz 5 Jobcenter Nord\nTeamleiter Ole Brandt\n\nDie Geschäftsstelle liegt beim Bezirksamt.\n"
    )
    assert [m[1] for m in _members(text)] == ["Dr. Anna Berg", "Jonas Weber", "Ida Roth", "Chidi Okoro", "Ole Brandt"]


def test_a_seat_holder_after_a_dash_named_as_the_other_seats_holders() -> None:
    text = _HEAD + (
        "Lenkungsrunde Integration\n\nDie Lenkungsrunde Integration steuert die Umsetzung. Sie ist so besetzt:\n\n"
        "Sitz 1   Bezirksamt – Dr. Anna Berg\nSitz 2   SPD-Fraktion – Jonas Weber\n"
        "Sitz 3   Beirat für Integration – Fatou Ndiaye\n"
        "Sitz 4   Jobcenter Nord – Ida Roth\n\nDie Lenkungsrunde tagt viermal im Jahr.\n"
    )
    assert [m[1] for m in _members(text)] == ["Dr. Anna Berg", "Jonas Weber", "Fatou Ndiaye", "Ida Roth"]


def test_a_labelled_parts_person_opening_on_the_next_line() -> None:
    text = _HEAD + (
        "Lenkungskreis\n\nDer Lenkungskreis steuert den Prozess. Er hat fünf Mitglieder:\n\n"
        "Aus der Verwaltung: Stadträtin Dr. Anna Berg, Sozialdezernentin (Vorsitz);\nHerr Jonas\n"
        "Weber, Amt für Soziales, Familie und Integration; Frau Ida Roth, Integrationsbüro.\n\n"
        "Aus der Wirtschaft: Frau Eva Lang (Agentur für Arbeit);\nHerr\nPaul Kunz (IHK Nord).\n\n"
        "Die Geschäftsführung liegt beim Integrationsbüro.\n"
    )
    assert [m[1] for m in _members(text)] == ["Dr. Anna Berg", "Jonas Weber", "Ida Roth", "Eva Lang", "Paul Kunz"]


def test_a_council_set_up_together_with_the_steering_group() -> None:
    text = _HEAD + (
        "Der Kreistag wolle beschließen:\n1. Der Lenkungskreis Integration und der Fachbeirat Monitoring werden\n"
        "eingerichtet.\n\nBegründung:\nDer Lenkungskreis Integration steuert das Programm. Der Fachbeirat prüft die\n"
        "Kennzahlen und wird von Herrn Jonas Weber geleitet.\n"
    )
    assert [g.group_name for g in groups_of(text)] == ["Lenkungskreis Integration", "Fachbeirat Monitoring"]
    mentioned = _HEAD + "Der Lenkungskreis Integration wird eingerichtet. Der Fachbeirat Monitoring berät den Kreis.\n"
    assert [g.group_name for g in groups_of(mentioned)] == ["Lenkungskreis Integration"]


def test_a_sentence_after_the_groups_leading_in_its_bodies_with_a_verb_and_a_colon() -> None:
    text = _HEAD + (
        "Lenkungsgruppe Integration\n\nEine Lenkungsgruppe Integration wird eingerichtet. Die Lenkungsgruppe prüft\n"
        "die Kennzahlen. Ohne feste Benennung von Personen wirken darin mit: das Schulamt für den Kreis Nord und\n"
        "den Kreis Süd, die Agentur für Arbeit Nordheim, die Universität Nordheim, Fachgebiet Soziologie, und\n"
        "die Volkshochschule Nordheim.\n"
    )
    assert [m[1] for m in _members(text)] == [
        "Schulamt für den Kreis Nord und den Kreis Süd",
        "Agentur für Arbeit Nordheim",
        "Universität Nordheim, Fachgebiet Soziologie",
        "Volkshochschule Nordheim",
    ]
    no_verb = text.replace("wirken darin mit:", "sind diese Themen zu klären:")
    assert _members(no_verb) == []
