"""Members named in a sentence about a steering group, in any word order.

"Der Lenkungsgruppe gehören das Sozialamt und der Caritasverband an", "Das Sozialamt und der
Caritasverband gehören der Lenkungsgruppe an", "Im Steuerungskreis arbeiten seit 2023 das
Sozialamt und das Jobcenter mit; hinzu kommen ...": the members are what a clause with a
membership verb holds besides the group, the verb and the words around them. Also the lines
under a list item that starts with the group (:func:`item_lines`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.german import nlp
from extractors.german.enumerations import Item, strip_end
from extractors.resources import Resources
from pipeline.lang.de.abbreviations import SENTENCE_END
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import TITLE
from pipeline.structure.prose import Layout

from .bare_persons import bare_in_clause
from .bracketed import bracketed_persons, persons_of_body
from .hyphens import surely_none, verb_spans
from .name_blocks import name_start, person_words
from .rules import AS_CHAIR, CHAIR_MARK, MemberRow, MemberRules, enumeration, org_items
from .sectors import is_person
from .tables import seat_category

# where a sentence is cut into clauses: a semicolon, or a ruled line of a page's foot or head an export set
# inside it ("… an." / "____" / "Stadt X · Vorlage 12/2026 - 2 -" / "Aus der … mit.")
_CLAUSE_CUT = re.compile(r";|\n[ \t]*[_=–—]{8,}[ \t]*(?=\n)")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A sentence cut at semicolons ("... wirken mit; hinzu kommen ...") and ruled lines, and where a legal
    form's full stop ends it ("… Verein X e. V. Die Fraktionen benennen …"): (start, end, whether the clause
    opens a sentence of its own)."""
    cuts = sorted(
        [(start + m.start(), start + m.end(), False) for m in _CLAUSE_CUT.finditer(text[start:end])]
        + [(m.start(), m.end(), True) for m in ABBREVIATION_END.finditer(text, start, end)]
    )
    out, pos, own = [], start, False
    for a, b, sentence in cuts:
        if a < pos:
            continue
        out.append((pos, a, own))
        pos, own = b, sentence
    out.append((pos, end, own))
    return out


def prose_members(
    rows: list[MemberRow],
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    taken: list[int],
    rules: MemberRules,
    res: Resources,
) -> None:
    """Members named in the clauses of one sentence; in a relative clause about the group too
    ("Die Mitglieder dieser Gruppe, zu der A und B zählen, trafen sich …"), never in one about
    another noun ("Die Lenkungsgruppe berät den Ausschuss, dem A und B angehören")."""
    named = False  # a clause before named the group: the next ones may go on ("...; hinzu kommen ...")
    for ca, cb, opens in _clauses(text, start, end):
        named = named and not opens  # a sentence of its own goes on from the group only by its opening words
        own = [(a, b) for a, b in spans if ca <= a < cb]
        others = [t for t in taken if ca <= t < cb and not any(a <= t < b for a, b in own)]
        clause = text[ca:cb]
        verb = _verb(text, ca, cb, rules)
        relative = _relative_of(text, ca, cb, verb[0], rules) if verb is not None and not others else None
        if relative is not None:  # the verb ends a relative clause: its members when it speaks of the group
            comma, ra, rb = relative
            if _about(text, comma, own) and not _no_members(text[ca:rb], rules):  # what leads to it too
                _read(rows, text, ra, rb, [], _verb(text, ra, rb, rules), rules, res)
            verb = _verb(text, ca, cb, rules, (comma, rb))  # one of the main clause
        if others or _no_members(clause, rules):
            named = named or bool(own)
            continue
        if verb is None or not (own or named or not spans or rules.continuation.match(clause.lstrip())):
            named = named or bool(own)
            continue
        named = named or bool(own)
        if _takes_part_elsewhere(text, ca, verb, own) or _forms_other(text, verb, own):
            continue
        _read(rows, text, ca, cb, own, verb, rules, res)


