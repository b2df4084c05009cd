"""One entry of a members list read as its member: the organisation or office it names, without
what the entry holds besides ("Caritas: Frau Müller", "Sozialamt      Frau Dr. Harms", "(1)",
"aus dem Bereich der …", a relative clause, a linking "sowie")."""

from __future__ import annotations

import re

from extractors.german import enumerations, nlp
from extractors.german.enumerations import strip_end
from extractors.resources import Resources
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, PASSIVE_AGENT, alternation, either
from pipeline.lang.de.dates import MONTHS
from pipeline.lang.de.names import SALUTE, TITLE, is_first_name
from pipeline.structure import person_row

from .addressed import name_start
from .apart import apart
from .factions import faction_members
from .inverted import inverted_name
from .name_blocks import name_line, office_left_out
from .name_blocks import name_start as named_at
from .rules import (
    AS_CHAIR,
    CHAIR_APPOSITION,
    CHAIR_DASHED,
    CHAIR_LABEL,
    CHAIR_MARK,
    Chair,
    MemberRow,
    enumeration,
    member_rules,
)
from .seated import seat_holders
from .sectors import classify, is_person
from .tables import organisation_of


def list_item(
    rows: list[MemberRow], text: str, start: int, end: int, label: str | None, res: Resources
) -> Chair | None:
    """One bullet: "Caritas-Zentrum Landau", "Caritas: Frau Müller", "Vertreter/in des Jobcenters",
    "Sozialamt Frau Dr. Harms" (a gap flattened: the institution is the member)."""
    raw = text[start:end]
    dated = DATED_LINE.search(raw)
    if dated:  # "Stand: 03/2026" under the list, or wrapped into its last entry: a date, no member
        raw = raw[: dated.start()]
        if not raw.strip():
            return None
    if (pair := _two_bodies(raw, res)) is not None:  # "der Caritasverband X und die AWO Y": two members
        list_item(rows, text, start, start + pair[0], label, res)
        return list_item(rows, text, start + pair[1], end, label, res)
    read, seated = seat_holders(rows, text, start, end, res)  # "Landratsamt: 3 Sitze (A als Vorsitzende, B)"
    if read:
        return seated
    if (factions := faction_members(text, start, end, res)) is not None:
        # "Kreistag: 5 Sitze, je ein Sitz für die Fraktionen A, B und C": each faction, the words before read on
        had = len(rows)
        chair = list_item(rows, text, start, factions[0], label, res) if text[start : factions[0]].strip() else None
        rows[had:] = [r for r in rows[had:] if r.end <= factions[0]]
        rows.extend(factions[1])
        return chair
    marker = CHAIR_MARK.search(raw) or CHAIR_DASHED.search(raw)
    led = _led_person(raw)
    # the entry as its parts are read: a bracketed mark kept in place, so each part keeps its offsets and
    # reads its own mark ("Dr. Anna Beispiel (Vorsitz), Ida Roth"); a dashed one ending the entry left out
    marked = raw if marker is None or marker.re is CHAIR_MARK else raw[: marker.start()] + raw[marker.end() :]
    if marker:
        raw = raw[: marker.start()] + raw[marker.end() :]
    if led is not None:  # "Leitung des Sozialamts ........ Dr. Anna Beispiel": the person, the body their label
        a, b = start + led[0], start + led[1]
        office = " ".join((CHAIR_MARK.sub(" ", led[2]) if marker else led[2]).split())
        value = " ".join(text[a:b].split())
        rows.append(MemberRow(a, b, value, office or label, bool(marker), "list"))
        return Chair(value, start, end, True, office) if marker else None
    if (turned := _inverted_cells(raw, res)) is not None:
        # "Hofmann, Klaus      Bürgermeister (Vorsitz)": the person surname first, the office after the gap
        value, office, cell = turned
        a = start + raw.index(cell)
        hint = label if label and classify(label, res) != classify("", res) else office or label  # "Stadtrat" over it
        rows.append(MemberRow(a, a + len(cell), value, hint, bool(marker), "list"))
        return Chair(value, start, end, True, office) if marker else None
    dash = _LEAD_MARK.match(raw)  # "–  der Vorsitzende, Herr …": the list's mark before the words
    bare = dash.end() if dash else 0
    rep = member_rules(res).representative_header
    if ":" not in raw and (series := _persons_for(marked[bare:], rep)) is not None:  # "A (CDU), B (SPD)"
        return _each(rows, text, start + bare, series[1], series[0] or label, res)  # "X, vertreten durch": X
    person = _person_first(raw, res)
    if person is not None:
        # "Dr. Anna Beispiel, Leiterin des Sozialamts": the person, their office the hint of the sector
        a = start + person.start("person")
        value = " ".join(person["person"].split())
        office = (person["office"] or person["bracket"]).strip()
        word = raw[name_start(raw) : person.start("person")].strip()  # a known office left out of the name
        office = f"{word}, {office}" if word else office
        # "A Beispiel, Vorsitzende," / "A Beispiel (Beigeordnete, Vorsitz)": a chair's word in what follows
        chairs = bool(marker) or any(CHAIR_APPOSITION.fullmatch(p.strip()) for p in office.split(","))
        if label and classify(office, res) == classify("", res):  # "(CDU)" under "Bank Politik:": the list's
            office = f"{label}: {office}"
        rows.append(MemberRow(a, start + person.end("person"), value, office, chairs, "list"))
        return Chair(value, start, end, True) if chairs else None
    held = _held(raw[bare:], res)
    if held is not None:
        # "Erster Bürgermeister der Stadt X, Herr Andreas Beispiel": the person holding the office
        a = start + bare + held.start("person")
        value = " ".join(held["person"].split())
        office = " ".join(held["office"].split())
        before = raw[bare : bare + held.start("office")]  # "für den Beirat: dessen Vorsitzende, Frau …": its label
        hint = (" ".join(before[: before.rfind(":")].split()) if ":" in before else "") or label
        if hint and classify(office, res) == classify("", res):  # "der Vorsitzende, Herr …" under "Beirat"
            office = f"{hint}: {office}"
        said = AS_CHAIR.search((held.groupdict().get("rest") or "").rstrip(" \t,;."))
        chairs = bool(marker) or bool(said) or bool(CHAIR_LABEL.match(raw, bare))  # "Vorsitz: Landrat, Herr A"
        rows.append(MemberRow(a, start + bare + held.end("person"), value, office, chairs, "list"))
        return Chair(value, start, end, True, office) if chairs else None
    persons = _persons_for(marked)
    if persons is not None:  # "aus dem Rat: Frau A und Herr B": the persons, the label their sector's hint
        return _each(rows, text, start, persons[1], persons[0] or label, res)
    if (labelled := _FOR_LABEL.match(raw)) is not None:  # "aus der Verwaltung: Sozialamt und Jugendamt"
        listed = len(rows)
        enumeration(rows, text, start + labelled.end(), end, member_rules(res), res, "list")
        rows[listed:] = _office_holders(rows[listed:], text)
        for r in rows[listed:]:
            r.label = r.label or label or " ".join(labelled["label"].split())
        # "Sozialdezernentin Katrin Haug (Vorsitz), …": the member marked as the chair
        return next((Chair(r.value, r.start, r.end, True) for r in rows[listed:] if r.is_chair), None)
    # a gap after a word within a line, not a wrapped line's indent
    columns = _gapped_cells(raw)
    if len(columns) > 1:  # "Sozialamt      Frau Müller": cells set apart by a gap
        lex = nlp.lexicon(res)
        pick = next((c for c in columns if any(lex.mark(w) for w in c.split())), columns[0])
        start, raw = start + raw.index(pick), pick
    elif (row := person_row(raw)) is not None:
        raw = raw[: len(raw) - len(raw.lstrip()) + row.end("org")]
    left = re.match(r"([^:]{3,80}):\s+\S", raw)  # "Caritas: Frau Müller"
    raw = strip_end((left.group(1) if left else raw).strip(' \t,;–-"„“”'))
    shift, raw, chaired = _item_core(raw)
    org = organisation_of(raw, res)
    if org is not None:
        shift, raw = shift + org[0], org[1]
    nom = enumerations.nominative(raw, res)
    value = re.sub(r"\s+", " ", nom.name)
    if not value:
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    a = start + lead + shift + nom.offset
    rows.append(MemberRow(a, a + (nom.length or len(raw)) - nom.offset, value, label, bool(marker), "list"))
    if _SALUTED.match(text, start + lead):  # "Frau Bürgermeisterin Anna Beispiel": the person saluted
        office_left_out(rows[-1], text)
        value = rows[-1].value
    return Chair(value, start, end, is_person(value)) if marker or chaired else None


