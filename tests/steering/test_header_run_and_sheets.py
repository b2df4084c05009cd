"""Members where an export dropped the blank lines: a section's label alone on its line
("Sachverhalt:") ends the block above it, so the letterhead and the Beratungsfolge are no
members of a group named in the subject; a time adverbial among the members is none of them; a
profile sheet under a heading that is only the group's name; a Beratungsfolge's rows (a date
cell, a dates' column word) are no members of a group named above them."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

RUN_TOGETHER = (
    "Gemeinde Lindholm\nDer Bürgermeister\nFachbereich Jugend, Kultur und Sport\nMitteilungsvorlage Nr. 2025/014\n"
    "Betreff: Bericht der Projektgruppe Willkommen\nBeratungsfolge Datum Beratung\n"
    "Kulturausschuss 12.05.2025 Kenntnisnahme\nSachverhalt:\n"
    "In der Projektgruppe Willkommen arbeiten {time} Vertreterinnen und Vertreter der Kirchengemeinde St. Marien,\n"
    "des Sportvereins Lindholm und der Grundschule am Deich zusammen.\n"
)


@pytest.mark.parametrize("time", ["seit dem Herbst", "seit 2023", "ab Januar", "im Frühjahr 2024", ""])
def test_a_label_line_ends_the_header_block_and_the_time_is_no_member(time: str) -> None:
    groups = groups_of(RUN_TOGETHER.format(time=time).replace("  ", " "))
    members = [m.member for g in groups for m in g.members]
    assert members == ["Kirchengemeinde St. Marien", "Sportverein Lindholm", "Grundschule am Deich"]


SHEET = (
    "Der Begleitkreis wird wie folgt besetzt:\n\n"
    "Begleitkreis (BK)\nVorsitz:\nErste Beigeordnete Sabine Voigt\nAnzahl Mitglieder: 7\n"
    "davon aus der Verwaltung: 3\nu. a. aus folgenden Fachbereichen:\n- Fachbereich Jugend und Familie\n\n"
    "- Fachbereich Ordnung\ndavon Sonstige: 2 (Seniorenbeirat, Diakonisches Werk Lindholm)\n"
    "Die Geschäftsführung des Begleitkreises liegt beim Fachbereich Jugend und Familie,"
    " der die Sitzungen vorbereitet.\n"
)


def test_a_profile_sheet_under_the_groups_name_alone() -> None:
    (group,) = groups_of(SHEET)
    assert group.size == 7
    assert group.chair == "Erste Beigeordnete Sabine Voigt"
    assert [m.member for m in group.members] == [
        "Erste Beigeordnete Sabine Voigt",
        "Fachbereich Jugend und Familie",
        "Fachbereich Ordnung",
        "Seniorenbeirat",
        "Diakonisches Werk Lindholm",
    ]


def test_a_sentence_under_the_name_is_no_sheet() -> None:
    text = "Begleitkreis\nDer Begleitkreis tagt viermal im Jahr und berät die Verwaltung.\nAnzahl Mitglieder: 7\n"
    assert all(g.size is None for g in groups_of(text))


@pytest.mark.parametrize("date", ["12.05.2025", "Mo., 12.05.2025", "12.05.25"])
def test_a_beratungsfolge_under_the_group_is_no_members_table(date: str) -> None:
    text = (
        "Betreff: Bericht der Projektgruppe Willkommen\n\n"
        f"Beratungsfolge            Datum          Beratung\nKulturausschuss           {date}     Kenntnisnahme\n"
        f"Rat                       {date}     Kenntnisnahme\n\n"
        "Die Projektgruppe hat im Frühjahr ihren Bericht vorgelegt.\n"
    )
    assert [m.member for g in groups_of(text) for m in g.members] == []
