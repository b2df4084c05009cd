"""A Beratungsfolge in sentences only, each beside its near misses. Every case is invented.

- a date set after its weekday between commas ("am Montag, 14.02.2028, dem Seniorenbeirat …"), no clause
  of its own;
- a last clause that leaves out the verb of the clause before it ("Der A berät sie am D1 vor, der B am D2
  in nichtöffentlicher Sitzung."), the verb's role its own;
- a verb's particle after a bracketed status ("berät sie am 03.03.28 (öffentlich) vor")."""

from __future__ import annotations

from tests.consultations.test_header_forms import facts

PROSE = (
    "Behandlung in den Gremien\n"
    "Die Vorlage wird am Montag, 14.02.2028, dem Seniorenbeirat in öffentlicher Sitzung zur\n"
    "Anhörung vorgelegt. Der Ausschuss für Bildung und Sport berät sie am 02.03.28 (öffentlich)\n"
    "vor, der Haupt- und Finanzausschuss am 07.03.28 in nichtöffentlicher Sitzung. Die Entscheidung\n"
    "trifft der Rat in seiner öffentlichen Sitzung am Donnerstag, 23. März 2028.\n"
)


def test_weekday_dates_and_a_gapped_clause() -> None:
    assert facts(PROSE) == [
        ("Seniorenbeirat", "2028-02-14", None, True),
        ("Ausschuss für Bildung und Sport", "2028-03-02", "preliminary", True),
        ("Haupt- und Finanzausschuss", "2028-03-07", "preliminary", False),
        ("Rat", "2028-03-23", "decision", True),
    ]


def test_a_clause_with_its_own_verb_keeps_its_role() -> None:
    # the last clause has a verb of its own: it takes no role from the clause before it
    text = PROSE.replace("am 07.03.28 in nichtöffentlicher Sitzung.", "erhält sie am 07.03.28 zur Kenntnis.")
    assert facts(text)[2] == ("Haupt- und Finanzausschuss", "2028-03-07", "information", None)


def test_a_clause_before_the_last_takes_no_gapped_role() -> None:
    # the gapped clause is not the sentence's last: its role stays unread
    text = PROSE.replace(
        "am 07.03.28 in nichtöffentlicher Sitzung.", "am 07.03.28 in nichtöffentlicher Sitzung, dann der Kreistag."
    )
    assert ("Haupt- und Finanzausschuss", "2028-03-07", None, False) in facts(text)
