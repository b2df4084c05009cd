"""steering: the persons a block of nominations names for the seats of a group's rules of procedure;
a list entry opening with a person and a comma before a group it names; the chair's deputy by a
possessive and the person in an apposition; a chair or member named in an apposition after the office,
a party's bracket or an academic title with the name; members working "in ihr" under a chair's lead
(invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

NOMINATIONS = (
    "§ 3 Mitglieder\n"
    "(1) Der Lenkungsgruppe Teilhabe gehören an\n"
    "    a) die Bürgermeisterin, die den Vorsitz hat,\n"
    "    b) zwei vom Stadtrat gewählte Ratsmitglieder,\n"
    "    c) je eine Person der Volkshochschule und des Seniorenbüros.\n"
    "(2) Die Polizeiinspektion wirkt beratend mit.\n"
    "\n"
    "Vorgeschlagen werden derzeit:\n"
    "    zu (1) a)   Bürgermeisterin Hanna Vogt\n"
    "    zu (1) b)   Jonas Reiter (FDP), Miriam Sommer (Linke)\n"
    "    zu (1) c)   Volkshochschule: Paul Winter; Seniorenbüro: N. N.\n"
    "    zu (2)      Polizeiinspektion: Tarek Haddad (Prävention),\n"
    "                Greta Lind (Opferschutz)\n"
)


def test_the_persons_nominated_to_the_seats_are_the_members() -> None:
    (group,) = groups_of(NOMINATIONS)
    assert [m.member for m in group.members] == [
        "Bürgermeisterin Hanna Vogt",
        "Jonas Reiter",
        "Miriam Sommer",
        "Paul Winter",
        "Tarek Haddad",
        "Greta Lind",
    ]
    assert group.chair == "Bürgermeisterin Hanna Vogt"
    assert [m.member for m in group.members if m.is_chair] == ["Bürgermeisterin Hanna Vogt"]
    assert [m.sector for m in group.members[1:3]] == ["politics", "politics"]  # the seat's words


def test_seats_without_a_block_of_nominations_are_read_as_the_list_they_are() -> None:
    """The rules' lead-in runs on into its items, each closing with a comma: without persons nominated to
    them, the seats' offices and bodies are the members, the chair's office the chair."""
    text = NOMINATIONS.split("Vorgeschlagen")[0]
    (group,) = groups_of(text)
    members = [m.member for m in group.members]
    assert members[0] == "Bürgermeisterin"
    assert group.chair == "Bürgermeisterin"
    assert any("Volkshochschule" in m for m in members)


def test_a_person_opening_an_entry_before_a_group_it_names_is_a_member() -> None:
    text = (
        "Der Lenkungskreis Vielfalt wird mit folgenden Personen besetzt:\n\n"
        "    – Kreisrat Udo Brandt (FDP)\n"
        "    – Selin Arslan, Sprecherin des Beirats für Vielfalt\n"
        "    – Tanja Roth, Arbeitskreis Asyl Elbtal\n"
        "    – Rainer Falk, Leiter der Musikschule\n"
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == ["Kreisrat Udo Brandt", "Selin Arslan", "Tanja Roth", "Rainer Falk"]


def test_the_deputy_a_possessive_points_to_is_the_person_in_the_apposition() -> None:
    text = (
        "Die Steuerungsgruppe Zusammenleben tagt alle zwei Monate. Den Vorsitz übernimmt der Erste"
        " Beigeordnete, Herr Kurt Albers (FDP); sein Stellvertreter ist der Leiter des Ordnungsamts,"
        " Herr Timo Brandes. Ihr gehören außerdem das Jobcenter und die Caritas an.\n"
    )
    (group,) = groups_of(text)
    assert group.chair == "Kurt Albers"
    assert [m.member for m in group.members][:2] == ["Kurt Albers", "Timo Brandes"]


def test_an_office_then_a_titled_person_in_an_apposition_is_one_member() -> None:
    text = (
        "Der Steuerungsgruppe sollen die Leiterin des Gesundheitsamts, Frau Dr. Eva Martens, der Leiter des"
        " Schulamts, Herr Olaf Brenner, sowie die Integrationsbeauftragte der Stadt angehören.\n"
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == ["Dr. Eva Martens", "Olaf Brenner", "Integrationsbeauftragte der Stadt"]


def test_members_working_in_the_group_under_a_chairs_lead() -> None:
    text = (
        "Die Lenkungsgruppe bereitet die Beschlüsse vor. Unter Leitung von Landrat Otto Berg arbeiten in ihr"
        " Amtsleiterin Rita Kranz (Amt für\nJugend, Sport und Kultur), die Kreisrätin Olga Mertens (SPD)"
        " sowie Frau Ina Lau für den Verein Brücke e. V.\n"
    )
    (group,) = groups_of(text)
    assert group.chair == "Landrat Otto Berg"
    assert [m.member for m in group.members] == ["Landrat Otto Berg", "Rita Kranz", "Olga Mertens", "Ina Lau"]


def test_a_person_after_the_body_that_sends_them_is_the_member() -> None:
    text = (
        "Der Steuerungsgruppe sollen der Leiter des Ordnungsamts, Herr Timo Brandes, sowie für die"
        " Handwerkskammer Oberland Frau Nele Kuhn angehören.\n"
    )
    (group,) = groups_of(text)
    assert [(m.member, m.sector) for m in group.members][-1] == ("Nele Kuhn", "business")


def test_nominations_an_export_set_apart_by_blank_lines() -> None:
    lines = [line.strip() for line in NOMINATIONS.splitlines()]
    (group,) = groups_of("\n\n".join(lines) + "\n")
    assert [m.member for m in group.members][-2:] == ["Tarek Haddad", "Greta Lind"]
    assert group.chair == "Bürgermeisterin Hanna Vogt"
