"""A press release quoted in a paper speaks of the group for the public: its summary of the group's make-up
("Ihr gehören Mitglieder des Kreistags, der Wohlfahrtspflege … an") gives no members; the paper's own
sentences still do. A sentence that only names a press release is no release."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

PAPER = (
    "3. Lenkungsgruppe Integration\n\n"
    "Es wird eine Lenkungsgruppe Integration gebildet. Die Pressemitteilung ist als Entwurf beigefügt.\n\n"
    "Anlage 2\n\n"
    "PRESSEMITTEILUNG\n"
    "Landratsamt Nordkreis · Pressestelle\n\n"
    "Landkreis stellt Integrationsarbeit neu auf\n\n"
    "Über die Fortschreibung berät die Lenkungsgruppe Integration unter Vorsitz von Karin Berg. Ihr gehören "
    "Mitglieder des Kreistags, des Integrationsbeirats, der Arbeitsverwaltung, der Wohlfahrtspflege und der "
    "Helferkreise an.\n\n"
    "Pressekontakt: Landratsamt Nordkreis, Pressestelle\n"
)


def test_a_press_release_s_summary_gives_no_members() -> None:
    groups = groups_of(PAPER)
    assert [g.group_name for g in groups] == ["Lenkungsgruppe Integration"]
    assert [m.member for m in groups[0].members] == []


def test_the_paper_s_own_sentence_still_gives_members() -> None:
    own = PAPER.replace("Anlage 2\n\n", "Ihr gehören das Sozialamt, das Jobcenter und die Caritas an.\n\nAnlage 2\n\n")
    names = [m.member for g in groups_of(own) for m in g.members]
    assert names == ["Sozialamt", "Jobcenter", "Caritas"]


def test_a_sentence_naming_a_press_release_is_none() -> None:
    text = (
        "Die Lenkungsgruppe Integration wird eingerichtet. Über die Pressemitteilung\n"
        "wird die Öffentlichkeit informiert. Ihr gehören das Sozialamt, das Jobcenter und die Caritas an.\n"
    )
    names = [m.member for g in groups_of(text) for m in g.members]
    assert names == ["Sozialamt", "Jobcenter", "Caritas"]
