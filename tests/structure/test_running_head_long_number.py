"""A running head naming the paper by a number of four slashed parts led by letters, the number in a
longer line of the head (a form's right-hand column beside the office: "Amt 50 – Soziales
KT/BV/0318/2024/50"): the head repeated after a page number is furniture, with the page number
beside it or without. A title naming a school year, or a line of prose naming the number, is text.
Every case is invented."""

from __future__ import annotations

from pipeline.structure import view
from tests.helpers import document

HEAD = (
    "Kreis Lindenau                                            Drucksache\n"
    "Amt 50 – Soziales und Teilhabe                            KT/BV/0318/2024/50\n"
    "                                                          öffentlich\n\n"
    "Titel:\nFortschreibung des Teilhabeplans\n\n"
)


def furniture(text: str) -> list[str]:
    v = view(document(text))
    return [v.lines[i].text.strip() for i in sorted(v.furniture)]


def test_the_head_after_a_page_number_is_furniture() -> None:
    text = HEAD + (
        "Gremium                         Termin        Ö/N\n"
        "Sozialausschuss                 03.06.2024    Ö\n"
        "KT/BV/0318/2024/50                                   Seite 1 von 2\n"
        "Kreis Lindenau – Drucksache KT/BV/0318/2024/50\n"
        "Kreistag                        20.06.2024    Ö\n"
    )
    assert furniture(text) == [
        "KT/BV/0318/2024/50                                   Seite 1 von 2",
        "Kreis Lindenau – Drucksache KT/BV/0318/2024/50",
    ]


def test_prose_naming_the_number_is_text() -> None:
    text = HEAD + "Die Drucksache KT/BV/0318/2024/50 ersetzt die Vorlage vom Mai, die der Kreistag vertagt hat.\n"
    assert furniture(text) == []