# an item of two phrases, each with its definite article, joined by a conjunction ("der Caritasverband Peine
# e. V. und die AWO Kreisverband Peine e. V.")
_ARTICLED = rf"(?:{alternation(*DEFINITE_ARTICLES)})[ \t\n]+(?=[A-ZÄÖÜ])"
_TWO_ARTICLED = re.compile(
    rf"[ \t]*{_ARTICLED}([^,:;()]+?)[ \t\n]+(?:{alternation('conjunctions')})[ \t\n]+(?P<second>{_ARTICLED})"
)


def _two_bodies(raw: str, res: Resources) -> tuple[int, int] | None:
    """Where the first of an item's two bodies ends and the second's article starts, when the item names two,
    each with its own article and a head the lexicon knows as a body's (no person, no office); else None."""
    m = _TWO_ARTICLED.match(raw)
    if m is None or _TWO_ARTICLED.search(raw, m.end(1)) is not None:
        return None
    lex = nlp.lexicon(res)
    second = raw[m.end() :].rstrip(" \t\n,;")
    if any(c in second for c in ",:;()") or not second.strip():
        return None

    def body(part: str) -> bool:
        heads = [h for w in re.findall(r"[\w-]+", part) if (h := lex.head(w)) is not None]
        return bool(heads) and all(h.label != "OFFICE" for h in heads) and not is_person(part)

    if not (body(m.group(1)) and body(second)):
        return None
    return m.end(1), m.start("second")