# the thing taken part in ("nimmt an den Treffen teil", "nehmen am Forum teil"; not one pointing back to
# the group: "An ihren Sitzungen nehmen … teil"), the partner worked with ("mit dem Beirat zusammenarbeiten")
_PART_IN = re.compile(r"\ba[nm]\s+(?!(?:ihre|seine|deren|dessen)\w*\s)")
_PARTNER = re.compile(r"\bmit\s")


_FORM = re.compile(r"bild(?:en|eten)\b")


def _forms_other(text: str, verb: tuple[int, int, int], own: list[tuple[int, int]]) -> bool:
    """Whether a clause's subject forms something other than the group ("Sie bilden zugleich die Thementische
    des Forums, zu dem die Lenkungsgruppe einlädt"): "bilden" names members only with the group its object,
    no comma between them ("A, B und C bilden die Lenkungsgruppe")."""
    if not _FORM.match(text, verb[0]):
        return False
    return not any("," not in text[min(verb[1], a) : max(verb[0], a)] for a, _ in own)


def _takes_part_elsewhere(text: str, ca: int, verb: tuple[int, int, int], own: list[tuple[int, int]]) -> bool:
    """Whether the clause's subject takes part in something other than the group ("Der Beirat ...
    und nimmt an den Treffen der Gemeinden teil") or works with a partner ("Die Steuerungsgruppe soll
    mit dem Beirat zusammenarbeiten"): the group is no such phrase's, so the clause names no members of
    it ("An der Runde nehmen A und B teil", "…, in der A und B zusammenarbeiten" do)."""
    if text[verb[2] : verb[2] + 6].lstrip().startswith("teil"):
        m = _PART_IN.search(text, verb[1], verb[2])
    elif text.startswith("zusammen", verb[0]):
        m = _PARTNER.search(text, ca, verb[0])
    else:
        return False
    return m is not None and not any(m.start() <= a < max(verb[0], verb[2]) for a, _ in own)


def _no_members(clause: str, rules: MemberRules) -> bool:
    """Whether a clause speaks of attendees or authors, or of the agent of a passive, not of members."""
    return bool(rules.not_members.search(clause) or rules.agent_clause.search(clause))


def _read(
    rows: list[MemberRow],
    text: str,
    ca: int,
    cb: int,
    own: list[tuple[int, int]],
    verb: tuple[int, int, int] | None,
    rules: MemberRules,
    res: Resources,
) -> None:
    """The members of a clause with a membership verb: its stretch that lists the most of them."""
    if verb is None:
        return
    if bracketed := bracketed_persons(text, ca, cb, rules, res):  # "je zwei Personen der Verwaltung (A und B)"
        rows.extend(bracketed)
        return
    best: list[Item] = []
    regions = _without_seats(text, ca, cb, _regions(text, ca, cb, own, verb, rules), rules)
    for ra, rb in regions:
        items = org_items(text, ra, rb, res)
        if len([i for i in items if i.head]) > len([i for i in best if i.head]):
            best = items
    if len(best) < 2 and (persons := bare_in_clause(text, regions)):
        rows.extend(persons)  # "Aus dem Gemeinderat wirken A (CDU) und B (SPD) mit": the persons, not the council
        return
    previous: Item | None = None
    for item in _remits_joined(text, best):
        if previous is not None and _apposition(text, previous, item):
            # "die Bürgermeisterin für Soziales, Frau Lisbach, ...": the same member, the office as written;
            # a person with a given name is the member, the office its label ("…, Frau Anna Beispiel")
            if person_words(_TITLED.sub("", item.name).split()):
                rows[-1] = MemberRow(item.name_start, item.end, item.name, rows[-1].value, rows[-1].is_chair)
            continue
        if previous is not None and _function_of(text, previous, item, res):
            rows[-1].label = item.name  # "Jonas Kowalski, Leiter des Amtes für Jugend": the person's sector
            continue
        # "drei Mitgliedern des Kreistages (A, B und C)": the persons, the body
        if _sent_persons(rows, text, previous, item, res):
            previous = item  # their label
            continue
        marker = CHAIR_MARK.search(item.name)
        name = CHAIR_MARK.sub("", item.name).strip()
        if not name:  # "Sozialamt, (Vorsitz)": the mark alone names no member
            if marker and previous is not None and rows:
                rows[-1].is_chair = True
            continue
        end = item.end if not marker else item.name_start + (text[item.name_start : item.end].find("(") or len(name))
        role = _AS_ROLE.search(name) if not AS_CHAIR.search(name) else None
        if role and is_person(name[: role.start()]):  # "Paul Weber als Integrationsbeauftragter"
            name, end = name[: role.start()], item.name_start + text[item.name_start : item.end].find(role.group())
        sent = _FOR_BODY.search(name) if not role else None
        sender = _BODY_FIRST.fullmatch(name) if not role and not sent else None
        if sender and person_words(_TITLED.sub("", sender["person"]).split()):
            # "für die Agentur für Arbeit Ulm Frau Eva Beispiel": the person, sent by the body before them
            role, body, name = None, sender["body"], sender["person"]
            at = re.search(r"\s+".join(map(re.escape, name.split())), text[item.name_start : item.end])
            end = item.end if at is None else item.name_start + at.end()
            item = replace(item, name_start=item.name_start + (at.start() if at else 0))
        elif sent and person_words(_TITLED.sub("", name[: sent.start()]).split()):
            # "Herr Dr. Jan Beispiel für das Jobcenter Ulm": the person, sent by the body (their sector)
            role, body = None, name[sent.end() :]
            name, end = name[: sent.start()], item.name_start + text[item.name_start : item.end].find(sent.group())
        else:
            body = None
        row = MemberRow(item.name_start, end if end > item.name_start else item.end, name, is_chair=bool(marker))
        row.label = role.group(1) if role else body or _shared_office(text, previous, item)
        rows.append(row)
        previous = item


