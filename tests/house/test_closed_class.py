"""One home for German closed-class words: ``pipeline/lang/de/closed_class.yaml``, read
through :mod:`pipeline.lang.de.closed_class`. No module of the extractors or of the extract
stage keeps a private collection of articles, prepositions and conjunctions beside it, and no
pattern there or in the structure layer spells out an alternation of them (the ones that do are
listed with their reasons; the view's readers take their chosen words from
:mod:`pipeline.lang.de.closed_class`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline.lang.de.closed_class import ARTICLES, CLASSES, DEFINITE_ARTICLES, alternation, words

ROOT = Path(__file__).resolve().parents[2]
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


# Patterns whose alternations name three closed-class words or more, each for a reason the classes
# do not give (a new one builds its alternation with ``closed_class.alternation``):
ALTERNATIONS = {
    # extractors/base.py: a choice of its own
    "extractors/base.py:_CONJ": "the words after an Ergänzungsstrich, with 'bis', 'als auch', 'u.'",
    # phrases (a preposition with its article) or closed-class words among other words and signs
    "extractors/action_fields/clauses.py:_ATTRIBUTE": "phrases that open an attribute after a noun",
    "extractors/action_fields/clauses.py:_ADVERBIAL": "phrases that open an adverbial after the verb",
    "extractors/action_fields/clauses.py:_CONCEPT_TAIL": "phrases before the concept's name",
    "extractors/action_fields/items.py:_ARTICLE": "capitalised words that open a sentence, pronouns too",
    "extractors/action_fields/prose.py:_QUOTE_JOIN": "commas and 'bzw.' with its full stop between quoted names",
    "extractors/action_fields/tables.py:_CONJUNCTION": "'bzw.' with its full stop and '&'",
    "extractors/consultations/row_cells.py:_OPENER": "capitalised words that open another cell's sentence",
    "extractors/consultations/vocab.py:OPEN_END": "line ends that go on: a hyphen, a comma, 'bzw.'",
    "extractors/consultations/vocab.py:_LEFTOVER": "what is left of a header beside 'Sitzung'",
    "extractors/consultations/vocab.py:_TRAILING": "phrases before a date ('in der')",
    "extractors/consultations/headers.py:_LEAD": "phrases before a body's name ('durch den')",
    "extractors/consultations/proposals.py:_HEAD": "'für' and an article before a body, 'am' or 'vom' before a date",
    "extractors/metadata/subjects.py:_NOT_TITLE": "the words of a letterhead line that is no title, nouns too",
    "extractors/metadata/doc_date.py:_LABEL_CELL": "two-letter words that are no bullet read by OCR",
    "extractors/steering/prose.py:ABBREVIATION_END": "capitalised words that open a sentence",
    "pipeline/extract/confidence.py:_DANGLING": "line ends that leave a value open, signs too",
    # a case or a role, a few words of several classes
    "extractors/action_fields/clauses.py:_SUBJECT": "nominative and genitive articles of a subject",
    "extractors/consultations/vocab.py:_ATTRIBUTE": "genitive articles",
    "extractors/consultations/headers.py:_ATTRIBUTES": "the determiners that open attribute words after a heading",
    "extractors/consultations/row_cells.py:_LINKS": "the link words inside a body's name",
    "extractors/consultations/tables.py:_LINKED_ON": "the link words a body's name goes on with",
    "extractors/facilitators/names.py:_COMPLEMENT": "the words that join a complement to a noun",
    "extractors/steering/rules.py:_BARE_SPLIT": "the conjunctions between members, spelled out",
}
_GROUP = re.compile(r"\(\?:([^()]*)\)|\(([^()?]*)\)")


def _text(node: ast.Constant | ast.JoinedStr) -> str:
    """A string literal's text; an f-string's with "X" for each value put in."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    return "".join(_text(v) if isinstance(v, ast.Constant) else "X" for v in node.values)


def alternations(path: Path) -> list[str]:
    """``file:name`` of each pattern a module binds at its top level that holds a group of
    alternatives with ``SOME`` closed-class words or more ("(?:und|oder|sowie)")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            texts = [_text(c) for c in ast.walk(node.value) if isinstance(c, (ast.Constant, ast.JoinedStr))]
            groups = [next(g for g in m.groups() if g is not None) for t in texts for m in _GROUP.finditer(t)]
            if isinstance(target, ast.Name) and any(
                len({a.strip().lower() for a in g.split("|")} & EVERY) >= SOME for g in groups
            ):
                found.append(f"{where}:{target.id}")
    return found


def modules() -> list[Path]:
    return sorted([*(ROOT / "extractors").rglob("*.py"), *(ROOT / "pipeline" / "extract").rglob("*.py")])


def test_no_private_collection_of_closed_class_words() -> None:
    found = {hit for path in modules() for hit in private_sets(path)}
    assert found - ALLOWED == set()
    assert ALLOWED <= found  # an exception that no longer exists is taken off the list


def test_no_alternation_of_closed_class_words_spelled_out() -> None:
    paths = [*modules(), *(ROOT / "pipeline" / "structure").rglob("*.py")]
    found = {hit for path in paths for hit in alternations(path)}
    assert found - set(ALTERNATIONS) == set()
    assert set(ALTERNATIONS) <= found


@pytest.mark.parametrize(
    "source, hits",
    [
        ('_END = re.compile(r",\\s+(?!(?:der|die|das)\\b)")\n', ["m.py:_END"]),
        ('_END = re.compile(r"\\s(und|oder|sowie)\\s")\n', ["m.py:_END"]),
        ('_END = re.compile(rf"(?:{X}|in\\s+der|für|zur|zum)\\s")\n', ["m.py:_END"]),
        ('_END = re.compile(r"(?:" + alternation("conjunctions") + ")")\n', []),
        ('_END = re.compile(r"(?:und|oder)\\s")\n', []),
        ('_END = re.compile(r"(?:Amt|Rat|Referat|und)\\s")\n', []),
        ('def f(w):\n    return re.match(r"(?:der|die|das)", w)\n', []),
    ],
)
def test_alternations_are_found(tmp_path: Path, source: str, hits: list[str]) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert alternations(path) == hits


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
