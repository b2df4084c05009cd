"""Letterheads: where the issuer names itself at the top of the first page or in the running
header of every page. 'Stadt X' / 'Landratsamt X' starting a line or a cell of the header, its
kind and name in two rows of a column ("Landeshauptstadt" / "München"), a name that names itself
("Berlin"), a document type glued to the name ("Landeshauptstadt HannoverBeschlussdrucksache"),
a letterhead's two columns flattened into single spaces ("Hanse- und Universitätsstadt Vorlage" /
"Rostock 2023/BV/4187"), an office's unknown seat ("Landratsamt Pirna"), and a letterhead of
place names (the villages of a municipality whose letterhead is an image, extracted as text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, CLASSES, NAME_LINKS, words
from pipeline.structure import Line, View, cell_below, header_cells, is_page_number, is_rule

from .evidence import LETTERHEAD, PARTIAL_LETTERHEAD, PLACE_LIST, UNKNOWN_LETTERHEAD, Evidence
from .gazetteer import _CONNECTORS, Gazetteer, Place, Resolution
from .place_names import Vocabulary, kind_key, kind_of, named_with_kind, read_name, unknown_name

_ADDRESSEE = re.compile(r"(?i)^\W*(?:an(?:\s+d(?:ie|en|as))?|herrn|frau|zu\s+händen|z\.\s?hd\.?)\W*$")

_WORD_RUN = re.compile(r"\S+")
_ONE_OR_TWO_WORDS = re.compile(r"\S+|\S+ \S+")


def from_first_words(lines: list[Line]) -> list[Line]:
    """The header's lines from its first line of words: the rules drawn over the letterhead and the
    blank lines between them ("=====" / "" / "=====": a rule a PDF's text layer wrapped) are none of its lines."""
    k = next((k for k, ln in enumerate(lines) if ln.text.strip() and not is_rule(ln.text)), len(lines))
    return lines[k:]


def running_lines(sv: View, header_end: int) -> list[Line]:
    """Running headers and footers after the header (page numbers left out)."""
    return [
        sv.lines[i]
        for i in sorted(sv.furniture)
        if sv.lines[i].start >= header_end and not is_page_number(sv.lines[i].text)
    ]


def letterheads(
    text: str, header: list[Line], gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str], running: bool = False
) -> Iterator[Evidence]:
    """'Stadt X' / 'Landratsamt X' starting a line or a cell of the header (the name may stand
    on the next line: "Landeshauptstadt" / "München"); with ``running``, the lines are running
    headers and footers ("Stadt Musterstadt · Fachbereich Soziales" on every page). At most one
    piece of evidence per cell; not a line after an addressee's ("An die" / "Stadt X")."""
    previous = ""
    for n, line in enumerate(header):
        if not line.text.strip():
            continue
        addressed = bool(_ADDRESSEE.match(previous))
        named_on = _name_goes_on(previous)
        previous = line.text
        if addressed:
            continue
        for k, (start, end, cell) in enumerate(header_cells(line)):
            if cell.lstrip(" \t" + markers.LINE_MARKS)[:1].islower():
                continue  # the rest of a wrapped word ("Land-" / "kreis Hildesheim"), never a letterhead
            if k == 0 and named_on:
                continue  # a name's rest in a table's cell ("Ausschuss für Senioren der" / "Gemeinde X")
            if (field := voc.number_field.search(cell)) is not None and cell[: field.start()].strip():
                end, cell = start + field.start(), cell[: field.start()]  # "Kreis X Vorlagen-Nr. : 0815/XI"
            if not running and n < ASSOCIATION_LINES and (found := association(text, start, end, cell, voc)):
                yield found
                continue
            found = _letterhead_cell(text, header, n, (start, end, cell), gaz, voc, hints, running)
            if found is None and (cut := spaced_type(cell, voc)) is not None:
                # "Region Musterland Beschlussvorlage": the letterhead and the type one space apart
                found = _letterhead_cell(text, header, n, (start, start + cut, cell[:cut]), gaz, voc, hints, running)
            if found is None and (cut := column_beside(cell)) is not None and not _kind_alone(cell[:cut], voc):
                # "Altmarkkreis Salzwedel B E S C H L U S S V O R L A G E", "KREIS X Vorlage des …":
                # the column beside the name one space after it
                found = _letterhead_cell(text, header, n, (start, start + cut, cell[:cut]), gaz, voc, hints, running)
            if found is not None:
                yield found


_LINKS = frozenset(NAME_LINKS)
_OPENING = words(*ARTICLES)


CELL_LINE = 40  # characters of a line of a narrow table cell


