"""The issuing municipality of a document, read from where the issuer names itself.

Only the issuer counts, never a town the text merely mentions or an address:

- a letterhead line or cell in the header: "Stadt Leverkusen", "Landkreis Lörrach",
  "Große Kreisstadt Waiblingen", "Landeshauptstadt München", "Landratsamt Lörrach",
  "STADT ERLANGEN";
- an office or council naming its municipality: "Der Oberbürgermeister der Stadt Landshut",
  "Der Landrat des Landkreises Lörrach", "Magistrat der Stadt Kassel", "Rat der Stadt
  Leverkusen" (in the header, the Beratungsfolge or the decision proposal; a body of the
  Beratungsfolge such as 'Betriebsausschuss "Heime des Landkreises Lörrach"' too);
- the document's place and date line: "Stadt Landshut, den 13.11.2024", "Waiblingen, 20.11.2017";
- a letterhead of place names (a municipality set as an image with the names of its villages,
  extracted as text): the one municipality the gazetteer knows among the names;
- last, the subject naming the municipality whose matter it is ("Integrationskonzept der
  Stadt Landau in der Pfalz") when the text names it again.

Each name is looked up in the national gazetteer (:mod:`extractors.metadata.gazetteer`), which gives
type, state and AGS and decides between places of the same name by the issuer's word
(Stadt, Gemeinde, Markt, Landkreis) and the document's bodies (Kreistag, Stadtrat). A name
the gazetteer gives to several places keeps state and AGS empty; a word after "Stadt" that
is no place is not a municipality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extractors.base import Section
from extractors.german.closed_class import CLASSES, words
from extractors.resources import Resources
from pipeline.structure import Line, View, cell_below, header_cells, is_page_number

from .gazetteer import Gazetteer, Place, Resolution, gazetteer, name_key
from .place_names import (
    PlaceDate,
    Vocabulary,
    body_hints,
    kind_key,
    kind_of,
    named_with_kind,
    place_date_lines,
    read_name,
    unknown_name,
    vocabulary,
)

LETTERHEAD, OFFICE_HEADER, PLACE_DATE_HEADER, PLACE_DATE_BARE_HEADER = 10, 10, 10, 8
BODY, PLACE_DATE, PLACE_DATE_BARE, UNKNOWN_LETTERHEAD, PARTIAL_LETTERHEAD = 6, 5, 4, 6, 5
SUBJECT, MENTION, MIN_WEIGHT = 2, 1, 3
RUNNING, RUNNING_MAX, ADJECTIVE, ADJECTIVE_MAX = 2, 4, 1, 3
PLACE_LIST = 6
_ADDRESSEE = re.compile(r"(?i)^\W*(?:an(?:\s+d(?:ie|en|as))?|herrn|frau|zu\s+händen|z\.\s?hd\.?)\W*$")


@dataclass(frozen=True)
class Evidence:
    """One place where the issuer names itself."""

    resolution: Resolution
    written: str
    start: int
    end: int
    weight: int
    method: str  # letterhead, council_body, place_date, subject


def find_issuer(
    sv: View,
    res: Resources,
    sections: list[Section],
    header_end: int,
    dated: list[PlaceDate] | None = None,
    hints: frozenset[str] | None = None,
) -> Evidence | None:
    """The best-supported issuer of the document, or None; ``dated`` are the document's place
    and date lines (:func:`place_date_lines`) and ``hints`` its :func:`body_hints` when already
    read."""
    gaz = gazetteer(res)
    voc = vocabulary(res, gaz)
    if hints is None:
        hints = body_hints(sv.text, sections, header_end, voc)
    found = list(letterheads(sv.text, sv.lines_in(0, header_end), gaz, voc, hints))
    found += letterheads(sv.text, running_lines(sv, header_end), gaz, voc, hints, running=True)
    found += place_list(sv.text, sv.lines_in(0, header_end), gaz, voc, hints)
    found += offices(sv.text, sections, header_end, gaz, voc, hints)
    if dated is None:
        dated = place_date_lines(sv, res, sections, header_end, hints)
    found += place_dates(dated, header_end)
    best = choose(found, gaz, hints)
    if best is not None:
        return best
    best = choose(subject_mentions(sv.text, sections, header_end, gaz, voc, hints), gaz, hints)
    if best is not None:
        return best
    # no letterhead in the text (an image): the one place the running text names as a
    # municipality, with its kind or council and by its adjective too (either alone may be a
    # partner: "Vereinbarung mit der Stadt Bonn"; both name the issuer's own matters)
    running = running_mentions(sv.text, gaz, voc, hints)
    adjective = adjectives(sv.text, gaz, res["metadata"]["place_adjectives"])
    if running and adjective and same_place(running[0], adjective[0].resolution, adjective[0].written, gaz):
        return choose(running + adjective, gaz, hints)
    return None


def running_mentions(text: str, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]) -> list[Evidence]:
    """The municipality the running text names with its kind or its council ("die Gemeinde
    Nordstemmen", "des Rates der Gemeinde Nordstemmen"), when it is the only one named so (the
    district it lies in aside): RUNNING per mention, at most RUNNING_MAX, so that one mention
    alone does not decide. Nothing when the text names two municipalities so."""
    named: list[Evidence] = []
    for m in voc.mention.finditer(text):
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(text, m.end(), min(len(text), m.end() + 80), gaz, kind, hints, m["kind"])
        if got is not None:
            named.append(Evidence(got[0], text[m.end() : got[1]], m.end(), got[1], RUNNING, "running_text"))
    return only_one(named, RUNNING_MAX)


def only_one(named: list[Evidence], most: int) -> list[Evidence]:
    """The evidence of the one municipality among ``named`` (districts that hold it aside),
    its weights summed up to ``most``; nothing when ``named`` names more than one."""
    towns = {e.resolution.place or e.resolution.name for e in named if not is_district(e)}
    if len(towns) != 1:
        return []
    town = next(iter(towns))
    if any(
        is_district(e)
        and (not isinstance(town, Place) or e.resolution.place is None or town.district != e.resolution.place.ags)
        for e in named
    ):
        return []  # a district it does not lie in
    own = [e for e in named if not is_district(e)]
    first = own[0]
    return [
        Evidence(
            first.resolution, first.written, first.start, first.end, min(most, sum(e.weight for e in own)), first.method
        )
    ]


def is_district(ev: Evidence) -> bool:
    return (
        ev.resolution.place.is_district
        if ev.resolution.place is not None
        else ev.resolution.type in ("Landkreis", "Kreis")
    )


_ADJECTIVE = re.compile(r"(?<![\w-])(?P<stem>[A-ZÄÖÜ][a-zäöüß]{3,})er(?=[ \t]+(?P<noun>[A-ZÄÖÜ][\w.-]*))")
_UMLAUTS = str.maketrans("äöü", "aou")


def adjectives(text: str, gaz: Gazetteer, conf: dict[str, Any]) -> list[Evidence]:
    """Places named by their adjective before a noun ("Musterstädter Integrationsplan" →
    Musterstadt, "Nordstemmer Wochenmarkt" → Nordstemmen), through the gazetteer: the stem
    with "en", as it is, or without its umlaut must name one municipality. Not before a street
    word ("Hildesheimer Straße": an address) or after a word that makes it an adjective of
    its own; ADJECTIVE per mention, at most ADJECTIVE_MAX, the one place named so only."""
    streets = re.compile(r"(?:" + "|".join(conf["not_before"]) + r")")
    named: list[Evidence] = []
    for m in _ADJECTIVE.finditer(text):
        if streets.match(m["noun"]):
            continue
        stem = m["stem"]
        for name in (stem + "en", stem, stem.translate(_UMLAUTS), stem + "e"):
            places = [p for p in gaz.candidates(name) if not p.is_district and name_key(p.name) == name_key(name)]
            if len(places) == 1:
                place = places[0]
                named.append(
                    Evidence(
                        Resolution(place.name, place.type, place),
                        m.group(0),
                        m.start(),
                        m.end(),
                        ADJECTIVE,
                        "adjective",
                    )
                )
                break
    return only_one(named, ADJECTIVE_MAX)


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
    headers and footers ("Stadt Musterstadt · Fachbereich Soziales" on every page)."""
    previous = ""
    for n, line in enumerate(header):
        if not line.text.strip():
            continue
        addressed = bool(_ADDRESSEE.match(previous))
        previous = line.text
        if addressed:
            continue
        for start, end, cell in header_cells(line):
            if cell.lstrip(" \t■•*#>-")[:1].islower():
                continue  # the rest of a wrapped word ("Land-" / "kreis Hildesheim"), never a letterhead
            glued = glued_type(cell, voc)
            if glued is not None:  # "Landeshauptstadt HannoverBeschlussdrucksache": the name ends at the type
                end, cell = start + glued, cell[:glued]
            limit = end
            if (
                not running
                and n + 1 < len(header)
                and (flat := _flat_columns(text, cell, header[n + 1], gaz, voc, hints))
            ):
                yield flat
                continue
            kind_word = _kind_only(cell)
            if not running and kind_word is not None and kind_key(kind_word) in voc.kinds and n + 1 < len(header):
                following = header[n + 1]
                if end != line.end:  # a column of the letterhead: the name stands under the kind
                    below = cell_below(line, start, following)
                    if below is not None:
                        kind, _ = kind_of(voc, kind_word)
                        got = read_name(text, below[0], below[1], gaz, kind, hints, kind_word)
                        if got is not None and not text[got[1] : below[1]].strip():
                            resolution, name_end = got
                            yield Evidence(
                                resolution, text[below[0] : name_end], below[0], name_end, LETTERHEAD, "letterhead"
                            )
                    continue
                limit = following.start + len(following.text.split("\t")[0])
            m = voc.kind_start.match(text, start, limit)
            if m is None:
                place = gaz.self_named(cell.strip(" \t■•*#>-"))
                if place is not None:
                    at = start + len(cell) - len(cell.lstrip(" \t■•*#>-"))
                    written = cell.strip(" \t■•*#>-")
                    yield Evidence(
                        Resolution(place.name, place.type, place),
                        written,
                        at,
                        at + len(written),
                        LETTERHEAD,
                        "letterhead",
                    )
                continue
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
                yield Evidence(
                    resolution,
                    text[name_at:name_end],
                    name_at,
                    name_end,
                    LETTERHEAD if exact and not running else PARTIAL_LETTERHEAD,
                    "letterhead",
                )
                continue
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
                yield Evidence(
                    Resolution(written, mtype), written, m.end(), unknown_end, UNKNOWN_LETTERHEAD, "letterhead"
                )


