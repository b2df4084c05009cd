"""Members in one long sentence after "Er besteht aus" (an office's remit and a body's unit after commas,
an office two persons share, the chair in a relative clause after an office's person), and seat tables
whose persons' column lists the members apart by slashes, wrapped over lines, gapped or flattened."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

_PROSE = (
    "Stadt Beispielheim\nVorlage Nr. 12/2027\n\nBetreff: Fortführung des Begleitkreises Teilhabe\n\n"
    "3. Begleitkreis Teilhabe\n"
    "Der Begleitkreis Teilhabe tagt zweimal im Jahr. Er besteht aus der Referentin für Bildung,\n"
    "Kultur und Sport, Frau Dr. Anna Beispiel, die den Vorsitz führt, der Leitung des Amtes für\n"
    "Familie, der Integrationsbeauftragten Frau Eva Berg, den Integrationsräten Herrn Jan Muster\n"
    "und Frau Ida Roth, dem Diakonischen Werk Beispielheim e. V., dem Jobcenter Beispielkreis und\n"
    "der Handwerkskammer Nordland, Geschäftsstelle Beispielheim.\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)


def test_members_of_one_long_sentence() -> None:
    groups = groups_of(_PROSE)
    assert [g.group_name for g in groups] == ["Begleitkreis Teilhabe"]
    assert groups[0].chair == "Dr. Anna Beispiel"
    assert [(m.member, m.sector, m.is_chair) for m in groups[0].members][:-1] == [
        ("Dr. Anna Beispiel", "administration", True),
        ("Leitung des Amtes für Familie", "administration", False),
        ("Eva Berg", "administration", False),
        ("Jan Muster", "politics", False),
        ("Ida Roth", "politics", False),
        ("Diakonisches Werk Beispielheim e. V.", "welfare", False),
        ("Jobcenter Beispielkreis", "public_agency", False),
    ]
    assert groups[0].members[-1].member == "Handwerkskammer Nordland, Geschäftsstelle Beispielheim"


def test_a_list_without_articles_keeps_its_items_apart() -> None:
    text = _PROSE.replace(
        "Er besteht aus der Referentin",
        "Er besteht aus dem Sozialamt, Jobcenter, Caritas und Diakonie. Hinzu kommt die Referentin",
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert members[:4] == ["Sozialamt", "Jobcenter", "Caritas", "Diakonie"]


_SEATS = {
    "gapped": (
        "   Bereich                     Sitze   Personen\n"
        "   Rat                           3     Anna Beispiel (SPD) / Jan Muster (CDU) /\n"
        "                                       Ida Roth (FDP)\n"
        "   Verwaltung                    2     Lea Brandt, Leiterin Fachbereich 3 /\n"
        "                                       Eva Berg, Integrationsbeauftragte (Sprecherin)\n"
        "   Vereine                       2     Sportverein Nord 1920 e. V. / Kulturverein\n"
        "                                       Süd e. V.\n"
    ),
    "flattened": (
        "Bereich Sitze Personen\n"
        "Rat 3 Anna Beispiel (SPD) / Jan Muster (CDU) /\n"
        "Ida Roth (FDP)\n"
        "Verwaltung 2 Lea Brandt, Leiterin Fachbereich 3 /\n"
        "Eva Berg, Integrationsbeauftragte (Sprecherin)\n"
        "Vereine 2 Sportverein Nord / Kulturverein\n"
        "Süd 1920 e. V.\n"
    ),
}


@pytest.mark.parametrize("form", list(_SEATS), ids=list(_SEATS))
def test_a_seat_table_listing_persons_apart_by_slashes(form: str) -> None:
    text = (
        "Gemeinde Musterfeld\nVorlage 0042/2026\n\nBetreff: Einrichtung eines Arbeitskreises Vielfalt\n\n"
        "3. Arbeitskreis Vielfalt\n"
        "Der Arbeitskreis begleitet die Erarbeitung und legt dem Ausschuss den Entwurf vor. Er hat 7\n"
        "Mitglieder; Sprecherin ist die Integrationsbeauftragte.\n\n" + _SEATS[form] + "\n4. Kosten\nKeine.\n"
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Arbeitskreis Vielfalt"]
    assert groups[0].chair == "Eva Berg"
    got = [(m.member, m.sector) for m in groups[0].members]
    assert got[:5] == [
        ("Anna Beispiel", "politics"),
        ("Jan Muster", "politics"),
        ("Ida Roth", "politics"),
        ("Lea Brandt", "administration"),
        ("Eva Berg", "administration"),
    ]
    assert [m for m, _ in got[5:]] == (
        ["Sportverein Nord 1920 e. V.", "Kulturverein Süd e. V."]
        if form == "gapped"
        else ["Sportverein Nord", "Kulturverein Süd 1920 e. V."]
    )


def test_the_chair_closing_a_surname_first_members_bracket() -> None:
    text = (
        "Landkreis Musterkreis\nVorlage KT 26/0042\n\nBetr.: Bildung eines Begleitgremiums Teilhabe\n\n"
        "4. Begleitgremium Teilhabe\n"
        "Das Begleitgremium berät die Verwaltung. Mitglieder: Beispiel, Anna (Dezernentin für Soziales,\n"
        "Vorsitz); Muster, Jan (Kreistagsfraktion SPD); Berg, Eva (Jobcenter Musterkreis).\n\n"
        "5. Kosten\nKeine.\n"
    )
    groups = groups_of(text)
    assert groups[0].chair == "Anna Beispiel"
    assert [(m.member, m.sector, m.is_chair) for m in groups[0].members] == [
        ("Anna Beispiel", "administration", True),
        ("Jan Muster", "politics", False),
        ("Eva Berg", "public_agency", False),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["wrapped", "a-blank-line-of-a-page-break"])
def test_a_members_line_parted_by_semicolons_runs_on_to_its_full_stop(gap: str) -> None:
    text = (
        "Landkreis Musterkreis\nVorlage KT 26/0042\n\nBetr.: Bildung eines Begleitgremiums Teilhabe\n\n"
        "4. Begleitgremium Teilhabe\n"
        "Das Begleitgremium berät die Verwaltung bei der Fortschreibung und gibt\nvor dem\n"
        "Kreistag eine Empfehlung ab. Es kommt viermal zusammen.\n"
        "Mitglieder: Beispiel,\nAnna (Dezernentin für Soziales, Vorsitz); Muster, Jan\n(Kreistagsfraktion SPD); Berg,"
        + gap
        + "Eva (Jobcenter Musterkreis).\n\n"
        "5. Kosten\nKeine.\n"
    )
    groups = groups_of(text)
    assert groups[0].chair == "Anna Beispiel"
    assert [(m.member, m.sector, m.is_chair) for m in groups[0].members] == [
        ("Anna Beispiel", "administration", True),
        ("Jan Muster", "politics", False),
        ("Eva Berg", "public_agency", False),
    ]