def _name_goes_on(line: str) -> bool:
    """Whether a line of a narrow cell ends in a name's link word that its next line goes on from
    ("Senioren der" / "Gemeinde X", a body's name wrapped in its cell); an office over its
    municipality opens with its article ("Der Bürgermeister der" / "Stadt X"): its next line is the
    issuer's name; a line of prose is no cell.

    >>> _name_goes_on("   Senioren der"), _name_goes_on("Der Bürgermeister der"), _name_goes_on("Stadt X")
    (True, False, False)
    >>> _name_goes_on("Im Jahr 2022 beschloss der Gemeinderat die Gründung der")
    False
    """
    written = line.split()
    return (
        1 < len(written)
        and len(line.strip()) <= CELL_LINE
        and written[-1] in _LINKS
        and written[0].lower() not in _OPENING
    )


_FUNCTION_WORDS = words(*ARTICLES, "prepositions", "contractions", "conjunctions")
ASSOCIATION_LINES = 3  # an association's letterhead stands in the header's first lines
# a name in capitals whose function words are a place name's linking word ("ANNWEILER AM TRIFELS") or the
# Amt's members after it ("GRANSEE UND GEMEINDEN"): the linking words stay lower case
_LINKED = re.compile(
    r"[A-ZÄÖÜ-]{2,}(?:[ \t]+(?:AM|AN[ \t]+DER|IM|IN[ \t]+DER|OB[ \t]+DER)[ \t]+[A-ZÄÖÜ-]{2,}|[ \t]+UND[ \t]+GEMEINDEN)"
    r"(?:[ \t]+UND[ \t]+GEMEINDEN)?"
)


def _capitalised(word: str) -> str:
    """A word in capitals as the register writes it: "BAD-BENTHEIM" as "Bad-Bentheim"."""
    return "-".join(part.capitalize() for part in word.split("-"))


_OFFICE_ENDS = ("amt", "verwaltung", "dienst", "referat", "bereich", "abteilung", "wesen", "angelegenheiten")


def association(text: str, start: int, end: int, cell: str, voc: Vocabulary) -> Evidence | None:
    """An association of municipalities naming itself in a whole cell of the letterhead
    ("Verbandsgemeindeverwaltung Wittlich-Land", "Amt Crivitz"): the association by its kind and
    name, which the register of towns does not hold; an office's name ("Amt Bauverwaltung") is none.
    A document type one space after the name is the column beside it, flattened ("Amt Crivitz
    Informationsvorlage"): no part of the name."""
    cut = spaced_type(cell, voc)
    cell = cell if cut is None else cell[:cut]
    m = voc.association.fullmatch(cell)
    if m is None or m["name"].lower().endswith(_OFFICE_ENDS) or voc.doc_type.fullmatch(m["name"]):
        return None
    written = m["name"].split()
    if m["name"].isupper():  # "SAMTGEMEINDE BAD BENTHEIM": the name as the register writes names
        linked = _LINKED.fullmatch(m["name"])  # "ANNWEILER AM TRIFELS", "GRANSEE UND GEMEINDEN"
        if any(w.lower() in _FUNCTION_WORDS for w in written) and linked is None:
            return None  # "AMT FÜR SOZIALES": an office
        written = [w.lower() if linked and w.lower() in _FUNCTION_WORDS else _capitalised(w) for w in written]
    name = f"{voc.associations[m['word'].lower()]} {' '.join(written)}"
    at = start + m.start("word")
    return Evidence(Resolution(name, "Gemeinde"), cell.strip(), at, start + m.end("name"), LETTERHEAD, "letterhead")


def _letterhead_cell(
    text: str,
    header: list[Line],
    n: int,
    at: tuple[int, int, str],
    gaz: Gazetteer,
    voc: Vocabulary,
    hints: frozenset[str],
    running: bool,
) -> Evidence | None:
    """The letterhead a cell ``at`` (start, end, text) of line ``n`` of the header holds: cut at a
    type glued to its name, its two columns flattened over the next line, its kind over its name
    in a column, or its kind and name on the cell (the name maybe on the next line)."""
    start, end, cell = at
    line = header[n]
    glued = glued_type(cell, voc)
    if glued is not None:  # "Landeshauptstadt HannoverBeschlussdrucksache": the name ends at the type
        end, cell = start + glued, cell[:glued]
    limit = end
    if not running and n + 1 < len(header) and (flat := _flat_columns(text, cell, header[n + 1], gaz, voc, hints)):
        return flat
    kind_word = _kind_only(cell)
    if not running and kind_word is not None and kind_key(kind_word) in voc.kinds and n + 1 < len(header):
        following = header[n + 1]
        if end != line.end:  # a column of the letterhead: the name stands under the kind
            return _name_under_kind(text, line, start, following, kind_word, gaz, voc, hints)
        limit = following.start + len(following.text.split("\t")[0])
    elif not running and end == line.end and n + 1 < len(header) and _open_name(cell):
        following = header[n + 1]  # "STADTVERWALTUNG NEUSTADT AN DER" / "WEINSTRASSE": the name wrapped
        limit = following.start + len(following.text.split("\t")[0])
    return _kind_and_name(text, (start, limit, cell), n, gaz, voc, hints, running)


