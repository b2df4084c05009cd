"""The view's prose layout: where a line starting with a number is a list item and where it is
the continuation of a sentence (pipeline/structure/prose.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.structure import view
from tests.helpers import document


@pytest.mark.parametrize(
    "day, month, year", [("14", "März", "2023"), ("1", "Januar", "2024"), ("30", "September", "1999")]
)
def test_a_date_at_a_line_start_goes_on_with_the_sentence(day: str, month: str, year: str) -> None:
    text = f"Der Entwurf wird am\n{day}. {month} {year} im Ausschuss für Integration beraten. Danach mehr.\n"
    layout = view(document(text)).layout
    kinds = [layout.segs[u.seg].kind for u in layout.units]
    sentences = [" ".join(layout.text(u).split()) for u in layout.units]
    assert kinds == ["para", "para"]
    assert sentences[0] == f"Der Entwurf wird am {day}. {month} {year} im Ausschuss für Integration beraten."


def test_numbered_items_stay_items() -> None:
    text = "Die Ziele sind:\n1. Sprachkurse werden ausgebaut.\n2. Die Beratung im Quartier wird gestärkt.\n"
    layout = view(document(text)).layout
    assert [layout.segs[u.seg].kind for u in layout.units][-2:] == ["item", "item"]


# --- lists without markers after a colon (bullets drawn as shapes, lost by OCR) ------------------

ENTRIES = [
    "Integrationsbeauftragte",
    "Agentur für Arbeit / Jobcenter",
    "Bundesamt für Migration und Flüchtlinge (BAMF)",
    "Caritas-Zentrum Landau",
    "Verein Mosaik e. V.",
    "Evangelische Familienbildungsstätte – Haus der Familie",
    "3 Vertreter/innen der Migrantenorganisationen",
]
LEADS = [
    ["Neben den Vertretern aus der Politik sind folgende Teilnehmer für die", "Steuerungsgruppe vorgesehen:"],
    ["Der Lenkungsgruppe gehören an:"],
    ["Mitglieder:"],
]


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(LEADS),
    st.sampled_from([[], ["Vertreter der Verwaltung:"]]),
    st.lists(st.sampled_from(ENTRIES), min_size=2, max_size=6),
    # after the list: a sentence, the end, or a heading (a blank line between: a short heading line
    # right under the entries is one more entry to any reader)
    st.sampled_from(
        [
            ([], "Die Gruppe tagt viermal im Jahr."),
            ([""], "Die Gruppe tagt viermal im Jahr."),
            ([], ""),
            ([""], "Begründung"),
        ]
    ),
    st.booleans(),
)
def test_entries_after_a_colon_are_items(
    lead: list[str], label: list[str], entries: list[str], ending: tuple[list[str], str], prose_before: bool
) -> None:
    gap, after = ending
    before = ["Der Prozess soll von einer Steuerungsgruppe begleitet werden, die der Rat einsetzt."] * prose_before
    text = "\n".join([*before, *lead, *gap, *label, *entries, *gap, after]) + "\n"
    layout = view(document(text)).layout
    segs = [(s.kind, layout.flat.text[s.start : s.end]) for s in layout.segs]
    items = [t for kind, t in segs if kind == "item"]
    assert items == entries, segs
    lead_sentence = " ".join(lead)
    # a one-line lead-in that opens its block is a label itself, as it is between blank lines
    assert [t for kind, t in segs if kind == "label" and t != lead_sentence] == label, segs
    assert any(" ".join(t.split()).endswith(lead_sentence) for kind, t in segs if kind in ("para", "label")), segs


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that goes on after its colon
        "Der Rat beschließt:\nDie Verwaltung wird beauftragt,\ndas Konzept fortzuschreiben.\n",
        "Hierzu ist festzuhalten:\nDie Stadt Musterstadt hat im Jahr 2019 ein Integrationskonzept beschlossen, das\n"
        "seither umgesetzt wird und nun fortgeschrieben werden soll.\n",
        "Zur Begründung:\nSprachförderung\nwird ausgebaut.\n",
        # one entry is no list
        "Vorsitz:\nOberbürgermeisterin Muster\nDie Gruppe tagt zweimal im Jahr.\n",
        # rows of a table drawn with bars or set in gapped columns
        "Ihm gehören an:\n| Institution | Vertreter/in |\n| Jobcenter | Herr Wendland |\n",
        "Ihm gehören an:\nInstitution     Vertreter/in\nJobcenter     Herr Wendland\n",
    ],
)
def test_no_items_where_a_colon_leads_into_no_list(text: str) -> None:
    layout = view(document(text)).layout
    assert [s.kind for s in layout.segs if s.kind == "item"] == [], [
        (s.kind, layout.flat.text[s.start : s.end]) for s in layout.segs
    ]


# --- a paragraph whose full stop OCR lost, before a heading on its next paragraph's first line ----

LAST_LINES = [
    "die Barleber Tafel e. V. sowie die Ganztagsschule „Otto von Guericke“",
    "Die Steuerungsgruppe tagt etwa alle zwei Monate im Rathaus",
    "Der Beirat hat dem Entwurf in seiner Sitzung am 12. Mai 2022 zugestimmt",
]
HEADS = ["Handlungsfelder", "Finanzielle Auswirkungen", "Zeitplan", "Beteiligung der Beiräte"]
OPENINGS = ["Das Teilhabekonzept soll sich auf vier Handlungsfelder konzentrieren.", "Mittel stehen bereit."]


@given(st.sampled_from(LAST_LINES), st.sampled_from(["", "."]), st.sampled_from(HEADS), st.sampled_from(OPENINGS))
def test_a_heading_over_its_paragraph_ends_the_sentence_above(last: str, stop: str, head: str, opening: str) -> None:
    """With or without its full stop, the paragraph above ends at the blank line: the heading and
    its paragraph are no part of its last sentence."""
    text = f"In der Steuerungsrunde wirken mit: der Bürgermeister,\n{last}{stop}\n\n{head}\n{opening}\n"
    layout = view(document(text)).layout
    sentences = [" ".join(layout.text(u).split()) for u in layout.units]
    assert sentences[0].endswith(f"{last}{stop}"), sentences
    assert not any(head in s and last in s for s in sentences), sentences


@pytest.mark.parametrize(
    "text, joined",
    [
        # a sentence going on in lower case, or on a long line, after a blank line OCR inserted
        ("Der Steuerungsrunde gehören der Bürgermeister und die\n\nVertreter der Fraktionen an.\n", "Fraktionen an."),
        (
            "Die Stadt hat im Jahr 2019 ein Integrationskonzept beschlossen, das seit\n\nJahren umgesetzt wird.\n",
            "umgesetzt wird.",
        ),
        (
            "Die Stadt hat im Jahr 2019 ein Konzept beschlossen, das die Verwaltung und die\n\n"
            "Kirchen\ngemeinsam umsetzen.\n",
            "gemeinsam umsetzen.",
        ),
    ],
)
def test_a_sentence_still_goes_on_across_a_blank_line(text: str, joined: str) -> None:
    layout = view(document(text)).layout
    sentences = [" ".join(layout.text(u).split()) for u in layout.units]
    assert sentences[0].endswith(joined), sentences
