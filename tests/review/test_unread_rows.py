"""The Beratungsfolge rows the block readers never looked at (``extractors.consultations.unread``).

Generated papers in the layouts real exports give, each read by the consultations family and then
asked for its misses: a row set over blank lines after the block ended ("Gemeinderat" / "" /
"23.05.2017 8"), a date wrapped before its year ("25. Januar" / "2023"), a row whose body has no
head word under a full header, a vote table's meeting date, a minutes' head naming the meeting
over its date, and a Beratungsfolge whose text layer doubled letters ("Beratunggsfolge"). Each
layout is a miss; the same paper as the reader reads it (the row on one line, the date the
consultation has) is none.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.misses import misses
from extractors.misses import Miss
from pipeline.records import Consultation
from pipeline.structure import view
from tests.helpers import document

HEAD = (
    "Stadt Neustadt\nBeschlussvorlage\nVorlage Nr.: 2017/0256\n\nUmbau der Grundschule\n\n"
    "Beratungsfolge dieser Vorlage\nGremium Termin TOP ö nö Ergebnis\n"
)
TAIL = (
    "\nBeschlussantrag\n\nDer Gemeinderat nimmt die Vorlage zur Kenntnis und ermächtigt die Verwaltung "
    "mit der Vorbereitung aller Maßnahmen.\n"
)
FIRST = ["Hauptausschuss", "Sozialausschuss", "Ortschaftsrat Grötzingen"]
LATER = ["Gemeinderat", "Bauausschuss", "Jugendhilfeausschuss"]
DATES = [("16.05.2017", "23.05.2017"), ("03.11.2020", "17.11.2020")]
NORD = "Gemeinde Nordstemmen\nDS 53/2012\nBeschlussvorlage\nBeratung in öffentlicher Sitzung\n"
NORD_TEXT = (
    "Schließung der Grundschule Adensen\nBeschlussvorschlag:\nDie Grundschule Adensen wird zum Ende des "
    "Schuljahres geschlossen, wie der Rat es am 26.04.2012 vorbereitet hat.\n"
)


def _read(text: str) -> tuple[list[Consultation], list[Miss]]:
    """The consultations the family reads from a paper and the misses it reports beside them."""
    doc = document(text, doc_id="x", source_path="x.txt")
    res = load_resources()
    sv = view(doc)
    records = list(extract(doc, res, sv))
    return [r for r in records if isinstance(r, Consultation)], list(misses(doc, records, res, sv))


@pytest.mark.parametrize("first", FIRST)
@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize("dates", DATES)
@pytest.mark.parametrize("broken", [True, False])
def test_a_row_set_over_blank_lines_after_the_block_is_a_miss(
    first: str, later: str, dates: tuple[str, str], broken: bool
) -> None:
    """The second row's body, a blank line, then its date: the block ends at the blank lines
    before it and the row is not read; set on one line it is read and nothing is missed."""
    row = f"{later}\n \n{dates[1]} 8" if broken else f"{later} {dates[1]} 8"
    cons, found = _read(HEAD + f"{first} {dates[0]} 7\n \n \n \nX\nvorberaten\n{row}\nX\nZustimmung\n" + TAIL)
    assert len(cons) == (1 if broken else 2)
    rows = [m for m in found if m.reason == "consultation_row_unused"]
    assert bool(rows) == broken
    if broken:
        assert rows[0].span.snippet.strip().startswith(dates[1])


@pytest.mark.parametrize("month", [("25. Januar", "2023", "2023-01-25"), ("3. März", "2021", "2021-03-03")])
@pytest.mark.parametrize("broken", [True, False])
def test_a_date_wrapped_before_its_year_is_read(month: tuple[str, str, str], broken: bool) -> None:
    """ "Ausschuss für Umwelt und" / "Gesundheit" / "25. Januar" / "2023": the day and month and the
    year under them are one date, and the row is read as with the year on its line; nothing is missed."""
    date = f"{month[0]}\n{month[1]}" if broken else f"{month[0]} {month[1]}"
    text = HEAD + f"Ausschuss für Umwelt und\nGesundheit\n{date}\n4 X\nSozialausschuss 15. Juni 2023\nX\n" + TAIL
    cons, found = _read(text)
    assert [(c.body, c.meeting_date) for c in cons][0] == ("Ausschuss für Umwelt und Gesundheit", month[2])
    assert len(cons) == 2
    assert [m.reason for m in found] == []


@pytest.mark.parametrize("name", ["OR Grötzingen – AK Baggersee", "AK Sport und Bewegung"])
def test_the_first_row_under_a_full_header_is_a_row_whatever_its_name(name: str) -> None:
    """A name without a body's head word under "Gremium Termin TOP ö nö Ergebnis" is not read;
    the line with its date, TOP and mark is the Beratungsfolge's row nonetheless."""
    cons, found = _read(HEAD + f"{name} 16.11.2022 1 x\n" + TAIL)
    assert cons == []
    assert [m.reason for m in found] == ["consultation_heading_without_rows"]
    assert "16.11.2022" in found[0].message
    _, prose = _read(HEAD + f"{name} hat am 16.11.2022 über die Vorlage beraten und ihr zugestimmt.\n" + TAIL)
    assert prose == []  # a sentence under the header is no row


