"""consultation_vocab: what the words of a Beratungsfolge mean.

The compiled vocabulary of ``resources/bodies.yaml`` (body types, roles, status words,
column header words, key-value labels, meeting headings) and the readers of single cells
that use it: status cells, body names and types (a table's header lines are read in
``consultations.headers``). A body is recognised by its grammar: a phrase whose head word
is a body word ("...ausschuss", "...rat", "...beirat", "Kreistag", "Magistrat"; ``heads``
in the YAML).

    >>> from extractors import load_resources
    >>> has_head("Ortschaftsrat Hegnach", vocab(load_resources())), has_head("Referat 4", vocab(load_resources()))
    (True, False)
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from extractors.base import collapse, dehyphenate, section_patterns
from extractors.resources import Resources, typed
from pipeline.document import Span
from pipeline.errors import ResourceError
from pipeline.lang.de import markers
from pipeline.lang.de.dates import find_dates, find_iso_dates
from pipeline.records import Consultation
from pipeline.structure.tables import DECIDING, ROLE_OPENER
from pipeline.structure.tokens import TokenVocab

from .date_forms import abbreviated_dates, comb_dates, roman_dates

_NOTE_MARK = "[" + markers.FOOTNOTE_MARKS.replace("*", "") + "]?"

OPEN_END = re.compile(
    r"(?:\w-|[,&/]|\b(?:und|oder|für|der|des|den|dem|die|von|vom|im|in|zur|zum|mit|bzw\.|sowie"
    r"|an|auf|über|zu))\s*$"
)  # a line that goes on in the next one
_LEFTOVER = re.compile(r"[\s,;/()\[\]:.·\-–]+|\b(?:und|zur|zum|in|im|Sitzung)\b")
_SUPERSCRIPTS = markers.FOOTNOTE_MARKS.replace("*", "")  # a footnote's mark after a word
_NUMBERING = re.compile(
    r"^\s*(?:"
    + markers.charset(markers.ITEM_MARKS + markers.TIMELINE_NODES)
    + r"|\(?\d{1,2}[.)]|[a-z]\)|TOP\s*\d{1,3}(?:\.\d{1,2})*\.?(?=\s))\s*"
)  # a list's mark, a number, an agenda item's number ("TOP 10 Gemeinderat")
_GLUED_RULE = re.compile(r"^\s*-{3,}(?=[^\s-])")  # a rule above the row that pdftotext glued to its first cell
_TRAILING = re.compile(r"[\s,;:–-]*(?:\b(?:am|vom|den|im|in der|ab)\b[\s,;:–-]*)*$")
# the body's municipality in brackets after its name, as a council information system adds it:
# "Gemeinderat Walkertshofen (Gemeinde Walkertshofen)"
PLACE_KINDS = "Gemeinde|Stadt|Markt|Landkreis|Kreis|Samtgemeinde|Verbandsgemeinde"  # the kinds of a body's own place
_OWN_PLACE = re.compile(rf"\s*\((?:{PLACE_KINDS})\s[^()]+\)$")
# the code of the body's meeting in brackets after its name, digits and slashes in one word: "(HA/02/2027)"
_LINK_NUMBER = re.compile(markers.LINK_NUMBER)
_SESSION_CODE = re.compile(r"\s*\((?=[^\s()]*\d)(?=[^\s()]*/)[^\s()]+\)$")
# the body's sitting counted in brackets after its name, an ordinal and its noun: "Stadtrat (1. Lesung)"
_SITTING = re.compile(r"\s*\(\d{1,2}\.[ \t]?[^\W\d]+\)$")
# a remark in brackets after the name that dates another meeting, the one moved or replaced: "(verschoben vom 04.05.)",
# "(Ersatz für 08.07.2027)"; a name holds no date
_DATED_REMARK = re.compile(r"\s*\([^()\d]*\b[0-3]?\d\.[01]?\d\.(?:\d{2}(?:\d{2})?)?[^()\d]*\)$")
# ... or that parts its clauses by a semicolon, as no name's bracket does: "(Ursprungsfassung; Hinweise eingearbeitet)"
_CLAUSED_REMARK = re.compile(r"\s*\([^()]*;[^()]*\)$")


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
    step: re.Pattern[str] | None = None  # a first word naming a deadline or a dispatch: "Redaktionsschluss"
    fillers: re.Pattern[str] | None = None  # one filler word of a header ("zur", "Sitzung")
    units: re.Pattern[str] | None = None  # a header's first column of member municipalities ("Gemeinde")
    answers: tuple[tuple[bool, re.Pattern[str]], ...] = ()  # "ja" / "nein" under a status column
    places: tuple[tuple[str, re.Pattern[str]], ...] = ()  # a place column's words and a place name's (by id)
    joint: re.Pattern[str] | None = None  # the words after bodies meeting together ("in gemeinsamer Sitzung")
    lists: tuple[tuple[str, re.Pattern[str]], ...] = ()  # a list's label over meetings ("Verteiler:"), by kind
    station: re.Pattern[str] | None = None  # a processing history's station column ("Station")
    session_code: re.Pattern[str] | None = None  # a meeting's code ("HFA/06/2027"), its date in a calendar
    ditto: re.Pattern[str] | None = None  # a cell's ditto mark, alone in its cell ("〃", "dto.")
    proposal_verbs: tuple[tuple[str, re.Pattern[str]], ...] = ()  # a proposal's verbs: its body's role


_NON_WORD = re.compile(r"\W+")  # what a name's key leaves out


def _entries(data: typed.Bodies, key: str, wrap: str = "(?:{})") -> list[tuple[Any, re.Pattern[str]]]:
    """A list of ``bodies.yaml`` compiled with its entries' flags (their own, else the file's),
    each beside its value: a body type's type, a status's publicity, else the entry's id."""
    out = []
    for entry in getattr(data, key):
        value = getattr(entry, "value", getattr(entry, "type", entry.id))
        flags = data.flags if entry.flags is None else entry.flags
        out.append((value, re.compile(wrap.format(entry.pattern), flags)))  # each stands in a group (its schema)
    if not out:
        raise ResourceError(f"bodies.yaml: missing list {key!r}")
    return out


