"""steering: entries set one a line, each ending in a semicolon, a person and the body in brackets after
the name, the chair marked by a footnote's star below the list; persons a membership sentence names
with abbreviated offices ("Bgm.", "StR", "StRin"), a bracket after the name, or the body they come
from after "für" or "vom" (a working group named so is the member's body, no group; the body's place
after a comma no member); an office two persons share, each with a bracket; the chair as the
passive's agent named after an office whose remit goes on after a comma; rules of procedure listing
members by letters, a label over persons with brackets, the chair named by the letter of its entry.
Near misses: a star whose footnote says no chair (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

# a group's paragraph, its lead-in ending in a colon, a blank line before the entries
LEAD_IN = (
    "3. Steuerungskreis Vielfalt\n"
    "Der Steuerungskreis begleitet die Fortschreibung des Integrationskonzepts und tagt "
    "quartalsweise.\n"
    "Ihm gehören an (nach dem Alphabet, mit der entsendenden Einrichtung):\n"
    "\n"
)

CASES = [
    Case(
        "entries one a line ending in semicolons, a bracket after each name, the chair starred in a footnote",
        LEAD_IN
        + (
            "   Jonas Albers (Integrationsbeirat der Stadt Nordheim);\n"
            "   Dr. Mira Brandt (Hochschule Nordheim, Institut für Sozialarbeit);\n"
            "   Ole Fenske* (Fachbereich Bildung und Soziales);\n"
            "   Ida Hoffmann (Diakonisches Werk Nordheim e. V.);\n"
            "   Ben Kowalski (FDP-Fraktion).\n"
            "\n"
            "   * hat den Vorsitz inne\n"
            "\n"
            "4. Kosten\n"
            "Es entstehen keine Kosten.\n"
        ),
        ["Steuerungskreis Vielfalt"],
        [
            ("Jonas Albers", "politics"),
            ("Dr. Mira Brandt", "research"),
            ("Ole Fenske", "administration"),
            ("Ida Hoffmann", "welfare"),
            ("Ben Kowalski", "politics"),
        ],
        chair="Ole Fenske",
    ),
    Case(
        "abbreviated offices, brackets after names, bodies after für and vom, the body's place no member",
        (
            "B. Begleitgruppe Teilhabe\n"
            "Die Begleitgruppe berät die Verwaltung bei der Umsetzung des Integrationsplans.\n"
            "Ihr gehören an: Bgm. Lena Vogt als Vorsitzende, StR Jan Ode (SPD), StRin Ute Kahl (CDU),\n"
            "Frau Diakonin Maren Lüth für den Runden Tisch der Religionen, Herr Ali Demir vom Türkischen\n"
            "Elternverein Nordheim e. V. sowie Frau Eva Kranz vom Jobcenter Landkreis Nordheim, Standort "
            "Au.\n"
            "\n"
            "C. Kosten\n"
            "Es entstehen keine Kosten.\n"
        ),
        ["Begleitgruppe Teilhabe"],
        [
            ("Bgm. Lena Vogt", "politics"),
            ("Jan Ode", "politics"),
            ("Ute Kahl", "politics"),
            ("Maren Lüth", "civil_society"),  # a Runder Tisch
            ("Ali Demir", "migrant_organisation"),
            ("Eva Kranz", "public_agency"),
        ],
        chair="Bgm. Lena Vogt",
    ),
    Case(
        "an office two persons share, each bracketed; the chair the agent named after a remit with commas",
        (
            "2. Lenkungsgruppe Integration\n"
            "Die Lenkungsgruppe Integration legt die Prioritäten fest. Sie wird von der Ersten "
            "Beigeordneten für Bildung,\n"
            "Sport und Kultur, Frau Dr. Hanna Berg, geleitet; ihr gehören ferner Amtsleiterin Greta Holm "
            "(Sozialamt),\n"
            "die Kreistagsmitglieder Finn Lorenz (SPD) und Nora Voss (Grüne) sowie Herr Tim Hagen an.\n"
            "\n"
            "3. Kosten\n"
            "Es entstehen keine Kosten.\n"
        ),
        ["Lenkungsgruppe Integration"],
        [
            ("Dr. Hanna Berg", "administration"),
            ("Greta Holm", "administration"),
            ("Finn Lorenz", "politics"),
            ("Nora Voss", "politics"),
            ("Tim Hagen", "other"),
        ],
        chair="Dr. Hanna Berg",
    ),
    Case(
        "rules of procedure by letters, persons with brackets under a label, the chair named by its letter",
        (
            "D. Steuerungsgruppe Integrationskonzept\n"
            "Für die Steuerungsgruppe gilt eine Geschäftsordnung. Auszug:\n"
            "\n"
            "    § 1  Mitglieder\n"
            "    (1) Der Steuerungsgruppe gehören an:\n"
            "        a) Erste Kreisrätin Dr. Sabine Wolff, Landkreis Nordheim,\n"
            "        b) Leiterin der Abt. 3.1 Soziales und Wohnen, Frau Pia Graf,\n"
            "        c) aus jeder Fraktion des Kreistages eine Person: Lea Martens (CDU), Jonas\n"
            "           Peters (SPD), Ines Wagner (FREIE WÄHLER),\n"
            "        d) Omar Aziz, Sprecher des Migrationsbeirats,\n"
            "        e) Katrin Weiß, Agentur für Arbeit Nordheim.\n"
            "\n"
            "    § 2  Vorsitz\n"
            "    Die Leitung hat das in § 1 Abs. 1 Buchstabe a bezeichnete Mitglied inne.\n"
            "\n"
            "E. Kosten\n"
            "Es entstehen keine Kosten.\n"
        ),
        ["Steuerungsgruppe Integrationskonzept"],
        [
            ("Dr. Sabine Wolff", "administration"),
            ("Pia Graf", "other"),
            ("Lea Martens", "politics"),
            ("Jonas Peters", "politics"),
            ("Ines Wagner", "politics"),
            ("Omar Aziz", "politics"),
            ("Katrin Weiß", "public_agency"),
        ],
        chair="Dr. Sabine Wolff",
    ),
]

NO_CHAIR = LEAD_IN + (
    "   Jonas Albers (Integrationsbeirat der Stadt Nordheim);\n"
    "   Ole Fenske* (Fachbereich Bildung und Soziales);\n"
    "   Ben Kowalski (FDP-Fraktion).\n"
    "\n"
    "   * mit beratender Stimme\n"
    "\n"
    "4. Kosten\n"
    "Es entstehen keine Kosten.\n"
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_footnotes_letters_and_origins(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    assert groups[0].chair == case.chair
    assert [m.member for m in groups[0].members if m.is_chair] == [case.chair]


def test_entries_an_export_set_without_blank_lines_around_them() -> None:
    """The lead-in's paragraph goes on with the entries, the footnote and a sentence (no blank lines):
    the entries up to the one ending in a full stop, the footnote below it read as before."""
    text = (
        "3. Steuerungskreis Vielfalt\n"
        "Der Steuerungskreis tagt quartalsweise. Ihm gehören an (mit der entsendenden Einrichtung):\n"
        "Jonas Albers (Integrationsbeirat der Stadt Nordheim);\n"
        "Ole Fenske* (Fachbereich Bildung und Soziales);\n"
        "Ben Kowalski (FDP-Fraktion).\n"
        "* hat den Vorsitz inne\n"
        "Zu einzelnen Themen lädt der Kreis weitere Gäste ein.\n"
    )
    groups = groups_of(text)
    assert [m.member for m in groups[0].members] == ["Jonas Albers", "Ole Fenske", "Ben Kowalski"]
    assert groups[0].chair == "Ole Fenske"


def test_a_star_whose_footnote_names_no_chair_marks_none() -> None:
    """The entries are read one a line, the star's footnote says something else: no chair."""
    groups = groups_of(NO_CHAIR)
    assert [m.member for m in groups[0].members] == ["Jonas Albers", "Ole Fenske", "Ben Kowalski"]
    assert groups[0].chair is None
    assert not any(m.is_chair for m in groups[0].members)
