"""Members in a run-in list: a membership verb and a colon inside a sentence, its items parted by
semicolons ("Sie setzt sich zusammen aus: der Ersten Beigeordneten, die die Sitzungen leitet; dem
Amt für Familie; dem Nachbarschaftsverein Nord, Abteilung Jugend; dem Arbeitskreis Hilfe und der
Grundschule am Park.").

The members' own label leads such a list in as a verb would ("Mitglieder (in alphabetischer
Reihenfolge): Berg, Anna (Caritas); …"), its items then maybe persons set surname first
(:func:`.inverted.inverted_series`). A list parted by commas alone is one of persons when each part
names one, a bracket after the name ("an: Eva Berg (Nordheim), die den Kreis leitet, Jan Muster (Au)
und …").

The semicolons part the items because an item holds commas: a part's names joined by a comma
alone are one member (an office and its unit), those joined by "und", "sowie" or "oder" two. A
relative clause closing a part says something about its member ("…, die der Rat bestimmt") and
is no part of its name; one naming the chair ("…, der den Vorsitz führt") marks the member as it.
A group word among the items ("dem Arbeitskreis Hilfe") names a member of the group the sentence
speaks of, no group of its own (:func:`listed`), and so does one that opens a later item of an
enumeration a membership verb lists ("… wirken der Integrationsrat, das Jobcenter und der Arbeitskreis
Migrantenvereine mit": :func:`enumerated`).
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.closed_class import ORIGIN, alternation, either
from pipeline.lang.de.names import ADDRESS, CAPITAL, TITLE, is_first_name
from pipeline.lang.de.numbers import spelt

from .apart import apart
from .factions import faction_members
from .for_clauses import for_clauses
from .hyphens import first_verb
from .inverted import inverted_series
from .rules import CHAIR_WORD, MemberRow, MemberRules, org_items

__all__ = ["enumerated", "listed", "represented", "run_in_members", "side_members"]

MIN_PERSONS = 2  # persons addressed a list parted by commas alone names at least

# a colon after a lead-in's words, the list running on in the sentence
_COLON = re.compile(r":[ \t]*\n?[ \t]*(?=\S)")
# a relative clause closing an item: its comma and pronoun, with or without a preposition
_RELATIVE = re.compile(
    r",\s*(?:(?:"
    + alternation("prepositions")
    + r")\s+)?(?:"
    + alternation("linking_articles", "opening_articles")
    + r"|denen|deren|dessen|welche[rsmn]?)\s+(?![A-ZÄÖÜ])"
)  # not an article before a noun ("…, der Kreisverwaltung"): a name's part or the next item
_CHAIR_CLAUSE = re.compile(r"\b(?:Vorsitz|leitet|leiten|Leitung)\b")
# "und" or "sowie" before an article or a count opens the next item ("… Salmtal und der Realschule …")
_NEXT_ITEM = re.compile(
    r"\s+(?:und|sowie)\s+(?=(?:" + alternation("linking_articles", "opening_articles") + r"|zwei|drei|vier|fünf|je)\s)"
)


def _list_start(text: str, start: int, end: int, rules: MemberRules) -> int | None:
    """Where a run-in list starts in a sentence: after the first colon whose words before it lead in
    members with a verb of membership ("besteht aus:"), with a semicolon after it; None if the sentence has none."""
    colon = _COLON.search(text, start, end)
    if colon is None or ":" in text[colon.end() : end]:
        return None  # labelled parts ("ständig: A; beratend: B") are another form
    if ";" not in text[colon.end() : end] and not _comma_series(text, colon.end(), end):
        return None
    lead = text[start : colon.start()]
    if lead.count("(") > lead.count(")"):  # a parenthesis's list: its own reading
        return None
    if "\n\n" in lead or not rules.list_cue.search(lead) or rules.not_members.search(lead):
        return None
    if _members_label(lead, rules):
        return colon.end()  # "Mitglieder (in alphabetischer Reihenfolge): …": the members' own label
    if not any(first_verb(v.pattern, lead) and (v.particle is None or v.particle.search(lead)) for v in rules.verbs):
        return None  # a label's colon ("Beteiligte Akteure: …"), no verb of membership
    return colon.end()


_BRACKETS = re.compile(r"\([^()]*\)")


def _members_label(lead: str, rules: MemberRules) -> bool:
    """Whether the words before a run-in list's colon are the members' label alone, a bracket aside
    ("Mitglieder (in alphabetischer Reihenfolge)", "Ständige Mitglieder")."""
    return rules.member_header.fullmatch(" ".join(_BRACKETS.sub(" ", lead).split())) is not None


# a person addressed: a salutation before a capitalised word ("Frau Dr. Eva Berg", "Herr Jan Muster")
_SALUTED = re.compile(rf"(?<![\w-])(?:{ADDRESS})\s+(?:{TITLE}\s*)*[A-ZÄÖÜ]")

_CELLS = re.compile(r"[|\t]|\S[ ]{2,}\S")


def _saluted_series(text: str, start: int, end: int) -> bool:
    """Whether a list run in after a colon and parted by commas alone names a person addressed in each
    of its parts ("an: die Beauftragte Frau Eva Berg, für den Rat Herr Jan Muster (SPD) und Frau Ida
    Roth (CDU), für das Jobcenter Herr Ali Demir"): a list of persons, each its own member, that needs
    no semicolons; two persons at least."""
    parts = [text[a:k] for a, k in apart(text, start, end)]
    if len(parts) < MIN_PERSONS or _CELLS.search(text, start, end):
        return False  # one part, or the cells of a table under the lead-in ("Sozialamt | Frau A")
    return len(_SALUTED.findall(text, start, end)) >= MIN_PERSONS and all(_SALUTED.search(p) for p in parts)


# a part of a list run in: a body, then the person representing it in brackets, closing the part
# ("Caritasverband Nordheim e. V. (Dr. Eva Berg)"); the person titles, a given name, one or two names more
_BODY_THEN_PERSON = re.compile(
    rf"\s*(?P<body>[^\s()][^()]*?)\s*\((?P<person>(?:{TITLE}\s*)*(?P<first>{CAPITAL}[\w-]+)"
    rf"(?:\s+{CAPITAL}[\w'’-]+){{1,2}})\)\s*\.?\s*"
)
# what parts a list run in: a comma, or "und" / "sowie" after a closing bracket
_PART_CUT = re.compile(rf"(?<=\))\s*(?:,\s*|\s+(?:{alternation('conjunctions')})\s+)")


def _bracketed(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons of a list run in whose every part names a body and, in brackets, the person for it
    ("von: Diakonie Nord (Eva Berg), Jobcenter Nordheim (Jan Muster) und Verein X (Ali Demir)"): each a
    member, its body the label; none unless there are two parts at least, none is a person's name before
    its bracket, and at least half the bracketed names open with a known given name."""
    parts, pos = [], start
    for cut in [*_PART_CUT.finditer(text, start, end), None]:
        parts.append((pos, cut.start() if cut else end))
        pos = cut.end() if cut else end
    found = [_BODY_THEN_PERSON.fullmatch(text, a, b) for a, b in parts]
    matched = [m for m in found if m is not None]
    if len(parts) < MIN_PERSONS or len(matched) < len(found):
        return []
    if any(is_first_name(m["body"].split()[0]) for m in matched):
        return []  # "Eva Berg (SPD)": a person before the bracket, the bracket their party
    if 2 * sum(is_first_name(m["first"]) for m in matched) < len(matched):
        return []
    return [
        MemberRow(m.start("person"), m.end("person"), m["person"], label=" ".join(m["body"].split()), method="list")
        for m in matched
    ]


def _comma_series(text: str, start: int, end: int) -> bool:
    """Whether a list run in after a colon, parted by commas alone, names persons addressed, bodies each
    with its person in brackets, or persons each with a bracket after the name."""
    return (
        _saluted_series(text, start, end)
        or _bracketed_series(text, start, end)
        or bool(_person_series(text, start, _stop(text, start, end)))
    )


def _stop(text: str, start: int, end: int) -> int:
    """Where a sentence's words end, its closing full stop and spaces left out."""
    while end > start and text[end - 1] in " \t\n.":
        end -= 1
    return end


# a person named alone, maybe addressed, a bracket after the name saying where they come from
_NAMED = re.compile(
    rf"(?:{ADDRESS}\s+)?(?P<name>(?:{TITLE}\s*)*(?P<first>{CAPITAL}[\w-]+)(?:\s+{CAPITAL}[\w'’-]+){{1,2}})"
    r"(?:\s*\((?P<said>[^()]{2,80})\))?"
)
_SERIES_CUT = re.compile(rf",|\s(?:{alternation('conjunctions')})\s")


def _person_series(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons of a list run in parted by commas and a last "und" or "sowie", each part a person's
    name, maybe with a bracket after it ("an: Eva Berg (Nordheim), die den Kreis leitet, Jan Muster
    (Au) und Ida Roth (Süd)"): each a member, the bracket's words its label. A relative clause after a
    part says something about its person, and marks the chair where it names the chair's role. Two
    persons at least, and every part's given name one the list of names knows; else none."""

    def series_cut(k: int) -> int | None:
        m = _SERIES_CUT.match(text, k)
        return m.end() if m else None

    parts = apart(text, start, end, series_cut, last=True)
    rows: list[MemberRow] = []
    for n, (a, b) in enumerate(parts):
        cut = parts[n - 1][1] if n else start
        if rows and text[cut] == "," and _RELATIVE.match(text, cut, b):
            rows[-1].is_chair = rows[-1].is_chair or bool(_CHAIR_CLAUSE.search(text, a, b))
            continue
        a += len(text[a:b]) - len(text[a:b].lstrip())
        m = _NAMED.fullmatch(text, a, len(text[:b].rstrip()))
        if m is None or not is_first_name(m["first"]):
            return []
        rows.append(MemberRow(m.start("name"), m.end("name"), " ".join(m["name"].split()), m["said"], method="list"))
    return rows if len(rows) >= MIN_PERSONS else []


def _bracketed_series(text: str, start: int, end: int) -> bool:
    """Whether a list run in after a colon names a body and its person in brackets in each part."""
    stop = end
    while stop > start and text[stop - 1] in " \t\n.":
        stop -= 1
    return bool(_bracketed(text, start, stop))


def listed(text: str, start: int, end: int, at: int, rules: MemberRules) -> bool:
    """Whether a word at ``at`` stands among the items of a run-in list in the sentence ``start``–``end``."""
    list_at = _list_start(text, start, end, rules)
    return list_at is not None and list_at <= at


# an article after a comma, "und" or "sowie": the opening of a later item of an enumeration
_LATER_ITEM = re.compile(r"(?:,|\bund|\bsowie)\s+(?:" + alternation("linking_articles", "opening_articles") + r")\s+$")
_EARLIER_ITEM = re.compile(r",\s+(?:" + alternation("linking_articles", "opening_articles") + r")\s+[A-ZÄÖÜ]")


def enumerated(text: str, start: int, end: int, at: int, rules: MemberRules) -> bool:
    """Whether a word at ``at`` opens a later item of an enumeration of bodies, parted by commas, that
    a membership verb of the sentence ``start``–``end`` lists ("Aus der Stadtgesellschaft wirken der
    Integrationsrat, das Jobcenter … und der Arbeitskreis Migrantenvereine mit")."""
    if not _LATER_ITEM.search(text, max(start, at - 12), at) or not _EARLIER_ITEM.search(text, start, at):
        return False
    return _membership(text, start, end, rules)


def _membership(text: str, start: int, end: int, rules: MemberRules) -> bool:
    """Whether the sentence ``start``–``end`` holds a verb of membership (and its particle)."""
    return any(
        (m := first_verb(v.pattern, text, start, end)) is not None
        and (v.particle is None or v.particle.search(text, m[1], end) is not None)
        for v in rules.verbs
    )


def represented(text: str, start: int, end: int, at: int, rules: MemberRules) -> bool:
    """Whether a word at ``at`` names the body a person a membership verb lists comes from ("Ihr gehören
    an: …, Frau Ruth Beispiel für den Runden Tisch der Religionen, …"): a member's body, no group."""
    if _GAPPED_BODY.search(text, max(start, at - 160), at) and _PERSON_AFTER.match(text, at, end):
        return True  # "Die Gemeinde X vertritt Herr A, den Arbeitskreis Y Frau B": the verb left out
    return _FOR_BODY.search(text, max(start, at - 120), at) is not None and _membership(text, start, end, rules)


# a body in the accusative after "vertritt …, " whose person follows its name, the verb left out
_GAPPED_BODY = re.compile(
    rf"\b(?:vertritt|vertreten)\s[^.;:]{{3,120}},\s+(?:{alternation('linking_articles', 'opening_articles')})\s+$"
)
_PERSON_AFTER = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß.-]*){0,3}\s+(?:Frau|Herrn?)\s+(?:(?:Dr|Prof)\.\s*)*[A-ZÄÖÜ]"
)


