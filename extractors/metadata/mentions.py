"""Where the issuer names itself in the text rather than its letterhead: an office or council
with its municipality ("Der Oberbürgermeister der Stadt Landshut", "Rat der Stadt Leverkusen",
any "der Stadt X" in the Beratungsfolge), the place and date line, the subject naming the
municipality whose matter it is, and, with no letterhead in the text, the one municipality the
running text names with its kind and by its adjective ("die Gemeinde Nordstemmen",
"Nordstemmer Wochenmarkt").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from extractors.base import Section
from pipeline.lang.de.closed_class import words
from pipeline.lang.de.names import SALUTATION
from pipeline.lang.de.spelling import BASE_LETTERS, UMLAUTS

from .evidence import (
    ADJECTIVE,
    ADJECTIVE_MAX,
    BODY,
    DOMAIN,
    DOMAIN_MAX,
    INSTRUMENT,
    INSTRUMENT_MAX,
    MENTION,
    OFFICE_HEADER,
    PLACE_DATE,
    PLACE_DATE_BARE,
    PLACE_DATE_BARE_HEADER,
    PLACE_DATE_HEADER,
    RUNNING,
    RUNNING_MAX,
    SUBJECT,
    Evidence,
    only_one,
    same_place,
)
from .gazetteer import Gazetteer, Resolution, name_key
from .place_names import PlaceDate, Vocabulary, kind_of, read_name

_PREPOSITIONS = words("prepositions", "conjunctions")


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


_ADJECTIVE = re.compile(r"(?<![\w-])(?P<stem>[A-ZÄÖÜ][a-zäöüß]{3,})er(?=[ \t]+(?P<noun>[A-ZÄÖÜ][\w.-]*))")
# a surname after a salutation or title ("Fr. Kopper", "Herr Hacker") is no place's adjective
_AFTER_SALUTATION = re.compile(SALUTATION + r"[ \t]*$")
# a place the text names as a district of the issuer ("Stadtteilbeirat Büchenbach", "Ortsteil Rössing")
_DISTRICT = re.compile(r"\b(?:Stadtteil|Ortsteil|Ortschaft|Stadtbezirk|Stadtviertel)\w*[ \t]+([A-ZÄÖÜ][\w-]+)")
_UMLAUTS = str.maketrans(UMLAUTS, "".join(BASE_LETTERS[u] for u in UMLAUTS))
_ELIDED = re.compile(r"[b-df-hj-mp-tv-zß]n$")  # a consonant before the stem's last "n", not "nn" ("Bonner")


def adjectives(text: str, gaz: Gazetteer, not_before: tuple[str, ...]) -> list[Evidence]:
    """Places named by their adjective before a noun ("Musterstädter Integrationsplan" →
    Musterstadt, "Nordstemmer Wochenmarkt" → Nordstemmen), through the gazetteer: the stem
    with "en", as it is, or without its umlaut must name one municipality. Not before a street
    word ("Hildesheimer Straße": an address), after a word that makes it an adjective of
    its own, or after a salutation ("Fr. Körner": a surname); not a place the text names as a
    district ("Stadtteilbeirat Büchenbach": the issuer's own district, though the gazetteer knows
    a town of that name); ADJECTIVE per mention, at most ADJECTIVE_MAX, the one place named so only."""
    streets = re.compile(r"(?:" + "|".join(not_before) + r")")
    districts = {name_key(d) for d in _DISTRICT.findall(text)}
    named: list[Evidence] = []
    for m in _ADJECTIVE.finditer(text):
        if streets.match(m["noun"]) or _AFTER_SALUTATION.search(text, max(0, m.start() - 12), m.start()):
            continue
        stem = m["stem"]
        # a name in "-en" drops its "e" before the ending ("Münchner" → München, "Dresdner" → Dresden)
        elided = (stem[:-1] + "en",) if _ELIDED.search(stem) else ()
        for name in (stem + "en", stem, stem.translate(_UMLAUTS), stem + "e", *elided):
            if name_key(name) in districts:
                break  # the issuer's own district, named so in the text: no other town
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


def instruments(text: str, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]) -> list[Evidence]:
    """What only the issuer publishes or keeps, with its municipality ("Amtsblatt der Stadt X",
    "Vergabestelle der Stadt X", "Homepage der Gemeinde X"; ``issuer_instruments`` of
    metadata.yaml): INSTRUMENT per mention, at most INSTRUMENT_MAX, the one place named so only."""
    named: list[Evidence] = []
    for m in voc.instrument.finditer(text):
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(text, m.end(), min(len(text), m.end() + 80), gaz, kind, hints, m["kind"])
        if got is not None:
            named.append(Evidence(got[0], text[m.end() : got[1]], m.end(), got[1], INSTRUMENT, "instrument"))
    return only_one(named, INSTRUMENT_MAX)


# a web or mail address under .de: "www.musterstadt.de", "https://geoportal.musterstadt.de/…",
# "buergerbuero@musterstadt.de", "www.stadt-musterstadt.de"; the host's last label names the place
_DOMAIN = re.compile(
    r"(?i)(?:\b(?:https?://|www\.)|@)(?:[a-z0-9-]+\.)*?(?:(?:stadt|gemeinde|markt)-)?(?P<host>[a-zäöü0-9-]+)\.de\b(?![.-]\w)"
)
_TRANSLITERATED = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))


def web_domains(text: str, gaz: Gazetteer) -> list[Evidence]:
    """Municipalities named by a web or mail address ("www.musterstadt.de", "info@stadt-musterstadt.de"):
    the host must be the one municipality's name (written without its umlauts too); DOMAIN per
    address, at most DOMAIN_MAX, the one place named so only (another body's address,
    "www.bamf.de", names none; a partner town's, "www.nachbarstadt.de", another place)."""
    named: list[Evidence] = []
    for m in _DOMAIN.finditer(text):
        host = m["host"].lower()
        spellings = [host]
        for plain, umlaut in _TRANSLITERATED:
            if plain in spellings[-1]:
                spellings.append(spellings[-1].replace(plain, umlaut))
        for name in dict.fromkeys((host, spellings[-1])):
            places = [p for p in gaz.candidates(name) if not p.is_district and name_key(p.name) == name_key(name)]
            if len(places) == 1:
                place = places[0]
                resolution = Resolution(place.name, place.type, place)
                named.append(Evidence(resolution, m["host"], m.start("host"), m.end("host"), DOMAIN, "web_domain"))
                break
    return only_one(named, DOMAIN_MAX)


def offices(
    text: str, sections: list[Section], header_end: int, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]
) -> list[Evidence]:
    """'Der Oberbürgermeister der Stadt X', 'Rat der Stadt X' in the header, the Beratungsfolge
    and the decision proposal; any 'der Stadt X' within the Beratungsfolge, and there a council
    carrying its municipality's name ("Gemeinderat Walkertshofen", "BVV Mitte von Berlin"); a body of the
    council with its municipality in the decision proposal ("… beruft in den Jugendhilfeausschuss
    der Stadt Karlsruhe"). Not a partner after a preposition ("… zusammen mit der Landeshauptstadt
    Düsseldorf", prose that a section the reader does not know as a heading ran into the table)."""
    # and in the header a body of the council with its municipality, as a minutes' or agenda's head
    # names them ("Niederschrift über die Sitzung des Finanzausschusses der Gemeinde X")
    regions = [(0, header_end, OFFICE_HEADER, voc.office, False), (0, header_end, BODY, voc.genitive, True)]
    found = own_councils(text, 0, header_end, gaz, voc)  # "Bezirksamt Reinickendorf von Berlin" heading the paper
    for s in sections:
        if s.id == "consultation":
            found += own_councils(text, s.head_start, s.end, gaz, voc)
            regions.append((s.head_start, s.end, BODY, voc.genitive, False))
            regions.append((s.head_start, s.end, BODY, voc.council, False))
        elif s.id in ("decision_proposal", "signature"):
            regions.append((s.head_start, min(s.end, s.body_start + 3000), BODY, voc.office, False))
        if s.id == "decision_proposal":
            regions.append((s.body_start, min(s.end, s.body_start + 3000), BODY, voc.genitive, True))
    for start, end, weight, pattern, of_body in regions:
        for m in pattern.finditer(text, start, end):
            before = text[max(start, m.start() - 40) : m.start()].split()
            last = before[-1] if before else ""
            if pattern is voc.genitive and (last.lower() in _PREPOSITIONS or of_body and not _BODY_NOUN.search(last)):
                continue
            kind, title = (None, None) if pattern is voc.council else (kind_of(voc, m["kind"])[0], m["kind"])
            got = read_name(text, m.end(), min(end, m.end() + 80), gaz, kind, hints, title)
            if got is not None and not (pattern is voc.office and _HOLDER.match(text, got[1])):
                resolution, name_end = got
                method = "letterhead" if weight == OFFICE_HEADER else "council_body"
                found.append(Evidence(resolution, text[m.end() : name_end], m.end(), name_end, weight, method))
    return _members_informed(found, [(s.head_start, s.end) for s in sections if s.id == "consultation"])


