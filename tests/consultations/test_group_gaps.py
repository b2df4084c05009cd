"""A Beratungsfolge grouped by body whose body lines a text export sets with a gap between the name
and the role ("Ausschuss für Bildung        Vorberatung"), and the public status its meetings' names
state ("12. öffentliche Sitzung des …"); the column readers' forms with gaps stay theirs. Every
example is invented."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.groups import from_groups
from extractors.consultations.vocab import vocab
from pipeline.structure import view
from tests.helpers import document


def _read(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    doc = document(text, doc_id="x", source_path="x.txt")
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


GROUPED = {
    "a gap between the name and the role, public meetings": (
        "Drucksache - 0412/XX\n\nBetreff: Bericht über die Sprachlotsen\n\nBeratungsfolge:\n"
        "Ausschuss für Schule und Bildung                  Kenntnisnahme\n11.06.2024\n"
        "17. öffentliche Sitzung des Ausschusses für Schule und Bildung\n"
        "Bezirksverordnetenversammlung Lichtenau           Kenntnisnahme\n26.06.2024\n"
        "22. öffentliche Sitzung der Bezirksverordnetenversammlung Lichtenau\n\nSachverhalt\n",
        [
            ("Ausschuss für Schule und Bildung", "2024-06-11", "information", True),
            ("Bezirksverordnetenversammlung Lichtenau", "2024-06-26", "information", True),
        ],
    ),
    "a closed meeting on the date's line, a meeting's name that states no status": (
        "Vorlage - 2023/118\n\nBetreff: Jugendberufshilfe\n\nBeratungsfolge:\n"
        "Jugendhilfeausschuss      Vorberatung\n04.09.2023   7. nichtöffentliche Sitzung des Jugendhilfeausschusses\n"
        "Gemeinderat               Entscheidung\n21.09.2023\nSitzung des Gemeinderates ungeändert beschlossen\n\n"
        "Begründung\n",
        [("Jugendhilfeausschuss", "2023-09-04", "preliminary", False), ("Gemeinderat", "2023-09-21", "decision", None)],
    ),
    "a blank line after every line, as an export of text boxes sets the block": (
        "Vorlage - 2022/077\n\nBetreff: Sprachkurse für Eltern\n\nBeratungsfolge:\n\n"
        "Ausschuss für Familie und Senioren Vorberatung\n\n15.02.2022\n\n"
        "9. öffentliche Sitzung des Ausschusses für Familie und Senioren\n\n"
        "Stadtverordnetenversammlung Beschlussfassung\n\n03.03.2022\n\n"
        "12. öffentliche Sitzung der Stadtverordnetenversammlung\n\nSachverhalt\n\nDie Kurse beginnen am 01.04.2022.\n",
        [
            ("Ausschuss für Familie und Senioren", "2022-02-15", "preliminary", True),
            ("Stadtverordnetenversammlung", "2022-03-03", "decision", True),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(GROUPED))
def test_gapped_groups(name: str) -> None:
    text, expected = GROUPED[name]
    assert _read(text) == expected


NOT_GROUPED = [
    # a gap table of three cells a row: the column readers' form
    "Beratungsfolge:\nSozialausschuss      Vorberatung      öffentlich\n12.03.2019\n",
    # a gap between a body and a word that is no role
    "Beratungsfolge:\nSozialausschuss      Rathaus, Saal 2\n12.03.2019\nSitzung des Sozialausschusses\n",
    # blank lines between the lines of a table set one cell per line: still no grouped block
    "Beratungsfolge:\n\nGremium\n\nDatum\n\nSozialausschuss\n\n12.03.2019\n\nVorberatung\n",
]


def test_gapped_lines_of_other_forms_are_not_grouped() -> None:
    v = vocab(load_resources())
    for text in NOT_GROUPED:
        doc = document(text, doc_id="x", source_path="x.txt")
        assert from_groups(doc, v, view(doc)) == [], text


def test_table_headed_vorlage_an_zur() -> None:
    """A table whose header names the bodies "Vorlage an" and the roles "zur", the date last."""
    text = (
        "Beschlussvorlage\n\n"
        "Vorlage an                      zur                Sitzungsart        Sitzungstermin\n"
        "Jugendhilfeausschuss            Vorberatung        öffentlich         14.10.2024\n"
        "Ausschuss für Finanzen          Vorberatung        nicht öffentlich   16.10.2024\n"
        "Gemeinderat                     Beschlussfassung   öffentlich         24.10.2024\n\n"
        "Betreff\nFamilienzentren in den Stadtteilen\n"
    )
    assert _read(text) == [
        ("Jugendhilfeausschuss", "2024-10-14", "preliminary", True),
        ("Ausschuss für Finanzen", "2024-10-16", "preliminary", False),
        ("Gemeinderat", "2024-10-24", "decision", True),
    ]