def run_in_members(rows: list[MemberRow], text: str, start: int, end: int, rules: MemberRules, res: Resources) -> bool:
    """The members of a run-in list in the sentence ``start``–``end`` (see the module docstring);
    whether it holds one."""
    stop = end
    while stop > start and text[stop - 1] in " \t\n.":
        stop -= 1
    colon = _COLON.search(text, start, end)
    if colon is not None and rules.list_cue.search(text, start, colon.start()):
        if persons := for_clauses(text, colon.end(), stop):  # "an: für die Abteilung 500 Frau Eva Berg
            rows.extend(persons)  # (Stellvertretung: …), für …": the persons, no deputy
            return True
    at = _list_start(text, start, end, rules)
    if at is None:
        return False
    if ";" not in text[at:stop] and (persons := _bracketed(text, at, stop)):
        rows.extend(persons)  # "von: Verein X (Eva Berg), …": the persons, their bodies the labels
        return True
    if ";" not in text[at:stop] and (persons := _person_series(text, at, stop)):
        rows.extend(persons)  # "an: Eva Berg (Nordheim), die … leitet, Jan Muster (Au) und …": the persons
        return True
    if persons := inverted_series(text, at, stop):
        rows.extend(persons)  # "Mitglieder: Weber, Jonas (Sozialamt); …": the persons, surname first
        return True
    found: list[MemberRow] = []
    pos = at
    for part in [*re.finditer(";", text[at:stop]), None]:
        a, b = pos, at + part.start() if part else stop
        pos = at + part.end() if part else stop
        found += _clauses_apart(text, a, b, res)
    if len(found) < 2:
        return False
    rows.extend(found)
    return True