def _office_holders(rows: list[MemberRow], text: str) -> list[MemberRow]:
    """An enumeration's members with an office and the person named after it, a comma between ("der Leiter
    des Amts für Migration, Udo Kiefer"), one: the person, the office their label; a member marked as the
    chair ("Katrin Haug (Vorsitz)") the chair, the mark left out."""
    out: list[MemberRow] = []
    for r in rows:
        if (mark := CHAIR_MARK.search(r.value)) is not None:
            value = (r.value[: mark.start()] + r.value[mark.end() :]).strip()
            r = MemberRow(r.start, r.start + len(value), value, r.label, True, r.method)
        prev = out[-1] if out else None
        if (
            prev is not None
            and re.fullmatch(r"[ \t\n]*,[ \t\n]*", text[prev.end : r.start])
            and named_at(prev.value) is None
            and named_at(r.value) == 0
        ):
            out[-1] = MemberRow(r.start, r.end, r.value, prev.value, r.is_chair or prev.is_chair, r.method)
            continue
        out.append(r)
    return out


def _each(
    rows: list[MemberRow], text: str, start: int, parts: list[tuple[int, int]], label: str | None, res: Resources
) -> Chair | None:
    """Each part of an entry (offsets from ``start``) read as an entry of its own, the label theirs."""
    chair = None
    for a, b in parts:
        chair = list_item(rows, text, start + a, start + b, label, res) or chair
    return chair


def _gapped_cells(raw: str) -> list[str]:
    """An entry's cells set apart by a gap after a word within a line, not a wrapped line's indent."""
    return [c for c in re.split(r"(?<![\n \t])(?:[ \t]{2,}|\t)", raw.strip()) if c.strip()]


def _inverted_cells(raw: str, res: Resources) -> tuple[str, str, str] | None:
    """The person the first of an entry's gapped cells names surname first, in the natural order, the
    office the other cells give and the first cell; the given name need not be a known one where no
    word of the cell names a body or office ("Nwachukwu, Chinedu", not "Weber, Sozialamt"). None
    otherwise.

    >>> from extractors.resources import default_resources
    >>> _inverted_cells("– Hofmann, Klaus      Referent 4, Vorsitz", default_resources())
    ('Klaus Hofmann', 'Referent 4, Vorsitz', 'Hofmann, Klaus')
    >>> _inverted_cells("Weber, Sozialamt    Frau Berg", default_resources()) is None
    True
    """
    columns = _gapped_cells(raw)
    lex = nlp.lexicon(res)
    if len(columns) < 2:
        return _flat_inverted(raw, lex)
    cell = columns[0].lstrip(_ITEM_MARKS + " \t")  # "– Hofmann, Klaus": a list's dash before the name
    known = any(lex.mark(w.strip(",")) for w in cell.split())
    turned = inverted_name(cell, known=known)
    if turned is None:
        return None
    office = " ".join(" ".join(c.split()) for c in columns[1:]).strip(" ,;")
    return turned[0], office, cell


# an entry's name surname first, its gap to the office flattened into a space ("– Hofmann, Klaus Referent 4")
_FLAT_INVERTED = re.compile(
    rf"(?P<cell>(?:{TITLE}[ \t]+)*(?P<surname>\S+),[ \t]+(?:{TITLE}[ \t]+)*(?P<given>\S+)"
    r"(?:[ \t]+(?P<second>\S+))??)[ \t]+(?P<rest>[A-ZÄÖÜ(]\S*(?:\s+\S+)*)"
)