_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß]+\s*$)")


def glued_type(cell: str, voc: Vocabulary) -> int | None:
    """Where a document type glued to the letterhead's name starts in ``cell`` (the letterhead and
    the type set side by side, extracted without a space: "Landeshauptstadt HannoverBeschlussdrucksache"),
    or None.

    >>> from extractors import load_resources
    >>> from extractors.metadata.gazetteer import gazetteer
    >>> res = load_resources()
    >>> voc = vocabulary(res, gazetteer(res))
    >>> glued_type("Stadt BocholtSitzungsvorlage", voc), glued_type("Stadt Bocholt", voc), glued_type("McDonald", voc)
    (13, None, None)
    """
    for m in _GLUED.finditer(cell):
        word = cell[m.start() :].strip()
        if any(voc.doc_type.fullmatch(word[k:]) for k in range(len(word) - 4)):  # also "Beschlussdrucksache"
            return m.start()
    return None


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
                if not re.fullmatch(r"\S+|\S+ \S+", written) or not gaz.knows(written):
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


def _kind_only(cell: str) -> str | None:
    """The kind word of a cell that holds a kind and nothing else ("Landeshauptstadt",
    "Hanse- und Universitätsstadt" → "Universitätsstadt"), as written; else the stripped cell."""
    c = cell.strip(" \t■•*#>-")
    return _JOINED_TITLE.sub("", c, count=1) if c else None