# a comma closing a relative clause inside a part, "und" or "sowie" opening the part's next item after it
# ("…, Frau Dr. Ines Wolter, die den Vorsitz führt, und die Integrationsbeauftragte, Frau …")
_CLAUSE_CLOSED = re.compile(rf",(?=\s+(?:{alternation('conjunctions')})\s)")


def _clauses_apart(text: str, start: int, end: int, res: Resources) -> list[MemberRow]:
    """The members of one part of a run-in list, a relative clause after a name saying something about
    its member ("…, die der Rat bestimmt"), the chair where it names the chair's role; where the part goes
    on after the clause with "und" or "sowie", the rest its next item."""
    found: list[MemberRow] = []
    a = start
    while a < end:
        relative = _RELATIVE.search(text, a, end)
        closed = _CLAUSE_CLOSED.search(text, relative.end(), end) if relative else None
        b = closed.start() if closed else end
        chair = relative is not None and bool(_CHAIR_CLAUSE.search(text, relative.end(), b))
        found += _part_members(text, a, relative.start() if relative else end, chair, res)
        a = closed.end() if closed else end
    return found


def side_members(rows: list[MemberRow], text: str, start: int, end: int, rules: MemberRules) -> bool:
    """The persons a sentence names after its verb when it opens with the side they speak for (group
    `side` of the continuation: "Für die Wohlfahrtspflege arbeitet Frau Eva Berg (Diakonie) mit, für das
    Jobcenter Herr Jan Muster.", "Die Gemeinden entsenden Bürgermeisterin Anna Beispiel (Gemeinde X)");
    whether it names any."""
    side = rules.continuation.match(text, start, end)
    if side is None or side.group("side") is None:
        return False
    found = _persons(text, side.end(), end)
    for row in found:
        row.method = "prose"
        row.label = row.label or side.group("side")  # "Die Vereine vertreten Frau X …": the side, its sector
    rows.extend(found)
    return bool(found)


