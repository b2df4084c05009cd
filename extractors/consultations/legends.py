"""Bodies a Beratungsfolge gives by their abbreviation only ("ASA", "KT"), spelled out by the
paper's legend of abbreviations ("ASA = Ausschuss für Soziales und Arbeit", "KT   Kreistag"):
a line of its own that opens with the abbreviation, an equals sign, a colon, a dash or a blank
after it (one space where an export closed the gap), and a body's name as the rest. The name must
hold the abbreviation's letters in their order and no digit (the table's own row has its date),
and be the only one the paper gives it; else the abbreviation stays as it was written. A legend may
also run as a paragraph of pairs parted by semicolons, middle dots or commas, wrapped over lines
("Abkürzungen: SKA = Sportausschuss; GV Os = Gemeindevertretung" / "Osterholz; V = Vorberatung, K =
Kenntnisnahme", "IB = Integrationsbeirat · HFPA = Haupt-, Finanz-" / "und Personalausschuss · StR = Stadtrat"):
there an abbreviation may be two words ("GV Os"), and the role letters among its pairs are the
paper's role letters."""

from __future__ import annotations

import dataclasses
import functools
import re

from pipeline.lang.de.closed_class import HYPHEN_STAYS, either
from pipeline.records import Consultation

from .letter_pairs import bare_letters
from .vocab import Vocab, has_head, renamed, status

# an abbreviation: one word of two to six letters, two capitals at least ("KT", "ASGI", "BauA")
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}")
_MAX_NAME = 90
_DIGIT = re.compile(r"\d")  # a legend's name holds no date, TOP or page number


def spelled_out(rec: Consultation, text: str, v: Vocab) -> Consultation:
    """The record with its abbreviated body replaced by the legend's name; else as it is."""
    name = legend_name(rec.body, text, v)
    if name is None:
        return rec
    return renamed(rec, name, v)


def spelled(abbr: str, text: str, v: Vocab) -> bool:
    """Whether the paper's text gives the abbreviation a body's name in a legend (no text: no legend)."""
    return bool(text) and legend_name(abbr, text, v) is not None


def legend_name(abbr: str, text: str, v: Vocab) -> str | None:
    """The body's name the paper's legend gives an abbreviation ("KT" in "KT = Kreistag"); None where it gives
    none, or more than one."""
    body = abbr.strip()
    name = _paragraph_name(body, text, v)
    if name is None and (_ABBREVIATION.fullmatch(body) is None or sum(c.isupper() for c in body) < 2):
        return None
    return name or _legend(body, text, v)


@functools.lru_cache(maxsize=256)
def _legend(abbr: str, text: str, v: Vocab) -> str | None:
    entry = re.compile(rf"^[ \t]*{re.escape(abbr)}(?:[ \t]*[=:–—-][ \t]*|[ \t]+)(\S[^\n]*?)[ \t]*$", re.M)
    names = {m[1] for m in entry.finditer(text) if not _DIGIT.search(m[1])}  # not the row itself
    if len(names) != 1:
        return None
    name = names.pop()
    if len(name) > _MAX_NAME or not _in_order(abbr, name) or not has_head(name, v):
        return None
    return name


def _in_order(abbr: str, name: str) -> bool:
    """Whether the abbreviation's letters stand in the name in their order ("KT" in "Kreistag")."""
    rest = iter(name.casefold())
    return all(c in rest for c in abbr.casefold())


# a legend of the role column's letters: "Art: A = Anhörung, V = Vorberatung, E = Entscheidung", maybe
# after the column's word and a colon; two pairs at least, each a letter or two, an equals sign, a colon
# or a dash, and the role's words up to the next pair; the whole maybe in brackets ("(K = Kenntnisnahme, …)")
_PAIR = r"([A-ZÄÖÜ]{1,2})[ \t]*[=:–-][ \t]*([^\W\d][^,;·=\n]*?)"  # pairs parted by commas, semicolons, middle dots
_LETTERS = re.compile(rf"^[ \t]*(?:[^\W\d][\w .]*:[ \t]*|\()?{_PAIR}(?:[ \t]*[,;·][ \t]*|[ \t]{{2,}}){_PAIR}.*$", re.M)
_ONE = re.compile(rf"(?:^|[,;:·(]|[ \t]{{2}})[ \t]*{_PAIR}[ \t]*(?=[,;·]|[ \t]{{2}}|\)?[ \t]*$)")


def with_role_letters(v: Vocab, text: str) -> Vocab:
    """The vocabulary with the role letters the paper's legend defines ("V = Vorberatung"), each a
    role where it stands alone in a row's cell; the vocabulary as it is where no legend defines any.
    Every pair of the legend's line must name a role, and a letter that is a status already ("N")
    stays one."""
    letters = bare_letters(text, v)  # "Art: V Vorberatung, B Beschluss"
    for run in _paragraph_runs(text):  # a legend paragraph's run of role letters ("V = Vorberatung, K = ...")
        said = [(letter, status(name, v)) for letter, name in run]
        if len(said) >= 2 and all(len(a) <= 2 and r is not None and r[0] and r[1] is None for a, r in said):
            letters.update((a, r[0]) for a, r in said if r and r[0] and status(a, v) is None)
    for m in _LETTERS.finditer(text):
        pairs = [(p[1], status(p[2].strip(), v)) for p in _ONE.finditer(m[0])]
        if len(pairs) < 2 or any(said is None or said[0] is None or said[1] is not None for _, said in pairs):
            continue
        letters.update((letter, said[0]) for letter, said in pairs if said and said[0] and status(letter, v) is None)
    return _lettered(v, tuple(sorted(letters.items()))) if letters else v


