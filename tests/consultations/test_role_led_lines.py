"""A Beratungsfolge in a paper's header form, one line a meeting with the role leading ("zur
Vorberatung im", "zur Entscheidung in der"), the body and "am" with its date (numeric, written out,
short, with a weekday), set with gaps, flattened into single spaces, or wrapped by an export before
the date's year; and dates of table cells with short month names. A sentence that names a body's
meeting so is none of these lines. Every case is invented."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.lang.de.dates import find_dates
from pipeline.structure import view
from tests.helpers import document

HEAD = "Stadt Weilerbach\nFachbereich Bildung\n\nBeschlussvorlage\n\n"
TAIL = "\nBetreff:     Schulentwicklungsplan 2028\n\nBeschlussantrag:\nDer Stadtrat beschließt den Plan.\n"
ROWS = [
    ("Beirat für Teilhabe und Inklusion", "2027-05-03", "information"),
    ("Ausschuss für Schule, Kultur und Sport", "2027-05-17", "preliminary"),
    ("Stadtverordnetenversammlung", "2027-06-01", "decision"),
]


def facts(text: str) -> list[tuple[str, str, str | None]]:
    doc = document(HEAD + text + TAIL)
    return [(r.body, r.meeting_date or "", r.role) for r in extract(doc, load_resources(), view(doc))]


@pytest.mark.parametrize(
    "form",
    [
        "zur Kenntnisnahme im    Beirat für Teilhabe und Inklusion        am 3. Mai 2027\n"
        "zur Vorberatung im      Ausschuss für Schule, Kultur und Sport   am 17.05.2027\n"
        "zur Entscheidung in der Stadtverordnetenversammlung              am Di., 1. Juni 2027\n",
        "zur Kenntnisnahme im Beirat für Teilhabe und Inklusion am 3. Mai 2027\n"
        "zur Vorberatung im Ausschuss für Schule, Kultur und Sport am 17.05.2027\n"
        "zur Entscheidung in der Stadtverordnetenversammlung am 1. Juni 2027\n",
        "zur Kenntnisnahme im Beirat für Teilhabe und Inklusion am 3.\nMai 2027\n"
        "zur Vorberatung im Ausschuss für Schule, Kultur und Sport am\n17.05.2027\n"
        "zur Entscheidung in der Stadtverordnetenversammlung am 1. Juni 2027\n",
    ],
    ids=["gaps", "single-spaces", "wrapped-dates"],
)
def test_role_led_header_lines(form: str) -> None:
    assert facts(form) == ROWS


def test_one_role_led_line() -> None:
    assert facts("zur Beschlussfassung im Ortschaftsrat Kleinried am 08.09.2027\n") == [
        ("Ortschaftsrat Kleinried", "2027-09-08", "decision")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence wrapped before the role: the line above goes on into it
        "Die Vorlage wird\nzur Vorberatung im Ausschuss für Schule, Kultur und Sport am 17.05.2027\nvorgelegt.\n",
        # the date is no day's
        "zur Vorberatung im Ausschuss für Schule, Kultur und Sport am Ende des Jahres\n",
        # no body after the preposition
        "zur Kenntnisnahme im Rahmen der Sitzung am 3. Mai 2027\n",
        # a month alone
        "zur Entscheidung im Stadtrat am Mai 2027\n",
    ],
    ids=["sentence", "no-date", "no-body", "month-only"],
)
def test_no_role_led_line(text: str) -> None:
    doc = document(HEAD + text + TAIL)
    assert [r.body for r in extract(doc, load_resources(), view(doc)) if r.method == "role_line"] == []


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("14. Febr. 2028", "2028-02-14"), ("Mi., 9. Febr. 2028", "2028-02-09"), ("3. Sept. 2027", "2027-09-03")],
)
def test_short_month_names(raw: str, iso: str) -> None:
    assert [d.iso for d in find_dates(raw)] == [iso]


def test_short_month_in_a_table() -> None:
    table = (
        "Beratungsfolge:\nlfd.  Gremium                       Sitzungstag       Behandlung       Ö/N\n"
        "1     Jugendhilfeausschuss          14. Febr. 2028    Vorberatung      Ö\n"
        "2     Kreistag                      28. Febr. 2028    Beschluss        Ö\n"
    )
    assert facts(table) == [
        ("Jugendhilfeausschuss", "2028-02-14", "preliminary"),
        ("Kreistag", "2028-02-28", "decision"),
    ]