def _part_members(text: str, start: int, end: int, chair: bool, res: Resources) -> list[MemberRow]:
    """The members of one part: one for each item "und" or "sowie" opens, an item's names joined by a
    comma one member; the chair, if the part's clause names it, is its first. Where each item names
    persons, the persons (:func:`_persons`)."""
    if (factions := faction_members(text, start, end, res)) is not None and not text[start : factions[0]].strip():
        return factions[1]  # "je ein Mitglied der Fraktionen von A, B und C": each faction
    cuts = [*_NEXT_ITEM.finditer(text, start, end), None]
    spans, pos = [], start
    for cut in cuts:
        spans.append((pos, cut.start() if cut else end))
        pos = cut.end() if cut else end
    persons = [_persons(text, a, b) for a, b in spans]
    out: list[MemberRow] = []
    if all(persons):
        out = [row for found in persons for row in found]
        if chair:
            out[0].is_chair = True
        return out
    for a, b in spans:
        items = org_items(text, a, b, res)
        if not items or text[items[-1].end : b].strip():
            continue  # no body, or words after the last name that belong to none
        first, last = items[0], items[-1]
        value = first.name + re.sub(r"\s+", " ", text[first.end : last.end])
        out.append(MemberRow(first.name_start, last.end, value, is_chair=chair and not out, method="list"))
    return out