def _flat_inverted(raw: str, lex: nlp.Lexicon) -> tuple[str, str, str] | None:
    """The person an entry without gaps opens with surname first, its office after a single space (a
    PDF's text layer flattened the gap): the given name one the list of names knows (a second one
    after it kept with it), or any name word where the word after it names an office or a body
    ("Nwachukwu, Chinedu Vorsitzender"); neither name word one that names a body ("Weber, Sozialamt").

    >>> from extractors.resources import default_resources
    >>> _flat_inverted("– Hofmann, Klaus Bürgermeister, Referent 4", nlp.lexicon(default_resources()))
    ('Klaus Hofmann', 'Bürgermeister, Referent 4', 'Hofmann, Klaus')
    >>> _flat_inverted("Weber, Sozialamt Frau Berg", nlp.lexicon(default_resources())) is None
    True
    """
    m = _FLAT_INVERTED.fullmatch(raw.strip().lstrip(_ITEM_MARKS + " \t"))
    if m is None or any(lex.mark(w.strip(",")) for w in (m["surname"], m["given"])):
        return None
    cell, rest = m["cell"], m["rest"]
    if m["second"] and not is_first_name(m["second"]):  # a second word no given name: the office's
        cell, rest = cell[: -len(m["second"])].rstrip(), f"{m['second']} {rest}"
    first = rest.split()[0].strip(",;")
    known = is_first_name(m["given"]) or lex.mark(first) is not None
    turned = inverted_name(cell, known=False) if known else None
    if turned is None:
        return None
    return turned[0], " ".join(rest.split()).strip(" ,;"), cell


_ITEM_MARKS = markers.ITEM_MARKS + markers.BULLET
_LEAD_MARK = re.compile(r"[ \t]*" + markers.charset(_ITEM_MARKS) + r"[ \t]+(?=\S)")
# dotted leaders between a body and the person at the right of a line
_LEADERS = re.compile(r"[ \t]*(?:\.{4,}|…{2,})[ \t]*")


def _led_person(raw: str) -> tuple[int, int, str] | None:
    """The person's span and the body when an entry is a body, dotted leaders and a person's name
    ("Jobcenter Nord ....... Frau Anna Beispiel"); None for anything else at the right ("2 Sitze").

    >>> _led_person("Caritas, Ortsverband ..... Herr Dr. Jonas Weber")
    (32, 47, 'Caritas, Ortsverband')
    """
    leader = _LEADERS.search(raw)
    if leader is None or not raw[: leader.start()].strip():
        return None
    rest = raw[leader.end() :].rstrip(" \t,;.")
    at = leader.end() + name_start(rest)
    if not name_line(" ".join(raw[at : leader.end() + len(rest)].split())):
        return None
    return at, leader.end() + len(rest), " ".join(raw[: leader.start()].split())


# a label opening with a preposition, a colon, its value ("aus dem Rat: …", "für die Träger: …")
_FOR_LABEL = re.compile(
    r"[ \t]*(?P<label>(?:"
    + alternation("prepositions", "contractions")
    + r")[ \t]+(?:[^:\n]|\n(?=[ \t])){3,80}):[ \t\n]+(?=\S)"
)
_SALUTED = re.compile(rf"{SALUTE}[ \t\n]+\S")


