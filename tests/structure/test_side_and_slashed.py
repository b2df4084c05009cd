"""Two table forms of the view's table model: a header cell naming the bodies' and the dates'
columns with a slash, each date on the line under its name in one cell; and a Beratungsfolge set
beside the header form, read as a column of its own. Invented text in the form of each export."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

SLASHED = {
    "tab": (
        "Beratungsfolge\nGremium / Sitzung\tZuständigkeit\tStatus\n"
        "Seniorenbeirat\tAnhörung\töffentlich\n14.05.2025\n\n"
        "Werkausschuss\tVorberatung\tnichtöffentlich\n21.05.2025\n\n"
        "Gemeinderat\tEntscheidung\töffentlich\n04.06.2025\n\nDer Gemeinderat beschließt die Satzung.\n"
    ),
    "gap": (
        "Beratungsfolge\n Gremium / Sitzung              Zuständigkeit        Status\n"
        "Seniorenbeirat                  Anhörung             öffentlich\n14.05.2025\n"
        "Werkausschuss                   Vorberatung          nichtöffentlich\n21.05.2025\n"
        "Gemeinderat                     Entscheidung         öffentlich\n04.06.2025\n\n"
        "Der Gemeinderat beschließt die Satzung.\n"
    ),
    "one cell per line": (
        "Beratungsfolge\nGremium / Sitzung\n\nZuständigkeit\n\nStatus\n\nSeniorenbeirat\n14.05.2025\n\n"
        "Anhörung\n\nöffentlich\n\nWerkausschuss\n21.05.2025\n\nVorberatung\n\nnichtöffentlich\n\n"
        "Gemeinderat\n04.06.2025\n\nEntscheidung\n\nöffentlich\n\nDer Gemeinderat beschließt die Satzung.\n"
    ),
}
WANT = [
    ("Seniorenbeirat", "2025-05-14", "deliberation"),
    ("Werkausschuss", "2025-05-21", "preliminary"),
    ("Gemeinderat", "2025-06-04", "decision"),
]


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = document(text)
    return [(r.body, r.meeting_date, r.role) for r in extract(doc, load_resources(), view(doc))]


@pytest.mark.parametrize("text", list(SLASHED.values()), ids=list(SLASHED))
def test_name_and_date_in_one_cell_under_a_slashed_header(text: str) -> None:
    got = _read(text)
    assert [(b, d) for b, d, _ in got] == [(b, d) for b, d, _ in WANT]
    if "\t" in text or "   " in text:  # the role beside the name is its own row's, not the row above's
        assert got == WANT


BESIDE = {
    "gap": (
        "Gemeinde Ahornweiler\n"
        "Sitzungsvorlage                                  Beratungsfolge:\n"
        "Vorlage Nr. 31/2025                              Umweltausschuss 03.02.2025 Vorberatung\n"
        "Datum: 20.01.2025                                Gemeinderat 17.02.2025 Entscheidung\n\n"
        "Betreff: Neufassung der Friedhofssatzung\n"
    ),
    "tab": (
        "Gemeinde Ahornweiler\nSitzungsvorlage\tBeratungsfolge:\n"
        "Vorlage Nr. 31/2025\tUmweltausschuss 03.02.2025 Vorberatung\n"
        "Datum: 20.01.2025\tGemeinderat 17.02.2025 Entscheidung\n\n"
        "Betreff: Neufassung der Friedhofssatzung\n"
    ),
}


@pytest.mark.parametrize("text", list(BESIDE.values()), ids=list(BESIDE))
def test_a_beratungsfolge_beside_the_form_is_a_column_of_its_own(text: str) -> None:
    assert _read(text) == [("Umweltausschuss", "2025-02-03", "preliminary"), ("Gemeinderat", "2025-02-17", "decision")]


def test_a_slash_between_other_words_is_no_header() -> None:
    text = "Beratungsfolge\nAusschuss / Beirat          Vorberatung\nGemeinderat\n04.06.2025\n"
    assert all(b != "Beirat" for b, _, _ in _read(text))


@pytest.mark.parametrize("sep", ["\t", "     "])
def test_a_header_ending_in_the_headings_word_is_no_column_beside_a_form(sep: str) -> None:
    """A header whose last column word is the heading's ("Datum | Zuständigkeit | Beratungsfolge", the
    bodies' column so named) with a page's furniture between its rows: one row per date, each its own body."""
    rows = [f"02.02.2015{sep}{sep}Ortsbeirat Nord", "Seite 1 von 2", f"16.02.2015{sep}{sep}Kulturausschuss"]
    text = "Vorlage 2015/0042\n\nBeratungsfolge:\n" + sep.join(["Datum", "Zuständigkeit", "Beratungsfolge"]) + "\n"
    text += "\n".join(rows) + f"\n23.02.2015{sep}{sep}Stadtrat\n\n\nBetreff:\nHaushalt\n"
    doc = document(text, doc_id="x", source_path="x.txt")
    got = sorted((r.body, r.meeting_date) for r in extract(doc, load_resources(), view(doc)))
    assert got == [
        ("Kulturausschuss", "2015-02-16"),
        ("Ortsbeirat Nord", "2015-02-02"),
        ("Stadtrat", "2015-02-23"),
    ], text
