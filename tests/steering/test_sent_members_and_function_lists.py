"""Members of councils read the first time: a table of the bodies that send members and the persons
they send ("Entsendende Stelle | ordentliches Mitglied | Stellvertretung"), with gaps, tabs or the gaps
flattened; a group named by a compound of its own with members named by their function; a numbered
list a lead-in of its own announces ("Vorgesehen sind:") going on over a page break; the chair named
in the sentence after a group's list; seats "je eine Person aus …" naming bodies."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.steering.name_blocks import name_line
from extractors.steering.sectors import classify
from pipeline.structure import view
from tests.helpers import document
from tests.steering.test_steering import Case, groups_of, test_steering_cases

A, S, P, W, E, C, M = (
    "public_agency",
    "administration",
    "politics",
    "welfare",
    "education",
    "civil_society",
    "migrant_organisation",
)

_LEAD = (
    "2. Lenkungsgruppe Vielfalt\nDie Umsetzung steuert eine Lenkungsgruppe Vielfalt. Den Vorsitz führt die Erste\n"
    "Beigeordnete. Jede benennende Stelle entsendet ein ordentliches Mitglied und eine\nStellvertretung:\n\n"
)
_AFTER = "\nDie Geschäftsstelle liegt beim Sozialamt. Die Lenkungsgruppe tagt zweimal im Jahr.\n"
_SENT = [
    ("Dr. Anna Lindholm", S),
    ("Jonas Wernicke", A),
    ("Helga Sommer", W),
    ("Dr. Ayşe Kaya", C),
    ("Elif Yılmaz-Brandt", M),
]

GAPPED = (
    "Entsendende Stelle                 ordentliches Mitglied         Stellvertretung\n"
    "Stadtverwaltung, Erste             Dr. Anna Lindholm             Peter Brandt\n"
    "Beigeordnete                       (Vorsitz)\n"
    "Jobcenter Kreis Lippe              Jonas Wernicke                Maria Kowalski\n"
    "Diakonie Lippe e. V.               Helga Sommer                  Ole Petersen\n"
    "Verband der Eltern-                Dr. Ayşe Kaya                 Tomasz Nowak\n"
    "initiativen Detmold\n"
    "Migrantenverein Lippe              Elif Yılmaz-Brandt            Ivo Marković\n"
)
TABBED = (
    "Entsendende Stelle\tordentliches Mitglied\tStellvertretung\n"
    "Stadtverwaltung, Erste Beigeordnete\tDr. Anna Lindholm (Vorsitz)\tPeter Brandt\n"
    "Jobcenter Kreis Lippe\tJonas Wernicke\tMaria Kowalski\n"
    "Diakonie Lippe e. V.\tHelga Sommer\tOle Petersen\n"
    "Verband der Elterninitiativen Detmold\tDr. Ayşe Kaya\tTomasz Nowak\n"
    "Migrantenverein Lippe\tElif Yılmaz-Brandt\tIvo Marković\n"
)
# the gaps flattened into single spaces, as a PDF's text layer gives them; no blank line after the rows
FLAT = (
    "Entsendende Stelle ordentliches Mitglied Stellvertretung\n"
    "Stadtverwaltung, Erste Beigeordnete Dr. Anna Lindholm Peter Brandt\n"
    "(Vorsitz)\n"
    "Jobcenter Kreis Lippe Jonas Wernicke Maria Kowalski\n"
    "Diakonie Lippe e. V. Helga Sommer Ole Petersen\n"
    "Verband der Eltern- Dr. Ayşe Kaya Tomasz Nowak\n"
    "initiativen Detmold\n"
    "Migrantenverein Lippe Elif Yılmaz-Brandt Ivo Marković\n"
)


@pytest.mark.parametrize("table", [GAPPED, TABBED, FLAT], ids=["gaps", "tabs", "flattened"])
def test_the_persons_a_body_sends_are_the_members_not_their_deputies(table: str) -> None:
    """The column headed as the members' names persons: they are the members, the body beside each
    telling the sector (a wrapped body cell joined: "Eltern-" / "initiativen"); the chair's mark on
    the line under a name marks that person; the deputies are no members."""
    after = _AFTER if table is not FLAT else _AFTER.lstrip("\n")
    test_steering_cases(Case("sent", _LEAD + table + after, ["Lenkungsgruppe Vielfalt"], _SENT, "Dr. Anna Lindholm"))


def test_a_members_column_of_bodies_stays_the_column_of_bodies() -> None:
    """A column headed "Mitglied" whose cells are bodies, the persons beside them: the bodies are the members."""
    text = (
        "Der Lenkungskreis besteht aus:\n\nMitglied\tStellvertretung\nSozialamt Weiden\tFrau Kohl\n"
        "Caritasverband Weiden e. V.\tHerr Brenner\n\nDer Lenkungskreis tagt monatlich.\n"
    )
    test_steering_cases(
        Case("bodies", text, ["Lenkungskreis"], [("Sozialamt Weiden", S), ("Caritasverband Weiden e. V.", W)])
    )


def test_flattened_rows_without_names_under_such_a_header_name_no_member() -> None:
    text = (
        _LEAD + "Entsendende Stelle ordentliches Mitglied Stellvertretung\nSozialamt Leitung Stellvertretende Leitung\n"
        "Jobcenter Bereichsleitung Teamleitung\n" + _AFTER.lstrip("\n")
    )
    groups = groups_of(text)
    assert [(g.group_name, g.chair) for g in groups] == [("Lenkungsgruppe Vielfalt", "Erste Beigeordnete")]
    # the chair stated in the prose is an office alone, no person, with no member beside it: no member (as
    # "unter Vorsitz der Beigeordneten")
    assert groups[0].members == []


def test_a_label_under_a_line_that_runs_on_ends_its_sentence() -> None:
    """ "… ein Mitglied und eine" / "Stellvertretung:": the line under an article is the sentence's end, no
    section's label; a label under a line that ends a sentence still is one."""
    layout = view(document("Jede Stelle benennt ein Mitglied und eine\nStellvertretung:\n\nSozialamt\tHerr A\n")).layout
    assert [layout.segs[u.seg].kind for u in layout.units][0] == "para"
    assert layout.text(layout.units[0]).rstrip().endswith("Stellvertretung:")
    layout = view(document("Der Rat hat beraten.\nSachverhalt:\nDer Rat tagt.\n")).layout
    assert layout.text(layout.units[0]).strip() == "Der Rat hat beraten."  # the block ends above the label