def vocab(res: Resources) -> Vocab:
    """The compiled vocabulary of ``bodies.yaml`` (built once per resource set)."""
    return res.compiled(_build_vocab)


def _build_vocab(res: Resources) -> Vocab:
    data = typed.bodies(res)
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
    labels = [(kind, p) for kind, p in all_labels if not kind.startswith(("block.", "list."))]
    any_column = re.compile("|".join(f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})" for _, p in columns))
    key_values = [(kind, re.compile(r"\s*" + p.pattern + r"\s*(?::\s*(?P<v>.*)|$)", re.I)) for kind, p in labels]
    # a status word may carry a footnote's mark ("nicht öffentlich¹"): the mark is the status cell's
    public = _entries(data, "public", r"(?<!\w)(?:{})[" + _SUPERSCRIPTS + r"]?(?!\w)")
    heads = "|".join(p.pattern for _, p in _entries(data, "heads"))
    tokens = TokenVocab(
        date_cells,
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
        # a section's heading ends the block, also numbered in Roman numerals ("I. Sachvortrag")
        [q for sid, p in sections if sid != "consultation" for q in (p, _roman(p))],
        any_column,
        key_values,
        # a column word may carry a footnote's mark ("Befassung¹"), its note under the table
        [re.compile("(?:" + p.pattern + ")" + _NOTE_MARK + r"(?=[\s:.,;]|$)", p.flags) for _, p in columns],
        tokens,
        # a head word ends a word, or a capital follows where words run together ("OrtsratNordstemmen")
        re.compile(r"[\wÄÖÜäöüß]*(?:" + heads + r")(?!(?-i:[a-zäöüß0-9_]))", re.I),
        re.compile("(?:" + "|".join(p.pattern for _, p in _entries(data, "head_exclusions")) + r")$", re.I),
        re.compile("|".join(p.pattern for _, p in _entries(data, "prose_subjects"))),
        _entries(data, "prose_verbs", r"\b(?:{})\b"),
        _inline_stop(res),
        body_type_ids=tuple(e.id for e in data.body_types),
        head_words=heads,
        gathering=re.compile(
            r"[\wÄÖÜäöüß]*(?:" + "|".join(p.pattern for _, p in _entries(data, "gatherings")) + r")\s*$", re.I
        ),
        step=re.compile(r"[\wÄÖÜäöüß]*(?:" + "|".join(p.pattern for _, p in _entries(data, "steps")) + ")", re.I),
        am_header=_am_header_pattern(_entries(data, "header_fillers"), _entries(data, "columns")),
        fillers=re.compile("|".join(p.pattern for _, p in _entries(data, "header_fillers")), re.I),
        units=re.compile("|".join(p.pattern for _, p in _entries(data, "unit_columns")), re.I),
        block_labels=tuple(
            (kind.removeprefix("block."), _block_label(p)) for kind, p in all_labels if kind.startswith("block.")
        ),
        answers=tuple(_entries(data, "answers")),
        places=tuple(_entries(data, "places")),
        joint=re.compile("|".join(p.pattern for _, p in _entries(data, "joint_sessions")), re.I),
        lists=tuple((kind.removeprefix("list."), p) for kind, p in all_labels if kind.startswith("list.")),
        station=re.compile("|".join(p.pattern for _, p in _entries(data, "stations")), re.I),
        session_code=re.compile(
            r"(?<![\w/-])(?:" + "|".join(p.pattern for _, p in _entries(data, "session_codes")) + r")(?![\w/])"
        ),
        proposal_verbs=tuple(_entries(data, "proposal_verbs", r"\b(?:{})")),
        # alone in its cell: after the line's start, a gap or a bar, before a gap, a bar or the line's end
        ditto=re.compile(
            r"(?:^|(?<=[ \t│|]{2})|(?<=^[ \t│|])|(?<=\t))(?:"
            + "|".join(p.pattern for _, p in _entries(data, "ditto_marks"))
            + r")(?=[ \t]{2}|[ \t]*[│|]|[ \t]*$)",
            re.M,
        ),
    )


