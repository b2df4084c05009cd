"""A rule drawn across the page under a memo-style header ("An:" / "Von:" / "Betreff:") closes
the Betreff: the rule is no part of the subject, and neither is what stands under it."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

MEMO = """                               Gemeinde Kleinmoorbach
                               Die Bürgermeisterin

 An:          Gemeinderat Kleinmoorbach
 Von:         Fachbereich Jugend und Senioren
 Vorlage:     Beschlussvorlage 0341/2028                 Datum: 7. März 2028
 Betreff:     Leitlinien für Begegnung im Quartier – Grundsatzbeschluss,
              Beirat Begegnung und Auftrag zur Moderation
{rule}

Zeitplan der Beratung
Gemeinderat                              Di 28.03.  ö   B

Beschlussvorschlag
  Der Gemeinderat beschließt die Leitlinien.
"""


SUBJECT = "Leitlinien für Begegnung im Quartier – Grundsatzbeschluss, Beirat Begegnung und Auftrag zur Moderation"


@pytest.mark.parametrize("rule", ["_" * 70, "-" * 70, "=" * 70])
def test_the_rule_under_the_betreff_ends_the_subject(rule: str) -> None:
    check(
        MEMO.format(rule=rule),
        {"subject": SUBJECT},
    )
