"""German as data stands in one place, ``pipeline/lang/de/``: no module or YAML file elsewhere
spells out a class of bullet glyphs, a list of months or weekdays, or an alternation of closed-class
words beyond the ones ``tests/house/test_closed_class.py`` lists with their reasons; the view and the
readers below the extractors spell out none at all. The splitter reads a compound title as one word.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import MONTH_NAMES, WEEKDAYS
from pipeline.structure import view
from pipeline.structure.prose import RAW, VIEW
from tests.house.test_closed_class import ALTERNATIONS, alternations

ROOT = Path(__file__).resolve().parents[2]
FLOOR = ROOT / "pipeline" / "lang" / "de"
# the glyphs of a bullet (not a dash or a star, which other signs share, nor a check box or a tick)
GLYPHS = frozenset(markers.MARKS) - frozenset(markers.DASHES + markers.EM_DASH + markers.STAR + "✓✔□☐→")
MANY = 2  # a literal holding this many bullet glyphs is a class of them (one is a sign of its own: "·")
NAMES = {name.casefold() for name in (*MONTH_NAMES, *WEEKDAYS)}
SOME = 3  # a literal naming this many months or weekdays is a copy of the list


def sources() -> list[Path]:
    paths = [*(ROOT / "pipeline").rglob("*.py"), *(ROOT / "extractors").rglob("*.py")]
    return sorted(p for p in paths if not p.is_relative_to(FLOOR))


def literals(tree: ast.AST) -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings, with their lines."""
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def spelled(text: str) -> list[str]:
    """What a literal spells out that belongs to the language: ``MANY`` bullet glyphs, or ``SOME``
    months or weekdays."""
    glyphs = sorted(set(text) & GLYPHS)
    found = [f"glyphs {glyphs}"] if len(glyphs) >= MANY else []
    named = {w.casefold() for w in re.findall(r"[A-Za-zÄÖÜäöü]+", text)} & NAMES
    return found + ([f"names {sorted(named)}"] if len(named) >= SOME else [])


def in_code(path: Path) -> list[str]:
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{where}:{line}: {what}" for line, text in literals(tree) for what in spelled(text)]


def strings(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in (*strings(k), *strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return [data] if isinstance(data, str) else []


def in_yaml(path: Path) -> list[str]:
    """The same of a YAML file's values (its comments may speak of a bullet)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix()
    return [f"{where}: {what}" for text in strings(data) for what in spelled(text)]


def test_no_bullet_class_or_calendar_list_outside_the_floor() -> None:
    found = [hit for path in sources() for hit in in_code(path)]
    assert found == []


def test_no_language_data_in_yaml_outside_the_floor() -> None:
    files = [p for p in [*(ROOT / "pipeline").rglob("*.yaml"), *(ROOT / "extractors").rglob("*.yaml")]]
    found = [hit for path in sorted(files) if not path.is_relative_to(FLOOR) for hit in in_yaml(path)]
    assert found == []


def test_closed_class_alternations_stay_in_their_list() -> None:
    """Outside the floor only the alternations ``test_closed_class`` names with a reason remain, and
    none in the view or the readers below the extractors."""
    found = {hit for path in sources() for hit in alternations(path)}
    assert found <= set(ALTERNATIONS)
    below = [hit for hit in found if hit.startswith(("pipeline/structure/", "pipeline/ingest/"))]
    assert below == []


@pytest.mark.parametrize(
    "source, hits",
    [
        ('B = re.compile(r"^[-–•▪]\\s")\n', ["m.py:1: glyphs ['•', '▪']"]),
        ('B = " \\t\\uf0b7\\uf0a7"\n', ["m.py:1: glyphs ['\\uf0a7', '\\uf0b7']"]),
        ('B = "• "\n', []),
        ('M = "Januar|Februar|März"\n', ["m.py:1: names ['februar', 'januar', 'märz']"]),
        ('W = ("Montag", "Dienstag", "Freitag")\n', []),  # three literals of one name each
        ('D = re.compile(r"[-–*]")\n', []),
        ('def f():\n    """A bullet • in a docstring."""\n', []),
    ],
)
def test_the_scan_sees_what_it_counts(tmp_path: Path, source: str, hits: list[str]) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert in_code(path) == hits


def test_every_mark_set_is_part_of_the_one_set() -> None:
    for part in (markers.ITEM_MARKS, markers.WIDE_MARKS, markers.DASH_MARKS, markers.LABEL_MARKS):
        assert set(part) <= set(markers.MARKS)
    assert set(markers.LINE_MARKS) - set(markers.MARKS) == set("#>")  # Markdown's signs


@pytest.mark.parametrize(
    "text, title, raw_cut",
    [
        ("Die Moderation übernimmt Frau Dipl.-Soz. Katrin Albrecht. Sie berichtet.", "Dipl.-Soz.", True),
        ("Es leitet Herr Dipl.-Ing. Paul Roß die Runde. Sie tagt.", "Dipl.-Ing.", False),  # "ing." ends nothing
    ],
)
def test_a_compound_title_ends_no_sentence_of_the_view(text: str, title: str, raw_cut: bool) -> None:
    sv = view(Document.from_pages("x", "x.txt", "x", [(text, "plain_text", None)]))
    first = text[slice(*sv.sentence_at(0))]
    assert title in first and first.endswith(".") and first.count(". ") == 1
    assert VIEW.split(text, 0, len(text))[0][1] > text.index(title) + len(title)
    # the raw reading cuts there: the costs look back over that cut for an anaphor's cue
    cut = RAW.around(text, 0, lambda a, b: sv.lines_in(a, b))[1] == text.index(title) + len(title)
    assert cut == raw_cut