def _roman(heading: re.Pattern[str]) -> re.Pattern[str]:
    """A section's heading after a Roman numeral and its full stop at the line's start ("I. Sachvortrag")."""
    return re.compile(r"^[ \t]*[IVX]{1,4}\.[ \t]+" + heading.pattern.removeprefix("^"), heading.flags)


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
    # or a filler word alone in its cell before a one-word date column ("Beratung   Tag", "Beratung Tag Behandlung")
    dates = "|".join(w for kind, p in columns if kind == "date" for w in p.pattern.split("|") if w.isalpha())
    apart = r"(?P<alone>" + words + r")(?:\t+|[ ]+)(?:" + dates + r")(?=[ \t])"
    return re.compile(r"(?:" + filler + r"(?:[ \t]+|(?<![^\t])\t)am(?=[ \t])|" + apart + r")")


def _block_label(label: re.Pattern[str]) -> re.Pattern[str]:
    """A whole line "Termin:  Mi, 08.02.2023" / "Gremium<TAB>Stadtrat": the label, then the value."""
    return re.compile(
        r"[ \t]*(?:"
        + markers.charset(markers.DASH_MARKS)
        + r"[ \t]*)?(?:"
        + label.pattern
        + r")[ \t]*(?::[ \t]*|\t[ \t]*|[ ]{2,})"
        r"(?P<v>\S.*?)[ \t]*",
        re.I,
    )