def _sent_persons(rows: list[MemberRow], text: str, previous: Item | None, item: Item, res: Resources) -> bool:
    """The persons a bracket after a body names ("der Amtsleiter (Herr Jan Beispiel) als Vorsitzender":
    Jan Beispiel, the chair), appended; a body's site set off by a comma after the articled body, no
    article of its own, one member with it ("das Jobcenter Nordtal, Standort Ahlen (Frau Eva Roth)": Eva
    Roth, the body no member of its own). Whether the item named such persons."""
    as_chair = AS_CHAIR.search(text, item.name_start, item.end)
    persons = persons_of_body(text, item.name_start, as_chair.start() if as_chair else item.end, res)
    if not persons:
        return False
    persons[0].is_chair = as_chair is not None and len(persons) == 1
    if (
        previous is not None
        and rows
        and rows[-1].start == previous.name_start
        and text[previous.end : item.start].strip() == ","
        and _ARTICLED.match(text, previous.start)
        and item.start == item.name_start
        and len(persons) == 1
    ):
        persons[0].label = f"{rows.pop().value}, {persons[0].label}"
    rows.extend(persons)
    return True


# "Paul Weber als Integrationsbeauftragter": the person, and the role they have (their sector)
_AS_ROLE = re.compile(
    r"\s+als\s+([A-ZÄÖÜ][\w-]+(?:\s+(?:" + alternation("linking_articles", "prepositions") + r")\s+[A-ZÄÖÜ][\w-]+)?)$"
)
# "… für das Jobcenter Ulm" after a person: the body that sends them
_FOR_BODY = re.compile(r"\s+für\s+(?:" + alternation("linking_articles", "opening_articles") + r")\s+(?=[A-ZÄÖÜ])")
# "für das Jobcenter Ulm Eva Beispiel": the body that sends a person named after it, no comma between
_BODY_FIRST = re.compile(
    r"für\s+(?:" + alternation("linking_articles", "opening_articles") + r")\s+(?P<body>[A-ZÄÖÜ].*?)\s+"
    rf"(?P<person>(?:{TITLE}\s*)*[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w'’-]+)"
)
_TITLED = re.compile(rf"^(?:{TITLE}\s*)+")  # a person's academic titles before their given name
# "Leiter des Amtes für …", "Sprecherin der Initiative": a function in an organisation, no article before it
_FUNCTION = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+(?:des|der)\s")