def _open_name(cell: str) -> bool:
    """Whether a cell ends in a word that links a place's name to its rest ("Neustadt an der", "Frankfurt am")."""
    words = cell.split()
    return len(words) > 1 and words[-1].lower() in _CONNECTORS


def _name_under_kind(
    text: str,
    line: Line,
    start: int,
    following: Line,
    kind_word: str,
    gaz: Gazetteer,
    voc: Vocabulary,
    hints: frozenset[str],
) -> Evidence | None:
    """The name in the cell under a kind standing alone in a column of the letterhead
    ("Landeshauptstadt      Vorlage" over "München      2023/0815"), when the cell holds nothing else."""
    below = cell_below(line, start, following)
    if below is None:
        return None
    kind, _ = kind_of(voc, kind_word)
    got = read_name(text, below[0], below[1], gaz, kind, hints, kind_word)
    if got is None or text[got[1] : below[1]].strip():
        return None
    resolution, name_end = got
    return Evidence(resolution, text[below[0] : name_end], below[0], name_end, LETTERHEAD, "letterhead")


def _kind_and_name(
    text: str,
    at: tuple[int, int, str],
    n: int,
    gaz: Gazetteer,
    voc: Vocabulary,
    hints: frozenset[str],
    running: bool,
) -> Evidence | None:
    """The kind and the name from ``at`` (start, limit, cell) on: a name that names itself
    without a kind ("Berlin"), a kind and a name the gazetteer knows (partial where more follows
    it on the cell, or on a running line), or an office's seat it does not know ("Landratsamt
    Pirna") in the first lines of the header."""
    start, limit, cell = at
    m = voc.kind_start.match(text, start, limit)
    if m is None:
        place = gaz.self_named(cell.strip(" \t" + markers.LINE_MARKS))
        if place is None:
            return None
        at_name = start + len(cell) - len(cell.lstrip(" \t" + markers.LINE_MARKS))
        written = cell.strip(" \t" + markers.LINE_MARKS)
        return Evidence(
            Resolution(place.name, place.type, place),
            written,
            at_name,
            at_name + len(written),
            LETTERHEAD,
            "letterhead",
        )
    kind, mtype = kind_of(voc, m["kind"])
    name_at = m.end()
    got = named_with_kind(text, m.start("kind"), limit, gaz, hints)  # "Markt Schwaben", "Stadt Wehlen"
    if got is not None:
        name_at = m.start("kind")
    else:
        got = read_name(text, m.end(), limit, gaz, kind, hints, m["kind"])
    if got is not None:
        resolution, name_end = got
        rest = text[name_end:limit]
        exact = not rest.strip() or re.match(r"\s*,\s*(?:den\b|\d|$)", rest)
        weight = LETTERHEAD if exact and not running else PARTIAL_LETTERHEAD
        return Evidence(resolution, text[name_at:name_end], name_at, name_end, weight, "letterhead")
    unknown_end = unknown_name(text, m.end(), limit)
    if (
        unknown_end is not None
        and not text[unknown_end:limit].strip()
        and n < 12
        and not running
        and not gaz.knows(text[m.end() : unknown_end])
        and not voc.doc_type.fullmatch(text[m.end() : unknown_end])
    ):  # "Landratsamt Pirna": the office's seat; not the type of a letterhead's other
        # column run into it ("Hanse- und Universitätsstadt      Vorlage" flattened)
        written = text[m.end() : unknown_end]
        return Evidence(Resolution(written, mtype), written, m.end(), unknown_end, UNKNOWN_LETTERHEAD, "letterhead")
    return None


_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß]+\s*$)")