def _inline_stop(res: Resources) -> re.Pattern[str]:
    """Section headings other than the Beratungsfolge's, written with a colon inside a line:
    where a Beratungsfolge flattened into one line ends ("... 06.04.2022 Ö Betreff: ...")."""
    pats = [e.pattern for e in typed.sections(res).entries if e.id != "consultation" and "$" not in e.pattern]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?<=:)")


def date_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The dates of a table's cells: German dates, ISO dates as a council system prints them ("2027-05-11"),
    dates with the month in Roman numerals ("03.V.2027") and a form's comb-spaced dates ("0 4 . 0 5 . 2 0 2 7").

    >>> date_cells("Mo 03.V.2027   Stadtvorstand   Mi 23.VI.2027", 0, 44)
    [(3, 12, '2027-05-03'), (34, 44, '2027-06-23')]
    """
    found = [(d.start, d.end, d.iso) for d in find_dates(text, start, end, months=True)]
    found += [(d.start, d.end, d.iso) for d in find_iso_dates(text, start, end)]
    found += [*roman_dates(text, start, end), *abbreviated_dates(text, start, end), *comb_dates(text, start, end)]
    return sorted(found)


def heads(text: str, v: Vocab) -> list[re.Match[str]]:
    """The words of ``text`` that are body head words ("Sozialausschuss", "Rat", not "Referat").

    >>> from extractors import load_resources
    >>> [m.group() for m in heads("Referat 4 an den Ortschaftsrat Hegnach", vocab(load_resources()))]
    ['Ortschaftsrat']
    """
    return list(_heads(text, v))


@functools.lru_cache(maxsize=4096)  # the table readers, the forms and the misses ask of the same lines
def _heads(text: str, v: Vocab) -> tuple[re.Match[str], ...]:
    return tuple(
        m
        for m in v.head.finditer(text)
        if not v.not_head.search(m.group())
        and (m.start() == 0 or not text[m.start() - 1].isalnum())
        and not (m.group().isupper() and text[m.end() : m.end() + 1].isupper())  # "INTEGRATION": no "RAT" inside
    )


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


def step_only(body: str, v: Vocab) -> bool:
    """Whether a row's name is a step of the procedure and no body: a first word naming a deadline or a dispatch
    and no body's head word ("Redaktionsschluss Sitzungsunterlagen", "Versand der Einladung"), as a schedule of
    meetings lists them among its rows.

    >>> from extractors import load_resources
    >>> v = vocab(load_resources())
    >>> step_only("Redaktionsschluss Sitzungsunterlagen", v), step_only("Abgabefrist", v)
    (True, True)
    >>> step_only("Integrationsforum", v), step_only("Schlussberatung im Ausschuss", v)
    (False, False)
    """
    words = body.split()
    return bool(words) and v.step is not None and v.step.fullmatch(words[0]) is not None and not has_head(body, v)


CANCELLED = "cancelled"  # the result of a meeting that does not take place (``results`` in ``resources/bodies.yaml``)


def cancelled(values: Iterable[tuple[str, Any]]) -> bool:
    """Whether a row's cells, as (kind, value), name its meeting cancelled ("– entfällt –"): no consultation."""
    return any(kind == "result" and value == CANCELLED for kind, value in values)