def _members_informed(found: list[Evidence], tables: list[tuple[int, int]]) -> list[Evidence]:
    """The evidence but the councils of several municipalities that a Beratungsfolge names ("Rat der
    Gemeinde A", "Rat der Gemeinde B" informed after an association's decision): members of the issuer,
    none of them the issuer; a single municipality's council stays."""

    def inside(e: Evidence) -> bool:
        return any(a <= e.start < b for a, b in tables)

    def local(e: Evidence) -> bool:  # a municipality's (a name of several places too), no district's
        return inside(e) and (e.resolution.place is None or not e.resolution.place.is_district)

    if len({e.resolution.name for e in found if local(e)}) < 2:
        return found
    return [e for e in found if not local(e)]


def own_councils(text: str, start: int, end: int, gaz: Gazetteer, voc: Vocabulary) -> list[Evidence]:
    """A council or office that only one municipality has ("Bezirksverordnetenversammlung Reinickendorf",
    "Bezirksamt Reinickendorf von Berlin": Berlin) in ``text[start:end]``, once per municipality."""
    found = []
    for name, pattern in voc.own_councils:
        m = pattern.search(text, start, end)
        if m is not None and (resolution := gaz.resolve(name)) is not None:
            found.append(Evidence(resolution, m[0], m.start(), m.end(), BODY, "council_body"))
    return found


# an office's holder named after it: a person's function in a list ("Erster Bürgermeister der Stadt X,
# Herr A. B."), not the issuer's heading
_HOLDER = re.compile(r"[ \t]*,[ \t]*" + SALUTATION)
# a body of a council ("Jugendhilfeausschuss", "Schulbeirat", "Gemeinderats")
_BODY_NOUN = re.compile(r"(?:[Aa]usschuss(?:es)?|[Bb]eirat(?:e?s)?|[Rr]at(?:e?s)?|[Kk]ommission)$")


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
    text: str,
    sections: list[Section],
    header_end: int,
    gaz: Gazetteer,
    voc: Vocabulary,
    hints: frozenset[str],
    begin: Callable[[Section], int] | None = None,
) -> list[Evidence]:
    """The subject naming a municipality ("... der Stadt Landau in der Pfalz"), supported by
    the text naming it again; nothing when the subject names none. ``begin``: where the subject's
    own text starts in its section (past the table cells an export set into it)."""
    subject = next(
        (s for s in sections if s.id in ("subject", "agenda_item") and s.head_start < header_end + 500), None
    )
    if subject is None:
        return []
    if begin is not None:
        subject = dataclasses.replace(subject, body_start=begin(subject))
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