def offices(
    text: str, sections: list[Section], header_end: int, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]
) -> list[Evidence]:
    """'Der Oberbürgermeister der Stadt X', 'Rat der Stadt X' in the header, the Beratungsfolge
    and the decision proposal; any 'der Stadt X' within the Beratungsfolge."""
    regions = [(0, header_end, OFFICE_HEADER, voc.office)]
    for s in sections:
        if s.id == "consultation":
            regions.append((s.head_start, s.end, BODY, voc.genitive))
        elif s.id in ("decision_proposal", "signature"):
            regions.append((s.head_start, min(s.end, s.body_start + 3000), BODY, voc.office))
    found = []
    for start, end, weight, pattern in regions:
        for m in pattern.finditer(text, start, end):
            kind, _ = kind_of(voc, m["kind"])
            got = read_name(text, m.end(), min(end, m.end() + 80), gaz, kind, hints, m["kind"])
            if got is not None:
                resolution, name_end = got
                method = "letterhead" if weight == OFFICE_HEADER else "council_body"
                found.append(Evidence(resolution, text[m.end() : name_end], m.end(), name_end, weight, method))
    return found


def place_dates(dated: list[PlaceDate], header_end: int) -> list[Evidence]:
    """Place and date lines as evidence: strong in the header, weaker further on; not a place
    ending a longer cell (an office's seat)."""
    found = []
    for pd in dated:
        if pd.trailing:
            continue
        in_header = pd.start < header_end
        weight = (
            (PLACE_DATE_HEADER if pd.kind else PLACE_DATE_BARE_HEADER)
            if in_header
            else (PLACE_DATE if pd.kind else PLACE_DATE_BARE)
        )
        found.append(Evidence(pd.resolution, pd.written, pd.start, pd.end, weight, "place_date"))
    return found


