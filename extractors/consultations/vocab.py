"""consultation_vocab: what the words of a Beratungsfolge mean.

The compiled vocabulary of ``resources/bodies.yaml`` (body types, roles, status words,
column header words, key-value labels, meeting headings) and the readers of single cells
and lines that use it: status cells, body names and types, table header lines. A body is
recognised by its grammar: a phrase whose head word is a body word ("...ausschuss",
"...rat", "...beirat", "Kreistag", "Magistrat"; ``heads`` in the YAML).

    >>> from extractors import load_resources
    >>> has_head("Ortschaftsrat Hegnach", vocab(load_resources())), has_head("Referat 4", vocab(load_resources()))
    (True, False)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from extractors.base import collapse, dehyphenate, section_patterns
from extractors.german.dates import find_dates
from extractors.resources import Resources, re_flags
from pipeline.errors import ResourceError
from pipeline.structure.lines import GAP
from pipeline.structure.tokens import TokenVocab

OPEN_END = re.compile(
    r"(?:\w-|[,&/]|\b(?:und|oder|für|der|des|den|dem|die|von|vom|im|in|zur|zum|mit|bzw\.|sowie"
    r"|an|auf|über|zu))\s*$"
)  # a line that goes on in the next one
_LEFTOVER = re.compile(r"[\s,;/()\[\]:.\-–]+|\b(?:und|zur|zum|in|im|Sitzung)\b")
_NUMBERING = re.compile(r"^\s*(?:[-–•▪■●*·]|\(?\d{1,2}[.)]|[a-z]\))\s*")
_TRAILING = re.compile(r"[\s,;:–-]*(?:\b(?:am|vom|den|im|in der|ab)\b[\s,;:–-]*)*$")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a key of the header cache
class Vocab:
    body_types: list[tuple[str, re.Pattern[str]]]
    roles: list[tuple[str, re.Pattern[str]]]
    public: list[tuple[bool, re.Pattern[str]]]
    columns: list[tuple[str, re.Pattern[str]]]
    labels: list[tuple[str, re.Pattern[str]]]
    heading: re.Pattern[str]
    title: re.Pattern[str]
    stops: list[re.Pattern[str]]
    any_column: re.Pattern[str]  # matches where some column word does: a quick test before trying each
    key_values: list[tuple[str, re.Pattern[str]]]  # a label cell, maybe with its value after a colon
    column_words: list[re.Pattern[str]]  # the column patterns, ending where a word does
    tokens: TokenVocab  # what the typed cells of a row are read by
    head: re.Pattern[str]  # a word whose last compound part is a body head word
    not_head: re.Pattern[str]  # words that end like one but name no body
    prose_subject: re.Pattern[str]
    prose_verbs: list[tuple[str, re.Pattern[str]]]
    inline_stop: re.Pattern[str]  # a section heading inside a line ("... Ö Betreff: ..."), ending in a colon
    body_type_ids: tuple[str, ...] = ()  # the ids of the body_types entries, in their order
    block_labels: tuple[tuple[str, re.Pattern[str]], ...] = ()  # "Gremium: X" / "Termin\tD": label and value
    head_words: str = ""  # the alternation of the head words, for readers that build their own patterns
    # filler words, then "am": a header whose bodies' column has no word of its own ("Beratung im  am  Ö/N")
    am_header: re.Pattern[str] | None = None
    # a first word naming a gathering by its members: "Arbeitsrunde" (der Bürgermeisterin)
    gathering: re.Pattern[str] | None = None


def _entries(data: dict[str, Any], key: str, wrap: str = "(?:{})") -> list[tuple[Any, re.Pattern[str]]]:
    out = []
    for entry in data.get(key) or []:
        try:
            value = entry.get("value", entry.get("type", entry["id"]))
            flags = re_flags(entry["flags"] if "flags" in entry else data["flags"])  # declared by entry or file
            out.append((value, re.compile(wrap.format(entry["pattern"]), flags)))
        except (KeyError, TypeError, AttributeError, re.error) as exc:
            raise ResourceError(f"bodies.yaml: {key}: bad entry {entry!r}: {exc}") from exc
    if not out:
        raise ResourceError(f"bodies.yaml: missing list {key!r}")
    return out


def vocab(res: Resources) -> Vocab:
    """The compiled vocabulary of ``bodies.yaml`` (built once per resource set)."""
    return res.compiled(_build_vocab)


def _build_vocab(res: Resources) -> Vocab:
    data = res["bodies"]
    roles = _entries(data, "roles", r"\b(?:{})\b")
    links = "|".join(p.pattern for _, p in _entries(data, "heading_links"))
    heading = re.compile(
        r"^[ \t]*(?:\w+[ \t]+(?:zur|zum)[ \t]+)?(?P<role>"
        + "|".join(p.pattern for _, p in roles)
        + r")[ \t]+(?P<link>"
        + links
        + r")[ \t]+(?P<body>[^\t\n]+?)[ \t]+(?:vom|am)(?![^\W\d])[ \t]*"
        r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?[ \t]*(?P<code>\([A-Z]{2}\))?[ \t]*$",
        re.M,
    )
    sections = section_patterns(res)
    columns, all_labels = _entries(data, "columns"), _entries(data, "labels")
    labels = [(kind, p) for kind, p in all_labels if not kind.startswith("block.")]
    try:
        any_column = re.compile("|".join(f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})" for _, p in columns))
    except re.error as exc:  # e.g. a pattern with global flags, which cannot stand inside a group
        raise ResourceError(f"bodies.yaml: columns: patterns cannot be joined: {exc}") from exc
    key_values = [(kind, re.compile(r"\s*" + p.pattern + r"\s*(?::\s*(?P<v>.*)|$)", re.I)) for kind, p in labels]
    public = _entries(data, "public", r"(?<!\w)(?:{})(?!\w)")
    heads = "|".join(p.pattern for _, p in _entries(data, "heads"))
    tokens = TokenVocab(
        _date_cells,
        roles,
        public,
        _entries(data, "results", r"(?<!\w)(?:{})(?!\w)"),
        re.compile(r"[\wÄÖÜäöüß]*(?:" + heads + r")", re.I),
    )
    return Vocab(
        _entries(data, "body_types"),
        roles,
        public,
        columns,
        labels,
        heading,
        next(p for sid, p in sections if sid == "consultation"),
        [p for sid, p in sections if sid != "consultation"],
        any_column,
        key_values,
        [re.compile("(?:" + p.pattern + r")(?=[\s:.,;]|$)", p.flags) for _, p in columns],
        tokens,
        # a head word ends a word, or a capital follows where words run together ("OrtsratNordstemmen")
        re.compile(r"[\wÄÖÜäöüß]*(?:" + heads + r")(?!(?-i:[a-zäöüß0-9_]))", re.I),
        re.compile("(?:" + "|".join(p.pattern for _, p in _entries(data, "head_exclusions")) + r")$", re.I),
        re.compile("|".join(p.pattern for _, p in _entries(data, "prose_subjects"))),
        _entries(data, "prose_verbs", r"\b(?:{})\b"),
        _inline_stop(res),
        body_type_ids=tuple(str(e["id"]) for e in data["body_types"]),
        head_words=heads,
        gathering=re.compile(
            r"[\wÄÖÜäöüß]*(?:" + "|".join(p.pattern for _, p in _entries(data, "gatherings")) + r")\s*$", re.I
        ),
        am_header=_am_header_pattern(_entries(data, "header_fillers"), _entries(data, "columns")),
        block_labels=tuple(
            (kind.removeprefix("block."), _block_label(p)) for kind, p in all_labels if kind.startswith("block.")
        ),
    )


HEADING_ATTRIBUTES = 3  # words that may stand between a heading and its column words ("dieser Vorlage")


def _am_header_pattern(
    fillers: list[tuple[str, re.Pattern[str]]], columns: list[tuple[str, re.Pattern[str]]]
) -> re.Pattern[str]:
    """Filler words before "am", or the bodies' column word with up to ``HEADING_ATTRIBUTES``
    attribute words after it ("Beratungsfolge dieser Vorlage am TOP ö nö Ergebnis")."""
    words = "|".join(p.pattern for _, p in fillers)
    body = next(p.pattern for kind, p in columns if kind == "body")
    heading = r"(?:" + body + r")(?:[ \t]+[^\W\d]+){1," + str(HEADING_ATTRIBUTES) + r"}?"
    filler = r"(?P<filler>" + heading + r"|(?:(?:" + words + r")[ \t]+)*(?:" + words + r"))?"
    return re.compile(filler + r"(?:[ \t]+|(?<![^\t])\t)am(?=[ \t])")


def _block_label(label: re.Pattern[str]) -> re.Pattern[str]:
    """A whole line "Termin:  Mi, 08.02.2023" / "Gremium<TAB>Stadtrat": the label, then the value."""
    return re.compile(
        r"[ \t]*(?:[-–•][ \t]*)?(?:" + label.pattern + r")[ \t]*(?::[ \t]*|\t[ \t]*|[ ]{2,})"
        r"(?P<v>\S.*?)[ \t]*",
        re.I,
    )


def _inline_stop(res: Resources) -> re.Pattern[str]:
    """Section headings other than the Beratungsfolge's, written with a colon inside a line:
    where a Beratungsfolge flattened into one line ends ("... 06.04.2022 Ö Betreff: ...")."""
    pats = [e["pattern"] for e in res["sections"]["entries"] if e["id"] != "consultation" and "$" not in e["pattern"]]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?<=:)")


def _date_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(d.start, d.end, d.iso) for d in find_dates(text, start, end, months=True)]


def heads(text: str, v: Vocab) -> list[re.Match[str]]:
    """The words of ``text`` that are body head words ("Sozialausschuss", "Rat", not "Referat").

    >>> from extractors import load_resources
    >>> [m.group() for m in heads("Referat 4 an den Ortschaftsrat Hegnach", vocab(load_resources()))]
    ['Ortschaftsrat']
    """
    return [
        m
        for m in v.head.finditer(text)
        if not v.not_head.search(m.group()) and (m.start() == 0 or not text[m.start() - 1].isalnum())
    ]


def has_head(text: str, v: Vocab) -> bool:
    return bool(heads(dehyphenate(text), v))


_ATTRIBUTE = re.compile(r"\b(?:des|der|eines|einer)\b")


def headed(text: str, v: Vocab) -> bool:
    """Whether a phrase names a body by its head word before any genitive attribute: "Rat der
    Stadt Leverkusen", "Bezirksausschuss des 25. Stadtbezirkes", not "Größe des Gemeinderates in
    der Wahlperiode", whose head ("Größe") names no body; or a gathering of a body's members by
    the head word in its attribute ("Arbeitsrunde der Bürgermeisterin").

    >>> from extractors import load_resources
    >>> v = vocab(load_resources())
    >>> headed("Rat der Stadt Leverkusen", v), headed("Größe des Gemeinderates", v)
    (True, False)
    >>> headed("Arbeitsrunde der Bürgermeisterin", v), headed("Beschluss der Bürgermeisterin", v)
    (True, False)
    """
    text = dehyphenate(text)
    found = heads(text, v)
    if not found:
        return False
    attribute = _ATTRIBUTE.search(text)
    if attribute is None or found[0].start() < attribute.start():
        return True
    lead = text[: attribute.start()]  # one capitalised word naming a gathering, its head in the attribute
    return (
        v.gathering is not None
        and len(lead.split()) == 1
        and lead[:1].isupper()
        and bool(v.gathering.fullmatch(lead))
        and found[0].start() == attribute.end() + 1
    )


def status(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """(role, public) when the text holds only role and status words, else None."""
    role, public, found, rest = None, None, False, text
    for rid, pat in v.roles:
        if pat.search(rest):
            role, found, rest = role or rid, True, pat.sub(" ", rest)
    for value, pat in v.public:
        if pat.search(rest):
            public, found, rest = value if public is None else public, True, pat.sub(" ", rest)
    return (role, public) if found and not _LEFTOVER.sub("", rest) else None


def body_type(body: str, v: Vocab) -> str:
    return next((t for t, p in v.body_types if p.search(body)), "other")


def body_entry(body: str, v: Vocab) -> str:
    """The id of the body_types entry that gives a body its type ("" when none does).

    >>> from extractors import load_resources
    >>> v = vocab(load_resources())
    >>> body_entry("Ausschuss für Soziales", v), body_entry("Lenkungsgruppe", v)
    ('committee', '')
    """
    return next((i for i, (_, p) in zip(v.body_type_ids, v.body_types) if p.search(body)), "")


def clean_body(text: str) -> str:
    """A body name as written: wrapped lines joined, numbering and 'am'/'vom' removed; a body
    name never holds a column bar, so what follows one is another cell.

    >>> clean_body("1. Kinder- und Jugendhilfeaus-\\nschuss am")
    'Kinder- und Jugendhilfeausschuss'
    >>> clean_body("Gemeinderat | Sitzung am:")
    'Gemeinderat'
    """
    text = text.split("|", 1)[0]
    return _TRAILING.sub("", _NUMBERING.sub("", collapse(dehyphenate(text)))).strip(" \t,;:")


_LEAD = re.compile(
    r"^[\s:–-]*(?:\b(?:im|in der|in den|in|des|eines|der|dem|den|durch den|durch die|vom|zum|zur|an den|an die)\b)?\s*"
)


def strip_header_words(text: str, v: Vocab) -> str:
    """A body without the heading and column words glued before it, and without a leading
    preposition; the words stay when no body head word would be left.

    >>> from extractors import load_resources
    >>> strip_header_words("Beratungsfolge Gremium Sitzung am TOP Ö/N Sozialausschuss", vocab(load_resources()))
    'Sozialausschuss'
    >>> strip_header_words("Ausschuss für Soziales", vocab(load_resources()))
    'Ausschuss für Soziales'
    >>> strip_header_words("Ausschuss für Soziales (Sozial- und Integrationsausschuss)", vocab(load_resources()))
    'Ausschuss für Soziales (Sozial- und Integrationsausschuss)'
    """
    words = _column_words(text, v) if v.any_column.search(text) else []
    if words:
        rest = text[words[-1][0] + len(words[-1][1]) :].lstrip(" :")
        # "Ausschuss für Soziales (... -ausschuss)": a column word the name goes on from is the name's head
        if rest and has_head(rest, v) and not re.match(r"(?:für|und|sowie)\b", rest):
            text = rest
    lead = _LEAD.match(text)
    rest = text[lead.end() :] if lead else text
    if lead and re.search(r"\b(?:des|eines)\s*$", lead.group()):  # "Sitzung des Sozialausschusses"
        rest = nominative(rest, v)
    return rest if rest and (has_head(rest, v) or not has_head(text, v)) else text


def nominative(name: str, v: Vocab) -> str:
    """A body name after "des" in the nominative: "Sozialausschusses" → "Sozialausschuss".

    >>> from extractors import load_resources
    >>> nominative("Bezirksausschusses des 25. Stadtbezirkes", vocab(load_resources()))
    'Bezirksausschuss des 25. Stadtbezirkes'
    """
    found = heads(name, v)
    if not found:
        return name
    m = found[0]
    word = m.group()
    for ending in ("es", "s"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and has_head(stem, v):
            return name[: m.start()] + stem + name[m.end() :]
    return name


def column_kind(text: str, v: Vocab, partial: bool = True) -> str | None:
    """The column a header cell names; ``partial`` accepts a cell wrapped after "Datum der"."""
    t = collapse(text).strip(" :.")
    t = t[1:-1] if t[:1] == "(" and t[-1:] == ")" else t  # "(Zuständigkeit)"
    for kind, pat in v.columns:
        m = pat.match(t)
        if pat.fullmatch(t) or (m and partial and (OPEN_END.search(t) or t[m.end() :].lstrip()[:1] == "(")):
            return kind
        if m and kind == "body" and _ATTRIBUTES.fullmatch(t, m.end()):  # "Beratungsfolge dieser Vorlage"
            return kind
    return "date" if _date_compound(t, v) else None


# up to HEADING_ATTRIBUTES words after the bodies' column word, the first a determiner: "dieser Vorlage"
_ATTRIBUTES = re.compile(
    r"[ \t]+(?:diese[rs]?|der|des|zur|zum)(?:[ \t]+[^\W\d]+){0," + str(HEADING_ATTRIBUTES - 1) + "}"
)


_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}")


def _date_compound(word: str, v: Vocab) -> bool:
    """Whether a word is a compound ending in a date's column word, maybe in the plural
    ("Zieltermin", "Beratungstermine"); a body's column word in a compound is a body's name
    ("Sozialausschuss"), never a column.

    >>> from extractors import load_resources
    >>> w = vocab(load_resources())
    >>> _date_compound("Zieltermin", w), _date_compound("Beratungstermine", w), _date_compound("Sozialausschuss", w)
    (True, True, False)
    """
    if not _COMPOUND.fullmatch(word):
        return False
    for j in range(3, len(word) - 3):
        tail = word[j].upper() + word[j + 1 :]
        for end in (tail, tail[:-1] if tail.endswith("e") else "", tail[:-2] if tail.endswith("en") else ""):
            if end and any(kind == "date" and pat.fullmatch(end) for kind, pat in v.columns):
                return True
    return False


@dataclass(frozen=True)
class Header:
    """A Beratungsfolge table header: the kind of each column (``title`` for a heading on
    the same line), where each column starts in the line, how the line is cut, and where
    the header words end (a row may follow on the same line when cells are single-spaced)."""

    kinds: tuple[str | None, ...]
    starts: tuple[int, ...]
    mode: str  # tab | gap | tokens
    end: int
    marks: tuple[tuple[int, bool], ...] = ()  # columns of "x" marks -> public

    @property
    def body_col(self) -> int:
        return self.kinds.index("body")


TITLE = re.compile(r"\s*Beratungs(?:folge|weg|gang|reihenfolge)\b", re.I)


def header(text: str, v: Vocab) -> Header | None:
    """The header of a Beratungsfolge table on this line, or None.

    >>> from extractors import load_resources
    >>> h = header("Beratungsfolge: Gremium Sitzung am TOP Ö/N", vocab(load_resources()))
    >>> h.kinds, h.mode
    (('body', 'date', 'top', 'public'), 'tokens')
    """
    # most lines: a header starts with a column word or the heading (anchored: a search costs 10x)
    if not v.any_column.match(text, len(text) - len(text.lstrip())):
        return _am_header(text, v) if "am" in text and v.am_header is not None and v.am_header.match(text) else None
    found = _header(text, v)
    return found if found is not None or not text.startswith("\t") else _am_header(text, v)  # "<TAB>am<TAB>Ö/N"


def attributed_header(text: str, v: Vocab) -> Header | None:
    """A header whose heading has attribute words before "am" ("Beratungsfolge dieser Vorlage am
    TOP ö nö Ergebnis"), read by the table model only.

    >>> from extractors import load_resources
    >>> attributed_header("Beratungsfolge dieser Vorlage am TOP ö nö Ergebnis", vocab(load_resources())).kinds
    ('body', 'date', 'top', 'public', 'public', 'other')
    """
    return header(text, v) or (_am_header(text, v) if " am " in text else None)


def column_words_only(text: str, v: Vocab) -> bool:
    """Whether a line holds column words only: the rest of a header wrapped over lines ("ö nö")."""
    words = _column_words(text, v)
    return bool(words) and words[-1][0] + len(words[-1][1]) >= len(text.rstrip(" :\t"))


BODY_WORD = "Gremium"  # a column word of the bodies, standing in for the filler words of a header


def _am_header(text: str, v: Vocab) -> Header | None:
    """ "Beratung im<TAB>am<TAB>Ö/N<TAB>Zuständigkeit", "in der Sitzung am TOP Ö/N": a header whose
    bodies' column holds only filler words (or nothing) before a date column "am"; read as if the
    bodies' column word stood there, with at least one column after the date.

    >>> from extractors import load_resources
    >>> h = header("Beratung im   am   Ö/N   Zuständigkeit", vocab(load_resources()))
    >>> h.kinds, h.starts
    (('body', 'date', 'public', 'role'), (0, 14, 19, 25))
    """
    m = v.am_header.match(text) if v.am_header is not None else None
    if m is None:
        return None
    cut = m.end("filler") if m.group("filler") else 0
    hdr = _header(BODY_WORD + text[cut:], v)
    if hdr is None or hdr.kinds[:2] != ("body", "date") or len(hdr.kinds) < 3:
        return None
    delta = cut - len(BODY_WORD)
    return Header(hdr.kinds, (0, *(s + delta for s in hdr.starts[1:])), hdr.mode, hdr.end + delta, hdr.marks)


@functools.lru_cache(maxsize=4096)
def _header(text: str, v: Vocab) -> Header | None:
    if "\t" in text:
        mode, parts = "tab", _cut(text, "\t")
    elif GAP.search(text.strip()):
        mode, parts = "gap", _cut(text, GAP)
    else:
        mode, parts = "tokens", _column_words(text, v)
    end = parts[-1][0] + len(parts[-1][1]) if parts else 0
    if len(parts) < 2 or any(len(p) > 40 for _, p in parts):
        return None
    kinds: list[str | None] = [column_kind(p, v) if p.strip() else None for _, p in parts]
    if kinds.count("body") >= 2 and kinds[0] == "body" and TITLE.match(parts[0][1]):
        kinds[0] = "title"  # "Beratungsfolge: Gremium Sitzung am ..."
    if (
        mode == "tokens"
        and len(parts) == 2
        and TITLE.match(parts[0][1])
        and "/" not in parts[1][1]
        and status(parts[1][1], v) is not None
    ):
        return None  # "Beratungsfolge: Ö 01.01.2012 Sozialausschuss ...": the heading and a row's status word
    if mode == "tokens":  # a word of a kind seen before opens the first row: "Gremium Datum Ausschuss für ..."
        cut = next(
            (
                j
                for j, k in enumerate(kinds)
                if k
                and k not in ("other", "title")
                and k in kinds[:j]
                and not _mark_pair(parts[kinds.index(k)][1], parts[j][1], v)
            ),
            None,
        )
        if cut is not None:
            kinds, parts = kinds[:cut], parts[:cut]
            end = parts[-1][0] + len(parts[-1][1])
            if len(parts) < 2:
                return None
    unknown = sum(1 for (_, p), k in zip(parts, kinds) if p.strip() and k is None)
    known = [k for k in kinds if k and k not in ("other", "title")]
    # "Gremium:\tSozialausschuss" is a key and its value, not two column headers
    labelled = any(p.rstrip().endswith(":") and k is None for (_, p), k in zip(parts, kinds[1:]))
    ok = known.count("body") == 1 and known.count("date") <= 1 and len(known) >= 2 and unknown <= 1
    # dates last: a table row with a date is seldom a header by its words, and dates cost most
    if not ok or labelled or find_dates(text, 0, end):
        return None
    if kinds[0] == "title":  # the heading is no column of the rows below it
        kinds, parts = kinds[1:], parts[1:]
    marks = tuple(
        (j, st[1])
        for j, (_, p) in enumerate(parts)  # columns "Ö" and "N" for marks
        if "/" not in p and (st := status(p, v)) and st[0] is None and st[1] is not None
    )
    return Header(tuple(kinds), tuple(a for a, _ in parts), mode, end, marks)


def _mark_pair(first: str, second: str, v: Vocab) -> bool:
    """Two public-status columns that hold marks, "Ö" and "N" or "ö" and "nö" (not "Ö/N" and "Ö")."""
    a, b = status(first, v), status(second, v)
    return (
        "/" not in first + second
        and a is not None
        and b is not None
        and a[0] is None
        and b[0] is None
        and a[1] is not None
        and b[1] is not None
        and a[1] != b[1]
    )


def _cut(text: str, sep: str | re.Pattern[str]) -> list[tuple[int, str]]:
    """(start, text) of the cells of a line; tabs keep empty cells, gaps do not."""
    if isinstance(sep, str):
        out, pos = [], 0
        for part in text.split(sep):
            out.append((pos, part))
            pos += len(part) + 1
        return out
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", text)]


def _column_words(text: str, v: Vocab) -> list[tuple[int, str]]:
    """The column header words at the start of a single-spaced line (the longest at each place)."""
    words: list[tuple[int, str]] = []
    pos = len(text) - len(text.lstrip())
    if not v.any_column.match(text, pos):  # most lines: prose
        return []
    while pos < len(text.rstrip()):
        if text[pos] == "(":  # a column word in brackets: "Beratungsfolge (Zuständigkeit)"
            found = [m.end() for _, p in v.columns if (m := p.match(text, pos + 1))]
            ends = [e + 1 for e in found if text[e : e + 1] == ")"]
        else:
            ends = [m.end() for p in v.column_words if (m := p.match(text, pos))]
            if not ends and words and (m := _COMPOUND.match(text, pos)) and _date_compound(m.group(), v):
                ends = [m.end()]  # a compound date column word after the first: "Gremium Zieltermin"
        if not ends:
            break
        words.append((pos, text[pos : max(ends)]))
        pos = max(ends) + len(text[max(ends) :]) - len(text[max(ends) :].lstrip(" :"))
    return words


def merge_header(first: str, second: str, v: Vocab) -> Header | None:
    """A header whose cells wrap onto a second line, or None."""
    hdr = header(first, v)
    a, b = GAP.split(first), GAP.split(second)
    if hdr is None or hdr.mode == "tokens" or len(a) != len(hdr.kinds):
        return None
    if not second.strip() or len(b) > len(a) or find_dates(second):
        return None
    if any(OPEN_END.search(p) for p in a) or not b[0].strip() or all(p[:1].islower() for p in b if p):
        kinds = [column_kind(x + " " + y, v) for x, y in zip(a, b + [""] * (len(a) - len(b)))]
        if "body" in kinds and sum(1 for k in kinds if k) >= 2:
            return Header(tuple(kinds), hdr.starts, hdr.mode, hdr.end, hdr.marks)
    return None
