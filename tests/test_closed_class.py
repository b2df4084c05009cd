"""One home for German closed-class words: ``extractors/resources/closed_class.yaml``, read
through :mod:`extractors.german.closed_class`. No module of the extractors or of the extract
stage keeps a private collection of articles, prepositions and conjunctions beside it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extractors.german.closed_class import ARTICLES, CLASSES, DEFINITE_ARTICLES, alternation, words

ROOT = Path(__file__).resolve().parents[1]
EVERY = words(*CLASSES)
SOME = 3  # a collection holding this many closed-class words is a copy of the vocabulary

# Collections that hold such words for another reason, each named with it:
ALLOWED = {
    # the register's qualifier words and their abbreviation letters ("ob der Tauber", "i. d. OPf."),
    # left out of the keys of municipality names: changing them changes every key
    "extractors/metadata/gazetteer.py:_CONNECTORS",
    # the words after a body's head word that carry its name on ("Ausschuss für …", "Rat der
    # Stadt", "Beirat des …"): three chosen words, not a class
    "extractors/consultations/prose.py:_LINKS",
}


def _strings(node: ast.AST) -> list[str] | None:
    """The words of a literal collection of strings, or of ``"a b c".split()``; else None."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        if node.elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            return [str(e.value).lower() for e in node.elts]  # type: ignore[attr-defined]
        return None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and not node.args
        and isinstance(node.func.value, (ast.Constant, ast.BinOp, ast.JoinedStr))
    ):
        text = ast.literal_eval(node.func.value) if not isinstance(node.func.value, ast.JoinedStr) else ""
        return str(text).lower().split() if isinstance(text, str) else None
    return None


def private_sets(path: Path) -> list[str]:
    """``file:name`` of each collection a module binds to a name at its top level (a
    vocabulary, unlike a test of one word's form inside a function) that holds ``SOME``
    closed-class words or more."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            held = [w for sub in ast.walk(node.value) for w in _strings(sub) or []]
            if isinstance(target, ast.Name) and len(set(held) & EVERY) >= SOME:
                found.append(f"{where}:{target.id}")
    return found


def modules() -> list[Path]:
    return sorted([*(ROOT / "extractors").rglob("*.py"), *(ROOT / "pipeline" / "extract").rglob("*.py")])


def test_no_private_collection_of_closed_class_words() -> None:
    found = {hit for path in modules() for hit in private_sets(path)}
    assert found - ALLOWED == set()
    assert ALLOWED <= found  # an exception that no longer exists is taken off the list


@pytest.mark.parametrize(
    "source, hits",
    [
        ('_LINKS = frozenset("des der dem für".split())\n', ["m.py:_LINKS"]),
        ('_LINKS = {"und", "der", "von"}\n', ["m.py:_LINKS"]),
        ('_ENDS = re.compile("x") if frozenset(["der", "den", "dem"]) else None\n', ["m.py:_ENDS"]),
        ('def f(w):\n    return w in ("der", "den", "dem")\n', []),
        ('_TWO = {"und", "oder"}\n', []),
        ('_NOUNS = {"Amt", "Rat", "Referat"}\n', []),
        ('_LINKS = words("prepositions") | {"e.V."}\n', []),
    ],
)
def test_private_collections_are_found(tmp_path: Path, source: str, hits: list[str]) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert private_sets(path) == hits


def test_the_classes_read_as_german() -> None:
    assert words(*DEFINITE_ARTICLES) == {"der", "die", "das", "dem", "den", "des"}
    assert words(*ARTICLES) > words(*DEFINITE_ARTICLES)
    assert {"für", "mit", "von", "zu", "in", "gemäß"} <= words("prepositions")
    assert {"im", "zum", "zur", "vom", "am"} <= words("contractions")
    assert words("conjunctions") >= {"und", "oder", "sowie"}
    with pytest.raises(KeyError, match="verbs"):
        words("verbs")


def test_alternation_matches_the_whole_word() -> None:
    import re

    pattern = re.compile(r"\b(?:" + alternation("contractions", "prepositions") + r")$")
    assert pattern.search("Zugang zum") and pattern.search("Arbeit und im")
    assert not pattern.search("Zugang zum Arbeitsmarkt")
