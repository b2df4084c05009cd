"""facilitators: the person of an engaged organisation in a clause after a semicolon, the lead's clause with
"übernimmt" and a diploma's title, or the person serving the client in a passive ("…; die Gemeinde wird von
Frau Dr. Y betreut"), a contact person's clause ("…; Ansprechpartnerin ist Frau Y") or the lead's row in a
boxed extract of the award ("| Projektleitung | Dipl.-Soz. Y |") joins the organisation's row; a budget's
word in brackets after a cost row's service ("(Verpflichtungsermächtigung)") names no payee (invented
passages).
"""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "the lead's clause with 'übernimmt' and a diploma",
        "Für die Moderation der Foren wurden drei Angebote eingeholt. Das günstigste Angebot hat die Dialogwerk "
        "Süd GmbH, Passau, abgegeben; die Projektleitung übernimmt Dipl.-Päd. Ilse Moser.",
        [("Dipl.-Päd. Ilse Moser", "Dialogwerk Süd GmbH", None)],
    ),
    Case(
        "the person serving the client in a passive clause",
        "Die Moderation der Werkstätten erfolgt über den Rahmenvertrag des Landkreises. Rahmenvertragspartnerin "
        "ist die Forum Nord Moderation GmbH, Husum; die Gemeinde wird von Frau Dr. Tanja Lind betreut.",
        [("Dr. Tanja Lind", "Forum Nord Moderation GmbH", None)],
    ),
    Case(
        "a contact person's clause after a semicolon",
        "Für die Moderation der Foren wurden drei Büros angefragt. Den Zuschlag soll die Werkstatt Dialog GmbH "
        "aus Minden erhalten, die das wirtschaftlichste Angebot abgegeben hat; Ansprechpartnerin ist Frau Ina Voss.",
        [("Ina Voss", "Werkstatt Dialog GmbH", None)],
    ),
    Case(
        "the lead's row in a boxed extract of the award",
        "5. Prozessmoderation\n\n"
        "   +----------------------+------------------------------------------+\n"
        "   | Vergabe Prozessmoderation (Auszug aus dem Vergabevermerk)       |\n"
        "   +----------------------+------------------------------------------+\n"
        "   | angefragt / Angebote | 3 Büros / 2 Angebote                     |\n"
        "   | Zuschlag an          | Moderation Nord Berg & Partner PartG, Au |\n"
        "   | Projektleitung       | Dipl.-Soz. Lea Berg                      |\n"
        "   | Leistung             | Moderation von 4 Sitzungen               |\n"
        "   +----------------------+------------------------------------------+\n",
        [("Dipl.-Soz. Lea Berg", "Moderation Nord Berg & Partner PartG", None)],
    ),
    Case(
        "a budget's word in brackets after a cost row's service",
        "Haushalt\n  Moderation 2026 ...................  8.000,00 €\n"
        "  Moderation 2027 (Verpflichtungsermächtigung) ....  8.000,00 €\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_staff_clauses(case: Case) -> None:
    assert run(case.text) == case.expected
