"""A Beratungsfolge table whose date column writes a weekday, the day, the month in full and a year of
two digits ("Mo., 14. Juni 27, 14.30 Uhr"), and whose purpose column gives letters that a legend in
brackets under the table spells out ("(K = Kenntnisnahme, V = Vorberatung, B = Beschlussfassung)").
The weekday makes "14. Juni 27" a date, which alone it is not; the letters are roles only as the
legend defines them. Every case is invented: other towns, other names, other dates, the same forms."""

from __future__ import annotations

from tests.consultations.test_cells_beside_wrapped_names import rows

TABLE = (
    "Beratungsfolge:\n"
    "  Ö/N   TOP   Gremium                                       Termin                        Zweck\n"
    "  Ö     4     Seniorenbeirat                                Di., 11. Mai 27, 16.00 Uhr    K\n"
    "  Ö     2     Ausschuss für Jugend, Schule und              Mi., 19. Mai 27, 17.00 Uhr    V\n"
    "              Kultur\n"
    "  N     9     Kreisausschuss                                Mo., 7. Juni 27, 14.30 Uhr    V\n"
    "  Ö     6     Kreistag                                      Montag, 21. Juni 27, 15.00 Uhr B\n"
    "  (K = Kenntnisnahme, V = Vorberatung, B = Beschlussfassung)\n"
)


def test_weekday_dates_with_month_names_and_a_bracketed_role_legend() -> None:
    assert rows(TABLE) == [
        ("Seniorenbeirat", "2027-05-11", "information", True),
        ("Ausschuss für Jugend, Schule und Kultur", "2027-05-19", "preliminary", True),
        ("Kreisausschuss", "2027-06-07", "preliminary", False),
        ("Kreistag", "2027-06-21", "decision", True),
    ]


def test_a_month_in_full_over_two_digits_without_its_weekday_is_no_date() -> None:
    """Near miss: "11. Mai 27" with no weekday before it is a day and a count ("27 Teilnehmer"), no date."""
    text = "Beratungsfolge:\nGremium              Termin\nSeniorenbeirat       11. Mai 27 Teilnehmer\n"
    assert [r for r in rows(text) if r[1]] == []


def test_letters_without_a_legend_stay_no_role() -> None:
    """Near miss: the same letters with no legend under the table name no role."""
    text = TABLE.rsplit("  (K", 1)[0]
    assert [r[2] for r in rows(text)] == [None, None, None, None]