def test_a_family_name_of_another_alphabet_is_a_name() -> None:
    assert name_line("Elif Yılmaz-Brandt") and name_line("Jan Łukasik")
    assert not name_line("Elif Sozialamt-ıı ist") and not name_line("Jobcenter Kreis Lippe")


# a group named by a compound of its own ("Echogruppe"), given the process's work, its members by function
_ECHO = (
    "3. Echogruppe\nDie Echogruppe begleitet die Umsetzung und gibt Rückmeldungen aus der Praxis. Ihr gehören an:\n\n"
    "  – die Bürgermeisterin, die die Sitzungen leitet,\n  – die Leitung des Jobcenters Wiesental,\n"
    "  – eine Vertretung des Stadtsportverbands Wiesental,\n  – die Schulleitung der Grundschule am Park,\n"
    "  – zwei Mitglieder des Gemeinderats.\n\nDie Echogruppe hat damit sechs Mitglieder.\n"
)


def test_a_group_of_its_own_name_given_the_work_of_the_process_with_members_by_function() -> None:
    groups = groups_of(_ECHO)
    assert [g.group_name for g in groups] == ["Echogruppe"]
    assert groups[0].chair == "Bürgermeisterin" and groups[0].size == 6
    assert [(m.member, m.sector) for m in groups[0].members] == [
        ("Bürgermeisterin", P),
        ("Leitung des Jobcenters Wiesental", A),
        ("Stadtsportverband Wiesental", C),
        ("Schulleitung der Grundschule am Park", E),
        ("Gemeinderat", P),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # members, but no work of the process
        "Die Gartengruppe trifft sich montags. Ihr gehören an:\n\n"
        "  – die Kita Sonnenschein,\n  – die Kita Regenbogen.\n",
        # the work of the process, but no members
        "Die Echogruppe begleitet die Umsetzung und gibt Rückmeldungen aus der Praxis.\n",
        # the verb in the past: the work done
        _ECHO.replace("begleitet die Umsetzung", "begleitete die Umsetzung"),
    ],
    ids=["no-task", "no-members", "past"],
)
def test_a_group_of_its_own_name_without_members_or_work_is_none(text: str) -> None:
    assert groups_of(text) == []