def _persons_for(raw: str, rep: re.Pattern[str] | None = None) -> tuple[str, list[tuple[int, int]]] | None:
    """The label and the persons an entry names after a label opening with a preposition ("aus dem
    Rat: Frau Anna Beispiel und Herr Jonas Weber", "für die Träger: Herr Ole Brandt (Diakonie)"):
    the parts apart by commas or "und" outside brackets, each saluted, or opening in lower case
    ("dessen Vorsitzende, Frau A": what is said of the person, no member) or after an office ("Ortsvorsteher
    Jonas Weber (Ortsteil Süd)"); ``rep``: also a body and the words of its representatives after a comma
    ("die Fraktionen des Stadtrats, vertreten durch Herrn A (CDU) und Frau B (SPD)"); None unless a person is
    among them, or for a part that is neither."""
    represented = _represented(raw, rep) if rep is not None and not _FOR_LABEL.match(raw) else None
    m = _FOR_LABEL.match(raw) or represented
    bracketed = (
        m is None
    )  # any label: the persons named with a bracket each ("je ein Mitglied der Fraktionen: A (X), B (Y)")
    m = m or _ANY_LABEL.match(raw)
    begin = m.end() if m else len(raw) - len(raw.lstrip())  # no label: persons each with a bracket

    def cut(k: int) -> int | None:
        joined = _AND_BETWEEN.match(raw, k) if raw[k] in " \t\n" else None  # "… und Herr B", maybe over a line's end
        return k + 1 if raw[k] == "," else joined.end() if joined else None

    parts: list[tuple[int, int]] = []
    for a, k in apart(raw, begin, len(raw), cut):
        part = raw[a:k].strip(" \t\n,.;")
        if part:
            at = raw.index(part, a)
            parts.append((at, at + len(part)))
    if represented is not None:  # "…, vertreten durch die Leiterin Frau A, und durch die Koordinatorin Frau B"
        parts = [_representative(raw, x, y, represented) for x, y in parts]
    side = _SIDE_BEFORE.match(raw, parts[0][0]) if parts and m is None else None
    if side is not None:  # "aus dem Kreistag Frau A (CSU), Herr B (GRÜNE)": the side the persons sit for
        parts[0] = (side.end(), parts[0][1])
    named = [
        (x, y)
        for x, y in parts
        if _SALUTED.match(raw, x) or _office_and_name(raw[x:y]) or represented and _office_saluted(raw, x, y)
    ]
    if not named or any((x, y) not in named and not raw[x : x + 1].islower() for x, y in parts):
        return None
    # a body's label and the one person it sends, named in full ("Jobcenter X: Geschäftsführer Jonas Weber")
    sent = m is not None and len(parts) == 1 and _office_and_name(raw[parts[0][0] : parts[0][1]])
    # the persons each with their bracket; a part in lower case before them says what they are ("zwei vom
    # Kreistag gewählte Mitglieder, Herr A (CDU) und Frau B (SPD)")
    if (
        bracketed
        and not sent
        and side is None
        and (len(named) < MIN_NAMED or any(not raw[x:y].endswith(")") for x, y in named))
    ):
        return None
    return (" ".join((m["label"] if m else side[1] if side else "").split())), named


def _represented(raw: str, rep: re.Pattern[str]) -> re.Match[str] | None:
    """A body and the words naming its representatives after a comma ("der Rat, vertreten durch")."""
    words = rep.pattern.removeprefix("(?i)")
    return re.match(rf"[ \t]*(?P<label>[^:\n]{{3,80}}?),[ \t\n]+(?P<by>{words})[ \t\n]+(?=\S)", raw, re.I)


def _representative(raw: str, x: int, y: int, represented: re.Match[str]) -> tuple[int, int]:
    """A part after a body's representative words without the preposition of those words repeated after a
    conjunction ("und durch die Integrationskoordinatorin Frau Anna Beispiel": "die Integrationskoordinatorin
    Frau Anna Beispiel"), where a saluted person follows; the part as it is otherwise."""
    by = represented.group("by").split()[-1]
    m = re.compile(rf"(?:(?:{alternation('conjunctions')})\s+)?{re.escape(by)}\s+", re.I).match(raw, x, y)
    return (m.end(), y) if m is not None and _office_saluted(raw, m.end(), y) else (x, y)


def _office_saluted(raw: str, x: int, y: int) -> bool:
    """Whether a part names a saluted person after an article and an office ("die Oberbürgermeisterin Frau
    Dr. Anna Beispiel")."""
    return _OFFICE_SALUTED.match(raw[x:y]) is not None


_OFFICE_SALUTED = re.compile(
    rf"(?:{alternation(*DEFINITE_ARTICLES)})\s+(?:[A-ZÄÖÜ][\w-]+\s+){{1,2}}?{SALUTE}\s+(?:{TITLE}\s*)*[A-ZÄÖÜ][\w-]+"
    r"(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}$",
    re.I,
)


_AND_BETWEEN = re.compile(r"[ \t\n]+und[ \t\n]+")
# the side a series of saluted persons sits for before the first of them, no colon ("aus dem Kreistag Frau …")
_SIDE_BEFORE = re.compile(
    r"(?P<side>(?:" + alternation("prepositions", "contractions") + r")[ \t]+[^\W\d][^,;:()\n]{2,60}?)[ \t\n]+"
    rf"(?={SALUTE}[ \t\n]+(?:{TITLE}[ \t\n]*)*[A-ZÄÖÜ])"
)
# any label before a colon, its persons after it; two at least, each with a bracket after the name
_ANY_LABEL = re.compile(r"[ \t]*(?P<label>[^:\n]{3,80}):[ \t\n]+(?=\S)")
MIN_NAMED = 2