def glued_type(cell: str, voc: Vocabulary) -> int | None:
    """Where a document type glued to the letterhead's name starts in ``cell`` (the letterhead and
    the type set side by side, extracted without a space: "Landeshauptstadt HannoverBeschlussdrucksache"),
    or None.

    >>> from extractors import load_resources
    >>> from extractors.metadata.gazetteer import gazetteer
    >>> from extractors.metadata.place_names import vocabulary
    >>> res = load_resources()
    >>> voc = vocabulary(res, gazetteer(res))
    >>> glued_type("Stadt BocholtSitzungsvorlage", voc), glued_type("Stadt Bocholt", voc), glued_type("McDonald", voc)
    (13, None, None)
    """
    for m in _GLUED.finditer(cell):
        if _type_word(cell[m.start() :].strip(), voc):
            return m.start()
    return None


def _type_word(word: str, voc: Vocabulary) -> bool:
    """Whether a word is a document type or ends in one ("Beschlussdrucksache")."""
    return any(voc.doc_type.fullmatch(word[k:]) for k in range(len(word) - 4))


# a word set letter-spaced, a heading's display face ("B E S C H L U S S V O R L A G E")
LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){4,}[^\W\d_](?!\S)")
_UPPER_WORD = re.compile(r"[^\W\d_a-zäöü]{2,}(?:-[^\W\d_a-zäöü]+)*")  # "KREIS", "WERRA-MEISSNER-KREIS"
_MIXED_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]")


def column_beside(cell: str) -> int | None:
    """Where the column beside a letterhead's name starts in ``cell`` when the gap between them was
    flattened to one space: at a letter-spaced word after the name ("Altmarkkreis Salzwedel
    B E S C H L U S S V O R L A G E"), or at the first word in mixed case after a name set in
    capitals ("WERRA-MEISSNER-KREIS Vorlage des Kreisausschusses"); None where neither stands there.

    >>> column_beside("Kreis Musterland B E S C H L U S S V O R L A G E"), column_beside("Kreis Musterland")
    (16, None)
    >>> column_beside("MUSTERKREIS Vorlage des Kreisausschusses"), column_beside("Stadt Musterstadt Vorlage")
    (11, None)
    >>> column_beside("B E S C H L U S S V O R L A G E"), column_beside("MUSTERKREIS")
    (None, None)
    """
    m = LETTER_SPACED.search(cell)
    if m is not None:
        return m.start() - 1 if cell[: m.start()].strip() else None
    words = list(_WORD_RUN.finditer(cell))
    k = next((k for k, w in enumerate(words) if not _UPPER_WORD.fullmatch(w[0])), 0)
    if k == 0 or not _MIXED_WORD.match(words[k][0]):
        return None
    return words[k].start() - 1


# the type may carry its number after it ("Verbandsgemeindeverwaltung Musterland Vorlage VG/0012/2031")
_SPACED = re.compile(r"(?<=[^\W\d_]) (?=(?P<type>[A-ZÄÖÜ][a-zäöüß]+)(?:[ \t]+(?:Nr\.[ \t]*)?[^\s\d]*\d\S*)?\s*$)")


def spaced_type(cell: str, voc: Vocabulary) -> int | None:
    """Where a document type set one space after the letterhead's name ends ``cell`` (the letterhead
    and the type side by side, their gap flattened to a space: "Region Musterland Beschlussvorlage"),
    or None; the name before it has two words or more.

    >>> from extractors import load_resources
    >>> from extractors.metadata.gazetteer import gazetteer
    >>> from extractors.metadata.place_names import vocabulary
    >>> res = load_resources()
    >>> voc = vocabulary(res, gazetteer(res))
    >>> spaced_type("Stadt Bocholt Sitzungsvorlage", voc), spaced_type("Stadt Bocholt", voc)
    (13, None)
    >>> spaced_type("Stadt Bocholt Sitzungsvorlage 2031/118", voc), spaced_type("Stadt Bocholt Sozialamt 12", voc)
    (13, None)
    >>> spaced_type("GEMEINDE BORKEN Sitzungsvorlage", voc)
    15
    """
    m = _SPACED.search(cell)
    if m is None or len(cell[: m.start()].split()) < 2 or not _type_word(m["type"], voc):
        return None
    return m.start()


# a name in a letterhead of place names: capitalised, run together with the next ("GroßEscherde")
# or wrapped with a hyphen ("Burgstem-" / "men", "Groß E-" / "scherde")
_LIST_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:-?[A-ZÄÖÜ][a-zäöüß]*)*-?")
_LIST_REST = re.compile(r"[a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]+)*")  # the rest of a wrapped name (and the next)
_LIST_PART = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?![a-zäöüß-])")  # a whole name, also run together ("GroßEscherde")
MAX_LIST_NAMES = 6  # on one line
_FUNCTION_WORDS = words(*CLASSES)  # "und", "für": never the rest of a wrapped name