def _function_of(text: str, previous: Item, item: Item, res: Resources) -> bool:
    """A function named right after a person, set off by a comma only, without an article: "Jonas
    Kowalski, Leiter des Amtes für Jugend" (not "Frau Lange, Caritasverband der Diözese")."""
    if text[previous.end : item.start].strip() != "," or text[item.start : item.name_start].strip():
        return False
    if not (previous.label == "PERSON" or is_person(previous.name)) or not _FUNCTION.match(text, item.name_start):
        return False
    head = nlp.lexicon(res).head(item.name.split()[0])
    return head is None or head.label == "OFFICE"


# ", der … angehören", ", zu der … zählen", ", in dem … vertreten sind": a relative clause's opening
_RELATIVE = re.compile(
    r",\s*(?:(?P<prep>"
    + alternation("prepositions")
    + r")\s+)?(?:"
    + alternation("linking_articles", "opening_articles")
    + r"|denen|deren|dessen|welche[rsmn]?)\s+"
)


def _relative_of(text: str, start: int, end: int, at: int, rules: MemberRules) -> tuple[int, int, int] | None:
    """The relative clause a clause's word at ``at`` stands in: (its comma, where its words start,
    where it ends: at the comma after its verb, a word in lower case, or at the clause's end), or
    None (", die 2020 gegründet wurde, gehören …": "gehören" is not in it). A pronoun without a
    preposition is one where an article would not be (", der das Sozialamt …", not ", der Caritasverband")."""
    for m in reversed(list(_RELATIVE.finditer(text, start, at))):
        if m.group("prep") or rules.relative.match(text, m.start()):
            closed = _CLAUSE_END.search(text, m.end(), end)
            stop = closed.end() if closed else end
            return (m.start(), m.end(), stop) if at < stop else None
    return None


_CLAUSE_END = re.compile(r"(?<![\wäöüß-])[a-zäöüß]{3,}(?=\s*,)")


def _about(text: str, comma: int, own: list[tuple[int, int]]) -> bool:
    """Whether the relative clause opening at ``comma`` speaks of the group: its name right before
    ("der Lenkungsgruppe „Integration“ (LGI), der …"), with what it is for and the verbs that end
    the sentence after it ("wurde eine Projektgruppe zur Strategie der Stadt eingerichtet, an der
    …"); not an object of a verb after it ("Die Lenkungsgruppe berät den Ausschuss, dem …")."""
    return any(_AFTER_NAME.fullmatch(text, b, comma) for _, b in own)


# after a group's name: quotes, an acronym, phrases of what it is for ("zur Strategie der Stadt"),
# the verbs ending the sentence
_AFTER_NAME = re.compile(
    r"[\s“”\"'’»«]*(?:\([^()]{1,20}\))?(?:\s+(?:"
    + alternation("prepositions", "contractions")
    + r"|der|des)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]*)*(?:\s+[a-zäöüß]{3,}){0,3}\s*"
)


def _without_seats(
    text: str, start: int, end: int, regions: list[tuple[int, int]], rules: MemberRules
) -> list[tuple[int, int]]:
    """The regions of a clause without the sectors a shared count gives seats to ("dem Sozialamt
    und je zwei Personen aus Rat und Vereinen": the Sozialamt, not the council nor the clubs)."""
    seats = list(rules.shared_seats.finditer(text, start, end))
    out = []
    for a, b in regions:
        if any(m.end() <= a and not text[m.end() : a].strip() for m in seats):
            continue
        sector = _SECTOR_FROM.match(text, a, b)
        if sector is not None and seat_category(sector.group("sector"), rules) is not None:
            a = sector.end()  # "aus der Verwaltung die Fachabteilung …": the members after the sector
        cut = next((m.start() for m in seats if a <= m.start() < b), b)
        cut = a + len(re.sub(r"(?:[\s,]+(?:und|sowie|oder))?[\s,]*$", "", text[a:cut]))
        if cut > a:
            out.append((a, cut))
    return out