VOTES = (
    "Beratungsergebnis:\nEin- Ent- lt. Beschluss- abweichender\nGremium Ja Nein\nstimmig haltung vorschlag Beschluss\n"
    "Fachausschuss Finanzen {date} x x\nVerwaltungsausschuss x x x\nRat x x x\n"
)
PLANNED = (
    "Beratungsfolge Sitzungstermin Stand\nFachausschuss Finanzen 15.06.2011 Beratung und Empfehlung\n"
    "Rat 05.07.2011 Beratung und Beschlussfassung\n"
)


@pytest.mark.parametrize("pad", [0, 3000])
@pytest.mark.parametrize("date", ["09.08.2011", "15.06.2011"])
def test_a_vote_table_s_meeting_date_no_consultation_has_is_a_miss(pad: int, date: str) -> None:
    """The vote table at the end ("Gremium Ja Nein", the meeting moved to 09.08.2011): its date
    is the meeting's, which no consultation has; on the date planned, nothing is missed (also far
    below the head, where no line near the top is asked)."""
    filler = "Die Verwaltung erläutert die Haushaltslage der Gemeinde in den folgenden Abschnitten.\n" * (pad // 80)
    cons, found = _read(NORD + PLANNED + NORD_TEXT + filler + VOTES.format(date=date))
    assert [c.meeting_date for c in cons] == ["2011-06-15", "2011-07-05"]
    rows = [m for m in found if m.reason == "consultation_row_unused"]
    assert bool(rows) == (date != "15.06.2011")
    assert bool(found) == (date != "15.06.2011")


@pytest.mark.parametrize("body", ["Hauptausschuss", "Gemeinderat", "Ausschuss für Soziales"])
@pytest.mark.parametrize("date", ["11. Januar 2022", "Dienstag, 11.01.2022", "Karlsruhe, den 11.01.2022"])
def test_a_minutes_head_naming_the_meeting_over_its_date_is_a_miss(body: str, date: str) -> None:
    """ "Niederschrift 25. Sitzung Hauptausschuss" / "11. Januar 2022, 16:30 Uhr": the meeting,
    which no consultation has; a letter's date under it ("Karlsruhe, den …") is none."""
    text = f"Niederschrift 25. Sitzung {body}\n{date}, 16:30 Uhr\nöffentlich\nBürgersaal\n\nPunkt 3 der Tagesordnung\n"
    cons, found = _read(text)
    assert cons == []
    assert [m.reason for m in found] == ([] if ", den " in date else ["body_date_unused"])


def doubled(text: str, every: int) -> str:
    """A text layer that doubled every ``every``-th letter ("Beratunggsfolge Sittzungstermin")."""
    out, n = [], 0
    for ch in text:
        out.append(ch)
        n += ch.isalpha()
        if ch.isalpha() and n % every == 0:
            out.append(ch)
    return "".join(out)


ROWS = (
    "Beratungsfolge Sitzungstermin Stand\nOrtsrat Adensen 09.07.2012 Anhörung\n"
    "Verwaltungsausschuss 17.07.2012 Beratung und Empfehlung\nRat 19.07.2012 Beratung und Beschlussfassung\n"
)


@pytest.mark.parametrize("every", [0, 4, 5, 6])
def test_rows_of_a_text_layer_with_doubled_letters_are_a_miss(every: int) -> None:
    """The heading and status words spoilt by doubled letters: nothing is read, and the dated
    lines one under the other, one naming a body, are the miss; the clean layer is read whole."""
    cons, found = _read(NORD + (doubled(ROWS, every) if every else ROWS) + NORD_TEXT)
    if every:
        assert [m.reason for m in found] == ["body_date_unused"]
        assert found[0].message.startswith("3 Zeilen mit Datum untereinander")
    else:
        assert len(cons) == 3 and found == []


LINGEN = [
    ("Ausschuss für Soziales, Integration und Senioren", "10.09.2020"),
    ("Verwaltungsausschuss", "22.09.2020"),
    ("Rat der Stadt Lingen (Ems)", "01.10.2020"),
]
OTHERS = [("Sozialausschuss", "03.03.2021"), ("Hauptausschuss", "16.03.2021"), ("Gemeinderat", "30.03.2021")]


@pytest.mark.parametrize("rows", [LINGEN, OTHERS, OTHERS[:2]])
@pytest.mark.parametrize("flat", [True, False])
def test_a_beratungsfolge_flattened_into_its_heading_line_is_read_or_missed(
    rows: list[tuple[str, str]], flat: bool
) -> None:
    """The table joined into the heading's line ("Beratungsfolge Sitzungsdatum ö nö Ausschuss für
    … 10.09.2020 x Verwaltungsausschuss 22.09.2020 x …"): where fewer consultations are read from
    it than it has dates, a miss; read whole, or as a table of lines, none."""
    lines = [f"{body} {date} x" for body, date in rows]
    table = (
        " ".join(["Beratungsfolge Sitzungsdatum ö nö", *lines])
        if flat
        else "\n".join(["Beratungsfolge Sitzungsdatum ö nö", *lines])
    )
    text = f"Stadt Lingen (Ems)\nVorlage Nr. 123/2020\nDatum: 18.08.2020\n\n{table}\n\nBetreff: Integrationskonzept\n"
    cons, found = _read(text)
    assert bool(found) == (len(cons) < len(rows))
    if not flat:
        assert len(cons) == len(rows)
    if rows is LINGEN and flat:
        # its rows are read whole by the line's grammar: each body with its own date, and no status
        # from an 'x' a flattened line no longer shows under 'ö' or 'nö'
        iso = [f"{d[6:]}-{d[3:5]}-{d[:2]}" for _, d in rows]
        assert [(c.body, c.meeting_date) for c in cons] == [(b, d) for (b, _), d in zip(rows, iso)]
        assert all(c.role is None and c.public is None for c in cons)
        assert found == []


BOX_HEAD = "Landkreis Seehausen\nBeschlussvorlage\nVorlage Nr.: KT/2031/044\n\nAusbau der Schulsozialarbeit\n\n"
BOX_ROWS = (
    " │ 1 │ Schulausschuss │ 04.03.2031 │ Ö │ Vorberatung │ │ 2 │ Kreisausschuss │ 11.03.2031 │ N │ Vorberatung │"
    " │ 3 │ Kreistag │ 25.03.2031 │ Ö │ Entscheidung │ └──────┴──────┘\n"
)


@pytest.mark.parametrize("first_cell", ["│ Nr. │ ", "│ "])
def test_a_drawn_box_flattened_into_one_line_is_a_miss(first_cell: str) -> None:
    """A box drawn with bars whose lines ran into one: the heading stands in its first cells
    ("│ Nr. │ Beratungsfolge │ Termin …"), the rows' dates after bars; not all rows read, it is a miss."""
    text = BOX_HEAD + first_cell + "Beratungsfolge │ Termin │ Ö/N │ Zuständigkeit │" + BOX_ROWS + TAIL
    cons, found = _read(text)
    assert len(cons) < 3
    assert [m.reason for m in found if m.reason.startswith("consultation_")][:1] in (
        ["consultation_heading_without_rows"],
        ["consultation_row_unused"],
    )


def test_a_drawn_box_whose_first_cell_is_prose_is_no_heading() -> None:
    """The near miss: the heading's word after a cell of prose is no heading of the box."""
    text = BOX_HEAD + "│ Die Beratungsfolge ist im Anhang │ 04.03.2031 │ 11.03.2031 │ 25.03.2031 │\n" + TAIL
    _, found = _read(text)
    assert [m for m in found if m.reason == "consultation_heading_without_rows"] == []


@pytest.mark.parametrize("wrap", [True, False])
def test_a_body_and_date_in_a_sentence_of_running_prose_is_no_header_line(wrap: bool) -> None:
    """A sentence tells of an earlier decision, its line ending at the date ("Das Integrationskonzept hat
    der Rat am 17.06.2019" / "beschlossen."): the date is a mention, not a line of its own naming a
    meeting; the same words on a line of their own are one."""
    said = "Das Integrationskonzept hat der Rat am 17.06.2019"
    text = HEAD.replace("Gremium Termin TOP ö nö Ergebnis\n", "Gremium Termin\nSozialausschuss 23.05.2017\n")
    text += "\n1. Worum geht es?\n" + (f"{said}\nbeschlossen. Es wird fortgeschrieben.\n" if wrap else f"{said}\n\n")
    read, found = _read(text + TAIL)
    assert [(c.body, c.meeting_date) for c in read] == [("Sozialausschuss", "2017-05-23")]
    assert [m.reason for m in found] == ([] if wrap else ["body_date_unused"])


@pytest.mark.parametrize("body", ["Ortsbeirat Erfenbach", "Beirat für Migration und Integration"])
def test_a_calendar_s_month_headings_over_the_meetings_read_are_no_rows(body: str) -> None:
    """A Beratungsfolge printed as a calendar of sittings: a month alone on its line over rows opening with
    the weekday and the day ("Mo 22.   18:00   Ortsbeirat Erfenbach   Anhörung"). Every meeting read, its
    month headings are no unread rows and no columns an export set one under the other."""
    text = (
        "Stadt Neustadt\nBeschlussvorlage\nVorlage Nr.: 0219/2027\n\nIntegrationskonzept\n\n"
        "Sitzungskalender der Beratung\n\n"
        f"  Februar 2027\n    Mo 22.   18:00   {body:<40} Anhörung       öffentlich\n"
        "  März 2027\n    Do 11.   16:00   Ausschuss für Soziales                   Vorberatung    öffentlich\n"
        "  April 2027\n    Mo 12.   15:00   Stadtrat                                 Entscheidung   öffentlich\n"
    )
    read, found = _read(text + TAIL)
    assert [c.meeting_date for c in read] == ["2027-02-22", "2027-03-11", "2027-04-12"]
    assert found == []


@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize("form", ["cancelled", "unticked"])
def test_a_cancelled_or_unticked_row_is_no_miss(later: str, form: str) -> None:
    """A row whose meeting does not take place ("– entfällt –") and a form's body left with an empty
    box where another is ticked are none of the paper's meetings: read as none, and no miss (a row
    the readers do not take for another reason stays one: the tests above)."""
    rows = {
        "cancelled": f"☒ Hauptausschuss 16.05.2017 Vorberatung ö\n{later} 23.05.2017 Anhörung ö – entfällt –\n",
        "unticked": f"☒ Hauptausschuss 16.05.2017 Vorberatung ö\n☐ {later} am __________ ☐ öffentlich\n",
    }
    found, missed = _read(HEAD + rows[form] + TAIL)
    assert [c.body for c in found][:1] == ["Hauptausschuss"]
    assert all(c.body != later for c in found)
    unused = [m for m in missed if m.reason in ("consultation_row_unused", "consultation_heading_without_rows")]
    assert not unused, (form, missed)


def test_a_flattened_beratungsfolge_with_a_cancelled_row_is_still_a_miss() -> None:
    """b30's Beratungsfolge (nine meetings and a cancelled one) flattened into one line, as an export or
    the review's calibration does: the line is no cancelled row, so the meetings it holds and the
    readers lose stay a miss."""
    text = (Path(__file__).parents[1] / "unseen" / "docs" / "b30_hagen.txt").read_text(encoding="utf-8")
    head = re.search(r"(?im)^.*Beratungsfolge.*$", text)
    assert head is not None
    end = text.find("\n\n", head.end())
    flat = text[: head.start()] + re.sub(r"\s+", " ", text[head.start() : end]) + text[end:]
    found, missed = _read(flat)
    assert len(found) < 9  # the flattened rows are read in part
    assert {m.reason for m in missed} & {"consultation_row_unused", "consultation_heading_without_rows"}