def _office_and_name(part: str) -> bool:
    """Whether a part names a person after up to two words of an office, a bracket after the name
    ("Ortsvorsteherin Anna Beispiel (Ortsteil Nord)")."""
    name = " ".join(re.sub(r"\s*\([^()]*\)\s*$", "", part).split())
    return bool(name) and named_at(name) is not None


# an office, a comma and the saluted person holding it ("Erster Bürgermeister der Stadt X, Herr Andreas Beispiel")
# (the person maybe on the line after the office's, or wrapped: "…, Herr Peter" / "Beispiel")
_HELD_BY = re.compile(
    rf"[ \t]*(?P<office>[^\W\d][^\n]*?),\s*{SALUTE}\s+"
    rf"(?P<person>(?:{TITLE}\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){{1,2}})"
    r"(?P<rest>[ \t]*,?[ \t]+als[ \t]+[^\W\d][^\n,;.]{0,40})?[ \t,;.]*"  # "…, Frau A, als Vorsitzende,"
)

# an office and, in brackets after it, the saluted person now holding it, maybe after a word and a colon
# ("die Leiterin des Sozialamts (derzeit: Frau Anna Beispiel)", "der Landrat (Herr Jonas Weber) als Vorsitzender")
_HELD_IN_BRACKET = re.compile(
    rf"[ \t]*(?P<office>[^\W\d][^()\n]*?)\s*\((?:[^():\n]{{1,30}}:\s*)?{SALUTE}\s+"
    rf"(?P<person>(?:{TITLE}\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){{1,2}})\s*\)(?P<rest>[^()\n]*)"
)


# an office, a comma and the person holding it by the name alone, a bracket maybe after it ("Leiter des
# Sozialamts, Jonas Weber", "Integrationsbeauftragte, Dr. Anna Beispiel (Geschäftsführung)")
_HELD_BARE = re.compile(
    rf"[ \t]*(?P<office>[^\W\d][^\n]*?),[ \t]*(?P<person>(?:{TITLE}\s*)*(?P<given>[A-ZÄÖÜ][\w-]+)"
    rf"(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){{1,2}})(?:[ \t]*\([^()\n]*\))?[ \t,;.]*"
)


_ITEM_MARK = re.compile(rf"[ \t]*(?:[{re.escape(markers.ITEM_MARKS + markers.EM_DASH)}][ \t]+)?")


def _held(raw: str, res: Resources, pos: int = 0) -> re.Match[str] | None:
    """An entry naming an office and the person holding it: after a comma, saluted where the lexicon
    knows the office (:data:`_HELD_BY`), or by a given name the list of names knows where no body but an
    office or function leads the entry ("Leiter des Amtes für Soziales, Jonas Weber"; not "Jobcenter X,
    Anna Beispiel": the body a contact is given for, nor "Anna Beispiel (Vorsitz), Ida Roth": persons
    each); or saluted in brackets after it. A label's colon is no part of the office: the office and its
    holder are read after it ("aus der Verwaltung: Leiter des Sozialamts, Ida Roth")."""
    held = _HELD_BY.fullmatch(raw, pos) or _HELD_IN_BRACKET.fullmatch(raw, pos)
    if held is not None and ":" in held["office"]:
        return _held(raw, res, _after_colon(held))
    if held is not None and (_office(held["office"], res) or held.re is _HELD_IN_BRACKET):
        return held
    bare = _HELD_BARE.fullmatch(raw, _ITEM_MARK.match(raw, pos).end())  # type: ignore[union-attr]
    if bare is not None and ":" in bare["office"]:
        return _held(raw, res, _after_colon(bare))
    if bare is None or not is_first_name(bare["given"]) or any(_office_and_name(p) for p in bare["office"].split(",")):
        return None
    head = nlp.lexicon(res).head(bare["office"].split()[0])
    return bare if head is None or head.label == "OFFICE" else None


def _after_colon(held: re.Match[str]) -> int:
    """Where the words after the first colon in a match's office start."""
    colon = held.string.index(":", held.start("office"))
    return _SPACES.match(held.string, colon + 1).end()  # type: ignore[union-attr]


_SPACES = re.compile(r"\s*")


def held_by(raw: str) -> re.Match[str] | None:
    """An entry naming an office and, after a comma, the saluted person holding it ("Leiterin des
    Sozialamts, Frau Anna Beispiel"): groups ``office`` and ``person``; whether the office is one the
    caller's context says (a chair's label) or the lexicon knows is the caller's to tell."""
    return _HELD_BY.fullmatch(raw)


def _office(phrase: str, res: Resources) -> bool:
    """Whether a phrase names an office, its head among its first two words ("Erster Bürgermeister …")."""
    lex = nlp.lexicon(res)
    return any((h := lex.head(w.strip(","))) is not None and h.label == "OFFICE" for w in phrase.split()[:2])