# the sector the members after it come from, opening a clause's stretch: "aus der Verwaltung", an
# article opening the first member right after it
_SECTOR_FROM = re.compile(
    r"[ \t\n]*(?:aus|von)[ \t\n]+(?:"
    + alternation("linking_articles")
    + r")[ \t\n]+(?P<sector>[A-ZÄÖÜ][\wäöüß-]+)(?=[ \t\n]+(?:"
    + alternation("linking_articles", "opening_articles")
    + r")[ \t\n])"
)


# an article opening an enumeration's item ("der Leitung …", "dem Jobcenter …", "je einem Mitglied …")
_ARTICLED = re.compile(
    r"(?:je\s+)?(?:" + alternation("linking_articles", "opening_articles", "indefinite_articles") + r")\s"
)
_SALUTED = re.compile(r"(?:Herrn?|Frau)\s")


def _remits_joined(text: str, items: list[Item]) -> list[Item]:
    """The items of an enumeration whose members open with an article, each bare item after a comma or
    a conjunction joined to the item before it, as the rest of its name: an office's remit ("der
    Referentin für Soziales, Jugend und Gesundheit, Frau …") or a body's unit ("der Kammer X,
    Geschäftsstelle Y, dem …"). Only where three items open with an article at least and the bare
    ones are fewer; a person's name is never such a rest."""
    articled = [bool(_ARTICLED.match(text, i.start, i.name_start + 1)) for i in items]
    bare = [
        not a
        and i.start == i.name_start
        and i.label != "PERSON"
        and not _SALUTED.match(text, i.start)
        and name_start(i.name) is None
        for i, a in zip(items, articled, strict=True)
    ]
    if sum(articled) < 3 or sum(bare) >= sum(articled) or not any(bare):
        return items
    out: list[Item] = []
    for k, item in enumerate(items):
        if bare[k] and out and (articled[k - 1] or bare[k - 1]) and text[out[-1].end : item.start].strip():
            last = out[-1]
            name = last.name + re.sub(r"\s+", " ", text[last.end : item.end])
            out[-1] = replace(last, end=item.end, name=name)
            continue
        out.append(item)
    return out


_JOINED = re.compile(r"\s+(?:" + alternation("conjunctions") + r")\s+")


def _shared_office(text: str, previous: Item | None, item: Item) -> str | None:
    """The office a person joined by a conjunction shares with the person before, whose item names it
    before the name ("den Migrationsräten Herrn A und Frau B": B is one too); else None."""
    if previous is None or item.label != "PERSON" or not _JOINED.fullmatch(text, previous.end, item.start):
        return None
    at = name_start(previous.name)
    return previous.name[:at].strip() or None if at else None


def _apposition(text: str, previous: Item, item: Item) -> bool:
    """A person named right after an office, set off by a comma only: "die Bürgermeisterin, Frau
    Lisbach" (not an article's next item: "…, den Migrationsräten Herrn A und Frau B")."""
    between = text[previous.end : item.start]
    return (
        item.label == "PERSON"
        and previous.label == "OFFICE"
        and between.strip() == ","
        and not _ARTICLED.match(text, item.start, item.name_start + 1)
        and len(_TITLED.sub("", item.name).split()) <= 3
    )


def _verb(
    text: str, start: int, end: int, rules: MemberRules, without: tuple[int, int] = (0, 0)
) -> tuple[int, int, int] | None:
    """The first membership verb of a clause: (start, end, start of its particle or ``end``); not
    one in the stretch ``without`` (a relative clause)."""
    none = surely_none(tuple(verb.pattern for verb in rules.verbs), text, start, end)
    for verb, absent in zip(rules.verbs, none):
        if absent:
            continue
        m = next((x for x in verb_spans(verb.pattern, text, start, end) if not without[0] <= x[0] < without[1]), None)
        if not m:
            continue
        if verb.particle is None:
            return m[0], m[1], end
        p = verb.particle.search(text, m[1], end)
        if p:
            return m[0], m[1], p.start()
    return None