_ARTICLE = alternation("linking_articles", "opening_articles")
# the side the members of a part speak for, opening it: "für die Kreisverwaltung …", "als Partner …"
_SIDE = re.compile(
    rf"\s*(?:für|als)\s+(?:(?:{_ARTICLE})\s+)?(?P<side>[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:{alternation('conjunctions')})\s+"
    rf"[A-ZÄÖÜ][\wäöüß-]*)?)(?=\s+(?:{_ARTICLE}|Herrn?|Frau)\s)"
)
# a person: a salutation, titles, a given name and a family name, a short particle before it ("El", "Al");
# the names' letters any a name is spelled with ("Demirtaş", "Ștefan")
_PERSON = re.compile(
    r"(?:(?:Herrn?|Frau)\s+)?(?P<name>(?:(?:Dr|Prof)\.\s*)*(?P<first>[A-ZÄÖÜ][^\W\d_A-Z]+(?:-[A-ZÄÖÜ][^\W\d_A-Z]+)?)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]{1,2}\s+)?(?![a-zäöüß])[^\W\d_][^\W\d_A-Z]+(?:-[A-ZÄÖÜ][^\W\d_A-Z]+)?)(?![\w-])"
)
_WORD = re.compile(r"(?<![\wäöüß.-])(?:Herrn?\s+|Frau\s+)?[A-ZÄÖÜ]")
_CHAIR_SIDE = re.compile(CHAIR_WORD)
# what a person's name is set off from: commas, brackets, "und", "sowie", an article
_FILLER = re.compile(rf"^[\s,;()]*(?:(?:{alternation('conjunctions')})\s+)?(?:(?:{_ARTICLE})\s+)?|[\s,;()]+$")


# a person's name, then "für", "vom" or "von" and maybe an article: the body the person comes from follows
_FOR_BODY = re.compile(rf"{_PERSON.pattern}\s+(?:{either(ORIGIN)})\s+(?:(?:{_ARTICLE})\s+)?$")


_BRACKET_OR_ORIGIN = re.compile(r"\s*\(([^()]{2,120})\)|\s+(?:" + either(ORIGIN) + r")\s+([^,;()]{2,120})")


_LINKED = re.compile(rf"\s+(?:{alternation('conjunctions')})\s+")


# the words before a part's first person that count the persons after it ("zwei Mitglieder des Beirats,
# nämlich dessen Vorsitzender, Herr A, und Frau B"): the body they name is each one's
_COUNTED = re.compile(rf"(?:\d+|{spelt(2, 20)})\s+(?:Mitglieder|Vertreter\w*|Personen)\b")


def _next_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The linking word's span before the next person an origin runs on to ("von der Schule X sowie Anna
    Muster für …"), else None."""
    for link in _LINKED.finditer(text, start, end):
        m = _PERSON.match(text, link.end(), end)
        if m is not None and is_first_name(m.group("first")):
            return link.start(), link.end()
    return None


def _persons(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons an item of a part names after their offices or before their institutions: "für die
    Verwaltung die Leiterin des Schulamts Anna Beispiel", "der Vorsitzende des Ausschusses, Dr. Jan
    Muster", "Frau Eva Berg (Diakonie Nord) sowie Herr Ali Demir für den Verein X". Each is a member,
    its label the institution after the name (in brackets, after "für" or "vom"), else the office before
    it, else the side the part speaks for. A part speaking for the chair ("als Vorsitzende die Erste
    Kreisrätin Frau Dr. …") names the chair first."""
    side = _SIDE.match(text, start, end)
    pos = side.end() if side else start
    out: list[MemberRow] = []
    shared: str | None = None  # "zwei Mitglieder des Beirats, nämlich …": the body of the persons after
    for word in _WORD.finditer(text, pos, end):  # tried at every word: "Soziales Henrike Boltz" holds one
        m = _PERSON.match(text, word.start(), end) if word.start() >= pos else None
        if m is None or not is_first_name(m.group("first")):
            continue
        before = _FILLER.sub("", text[pos : m.start()])
        bracket = _BRACKET_OR_ORIGIN.match(text, m.end(), end)
        origin = (bracket.group(1) or bracket.group(2)) if bracket else None
        stop = bracket.end() if bracket else m.end()
        if bracket and bracket.group(2) and (nxt := _next_person(text, bracket.start(2), bracket.end(2))) is not None:
            origin, stop = text[bracket.start(2) : nxt[0]].rstrip(), nxt[1]  # "… von der Schule X sowie Anna …"
        label = origin or before or (side.group("side") if side else None) or shared
        shared = shared or (before if not out and _COUNTED.match(before) else None)
        out.append(MemberRow(m.start("name"), m.end(), m.group("name"), label=label, method="list"))
        pos = stop
    if out and side and _CHAIR_SIDE.fullmatch(side.group("side")):
        out[0].is_chair = True  # "als Vorsitzende die Erste Kreisrätin Frau Dr. …": the part's person chairs
    return out
