"""Members named in one long sentence or in the rules' numbered items (invented passages): a run-in list
after the members' count ("Es hat neun Mitglieder: aus der Verwaltung …; aus dem Rat …"), a relative
clause inside a part that goes on after it ("…, Frau A, die den Vorsitz führt, und die …, Frau B"), the
factions a seat each goes to named one by one ("je eine Vertreterin oder ein Vertreter der Fraktionen von
CDU, SPD und FDP"), the persons a counted part names sharing its body ("zwei Mitglieder des Beirats,
nämlich …, Herr A, und Frau B"), and a lead-in without a colon running on into numbered items, each
closing with a comma ("Ständige Mitglieder der Steuerungsrunde sind" / "1. die Bürgermeisterin (Vorsitz),")."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

_HEAD = "Stadt Beispielheim\nVorlage Nr. 12/2027\n\nBetreff\nIntegrationskonzept – Einsetzung einer {group}\n\n"


def _members(text: str) -> list[tuple[str, str]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_a_run_in_list_after_the_members_count_by_origin() -> None:
    text = _HEAD.format(group="Begleitgruppe") + (
        "C. Begleitgruppe\nDie Begleitgruppe berät den Entwurf und bleibt für die jährliche Bilanz bestehen. Es hat\n"
        "sieben Mitglieder: aus der Stadtverwaltung die Beigeordnete für Soziales, Frau Dr. Ute Sommer, die den\n"
        "Vorsitz führt, und die Integrationsbeauftragte, Frau Lina Koch; aus der Stadtverordnetenversammlung\n"
        "Herr Paul Weber (SPD) und Frau Eva Brandt (CDU); aus dem Integrationsbeirat dessen Vorsitzender, Herr\n"
        "Omar Haddad; ferner Frau Rita Lang (Diakonisches Werk Beispielheim e. V.) und Herr Jan Petersen\n"
        "(Jobcenter Beispielheim).\n\nD. Moderation\nDie Moderation übernimmt das Amt selbst.\n"
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == [
        "Dr. Ute Sommer",
        "Lina Koch",
        "Paul Weber",
        "Eva Brandt",
        "Omar Haddad",
        "Rita Lang",
        "Jan Petersen",
    ]
    assert group.chair == "Dr. Ute Sommer"
    assert [m.sector for m in group.members][:5] == ["administration"] * 2 + ["politics"] * 3


def test_the_factions_a_seat_each_goes_to_and_a_counted_part() -> None:
    text = _HEAD.format(group="Steuerungsgruppe") + (
        "3. Steuerungsgruppe\nDie Steuerungsgruppe begleitet die Erarbeitung. Ihr gehören an: die Dezernentin für\n"
        "Soziales, Frau Stadträtin Dr. Hanna Roth, die den Vorsitz führt; je eine Vertreterin oder ein\n"
        "Vertreter der Fraktionen von CDU, SPD, BÜNDNIS 90/DIE GRÜNEN und FDP; zwei Mitglieder des\n"
        "Ausländerbeirats, nämlich dessen Vorsitzender, Herr Murat Demir, und Frau Ana Horvat; ferner Frau\n"
        "Ute Kern für das Diakonische Werk Beispielheim.\n"
    )
    assert _members(text) == [
        ("Dr. Hanna Roth", "administration"),
        ("CDU", "politics"),
        ("SPD", "politics"),
        ("BÜNDNIS 90/DIE GRÜNEN", "politics"),
        ("FDP", "politics"),
        ("Murat Demir", "politics"),
        ("Ana Horvat", "politics"),
        ("Ute Kern", "welfare"),
    ]


def test_the_factions_of_a_seat_category_in_a_list() -> None:
    text = _HEAD.format(group="Lenkungsgruppe") + (
        "4. Lenkungsgruppe\nDie Lenkungsgruppe Integration wird fortgeführt. Ihr gehören an:\n\n"
        "- Kreistag: 3 Sitze, je ein Sitz für die Fraktionen CDU, Freie Wähler\n  und SPD;\n"
        "- Liga der freien Wohlfahrtspflege: 1 Sitz (Diakonieverband Beispielkreis).\n\n"
        "Die Lenkungsgruppe tagt zweimal im Jahr.\n"
    )
    members = [m for m, _ in _members(text)]
    assert members[1:4] == ["CDU", "Freie Wähler", "SPD"]
    assert "Diakonieverband Beispielkreis" in members


def test_factions_named_by_their_council_alone_are_one_member() -> None:
    text = _HEAD.format(group="Steuerungsgruppe") + (
        "Die Steuerungsgruppe begleitet die Erarbeitung. Ihr gehören an: die Bürgermeisterin, die den Vorsitz\n"
        "führt; je ein Mitglied der Fraktionen des Stadtrats; das Jobcenter Beispielheim.\n"
    )
    members = [m for m, _ in _members(text)]
    assert "CDU" not in members
    assert any("Fraktionen" in m for m in members)


_RULES = (
    "Anlage\n\nGeschäftsordnung der Steuerungsrunde Integration\n\n§ 1 Aufgabe\n"
    "Die Steuerungsrunde Integration begleitet die Umsetzung des Integrationskonzepts.\n\n"
    "§ 2 Zusammensetzung\n(1) Ständige Mitglieder der Steuerungsrunde sind\n"
    "    1. die Bürgermeisterin (Vorsitz),\n    2. die Integrationsbeauftragte der Stadt,\n"
    "    3. eine Vertreterin oder ein Vertreter des Jobcenters Beispielkreis,\n"
    "    4. eine Vertreterin oder ein Vertreter des Vereins Willkommen in Beispielheim e. V.\n"
    "(2) Die Steuerungsrunde hat höchstens 12 Mitglieder.\n"
    "§ 3 Sitzungen\n(1) Die Steuerungsrunde tagt viermal im Jahr.\n"
)


def test_a_lead_in_without_a_colon_running_on_into_numbered_items() -> None:
    (group,) = groups_of(_HEAD.format(group="Steuerungsrunde") + _RULES)
    assert [m.member for m in group.members] == [
        "Bürgermeisterin",
        "Integrationsbeauftragte der Stadt",
        "Jobcenter Beispielkreis",
        "Verein Willkommen in Beispielheim e. V.",
    ]
    assert group.chair == "Bürgermeisterin"


def test_items_closing_with_full_stops_are_no_run_on_list() -> None:
    text = _HEAD.format(group="Steuerungsrunde") + _RULES.replace(",\n", ".\n")
    assert _members(text) == []


def test_a_count_of_members_without_a_list_names_none() -> None:
    text = _HEAD.format(group="Steuerungsgruppe") + (
        "Die Steuerungsgruppe begleitet die Erarbeitung. Sie hat zwölf Mitglieder. Es hat sich gezeigt, dass\n"
        "die Arbeit gut vorankommt.\n"
    )
    assert _members(text) == []