_COLON = re.compile(r":(?!in(?:nen)?\b)")
# "besteht aus", "setzt sich aus": the verb's "aus" right after it
_AUS_NEXT = re.compile(r"\w+(?:\s+sich)?\s+aus\s")
_SENTENCE_END = re.compile(SENTENCE_END + r"\s")


def _regions(
    text: str, start: int, end: int, own: list[tuple[int, int]], verb: tuple[int, int, int], rules: MemberRules
) -> list[tuple[int, int]]:
    """The stretches of a clause besides the group, the verb and the words around them."""
    found = _COLON.search(text, verb[1], end)  # not the colon of a gendered noun ("Koordinator:innen")
    colon = found.start() if found else -1
    # a colon after a full stop belongs to the next sentence, which an export's stray word joined
    # to this one ("... besetzt." / "einer" / "Im Februar ... gebildet: Bildung, ...")
    ended = colon >= 0 and _SENTENCE_END.search(text, verb[0], colon) is not None
    if colon >= 0 and not ended and not text[verb[1] : colon].strip(" \t\n")[:1].isupper():
        start = colon + 1  # "... gehören an: A, B und C", "Mitglieder sind: ..."
        anchors = [(verb[2], end)] if verb[2] > colon else []
    else:
        anchors = [(verb[0], verb[1]), (verb[2], end)]
    # the clause's other membership verbs, as "besteht nach dem Beschluss ... künftig aus" after
    # an apposition "bisher bestehend aus A und B": words of the frame, not members; but not a
    # verb whose "aus" follows it read on to a later "aus" ("besteht aus dem Sozialamt und je zwei
    # Personen aus Rat ...", "setzt sich aus dem Sozialamt sowie ...": the members stand between)
    none = surely_none(tuple(v.pattern for v in rules.verbs), text, start, end)
    anchors += [
        (a, b)
        for v, absent in zip(rules.verbs, none)
        if not absent
        for a, b in verb_spans(v.pattern, text, start, end)
        if not _AUS_NEXT.match(text, a, b - 4)
    ]
    for a, b in own:
        if a < start:
            continue
        words = rules.group_words.search(text, start, a)
        a = words.start() if words and words.end() == a else a
        anchors.append((a, _after_name(text, b, end)))
    for m in rules.chair_phrase.finditer(text, start, end):
        # the chair's phrase ends at the verb after it ("Unter Leitung von A arbeiten in ihr B (Amt für C, D), …")
        anchors.append((m.start(), verb[0] if m.start() < verb[0] < m.end() else m.end()))
    anchors.sort()
    gaps, pos = [], start
    for a, b in anchors:
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        gaps.append((pos, end))
    out = []
    for a, b in gaps:
        for pa, pb in _pieces(text, a, b, rules):
            pa, pb = _trim(text, pa, pb, rules)
            if pb > pa and not _PARTICIPLE.search(text, pa, pb):
                out.append((pa, pb))
    return out


# a stretch ending in a participle or infinitive is a clause, not a list ("vom Stadtrat gewählt")
_PARTICIPLE = re.compile(r"\s(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert|[a-zäöüß]{3,}(?:en|t))\W*$")


def _after_name(text: str, end: int, stop: int) -> int:
    """The end of a group's name with what names it further: "(AKM)", "der Stadt Ulm"."""
    m = re.match(r"\s*\([^)]{1,20}\)", text[end:stop])
    return end + m.end() if m else end


# "... des Vereins Mosaik e. V. Die Geschäftsstelle ...": the abbreviation's full stop ends the sentence
ABBREVIATION_END = re.compile(
    r"(?:(?<=\be\.\sV\.)|(?<=\be\.V\.)|(?<=\bmbH\.))\s+(?=(?:Die|Der|Das|Den|Dem|Des|Sie|Er|Es|Ihr\w*|Dies\w*"
    r"|Zu|Im|In|Am|Auch|Außerdem|Zudem|Hinzu|Weitere)\b)"
)


