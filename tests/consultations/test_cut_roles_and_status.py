"""A Beratungsfolge in narrow columns: roles cut short with a full stop ("Vorb.", "Entsch.", "Kenntn."), a
status cell whose word after "nicht" wraps onto its next line ("nicht-" / "öffentlich", "nicht" /
"öffentlich"), a status cut to "öff." and "nöff." beside a weekday date, read in its gaps and with its
gaps collapsed (a body wrapped onto a line of its own above the row), and a flattened header whose column
words wrap at a hyphen ("Datum der Beratungs-" over "Sitzung stufe"), as a PDF's text layer sets it with
single spaces."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.header_wraps import merge_header
from extractors.consultations.vocab import status, vocab
from pipeline.document import Document
from pipeline.structure import view

Row = tuple[str, str, str | None, bool | None]


def rows(text: str) -> list[Row]:
    doc = Document.from_pages("x", "x", "x", [(text, "plain_text", None)])
    return [(c.body, c.meeting_date, c.role, c.public) for c in extract(doc, load_resources(), view(doc))]


CUT_ROLES = [
    pytest.param(
        "Beratungsfolge\n"
        "Status   Gremium                                   Datum       Zuständigkeit\n"
        "Ö        Ausschuss für Umwelt, Verkehr und         03.03.31    Vorb.\n"
        "         Klimaschutz\n"
        "Ö        Schulausschuss                            10.03.31    Kenntn.\n"
        "N        Kreisausschuss                            17.03.31    Vorber.\n"
        "Ö        Kreistag                                  31.03.31    Entsch.\n"
        "\nBeschlussvorschlag:\nDer Kreistag beschließt den Plan.\n",
        [
            ("Ausschuss für Umwelt, Verkehr und Klimaschutz", "2031-03-03", "preliminary", True),
            ("Schulausschuss", "2031-03-10", "information", True),
            ("Kreisausschuss", "2031-03-17", "preliminary", False),
            ("Kreistag", "2031-03-31", "decision", True),
        ],
        id="status-first-short-years",
    ),
    pytest.param(
        "Beratungsfolge:\n\n"
        "Datum                Gremium                                 Art        Status\n"
        "4. Februar 2031      Bauausschuss                            Vorb.      öffentlich\n"
        "25. Februar 2031     Stadtrat                                Entsch.    öffentlich\n",
        [
            ("Bauausschuss", "2031-02-04", "preliminary", True),
            ("Stadtrat", "2031-02-25", "decision", True),
        ],
        id="date-first-written-out",
    ),
]


@pytest.mark.parametrize("text, expected", CUT_ROLES)
def test_roles_cut_short_with_a_full_stop(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("Vorb.", ("preliminary", None)),
        ("Entsch.", ("decision", None)),
        ("Kenntn.", ("information", None)),
        ("Vorb. N", ("preliminary", False)),
        # a word that only begins like a cut role, and the stem without its stop, are no role
        ("Vorbehalt", None),
        ("Entschädigung", None),
        ("Vorb", None),
        ("Kenntn", None),
    ],
)
def test_a_cut_role_needs_its_stop(cell: str, expected: tuple[str | None, bool | None] | None) -> None:
    assert status(cell, vocab(load_resources())) == expected


WRAPPED_STATUS = [
    pytest.param(
        "Beratungsfolge:\n"
        "Datum            Gremium                              Beratung        Sitzungsart   Status\n"
        "Di., 07.10.2031  Jugendhilfeausschuss                 Vorberatung     öffentlich    erledigt\n"
        "Mi., 15.10.2031  Ausschuss für Finanzen               Vorberatung     nicht-        geplant\n"
        "                                                                      öffentlich\n"
        "Do., 23.10.2031  Kreistag                             Beschlussfassung öffentlich   geplant\n",
        [
            ("Jugendhilfeausschuss", "2031-10-07", "preliminary", True),
            ("Ausschuss für Finanzen", "2031-10-15", "preliminary", False),
            ("Kreistag", "2031-10-23", "decision", True),
        ],
        id="hyphen-middle-column",
    ),
    pytest.param(
        "Beratungsfolge\n"
        "Gremium                     Sitzungstermin              Behandlung      Zuständigkeit\n"
        "Werkausschuss               Montag, 3. März 2031        nicht           Vorberatung\n"
        "                                                        öffentlich\n"
        "Gemeindevertretung          Montag, 17. März 2031       öffentlich      Entscheidung\n",
        [
            ("Werkausschuss", "2031-03-03", "preliminary", False),
            ("Gemeindevertretung", "2031-03-17", "decision", True),
        ],
        id="no-hyphen-weekday-dates",
    ),
]


@pytest.mark.parametrize("text, expected", WRAPPED_STATUS)
def test_a_status_wrapped_in_its_cell(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("nicht-", (None, False)),
        ("nicht", (None, False)),
        # "nicht" before another word of its cell is no cut status
        ("nicht beschlossen", None),
        ("nichts", None),
    ],
)
def test_a_cut_status_stands_alone_in_its_cell(cell: str, expected: tuple[str | None, bool | None] | None) -> None:
    assert status(cell, vocab(load_resources())) == expected


# "öff." and "nöff." before a weekday date with a two-digit year, one body wrapped onto a line of its own
CUT_STATUS = (
    "Beratungsfolge                                Sitzung              Beratungszweck\n"
    "Ortsbeirat Oberau                             öff.  Mo 12.04.32    Anhörung\n"
    "Ausschuss für Umwelt, Verkehr und             öff.  Do 22.04.32    Vorberatung\n"
    "Klimaschutz (AUVK)\n"
    "Hauptausschuss                                nöff. Mo 26.04.32    Kenntnisnahme\n"
    "Stadtrat                                      öff.  Do 06.05.32    Beschlussfassung\n"
    "\nBeschlussantrag\nDer Stadtrat beschließt den Plan.\n"
)


@pytest.mark.parametrize("collapsed", [False, True], ids=["gaps", "collapsed"])
def test_a_status_cut_to_its_stem(collapsed: bool) -> None:
    text = "\n".join(" ".join(line.split()) for line in CUT_STATUS.split("\n")) if collapsed else CUT_STATUS
    assert rows(text) == [
        ("Ortsbeirat Oberau", "2032-04-12", "deliberation", True),
        ("Ausschuss für Umwelt, Verkehr und Klimaschutz (AUVK)", "2032-04-22", "preliminary", True),
        ("Hauptausschuss", "2032-04-26", "information", False),
        ("Stadtrat", "2032-05-06", "decision", True),
    ]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("nöff.", (None, False)),
        ("n.öff.", (None, False)),
        ("öff.", (None, True)),
        # a word that only begins like the cut status is none
        ("nöffnung", None),
        ("Nöffingen", None),
    ],
)
def test_a_cut_status_needs_its_word_end(cell: str, expected: tuple[str | None, bool | None] | None) -> None:
    assert status(cell, vocab(load_resources())) == expected


FLATTENED_WRAPPED_HEADER = (
    "Betreff\nNeuordnung der Schulbezirke\n\n"
    "Beratungsfolge Datum der Beratungs- Abstimmungs-\n"
    "Sitzung stufe ergebnis\n"
    "Schulausschuss 12.05.2031 Vorberatung\n"
    "Bezirksvertretung Nord 14.05.2031 Anhörung\n"
    "Rat der Stadt 03.06.2031 Entscheidung\n"
    "\nBeschlussvorschlag\nDer Rat beschließt die Neuordnung.\n"
)


def test_a_flattened_header_wrapped_at_its_hyphens() -> None:
    assert [r[:3] for r in rows(FLATTENED_WRAPPED_HEADER)] == [
        ("Schulausschuss", "2031-05-12", "preliminary"),
        ("Bezirksvertretung Nord", "2031-05-14", "deliberation"),
        ("Rat der Stadt", "2031-06-03", "decision"),
    ]


@pytest.mark.parametrize(
    "first, second",
    [
        # nothing cut on the header's line: the line under it is no rest of it
        ("Beratungsfolge Datum Beratungsstufe", "Sitzung stufe"),
        # more rests than cut words
        ("Beratungsfolge Datum der Beratungs-", "Sitzung stufe ergebnis"),
        # a row under the header, not its rests
        ("Beratungsfolge Datum der Beratungs-", "Schulausschuss 12.05.2031 Vorberatung"),
        ("Beratungsfolge Datum der Beratungs-", "Sitzung Schulausschuss"),
    ],
)
def test_no_wrapped_header_without_cut_column_words(first: str, second: str) -> None:
    assert merge_header(first, second, vocab(load_resources())) is None
