"""Members in rows of a label and the persons holding that part's seats, each on a line of its own, under a
lead-in naming the seats' holders: the persons are the members, a body before a dash their label ("Jobcenter
Wendenau – Anna Muster"), a label maybe with a bracket ("VG Au (Ried)") or broken after a slash over two lines,
labels with a colon each at a value column of their own; a row naming no one ("(Sitz ruht)") gives no member.
Where the lead-in names the holders of the seats a sentence before set out ("Für die Sitze wurden benannt:"),
that sentence's seats (offices with no person) are no members. Near misses: rows of bodies alone stay the
other readers', and a lead-in that names no seats keeps the sentence's bodies (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Landkreis Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
AFTER = "\n5. Kosten\nEs entstehen keine Kosten.\n"

SEATS = (
    "4. Lenkungsgruppe\n"
    "Die Lenkungsgruppe steuert die Erarbeitung. Ihr gehören neun Personen an: der Landrat als\n"
    "Vorsitzender, die Teilhabebeauftragte, zwei Mitglieder des Kreistags, je eine Vertretung der\n"
    "zwei Verbandsgemeinden und drei Vertretungen der Partner. Für die Sitze wurden benannt:\n\n"
    "  Landkreis           Landrat Paul Beispiel (Vorsitz)\n"
    "                      Teilhabebeauftragte Greta Muster\n"
    "  Kreistag            Kreistagsmitglied Ole Brandt (CDU)\n"
    "                      Kreistagsmitglied Ilse Kramer (SPD)\n"
    "  VG Au (Ried)        Bürgermeister Bernd Voss\n"
    "  VG Lind             Beigeordnete Heike Lorenz\n"
    "  Partner             Jobcenter Wendenau – Jonas Weber\n"
    "                      Caritasverband Wendenau e. V. – Lea Sander\n"
    "                      Kreisvolkshochschule Wendenau – Kemal Aydın\n"
)

PARTS = (
    "3. Arbeitskreis Teilhabe\n"
    "Der Arbeitskreis begleitet die Umsetzung und tagt viermal im Jahr. Den Vorsitz hat die Erste\n"
    "Gemeinderätin, die Geschäftsführung der Fachdienst 40.\n\n"
    "   Verwaltung:        Erste Gemeinderätin Dr. Anna Beispiel (Vorsitz);\n"
    "                      Jonas Weber, Fachdienst 40\n"
    "   Rat:               Ratsherr Ole Brandt (SPD); Ratsfrau Ilse Kramer (CDU)\n"
    "   Ortsteil Au:              Nachbarschaftstreff Au e. V. – Heike Lorenz\n"
    "   Ortsteil Ried/\n"
    "   Lindenhof:                Willkommensnetz Ried – Bernd Voss\n"
    "   Ortsteil Moor:            (Sitz ruht, keine Initiative)\n"
    "   Ortsteil Groß Lind: Helferkreis Groß Lind – Paul Engel\n"
)


def members_of(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


def test_the_holders_of_the_seats_are_the_members_not_the_seats_words() -> None:
    found = members_of(HEAD + SEATS + AFTER)
    assert [m for m, _ in found] == [
        "Paul Beispiel",
        "Greta Muster",
        "Ole Brandt",
        "Ilse Kramer",
        "Bernd Voss",
        "Heike Lorenz",
        "Jonas Weber",
        "Lea Sander",
        "Kemal Aydın",
    ]
    assert found[0][1] and not any(chair for _, chair in found[1:])


def test_a_body_before_a_dash_is_the_label_of_its_person() -> None:
    (group,) = groups_of(HEAD + SEATS + AFTER)
    sectors = {m.member: m.sector for m in group.members}
    assert sectors["Jonas Weber"] == "public_agency"
    assert sectors["Lea Sander"] == "welfare"


def test_rows_by_part_with_colons_and_a_resting_seat() -> None:
    found = members_of(HEAD + PARTS + AFTER)
    assert [m for m, _ in found] == [
        "Dr. Anna Beispiel",
        "Jonas Weber",
        "Ole Brandt",
        "Ilse Kramer",
        "Heike Lorenz",
        "Bernd Voss",
        "Paul Engel",
    ]
    assert found[0][1]  # the chair's office in the sentence is held by the person the rows name


def test_a_lead_in_naming_no_seats_keeps_the_sentences_words() -> None:
    text = SEATS.replace("Für die Sitze wurden benannt:", "Die Personen sind:")
    found = [m for m, _ in members_of(HEAD + text + AFTER)]
    assert "Kreistag" in found and "Jonas Weber" in found  # no seats named: nothing of the sentence given way
    assert "Partner" not in found and "Landkreis" not in found


def test_rows_of_bodies_alone_under_their_labels_give_no_persons() -> None:
    rows = (
        "  Landkreis           Sozialamt\n"
        "                      Jugendamt\n"
        "  Partner             Jobcenter Wendenau\n"
        "                      Caritasverband Wendenau e. V.\n"
    )
    found = [m for m, _ in members_of(HEAD + SEATS.split("\n\n")[0] + "\n\n" + rows + AFTER)]
    assert "Landkreis" not in found and "Partner" not in found