def _pieces(text: str, start: int, end: int, rules: MemberRules) -> list[tuple[int, int]]:
    """A stretch cut at relative and subordinate clauses (", die den Prozess begleiten")."""
    out, pos = [], start
    cuts = sorted(
        [
            *rules.relative.finditer(text, start, end),
            *ABBREVIATION_END.finditer(text, start, end),
            *rules.new_clause.finditer(text, start, end),
        ],
        key=lambda m: m.start(),
    )
    for m in cuts:
        if m.start() < pos:
            continue  # inside a relative clause skipped whole
        out.append((pos, m.start()))
        pos = m.end()
        closed = _CLOSED_CLAUSE.match(text, pos, end) if text[m.start()] == "," else None
        if closed:  # ", die alle 14 Tage zusammenkommt, sind ...": the clause to its verb and comma
            pos = closed.end()
    out.append((pos, end))
    return out


# a relative clause closed by its verb and a comma: no capital word right before the comma (a name
# there ends an enumeration the clause holds: ", der das Sozialamt, das Jobcenter ... angehören")
_CLOSED_CLAUSE = re.compile(r"[^,;:()]*?(?<![\wäöüß-])[a-zäöüß]{3,}\s*,")


def _trim(text: str, start: int, end: int, rules: MemberRules) -> tuple[int, int]:
    """A stretch without the verbs, auxiliaries and adverbs at its edges."""
    while True:
        s = text[start:end]
        stripped = len(s) - len(s.lstrip(" \t\n,:"))
        lead = rules.lead_in.match(text, start + stripped, end)
        new_start = lead.end() if lead and lead.end() > start + stripped else start + stripped
        tail = rules.tail.search(text, new_start, end)
        new_end = tail.start() if tail else end
        while (
            new_end > new_start
            and text[new_end - 1] in " \t\n,.:;"
            and not (text[new_end - 1] == "." and strip_end(text[new_start:new_end]).endswith("."))
        ):
            new_end -= 1
        if (new_start, new_end) == (start, end):
            return start, end
        start, end = new_start, new_end


_LINES = re.compile(r"[ \t]*([^\n\f]+)")


def item_lines(rows: list[MemberRow], layout: Layout, seg_no: int, at: int, rules: MemberRules, res: Resources) -> None:
    """Lines under a list item that starts with the group: "Einbezug von Kreisrätinnen und Kreisräten",
    indented as ``pdftotext -layout`` sets them or not, or set apart from the item by a blank line
    as pdfminer.six sets them (then each block of them opens with a lead word)."""
    seg = layout.segs[seg_no]
    if seg.kind != "item" or at > seg.body + 2:
        return
    text = layout.flat.text
    lines = [(seg.start + m.start(1), seg.start + m.end()) for m in _LINES.finditer(text[seg.start : seg.end])][1:]
    n, last = seg_no + 1, seg.end
    while not text[seg.start : seg.end].strip().count("\n") and n < len(layout.segs):
        # lines set apart from the item by a blank line (pdfminer.six), each segment opening with a
        # lead word: a paragraph, a lone line read as a heading, or lines read as unmarked items
        nxt = layout.segs[n]
        between = text[last : nxt.start]
        if nxt.kind not in ("para", "heading", "item") or nxt.body != nxt.start or "\f" in between:
            break
        if between.count("\n") > 2 or not rules.leads.match(text[nxt.start : nxt.end]):
            break
        lines += [(nxt.start + m.start(1), nxt.start + m.end()) for m in _LINES.finditer(text[nxt.start : nxt.end])]
        n, last = n + 1, nxt.end
    entries: list[list[int]] = []
    for a, b in lines:  # an indented line from its first word
        prev = text[entries[-1][0] : entries[-1][1]] if entries else ""
        if entries and (text[a : a + 1].islower() or re.search(r"(?:\b(?:der|des|die|und|oder|von|für)|-)\s*$", prev)):
            entries[-1][1] = b  # a line wrapped inside one entry
        else:
            entries.append([a, b])
    for a, b in entries:
        lead = rules.leads.match(text[a:b])  # the rule reads from a line's start
        if lead:
            enumeration(rows, text, a + lead.end(), b, rules, res, "item")