def status(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """(role, public) when the text holds only role and status words, else None; of several
    roles the deciding one wins."""
    role, public, found, rest = None, None, False, text
    for rid, pat in v.roles:
        if pat.search(rest):
            role, found, rest = DECIDING if rid == DECIDING else role or rid, True, _ordinal(pat).sub(" ", rest)
    for value, pat in v.public:
        if pat.search(rest):
            public, found, rest = value if public is None else public, True, pat.sub(" ", rest)
    return (role, public) if found and not _LEFTOVER.sub("", rest) else None


@functools.lru_cache(maxsize=64)
def _ordinal(role: re.Pattern[str]) -> re.Pattern[str]:
    """A role word with the ordinal of its reading before it ("Vorberatung, 2. Befassung")."""
    return re.compile(r"(?:(?<!\S)\d{1,2}\.[ \t]*)?(?:" + role.pattern + ")", role.flags)


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


def consultation(
    body: str,
    v: Vocab,
    *,
    span: Span,
    meeting_date: str | None = None,
    role: str | None = None,
    public: bool | None = None,
    method: str,
) -> Consultation:
    """A consultation of ``body``: its type and the body_types entry that gives it read from the name."""
    return Consultation(
        span=span,
        body=body,
        body_type=body_type(body, v),
        rule_id=body_entry(body, v),
        meeting_date=meeting_date,
        role=role,
        public=public,
        method=method,
    )


def renamed(rec: Consultation, body: str, v: Vocab) -> Consultation:
    """A consultation with another body's name, its type and the entry that gives it read anew."""
    return dataclasses.replace(rec, body=body, body_type=body_type(body, v), rule_id=body_entry(body, v))


def squash(text: str) -> str:
    """A name as a key: case and everything but letters and digits left out, so that one name set
    two ways ("Kinder- und Jugendhilfeausschuss", "Kinder und Jugendhilfeausschuss") is one."""
    return _NON_WORD.sub("", text.casefold())


_BARS = re.compile("[" + re.escape(markers.ASCII_BARS + markers.DRAWN_BARS) + "]")


_EDGES = " \t,;:" + markers.CELL_SEPARATORS + markers.DOWN_ARROWS  # never a name's first or last character


def clean_body(text: str) -> str:
    """A body name as written: wrapped lines joined, numbering and 'am'/'vom' removed; a body
    name never holds a column bar, so what follows one is another cell.

    >>> clean_body("1. Kinder- und Jugendhilfeaus-\\nschuss am")
    'Kinder- und Jugendhilfeausschuss'
    >>> clean_body("Gemeinderat | Sitzung am:")
    'Gemeinderat'
    >>> clean_body("Gemeinderat Walkertshofen (Gemeinde Walkertshofen)")
    'Gemeinderat Walkertshofen'
    >>> clean_body("Werkausschuss zur")  # the role word after it read as a cell of its own
    'Werkausschuss'
    >>> clean_body("Sozialausschuss │ 13.04.27")  # a drawn box's bar
    'Sozialausschuss'
    >>> clean_body("▸ Jugendhilfeausschuss ↓")  # a path's separator and its arrow down to the next step
    'Jugendhilfeausschuss'
    >>> clean_body("Hauptausschuss (HA/02/2027)")  # the meeting's code in brackets
    'Hauptausschuss'
    >>> clean_body("[11]Senat der Hansestadt")  # a text browser's link number
    'Senat der Hansestadt'
    >>> clean_body("-----------1. Migrationsbeirat")  # the rule above the row glued to its first cell
    'Migrationsbeirat'
    >>> clean_body("Stadtrat (2. Lesung)")  # the sitting counted
    'Stadtrat'
    >>> clean_body("Ausschuss für Soziales\\nund Kultur (verschoben vom 04.05.)")  # the meeting it replaces
    'Ausschuss für Soziales und Kultur'
    >>> clean_body("Seniorenbeirat (erste Fassung; Hinweise aufgenommen)")  # a remark's clauses
    'Seniorenbeirat'
    """
    text = _LINK_NUMBER.sub("", _BARS.split(text, 1)[0])
    text = _TRAILING.sub("", _NUMBERING.sub("", _GLUED_RULE.sub("", collapse(dehyphenate(text))))).strip(_EDGES)
    text = _CLAUSED_REMARK.sub("", _DATED_REMARK.sub("", _SITTING.sub("", _SESSION_CODE.sub("", text))))
    return ROLE_OPENER.sub("", _OWN_PLACE.sub("", text))  # "Werkausschuss zur" before its role


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