def _list_rest(token: str) -> bool:
    """The lower-case rest of a name wrapped on the line above, wherever the columns of the
    letterhead put it on its line ("Burgstem- scherde" / "men Mahlerten"); a function word is
    none ("Innere Dienste und Finanzen" under "Bar-")."""
    return bool(_LIST_REST.fullmatch(token)) and token.lower() not in _FUNCTION_WORDS


MIN_LIST_NAMES, MIN_LIST_LINES = 6, 3  # in the letterhead


def place_list(text: str, header: list[Line], gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]) -> list[Evidence]:
    """A letterhead of place names at the top of the first page: lines made only of capitalised
    names, no kind word among them ("Stadt", "Landratsamt"), at least MIN_LIST_LINES lines and
    MIN_LIST_NAMES names ("Adensen Heyersum" / "Nordstemmen Barnten Klein Escherde" / …, the
    villages of a municipality whose letterhead is an image; one name a line and blank lines between
    groups of them, as text exports set its columns). The issuer is the one municipality
    the gazetteer knows among the names (a name or two names in a row), when exactly one place
    is named so; nothing when none or several are, or a name stands for several places."""
    block: list[Line] = []
    wrapped = False
    for line in header:
        tokens = line.text.split()
        if not tokens:  # blank lines between its groups, as text exports set a list's columns apart
            continue
        if (
            len(tokens) > MAX_LIST_NAMES
            or not all(_LIST_NAME.fullmatch(t) or wrapped and _list_rest(t) for t in tokens)
            or any(kind_key(t) in voc.kinds for t in tokens)
        ):
            break
        block.append(line)
        wrapped = any(t.endswith("-") for t in tokens)
    if len(block) < MIN_LIST_LINES or sum(len(ln.text.split()) for ln in block) < MIN_LIST_NAMES:
        return []
    named: dict[Place, tuple[int, int]] = {}
    for line in block:
        words = list(_LIST_PART.finditer(line.text))
        for i, first in enumerate(words):
            for last in words[i : i + 2]:
                written = line.text[first.start() : last.end()]
                if not _ONE_OR_TWO_WORDS.fullmatch(written) or not gaz.knows(written):
                    continue
                resolution = gaz.resolve(written, None, hints)
                if resolution is None or resolution.place is None or resolution.place.is_district:
                    return []  # a name of several places, or a district: no list of one municipality
                named.setdefault(resolution.place, (line.start + first.start(), line.start + last.end()))
    if len(named) != 1:
        return []
    place, (start, end) = next(iter(named.items()))
    return [Evidence(Resolution(place.name, place.type, place), text[start:end], start, end, PLACE_LIST, "letterhead")]


_JOINED_TITLE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[ \t]+und[ \t]+")  # "Hanse- und Universitätsstadt"


# what stands right of a letterhead's name in the column beside it: a document number or nothing
_BESIDE_NAME = re.compile(r"\s*(?:\S*\d\S*)?\s*$")


def _flat_columns(
    text: str, cell: str, following: Line, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]
) -> Evidence | None:
    """A letterhead's two columns flattened into single spaces: the kind word (or title) with the
    document type beside it, over the name with the document number beside it ("Hanse- und
    Universitätsstadt Vorlage" / "Rostock 2023/BV/4187")."""
    words = cell.split()
    if len(words) < 2 or not voc.doc_type.fullmatch(words[-1]):
        return None
    kind_word = _kind_only(cell[: cell.rstrip().rfind(" ")])
    if kind_word is None or kind_key(kind_word) not in voc.kinds:
        return None
    kind, _ = kind_of(voc, kind_word)
    line_end = following.start + len(following.text.split("\t")[0])
    got = read_name(text, following.start, line_end, gaz, kind, hints, kind_word)
    if got is None or not _BESIDE_NAME.fullmatch(text, got[1], line_end):
        return None
    resolution, name_end = got
    return Evidence(resolution, text[following.start : name_end], following.start, name_end, LETTERHEAD, "letterhead")


def _kind_alone(cell: str, voc: Vocabulary) -> bool:
    """Whether a cell holds a kind word and nothing else ("LANDKREIS")."""
    kind_word = _kind_only(cell)
    return kind_word is not None and kind_key(kind_word) in voc.kinds


def _kind_only(cell: str) -> str | None:
    """The kind word of a cell that holds a kind and nothing else ("Landeshauptstadt",
    "Hanse- und Universitätsstadt" → "Universitätsstadt"), as written; else the stripped cell."""
    c = cell.strip(" \t" + markers.LINE_MARKS)
    return _JOINED_TITLE.sub("", c, count=1) if c else None