# an entry opening with a person's name (titles, a given name, one or two family names) and their
# office or institution after a comma or a spaced dash ("Dr. Anna Beispiel, Leiterin des Sozialamts",
# "Ole Berg – Jobcenter Nord", "Anna Beispiel,
# als Vertreterin der …", the line maybe broken after the comma) or in brackets ending it ("Anna Beispiel
# (Freie Liste)")
_NAME_AND_WHAT = (
    r"(?:(?:Dr\.|Prof\.)[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)(?:[ \t]+|[ \t]*\n[ \t]*)"  # maybe wrapped after it
    r"[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+)?)"
    r"(?:(?:[ \t]*,|[ \t]+[–—-])(?:[ \t]+|[ \t]*\n[ \t]*)(?P<office>[^\W\d][^\n]*(?:\n[^\n]+)*)"
    r"|\s+\((?P<bracket>[^()]{2,80})\)[ \t,;.]*$)"
)
_PERSON_FIRST = re.compile(r"[ \t]*(?P<person>" + _NAME_AND_WHAT)
# the same after an office word before the given name ("Pfarrer Jonas Weber, Kirchengemeinde St. Paul")
# (or its short form, "StV Dr. Jonas Weber (CDU-Fraktion)", read only when the lexicon knows it as an office)
_OFFICE_FIRST = re.compile(
    r"[ \t]*(?P<person>(?P<word>[A-ZÄÖÜ][a-zäöüß]+|(?P<short>[A-ZÄÖÜ][a-zäöüß]?[A-ZÄÖÜ][a-zäöüß]{0,3}))[ \t]+"
    + _NAME_AND_WHAT
)


def _person_first(raw: str, res: Resources) -> re.Match[str] | None:
    """The person an entry opens with (after a salutation) and what it says of them after a comma or in
    brackets, an office word before the given name kept with the name as written ("Rektorin Eva Roth,
    Grundschule Nord" is "Rektorin Eva Roth") but for an office the lexicon knows, more standing after
    the name ("Bürgermeisterin Eva Roth, Amt Nord" is "Eva Roth", as ``persons.office_then_person``
    reads it); None when no given name opens the name. After a salutation the name is a person's
    whatever its given name ("Frau Soraya Quandil, Verein Nord"), unless it is an office word."""
    at = name_start(raw)
    person = _PERSON_FIRST.match(raw, at)
    if person is not None and (is_first_name(person["given"]) or at and _unknown_name(person["person"], res)):
        return person
    office = None if at else _OFFICE_FIRST.match(raw)
    if office is None or is_first_name(office["word"]) or not is_first_name(office["given"]):
        return None
    if office["short"] and not _office(office["word"], res):  # "AWO Anna Beispiel": no office
        return None
    # a known office with more after the name: the person alone ("Bürgermeisterin Eva Roth (Amt Nord)")
    return _PERSON_FIRST.match(raw, office.end("word")) if _office(office["word"], res) else office


def _unknown_name(name: str, res: Resources) -> bool:
    """Whether words after a salutation are a name the dictionary does not know: letters only, set in one
    run (no gap of a table's cells: "Frau Muster    Fachbereich Jugend"), no office word first."""
    return name.replace("-", "").replace(" ", "").replace(".", "").isalpha() and not (
        re.search(r"[ \t]{2,}|\n", name) or _office(name.split()[0], res)
    )


# a line of a label and a date ("Stand: 03/2026", "Aktualisiert 12.01.2026", "Datum: März 2026"): a
# label word (and one more in lower case), a colon or a space, a date by its form, nothing after it
DATED_LINE = re.compile(
    r"(?m)^[ \t]*[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[a-zäöüß-]+)?(?::[ \t]*(?:19|20)\d\d|(?::[ \t]*|[ \t]+)"
    r"(?:\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?(?:19|20)?\d\d|\d{1,2}/(?:19|20)\d\d|(?:"
    + MONTHS
    + r")[ \t]+(?:19|20)\d\d))[ \t]*$"
)
# what a list item holds besides its member: the lead-in of the items after it on its next line
# ("… (1)," / "jeweils eine Vertreterin oder ein Vertreter"), a relative clause ("Sozialamtsleitung,
# die auch den Vorsitz innehat"), its seats ("(1)", "(je 2)"), the area it comes from ("aus dem
# Bereich der Wohlfahrtsverbände")
_NEXT_LEAD_IN = re.compile(r"\n[ \t]*(?:jeweils|je)\b")
_RELATIVE = re.compile(r",[ \t]*(?:" + alternation("linking_articles", "opening_articles") + r")[ \t]+[^,]*$")
# "… (1) sowie" / "- aus den …": a link word before the last item
_LINKED = re.compile(r"[ \t]+(?:" + alternation("conjunctions") + r")$")
# a participle's agent after a comma to the entry's end: whom the item is named by, no member
_AGENT_CLAUSE = re.compile(r",[ \t\n]*(?:" + either(PASSIVE_AGENT) + r")[ \t\n]+[^,]*$")
_SEATS = re.compile(r"[ \t]*\((?:je[ \t]+)?\d{1,2}\)[ \t]*$")
_AREA = re.compile(r"aus[ \t]+(?:dem|den)[ \t]+Bereich(?:en)?[ \t]+(?=(?:der|des)\b)")
_CHAIR_SAID = re.compile(r"\bVorsitz\w*|\bleitet\b")