def subject_mentions(
    text: str, sections: list[Section], header_end: int, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]
) -> list[Evidence]:
    """The subject naming a municipality ("... der Stadt Landau in der Pfalz"), supported by
    the text naming it again; nothing when the subject names none."""
    subject = next(
        (s for s in sections if s.id in ("subject", "agenda_item") and s.head_start < header_end + 500), None
    )
    if subject is None:
        return []
    end = text.find("\n\n", subject.body_start + 1)
    end = subject.end if end < 0 else min(end, subject.end)
    found = []
    for m in voc.mention.finditer(text, subject.body_start, end):
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(text, m.end(), min(end, m.end() + 80), gaz, kind, hints, m["kind"])
        if got is not None and owner(text[subject.body_start : m.start()], text[got[1] : end]):
            found.append(Evidence(got[0], text[m.end() : got[1]], m.end(), got[1], SUBJECT, "subject"))
    if len({e.resolution.place or e.resolution.name for e in found}) != 1:
        return []
    target = found[0]
    support = 0
    for m in voc.mention.finditer(text):
        if subject.body_start <= m.start() < end:
            continue
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(text, m.end(), min(len(text), m.end() + 80), gaz, kind, hints, m["kind"])
        if got is not None and same_place(target, got[0], text[m.end() : got[1]], gaz):
            support += MENTION
            if support >= 2:
                break
    if support == 0:
        return []
    return found + [Evidence(target.resolution, target.written, target.start, target.end, support, "subject")]


_PREPOSITIONS = words("prepositions", "conjunctions")


