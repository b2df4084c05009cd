"""A Beratungsfolge drawn as a matrix: the bodies as column heads, wrapped and hyphenated over lines, the roles as row
labels, each date where its body's column meets its role's row, a status row at the end; as drawn with its gaps and
as a PDF's text layer sets it, the bars one space apart and a head's line wrapped. Every case is invented; the near
misses (heads that name no bodies, one role row only) give nothing."""

from __future__ import annotations

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.misses import misses
from pipeline.structure import view
from tests.consultations.test_consultations import run
from tests.helpers import document

MATRIX = (
    "Beratungsweg\n\n"
    "                 ┌─────────────┬────────────┬──────────────┬──────────────┬─────────────┐\n"
    "                 │ Senioren-   │ Bezirks-   │ Ausschuss für│ Haupt- und   │ Stadtrat    │\n"
    "                 │ beirat      │ beirat Süd │ Umwelt und   │ Personal-    │             │\n"
    "                 │             │            │ Klima (AUK)  │ ausschuss    │             │\n"
    " ────────────────┼─────────────┼────────────┼──────────────┼──────────────┼─────────────┤\n"
    " Stellungnahme   │ 03.02.2026  │            │              │              │             │\n"
    " Anhörung        │             │ 10.02.2026 │              │              │             │\n"
    " Vorberatung     │             │            │ 24.02.2026   │ 03.03.2026   │             │\n"
    " Entscheidung    │             │            │              │              │ 19.03.2026  │\n"
    " ────────────────┼─────────────┼────────────┼──────────────┼──────────────┼─────────────┤\n"
    " Sitzungsart     │ öffentl.    │ öffentl.   │ öffentl.     │ nichtöffentl.│ öffentl.    │\n"
    " ────────────────┴─────────────┴────────────┴──────────────┴──────────────┴─────────────┘\n\n"
    "Beschlussantrag\nDer Stadtrat beschließt das Konzept.\n"
)

EXPECTED = [
    ("Seniorenbeirat", "2026-02-03", True),
    ("Bezirksbeirat Süd", "2026-02-10", True),
    ("Ausschuss für Umwelt und Klima (AUK)", "2026-02-24", True),
    ("Haupt- und Personalausschuss", "2026-03-03", False),
    ("Stadtrat", "2026-03-19", True),
]


def rows(text: str) -> list[tuple[str, str | None, bool | None]]:
    doc = document(text)
    return [(r.body, r.meeting_date, r.public) for r in extract(doc, load_resources(), view(doc))]


def test_a_matrix_of_bodies_and_roles_gives_a_meeting_at_each_dated_cell() -> None:
    assert rows(MATRIX) == EXPECTED


def single_spaced(text: str) -> str:
    """The matrix as a PDF's text layer sets it: runs of spaces closed to one, the first head's line wrapped."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out = "\n".join(lines)
    return out.replace("│ Stadtrat │\n", "│ Stadt-\nrat │\n", 1)


def test_the_matrix_read_from_a_pdfs_text_layer() -> None:
    text = single_spaced(MATRIX)
    assert "│ Stadt-\nrat │" in text
    assert rows(text) == EXPECTED


def test_heads_that_name_no_bodies_give_nothing() -> None:
    years = (
        MATRIX.replace("Senioren-  ", "2026       ")
        .replace("beirat     ", "           ")
        .replace("Bezirks-  ", "2027      ")
        .replace("beirat Süd", "          ")
        .replace("Ausschuss für", "2028         ")
        .replace("Umwelt und  ", "            ")
        .replace("Klima (AUK) ", "            ")
        .replace("Haupt- und  ", "2029        ")
        .replace("Personal-   ", "            ")
        .replace("ausschuss   ", "            ")
        .replace("Stadtrat   ", "Summe      ")
    )
    assert [r for r in rows(years) if r[0] != "Stadtrat"] == []


def test_one_role_row_is_no_matrix() -> None:
    one = "\n".join(
        line for line in MATRIX.split("\n") if not line.startswith((" Anhörung", " Vorberatung", " Entsch"))
    )
    assert rows(one) == []


def test_a_matrix_whose_dates_a_scan_spoilt_is_flagged() -> None:
    """The role rows whose dates an OCR spoilt ("O3.O2.2O26") give no meeting; the review names each, and none of the
    matrix read whole."""
    spoilt = MATRIX.replace("03.02.2026", "O3.O2.2O26").replace("19.03.2026", "l9.O3.2O26")
    assert ("Seniorenbeirat", "2026-02-03", True) not in rows(spoilt)
    for text, flagged in ((spoilt, 2), (MATRIX, 0)):
        doc, records = run(text)
        found = {m.span.start for m in misses(doc, records, load_resources(), view(doc)) if m.reason.endswith("unused")}
        assert len(found) == flagged