def _item_core(raw: str) -> tuple[int, str, bool]:
    """The member of a list item (how many characters its start moved, the text) and whether a
    relative clause says it chairs."""
    raw = _NEXT_LEAD_IN.split(raw, maxsplit=1)[0]
    raw = strip_end(_SEATS.sub("", strip_end(_LINKED.sub("", raw.rstrip(" \t,;")))))
    relative = _RELATIVE.search(raw)
    chaired = relative is not None and _CHAIR_SAID.search(relative.group(0)) is not None
    raw = strip_end(_SEATS.sub("", raw[: relative.start()] if relative else raw))
    agent = _AGENT_CLAUSE.search(raw)  # "zwei Ortsvorsteher, von der Ortsvorsteherrunde benannt"
    raw = strip_end(raw[: agent.start()]) if agent and agent.start() else raw
    area = _AREA.match(raw)
    return (area.end(), raw[area.end() :], chaired) if area else (0, raw, chaired)


# a footnote's mark right after a name ("Anna Beispiel* (Sozialamt)", "Ole Berg¹;")
_NOTE_MARK = re.compile(r"(?<=[^\W\d_])(?P<mark>\*{1,3}|[¹²³])(?=[\s(,;.]|$)")


def line_entries(
    rows: list[MemberRow], text: str, start: int, end: int, label: str | None, res: Resources
) -> tuple[bool, Chair | None]:
    """A paragraph of entries set one a line, each but the last ending in a semicolon, most opening with
    a person ("Anna Beispiel (Caritas);" / "Dr. Ole Berg (Hochschule Nord);" / … "."): each line one
    entry (:func:`list_item`). A footnote mark after a name makes the entry the chair when the footnote
    below the list says so ("Ida Roth* (Sozialamt);" … "* führt den Vorsitz"). Whether it read the
    paragraph so, and the chair."""
    lines: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text[start:end]):  # up to the line ending in a full stop: lines after it
        if m.group().strip():  # (a footnote, a sentence) are the paragraph's rest, where an export set no blank line
            lines.append((start + m.start(), start + m.end()))
            if m.group().rstrip()[-1:] != ";":
                break
    if len(lines) < 2 or text[lines[-1][0] : lines[-1][1]].rstrip()[-1:] not in ".;":
        return False, None
    if 2 * sum(_person_first(_NOTE_MARK.sub(" ", text[a:b].rstrip(" \t;.")), res) is not None for a, b in lines) < len(
        lines
    ):
        return False, None
    chair = None
    for a, b in lines:
        b = a + len(text[a:b].rstrip(" \t;."))
        mark = _NOTE_MARK.search(text, a, b)
        source = text if mark is None else text[: mark.start()] + " " * len(mark.group()) + text[mark.end() :]
        read = len(rows)
        found = list_item(rows, source, a, b, label, res)
        if mark is not None and len(rows) > read and _noted_chair(text, lines[-1][1], mark["mark"]):
            rows[-1].is_chair = True
            found = Chair(rows[-1].value, rows[-1].start, rows[-1].end, True)
        chair = found or chair
    return True, chair


def _noted_chair(text: str, at: int, mark: str) -> bool:
    """Whether the footnote of a mark, on a line of its own below ``at`` before the next heading or
    paragraph of prose, says its entry chairs ("* führt den Vorsitz", "¹ Vorsitzende")."""
    note = re.search(rf"(?m)^[ \t]*{re.escape(mark)}[ \t]*(?P<note>[^\n]+)$", text[at : at + 300])
    return note is not None and _CHAIR_SAID.search(note["note"]) is not None