def owner(before: str, after: str) -> bool:
    """Whether a place named in a subject is whose matter it is: in the genitive after a noun
    ("Integrationskonzept der Stadt Landau"), or ending the subject ("Integrationskonzept Stadt
    Leverkusen") — not a partner ("Vereinbarung mit der Stadt Bonn", "zwischen … und der Stadt Y").

    >>> owner("Integrationskonzept der ", ""), owner("Vereinbarung mit der ", " über Radwege")
    (True, False)
    """
    words = before.split()
    if words and words[-1] in ("der", "des"):
        return len(words) < 2 or words[-2].lower() not in _PREPOSITIONS
    return not after.strip(' \t\n.–-„“"')


def same_place(ev: Evidence, other: Resolution, written: str, gaz: Gazetteer) -> bool:
    """Whether ``other`` (written ``written``) may name the place of ``ev``."""
    if ev.resolution.place is not None:
        if other.place is not None:
            return other.place == ev.resolution.place
        return ev.resolution.place in gaz.candidates(written)
    return name_key(other.name) == name_key(ev.resolution.name)


def choose(found: list[Evidence], gaz: Gazetteer, hints: frozenset[str] = frozenset()) -> Evidence | None:
    """The place with the most weight (ties: named first); a name of several places counts
    for the one place named in full elsewhere ("Stadt Landau" for "Stadt Landau in der Pfalz").
    A municipality beats the district it lies in ("Gemeinde Ottobrunn" under or over
    "Landkreis München") unless only the district's bodies (Kreistag, Landrat) are named."""
    resolved = {e.resolution.place for e in found if e.resolution.place is not None}
    totals: dict[Any, int] = {}
    best_of: dict[Any, Evidence] = {}
    for ev in found:
        key: Any = ev.resolution.place
        if key is None:
            fits = [p for p in resolved if p in gaz.candidates(ev.written)]
            key = fits[0] if len(fits) == 1 else ("?", name_key(ev.resolution.name), ev.resolution.type)
        totals[key] = totals.get(key, 0) + ev.weight
        held = best_of.get(key)
        if held is None or rank(ev) > rank(held):
            best_of[key] = ev
    if not totals:
        return None
    key = max(totals, key=lambda k: (totals[k], -best_of[k].start))
    if isinstance(key, Place) and key.is_district and not ("district" in hints and not hints & LOCAL_BODIES):
        within = [
            k
            for k in totals
            if isinstance(k, Place) and not k.is_district and k.district == key.ags and totals[k] >= MIN_WEIGHT
        ]
        if within:
            key = max(within, key=lambda k: (totals[k], -best_of[k].start))
    return best_of[key] if totals[key] >= MIN_WEIGHT else None


LOCAL_BODIES = frozenset({"town", "municipality"})


def rank(ev: Evidence) -> tuple[bool, int, int]:
    """Which evidence of a place stands for it: a resolved name, then the weightiest, first."""
    return ev.resolution.place is not None, ev.weight, -ev.start


def stated_issuer(name: str, res: Resources, trusted: bool = True) -> Resolution | None:
    """The municipality a user or a source system states for a document ("Gemeinde Nordstemmen",
    "Landeshauptstadt München", "Rat der Stadt Bonn", "Erlangen"), read as a letterhead, an
    office or a bare name over the gazetteer. A name the gazetteer does not know is kept as
    written when ``trusted`` (the user's word), else None (a body name that names no place)."""
    written = " ".join(name.split())
    if not written:
        return None
    gaz = gazetteer(res)
    voc = vocabulary(res, gaz)
    found = list(letterheads(written, [Line(0, len(written), written)], gaz, voc, frozenset()))  # one line
    for m in voc.office.finditer(written):
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(written, m.end(), len(written), gaz, kind, frozenset(), m["kind"])
        if got is not None:
            found.append(Evidence(got[0], written[m.end() : got[1]], m.end(), got[1], OFFICE_HEADER, "stated"))
    best = max(found, key=rank, default=None)
    if best is not None:
        return best.resolution
    bare = gaz.resolve(written) if gaz.knows(written) else None
    if bare is not None:
        return bare
    return Resolution(written, None) if trusted else None
