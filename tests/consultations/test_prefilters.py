"""The cheap tests that spare a line or a text the full pattern: they never hide a match of it."""

from __future__ import annotations

from extractors import load_resources
from extractors.consultations.boxed import _rule
from extractors.consultations.columns import _LEADER, _leader_stops, unleadered
from extractors.consultations.letter_pairs import _BARE_RUN, _RUN_OPENS, bare_letters
from extractors.consultations.vocab import vocab
from pipeline.structure import Line

LINES = [
    "Ortsrat Nord ........ 03.02.2026 ..... Anhörung",
    "Ortsrat Nord . . . . 03.02.2026 . . . Anhörung",
    "Ortsrat Nord …… 03.02.2026 … Anhörung",
    "Ortsrat Nord .\t.\t. 03.02.2026",
    "Der Rat beschließt. Die Mittel stehen bereit.",
    "Art: V Vorberatung, K Kenntnisnahme, B Beschluss",
    "Betreff: Antrag der Fraktion",
    "Legende: Art – K Kenntnisnahme, V Vorberatung, B Beschlussfassung;",
    "Die Stadt – K Kiel, V Verden",
    "+-------+--------+",
    "├────┼────┤",
    "| Rat | 03.05.2021 |",
]


def test_leader_stops_never_hide_a_leader() -> None:
    for text in LINES:
        assert _LEADER.search(text) is None or _leader_stops(text)
    row = Line(0, 47, LINES[0])
    assert unleadered(row).text == "Ortsrat Nord          03.02.2026       Anhörung"
    assert unleadered(Line(0, 45, LINES[4])) == Line(0, 45, LINES[4])


def test_run_opens_wherever_a_legend_run_does() -> None:
    for text in LINES:
        assert _BARE_RUN.search(text) is None or _RUN_OPENS.search(text)
    v = vocab(load_resources())
    assert bare_letters(LINES[5], v) == {"V": "preliminary", "K": "information", "B": "decision"}
    assert bare_letters(LINES[6], v) == {}
    assert bare_letters(LINES[7], v) == {"K": "information", "V": "preliminary", "B": "decision"}
    assert bare_letters(LINES[8], v) == {}  # two pairs after a dash, but no role among them


def test_rule_lines() -> None:
    assert [_rule(t) for t in LINES[9:]] == [True, True, False]