_PLANNED = (
    "3. Zusammensetzung\nDer Lenkungskreis Teilhabe Nord soll aus höchstens zehn Personen bestehen.\n"
    "Die Leitung übernimmt die Ortsamtsleiterin. Vorgesehen sind:\n"
    "   1) das Ortsamt Nord,\n   2) zwei Mitglieder des Ortsbeirats Nord,\n   3) der Jugendmigrationsdienst Nord,\n"
    "\n\n\nStadt Beispielhausen – V-0815/27                                         Seite 1 von 2\n\n"
    "   4) die Stadtteilschule am Hafen,\n   5) der Kulturverein Anadolu e. V.\n\n"
    "Die Geschäftsführung liegt beim Ortsamt.\n\n"
)


def test_members_a_lead_in_of_its_own_announces_over_a_page_break() -> None:
    groups = groups_of(_PLANNED)
    assert [g.group_name for g in groups] == ["Lenkungskreis Teilhabe"]
    assert groups[0].size == 10 and groups[0].chair == "Ortsamtsleiterin"
    assert [(m.member, m.sector) for m in groups[0].members] == [
        ("Ortsamtsleiterin", S),
        ("Ortsamt Nord", S),
        ("Ortsbeirat Nord", P),
        ("Jugendmigrationsdienst Nord", W),
        ("Stadtteilschule am Hafen", E),
        ("Kulturverein Anadolu e. V.", C),
    ]


def test_what_is_provided_for_in_another_section_names_no_member() -> None:
    text = (
        "3. Lenkungskreis\nEin Lenkungskreis Teilhabe Nord wird eingerichtet. Ihm gehören das Ortsamt Nord und die "
        "Caritas an.\n\n4. Kosten\nVorgesehen sind:\n   1) zwei Fachtage,\n   2) eine Broschüre in fünf Sprachen.\n"
    )
    groups = groups_of(text)
    assert [m.member for g in groups for m in g.members] == ["Ortsamt Nord", "Caritas"]


_BODY = (
    "Die Arbeit steuert ein Begleitgremium Teilhabe mit bis zu zwölf Mitgliedern. Ihm gehören an:\n\n"
    "  – das Bürgeramt Süd,\n  – je eine Person aus den Ortsbeiräten Altstadt und Hafen,\n"
    "  – die Caritas Region Süd.\n\n"
)


def test_the_chair_in_the_sentence_after_the_list() -> None:
    """The chair, an office and the person holding it, in the paragraph right after the list: the
    person chairs, of the office's sector; seats "je eine Person aus den Ortsbeiräten …" name the councils."""
    groups = groups_of(_BODY + "Den Vorsitz führt die Leiterin des Bürgeramts Süd, Frau Inge Wallner.\n")
    assert groups[0].chair == "Inge Wallner" and groups[0].size == 12
    assert [(m.member, m.sector, m.is_chair) for m in groups[0].members] == [
        ("Bürgeramt Süd", S, False),
        ("Ortsbeiräte Altstadt und Hafen", P, False),
        ("Caritas Region Süd", W, False),
        ("Inge Wallner", S, True),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Die Geschäftsstelle liegt beim Bürgeramt.\n\n"
        "Den Vorsitz führt die Leiterin des Bürgeramts, Frau Inge Wallner.\n",
        "Den Vorsitz im Arbeitskreis Sprache führt Frau Inge Wallner.\n",
    ],
    ids=["a-paragraph-between", "another-group"],
)
def test_a_chair_not_right_after_the_list_or_of_another_group_is_not_its(after: str) -> None:
    groups = groups_of(_BODY + after)
    assert groups[0].group_name == "Begleitgremium Teilhabe" and groups[0].chair is None


@pytest.mark.parametrize(
    "member,sector",
    [
        ("Amtsvorsteher", P),
        ("Kreissportverband Neustadt", C),
        ("Stadtbezirksrat Mitte", P),
        ("Ausländerrat Neustadt e. V.", M),
        ("Ausländerrat der Stadt Neustadt", P),
    ],
)
def test_sectors_of_councils_and_associations(member: str, sector: str) -> None:
    assert classify(member, load_resources()) == sector


# --- as exports give them -------------------------------------------------------------------------