def legend_line(text: str) -> bool:
    """Whether a line is a legend of a column's codes ("Zust.: V = Vorberatung   E = Entscheidung"): two
    pairs at least, each with an equals sign; no row of the table it explains."""
    return text.count("=") >= 2 and _LETTERS.fullmatch(text.rstrip("\n")) is not None


# a legend's pair: a short code, an equals sign and a capitalised word ("StR = Stadtrat", "Beschl. = Beschluss")
_LEGEND_PAIR = re.compile(r"(?<!\S)[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{0,6}\.?[ \t]*=[ \t]*[A-ZÄÖÜ]")


def legend_pair(text: str) -> bool:
    """Whether a line holds a legend's pair of a code and its meaning: no row of the table it explains."""
    return _LEGEND_PAIR.search(text) is not None


@functools.lru_cache(maxsize=32)
def _lettered(v: Vocab, letters: tuple[tuple[str, str], ...]) -> Vocab:
    roles = [*v.roles, *((role, re.compile(rf"(?<!\S){re.escape(letter)}(?!\S)")) for letter, role in letters)]
    return dataclasses.replace(v, roles=roles, tokens=dataclasses.replace(v.tokens, roles=roles))


# a legend run as a paragraph: pairs "ABBR = name" parted by semicolons, middle dots (a bar where a glyph was read
# as one) or commas before the next pair
_SHORT = r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{0,5}(?:[ \t][A-ZÄÖÜ][a-zäöü]{0,3}(?:[A-ZÄÖÜ][a-zäöü]{1,3})?)?"  # "GV Os", "OR LüGe"
_RUN_PAIR = re.compile(
    rf"(?:^|(?<=[;,:·|])|(?<=\s))[ \t]*({_SHORT})[ \t]*=[ \t]*([^=;·|]+?)[ \t]*"
    rf"(?=[;,·|][ \t]*{_SHORT}[ \t]*=|[;·|]|$)"
)
# a line's end hyphen that joins a word's parts, not one before "und" ("Haupt-, Finanz-" / "und Personalausschuss")
_CUT = re.compile(rf"(?<=[a-zäöüß])-\n[ \t]*(?=[a-zäöüß])(?!(?:{either(HYPHEN_STAYS)})\b)")
# ... and one that stays between a name's parts, a capital after it ("Lückersdorf-" / "Gelenau")
_KEPT = re.compile(r"(?<=[a-zäöüß])-\n[ \t]*(?=[A-ZÄÖÜ][a-zäöüß])")
_MIN_PAIRS = 4  # pairs of one paragraph at least
# where a pair's name ends: a semicolon, or a sentence's full stop after a word ("KT = Kreistag. Zuständigkeit: …")
_CLAUSE_END = re.compile(r";|(?<=[a-zäöüß]{3})\.(?=\s)")


@functools.lru_cache(maxsize=64)
def _paragraph_runs(text: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The runs of pairs of the paper's legend paragraphs ("SKA = Sportausschuss; V = Vorberatung, K =
    Kenntnisnahme"), one run a stretch between semicolons: each paragraph (lines up to a blank one) holding
    ``_MIN_PAIRS`` pairs or more, its lines joined (a word cut by a hyphen at a line's end joined again)."""
    runs = []
    for para in _legend_paragraphs(text):
        if para.count("=") < _MIN_PAIRS:
            continue
        joined = _KEPT.sub("-", _CUT.sub("", para))
        joined = re.sub(r"[ \t]*\n[ \t]*", " ", joined)
        found = [
            tuple((" ".join(m[1].split()), " ".join(m[2].split())) for m in _RUN_PAIR.finditer(part))
            for part in _CLAUSE_END.split(joined)
        ]
        if sum(map(len, found)) >= _MIN_PAIRS:
            runs += [run for run in found if run]
    return tuple(runs)


def _legend_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text (lines up to a blank one), paragraphs in a row that each hold an equals sign
    one (an export that sets a blank line inside a paragraph: "... GV Os" / "= Gemeindevertretung" / "" /
    "Osterholz; FA = ...")."""
    out: list[str] = []
    joined = False
    for para in re.split(r"\n[ \t]*\n", text):
        here = "=" in para
        if here and joined and out:
            out[-1] += "\n" + para
        else:
            out.append(para)
        joined = here
    return out


def paragraph_pairs(text: str) -> dict[str, str]:
    """The names of the legend paragraphs' abbreviations; one the paragraphs give two names stays out."""
    found: dict[str, set[str]] = {}
    for run in _paragraph_runs(text):
        for abbr, name in run:
            found.setdefault(abbr, set()).add(name)
    return {abbr: names.pop() for abbr, names in found.items() if len(names) == 1}


def _paragraph_name(abbr: str, text: str, v: Vocab) -> str | None:
    """The body a legend paragraph names by ``abbr``, where its name holds the letters in their order."""
    name = paragraph_pairs(text).get(abbr)
    if name is None or _DIGIT.search(name) or len(name) > _MAX_NAME:
        return None
    return name if _in_order(abbr.replace(" ", ""), name) and has_head(name, v) else None
