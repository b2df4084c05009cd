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

The parts: letterheads (:mod:`extractors.metadata.letterheads`), offices, councils, place and date
lines, the subject and the running text (:mod:`extractors.metadata.mentions`), each place's
evidence weighed and chosen (:mod:`extractors.metadata.evidence`); here, their order.
"""

from __future__ import annotations

import re

from extractors.base import Section
from extractors.resources import Resources, typed
from pipeline.structure import Line, View

from .evidence import LETTERHEAD, LOCAL_BODIES, MIN_WEIGHT, OFFICE_HEADER, Evidence, choose, rank, same_place
from .gazetteer import Gazetteer, Resolution, gazetteer
from .letterheads import from_first_words, letterheads, place_list, running_lines
from .mentions import (
    adjectives,
    instruments,
    offices,
    place_dates,
    running_mentions,
    subject_mentions,
    web_domains,
)
from .place_names import PlaceDate, Vocabulary, body_hints, kind_of, place_date_lines, read_name, vocabulary
from .subjects import past_table_cells

__all__ = ["MIN_WEIGHT", "Evidence", "find_issuer", "stated_issuer"]


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
    head = from_first_words(sv.lines_in(0, header_end))
    found = _for_member(list(letterheads(sv.text, head, gaz, voc, hints)), voc)
    found += letterheads(sv.text, running_lines(sv, header_end), gaz, voc, hints, running=True)
    found += place_list(sv.text, head, gaz, voc, hints)
    found += offices(sv.text, sections, header_end, gaz, voc, hints)
    found += _labelled(sv.text, header_end, res)
    if dated is None:
        dated = place_date_lines(sv, res, sections, header_end, hints)
    if not _association_heads(found, voc):
        found += _not_seat(found, place_dates(dated, header_end), hints, gaz)
    else:  # its name holds its seat's ("Amt Gransee und Gemeinden"): no evidence of that town
        found = [e for e in found if not _seat_of_association(e, found, voc)]
    best = choose(found, gaz, hints)
    if best is not None:
        return best

    def begin(subject: Section) -> int:  # past the table cells an export set into the Betreff
        return past_table_cells(sv, subject.body_start, subject.end, res)

    best = choose(subject_mentions(sv.text, sections, header_end, gaz, voc, hints, begin), gaz, hints)
    if best is not None:
        return best
    # no letterhead in the text (an image): the one place the running text names as a
    # municipality with its kind or council, confirmed by its adjective, by what only the issuer
    # keeps ("Amtsblatt der Stadt X") or by its web address (the mention alone may be a partner:
    # "Vereinbarung mit der Stadt Bonn"); nothing when a confirmation names another place
    running = running_mentions(sv.text, gaz, voc, hints)
    if not running:
        return None
    confirming = [
        found
        for found in (
            adjectives(sv.text, gaz, typed.metadata(res).place_adjectives),
            instruments(sv.text, gaz, voc, hints),
            web_domains(sv.text, gaz),
        )
        if found
    ]
    if not confirming or not all(same_place(running[0], c[0].resolution, c[0].written, gaz) for c in confirming):
        return None
    return choose(running + [e for found in confirming for e in found], gaz, hints)


def _not_seat(found: list[Evidence], dated: list[Evidence], hints: frozenset[str], gaz: Gazetteer) -> list[Evidence]:
    """The place and date lines but those naming a town of the district whose letterhead heads a
    paper of the district's bodies: a Kreis dates its paper at its seat ("Kreisstadt, 2. März
    2031"), which is where it was written, not who issues it."""
    if "district" not in hints or hints & LOCAL_BODIES:
        return dated
    heads = {
        e.resolution.place.ags
        for e in found
        if e.method == "letterhead" and e.resolution.place is not None and e.resolution.place.is_district
    }

    def seat(e: Evidence) -> bool:  # a name of several places: one of them in the district
        places = [e.resolution.place] if e.resolution.place is not None else gaz.candidates(e.written)
        return any(p.district in heads and not p.is_district for p in places)

    return [e for e in dated if not seat(e)] if heads else dated


def _association_heads(found: list[Evidence], voc: Vocabulary) -> bool:
    """Whether an association of municipalities heads the paper with its own letterhead
    ("Verbandsgemeinde X"): its place and date lines then name the seat of its administration
    ("Oppenheim, den …"), a member town, not the issuer."""
    return any(
        e.method == "letterhead" and e.resolution.place is None and voc.association.fullmatch(e.written) for e in found
    )


def _seat_of_association(e: Evidence, found: list[Evidence], voc: Vocabulary) -> bool:
    """Whether ``e`` names a town whose name the heading association's name holds ("Gransee" under "Amt
    Gransee und Gemeinden", the seat of its office in the address): the association's seat, not the issuer."""
    if e.resolution.place is None:
        return False
    heads = [a.resolution.name for a in found if a.resolution.place is None and voc.association.fullmatch(a.written)]
    name = e.resolution.place.name.split(",")[0].strip()
    return any(re.search(rf"(?<![\wäöüß-]){re.escape(name)}(?![\wäöüß-])", h) for h in heads)


def _for_member(found: list[Evidence], voc: Vocabulary) -> list[Evidence]:
    """The letterheads of the header, but an association's ("Verbandsgemeindeverwaltung X") where a
    municipality of the register stands under it with its kind in a cell of its own ("Ortsgemeinde
    Y"): the association's office writes the paper for that member, whose council decides it."""
    first = next((e for e in found if e.resolution.place is None and voc.association.fullmatch(e.written)), None)
    if first is None:
        return found
    members = [
        e
        for e in found
        if e.start > first.start
        and e.resolution.place is not None
        and not e.resolution.place.is_district
        and not _seat_of_association(e, [first], voc)  # "Amt Gransee und Gemeinden" over "16775 Gransee"
    ]
    return [e for e in found if e is not first] if members else found


# a field of an information system's page that names the corporation the item belongs to, its value
# after the colon or on the next line: "Körperschaft: Markt Kaufering", "Kommune" / "Musterstadt"
_ISSUER_LABEL = re.compile(
    r"^[ \t]*(?:Körperschaft|Kommune)[ \t]*(?::[ \t]*|\n[ \t]*)(?P<name>[^\n:|]{2,60}?)[ \t]*$", re.M
)


def _labelled(text: str, header_end: int, res: Resources) -> list[Evidence]:
    """The issuer a page's field names, read as a stated name that the gazetteer must know."""
    found = []
    for m in _ISSUER_LABEL.finditer(text, 0, header_end):
        got = stated_issuer(m["name"], res, trusted=False)
        if got is not None:
            found.append(Evidence(got, m["name"], m.start("name"), m.end("name"), LETTERHEAD, "issuer_label"))
    return found


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