def test_a_noun_after_an_office_head_stays_with_it_when_a_list_set_two_a_line_is_cut() -> None:
    """ "Fachbereich Soziales Seniorenbeirat …": "Soziales" takes no ending the masculine head after it
    would give an adjective ("Sozialer"), so it is the office's name, and the cut falls before the
    council; an adjective that agrees with the head after it goes with it ("Diakonisches Werk")."""
    text = (
        "Der Begleitkreis berät die Verwaltung. Seine Mitglieder sind:\n\nVerwaltung Partner\n"
        "Fachbereich Soziales Seniorenbeirat der Stadt Musterstadt\n"
        "Fachbereich Kultur Diakonisches Werk Musterstadt e. V.\n"
        "Fachbereich Jugendliches Wohnen Jobcenter Musterstadt\n\nDer Begleitkreis tagt zweimal im Jahr.\n"
    )
    groups = groups_of(text)
    assert [(m.member, m.sector) for m in groups[0].members] == [
        ("Fachbereich Soziales", S),
        ("Seniorenbeirat der Stadt Musterstadt", P),
        ("Fachbereich Kultur", S),
        ("Diakonisches Werk Musterstadt e. V.", W),
        ("Fachbereich Jugendliches Wohnen", S),
        ("Jobcenter Musterstadt", A),
    ]


def test_members_after_a_running_head_an_export_ran_into_the_sentence() -> None:
    """ "Stadt X · Vorlage 12/2026 - 2 Aus der Stadtgesellschaft wirken … mit.": the running head with its
    page number, no ruled line above it, is no part of the sentence that goes on naming the members."""
    text = (
        "4. Begleitgruppe Teilhabe\nDie Begleitgruppe Teilhabe soll die Umsetzung steuern. Ihr gehören aus der "
        "Verwaltung das Sozialamt und das Schulamt an.\n\nVorlage 88/2026 Seite 1 von 2\n\n"
        "Stadt Beispielstadt · Vorlage 88/2026 - 2 Aus der Stadtgesellschaft wirken der Integrationsrat, die "
        "Volkshochschule Beispielstadt und der Caritasverband Beispielstadt mit.\n\n5. Kosten\n"
    )
    groups = groups_of(text)
    assert [m.member for m in groups[0].members] == [
        "Sozialamt",
        "Schulamt",
        "Integrationsrat",
        "Volkshochschule Beispielstadt",
        "Caritasverband Beispielstadt",
    ]


def test_a_group_by_its_noun_alone_given_the_named_groups_very_members_is_that_group() -> None:
    """ "eine Lenkungsgruppe" … "Zusammensetzung der Lenkungsgruppe" over the table of "der Lenkungsgruppe
    Vielfalt": one group, the named one; a group of the noun alone with members of its own stays."""
    text = (
        "Das Konzept sieht eine Lenkungsgruppe vor, die die Umsetzung steuert. Diese\nLenkungsgruppe soll\n"
        "nun berufen werden.\n2.\n\nZusammensetzung der Lenkungsgruppe\n"
        "Die Lenkungsgruppe Vielfalt besteht aus drei Mitgliedern. Die Träger haben benannt:\n\n"
        "Institution\tVertretung\nSozialamt Weiden\tFrau Kohl\nJobcenter Weiden\tHerr Brenner\n"
        "Caritasverband Weiden e. V.\tFrau Said\n\nDie Lenkungsgruppe tagt viermal im Jahr.\n"
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Lenkungsgruppe Vielfalt"]
    assert [m.member for m in groups[0].members] == [
        "Sozialamt Weiden",
        "Jobcenter Weiden",
        "Caritasverband Weiden e. V.",
    ]


def test_labelled_lines_with_gaps_after_a_lead_in_are_no_table_of_sent_members() -> None:
    """Labels in a column of their own ("aus der Verwaltung:   Sozialamt; Schulamt"), a block of fewer
    lines than a table of sent members needs: read as the labelled lists they are."""
    text = (
        "4. Lenkungskreis\nDer Lenkungskreis begleitet die Umsetzung. Dem Lenkungskreis gehören an:\n\n"
        "aus dem Gemeinderat:   je ein Mitglied der Fraktionen\n"
        "aus der Verwaltung:    Sozialamt; Amt für Schulen und Sport\n\n5. Kosten\n"
    )
    groups = groups_of(text)
    assert [m.member for m in groups[0].members] == ["Fraktionen", "Sozialamt", "Amt für Schulen und Sport"]
