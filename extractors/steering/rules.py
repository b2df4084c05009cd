"""Members of a steering group: the records, the rules from ``resources/steering.yaml`` (the
membership verbs and lead-ins from ``resources/membership.yaml``) and the
test that an enumeration lists organisations, offices or persons (:mod:`extractors.german.nlp`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.german import enumerations, nlp
from extractors.german.enumerations import Item, strip_end
from extractors.german.membership import Verb, membership
from extractors.resources import Resources, typed
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, alternation
from pipeline.lang.de.dates import MONTH_NAMES

# "(Vorsitz)" after a member names the chair
AS_CHAIR = re.compile(r"\s+als\s+(?:Vorsitzende[rn]?|Vorsitz|Leiter(?:in)?|Sprecher(?:in)?)$")
# "(Vorsitz)", "(Leitung, Vorsitz)", "(Sprecherin/Leitung)": chair words in brackets after a member
CHAIR_WORD = r"(?:Vorsitz|Vorsitzende[rn]?|Vors\.|Leitung|Sprecher\w*)"
# a persons' cell holding no person: a seat not yet filled ("–", "N. N.")
VACANT = re.compile(r"[-–—]+|N\.[ \t]*N\.?")
# the chair's noun alone, no person's title ("Vorsitz", not "Vorsitzender", who may chair another body)
CHAIR_NOUN = re.compile(r"Vorsitz|Vors\.")
# the chair's noun after an office and a comma in a row's flattened cells ("Beigeordneter, Vorsitz Verwaltung")
CHAIR_NOUN_AFTER = re.compile(rf",[ \t]*(?:{CHAIR_NOUN.pattern})(?=\s|$)")
CHAIR_MARK = re.compile(rf"\s*\({CHAIR_WORD}(?:\s*[,/]\s*{CHAIR_WORD})*\)")
# "– Vorsitzende –", "– zugleich Vorsitz –" set off by dashes after a person ending a list entry: the chair
CHAIR_DASHED = re.compile(
    rf"[ \t]+[{markers.DASHES}{markers.EM_DASH}][ \t]*(?:(?:zugleich|auch)[ \t]+)?{CHAIR_WORD}"
    rf"[ \t]*[{markers.DASHES}{markers.EM_DASH}]?[ \t]*$"
)
# "Vorsitz: Herr Bürgermeister A. Beispiel": a line labelled as the chair's
CHAIR_LABEL = re.compile(rf"[ \t]*{CHAIR_WORD}[ \t]*:[ \t]*\S")
# ", Vorsitzender," after a person in a list entry: the chair word alone as an apposition
CHAIR_APPOSITION = re.compile(rf"{CHAIR_WORD}[ \t,;.]*")

_STAR = r"\*{1,3}"  # a footnote's mark
STARRED = re.compile(rf"(?<=\w)({_STAR})(?!\S)")  # after a name
_STAR_NOTE = re.compile(rf"[ \t]*({_STAR})[ \t]*{CHAIR_WORD}\b")
_NOTE_LINES = 3  # lines between a table's last row and its footnotes at most


def starred_chair(text: str, end: int) -> str | None:
    """The footnote mark a note under the table explains as the chair's ("* Vorsitz."), or None."""
    at = end + 1
    for _ in range(_NOTE_LINES):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if note := _STAR_NOTE.match(text, at, stop):
            return note.group(1)
        if text[at:stop].strip():
            return None
        at = stop + 1
    return None


_STARRED_END = re.compile(rf"(?<=[\w)])({_STAR})$")  # a mark ending a member ("Anna Beispiel (Amt X)*")
_PARAGRAPH_LINES = 8  # lines from a member to the end of its paragraph at most


def starred_rows(rows: list[MemberRow], text: str) -> None:
    """A member a footnote's mark ends ("Ihr gehören an: Anna Beispiel (Amt X)*, …" / "* Vorsitz" under
    the paragraph): the chair when the note right under the paragraph explains the mark so, the mark
    left out of the member's words either way (in place)."""
    for row in rows:
        mark = _STARRED_END.search(row.value.rstrip())
        if mark is None:
            continue
        at = text.find("\n", row.end)
        for _ in range(_PARAGRAPH_LINES):  # the paragraph's last line: the next line empty or the note
            if at < 0:
                break
            if (star := starred_chair(text, at - 1 if text[at - 1 : at] == "\n" else at)) is not None:
                row.is_chair = row.is_chair or star == mark.group(1)
                break
            nxt = text.find("\n", at + 1)
            if not text[at + 1 : nxt if nxt >= 0 else len(text)].strip():
                break
            at = nxt
        row.value = row.value.rstrip()[: mark.start()].rstrip()


# a legend explaining a bracketed letter as the chair's mark ("(V) = Vorsitz", "(V): Vorsitzende")
_LEGEND = re.compile(rf"\((?P<mark>[A-ZÄÖÜ][a-zäöü]?\.?)\)\s*[=:]\s*{CHAIR_WORD}(?![\wäöüß])")


def legend_marked(rows: list[MemberRow], text: str, legend: tuple[int, int]) -> None:
    """The members whose words end in the bracketed mark, or whose name the mark follows, that a legend in
    the span ``legend`` of ``text`` explains as the chair's ("Anna Beispiel (V)" near "(V) = Vorsitz"): the
    chair, the mark left out of their words (in place)."""
    for found in _LEGEND.finditer(text, *legend):
        mark = f"({found['mark']})"
        for row in rows:
            value = row.value.rstrip()
            if value.endswith(mark) and value != mark:
                row.value, row.is_chair = value[: -len(mark)].rstrip(), True
            elif text[row.start : row.end].rstrip().endswith(mark) or text[row.end : row.end + len(mark) + 3].lstrip(
                " \t"
            ).startswith(mark):
                row.is_chair = True  # the mark in the row's cell, its words without it


# the marks, numbers and spaces that open a list item's line
_LINE_MARK = re.compile(r"^[\s" + markers.escaped(markers.MARKS) + r"]*(?:\d+(?:\.\d+)*[.)]?\s+)?")


@dataclass
class Chair:
    value: str
    start: int  # flat offsets of its evidence
    end: int
    person: bool
    office: str | None = None  # the office a person chairing holds ("der Leiter des Ortsamts X, Herr Y")


@dataclass
class MemberRow:
    start: int  # flat offsets
    end: int
    value: str
    label: str | None = None  # the label of the list it stands in ("Vertreter der Verwaltung")
    is_chair: bool = False
    method: str = "prose"


@dataclass(frozen=True)
class MemberRules:
    verbs: tuple[Verb, ...]
    continuation: re.Pattern[str]
    group_words: re.Pattern[str]  # article, preposition and adjectives before a group's name
    chair_phrase: re.Pattern[str]
    lead_in: re.Pattern[str]
    tail: re.Pattern[str]
    relative: re.Pattern[str]
    not_members: Matcher  # tried only where its leading words occur
    leads: re.Pattern[str]
    headers: re.Pattern[str]
    org_header: re.Pattern[str]
    person_header: re.Pattern[str]
    total_row: re.Pattern[str]  # the first cell of a table's total row ("Gesamt")
    # the header words of a members table whose gaps a text layer flattened: the person's column,
    # a seat table's count column and its bodies' column
    person_column: re.Pattern[str]
    count_header: re.Pattern[str]
    seat_number_header: re.Pattern[str]  # "Sitz": a first column numbering the seats
    body_header: re.Pattern[str]
    member_header: re.Pattern[str]  # "ordentliches Mitglied": the column of the members, persons
    deputy_header: re.Pattern[str]  # "Stellvertretung": the column of their deputies, no members
    representative_header: re.Pattern[str]  # "Vertreter/in": persons for the bodies, members when named bare
    provided_lead_in: re.Pattern[str]  # "Vorgesehen sind:": a lead-in among a group's own sentences
    with_members: re.Pattern[str]  # "mit Vertreterinnen des ..." right after a group's name
    with_members_end: re.Pattern[str]
    list_cue: re.Pattern[str]
    doc_types: re.Pattern[str]  # "Magistratsvorlage Nr. IV/27/2023": a running header, never a member
    # "je drei Personen aus": the enumeration after it names sectors given seats, no members
    shared_seats: re.Pattern[str]
    # the sectors seats go to ("Verwaltung", "Vereine und Verbände"): a seat table's rows name them
    seat_sectors: tuple[tuple[str, re.Pattern[str]], ...]
    # a member read that names none by its shape: a place, a relative clause's opening
    not_a_member: re.Pattern[str]
    not_a_body: re.Pattern[str]  # a sentence's member read that names seats or a share, no body
    attribute_opening: re.Pattern[str]  # "im Konzern vorhandene ...": a body only by its last word
    agent_clause: re.Pattern[str]  # "von A und B ... vertreten wurde": the agent of a passive, no member
    finite_verbs: frozenset[str]  # a member holding one is a sentence ("Horte bleiben bestehen")
    # ", steuert das Projekt": a comma, a word in lower case that opens no item, an article: the
    # verb of the clause an apposition ("bestehend aus A, B, C,") stood in
    new_clause: re.Pattern[str]
    copies_label: re.Pattern[str]  # "Nachrichtlich:": a list's last part of those who get copies, no members
    caption_order: re.Pattern[str]  # "v. l. n. r.:": a picture's caption naming its persons in order
    caption_absent: re.Pattern[str]  # "nicht im Bild:": the caption's persons missing from the picture
    # "in den fünf Handlungsfeldern", "folgende Themenfelder": fields of action counted, the items they lead in
    counted_fields: re.Pattern[str]
    signed_members: re.Pattern[str]  # "Die neun Unterzeichnenden bilden die Lenkungsgruppe": members who sign
    # a line of a delegates table an export flattened: "Sozialamt 2", "- Caritasverband: 1", "AWO (2)"; also one
    # with a leader of dots and the count's noun ("Jugendamt ........ 2 Personen", ``count_nouns`` of membership.yaml)
    delegate_line: re.Pattern[str]
    sending_header: re.Pattern[str]  # "entsandt von": the column of the bodies sending the seats' holders
    seats_filled: re.Pattern[str]  # "Für die Sitze wurden benannt:": the holders of the seats set out before
    former_header: re.Pattern[str]  # "bisher": the column of a seat's former holders (``revised_old``)


def member_rules(res: Resources) -> MemberRules:
    """The compiled member rules of ``steering.yaml`` (built once per resource set)."""
    return res.compiled(build_member_rules)


def build_member_rules(res: Resources) -> MemberRules:
    d = typed.steering(res)  # its patterns checked on load

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.M)

    said = membership(res)
    num, seats = d.number, d.seat_nouns
    return MemberRules(
        said.verbs,
        rx(d.continuation),
        rx(d.group_words),
        rx(d.chair_phrase),
        rx(d.lead_in.replace("{month}", "|".join(MONTH_NAMES))),
        rx(d.tail),
        rx(d.relative),
        prefiltered(d.not_members, re.M),
        said.line_leads,
        rx(d.table_headers),
        rx(d.org_header),
        rx(d.person_header),
        rx(d.total_row),
        re.compile(d.person_column),
        re.compile(d.count_header),
        re.compile(d.seat_number_header),
        re.compile(d.body_header),
        re.compile(d.member_header),
        re.compile(d.deputy_header),
        re.compile(d.representative_header),
        re.compile(d.provided_lead_in),
        rx(d.with_members),
        rx(d.with_members_end),
        said.list_cue,
        _document_types(res),
        # "alle Dezernate mit je einer benannten Person": the seats each member has
        rx(rf"\bje\s+{num}\s+{seats}(?:\s+und\s+{seats})?(?:\s+(?:aus|von|der|des|den|dem))?\b|\bmit\s+je\s"),
        tuple((e.id, re.compile(e.pattern)) for e in d.seat_sectors),
        re.compile(d.not_a_member),
        re.compile(d.not_a_body),
        re.compile(d.attribute_opening),
        re.compile(d.agent_clause),
        frozenset(w for w in typed.taxonomy(res).finite_verbs if w.islower()),
        _new_clause(res),
        re.compile(d.copies_label),
        re.compile(d.caption_order),
        re.compile(d.caption_absent),
        _counted_fields(res, num, seats),
        re.compile(d.signed_members),
        _delegate_line(res),
        re.compile(d.sending_header),
        re.compile(d.seats_filled),
        re.compile(d.revised_old),
    )


def _delegate_line(res: Resources) -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, typed.membership(res).count_nouns))
    return re.compile(
        r"(?:[-•–*]\s+)?(?P<name>[^\d:()|\t\n]*?[^\d\s:()|])\s*(?::\s*|\(\s*|\s*\.{4,}\s*|\s)(?P<n>\d{1,2})\)?"
        rf"(?:\s+(?:{nouns})\b)?\s*"
    )


def _counted_fields(res: Resources, num: str, seats: str) -> re.Pattern[str]:
    """A sentence counting fields of action (a noun of ``field_nouns`` in ``taxonomy.yaml`` after a
    number or "folgende") and naming no seats or members: the things it leads in are fields ("Wir
    arbeiten in den fünf Handlungsfeldern zusammen:"), not members (matched from its start)."""
    nouns = "|".join(re.escape(w) for w in typed.taxonomy(res).field_nouns)
    count = num.replace("?P<n>", "")
    return re.compile(rf"(?s)(?!.*\b{seats})(?=.*\b(?:{count}|folgende[nm]?)\s+(?:{nouns}))")


def _new_clause(res: Resources) -> re.Pattern[str]:
    opens = enumerations.grammar(res).leads | enumerations.grammar(res).separators
    words = "|".join(sorted((re.escape(w) for w in opens), key=lambda w: (-len(w), w)))
    return re.compile(r",\s+(?!(?:" + words + r")\b)[a-zäöüß]{3,}\s+(?=(?:" + alternation(*ARTICLES) + r")\b)")


def _document_types(res: Resources) -> re.Pattern[str]:
    """A cell naming the document's type alone or with its number ("Magistratsvorlage Nr. IV/27/2023",
    "Drucksache 2023/KT/0451"; the types of ``metadata.yaml``, and any "...vorlage"): a running
    header the page furniture left, never a member."""
    types = "|".join(e.pattern for e in typed.metadata(res).doc_types)
    return re.compile(r"(?i)^(?:" + types + r"|[\w-]+vorlage)n?(?:\s+(?:Nr\.?|Nummer|No\.)?\s*[\w./-]*\d[\w./-]*)?\s*$")


def org_items(text: str, start: int, end: int, res: Resources) -> list[Item]:
    """The items of an enumeration when it lists organisations, offices or persons, else none."""
    if end - start > 600 or not re.search(r"[A-ZÄÖÜ]", text[start:end]):
        return []
    lex, honorifics = nlp.lexicon(res), enumerations.grammar(res).honorifics
    words = re.findall(r"[\w.-]+", text[start:end])
    if not any(lex.mark(w) or w.casefold() in honorifics for w in words):
        return []  # no word of an organisation, office or person ("Frau Meder"): spaCy need not run
    ents = nlp.entities(text[start:end], res)
    if not ents:
        return []
    items = []
    read = enumerations.read(text, start, end, entities=ents, res=res)

    def sector(item: Item, every: bool = False) -> bool:
        found = [bool(lex.head(w) and lex.head(w).sector_noun) for w in item.name.split()]  # type: ignore[union-attr]
        return all(found) if every else any(found)

    # "je zwei Personen aus Rat und Verwaltung": a count shared by sectors gives seats; a bare
    # word beside a sector ("Rat") names one too
    shared = any(i.each for i in read) and any(sector(i, every=True) for i in read)
    for item in read:
        head = lex.head(item.name.split()[0]) if item.head is None else None
        if item.count is not None and sector(item) or shared and len(item.name.split()) == 1:
            continue  # "je 6 Vertretern aus Politik, Verwaltung ...": seats, not members
        if (
            len(item.name.split()) > 12
            or not re.search(r"(?:^|\s)[(„\"]?[A-ZÄÖÜ]", item.name)
            and not item.head
            and not head
        ):
            continue
        items.append(item)
    return items if any(i.head for i in items) else []


_BARE_SPLIT = re.compile(r"[ \t]*,[ \t]*|(?<!-)[ \t]+(?:und|sowie|oder)[ \t]+")


def bare_items(text: str, start: int, end: int, res: Resources) -> list[tuple[int, int]]:
    """The names of a list written without articles ("Moscheegemeinde und Erster Bürgermeister",
    "Fachbereich Jugend, Familie und Soziales, Jobcenter"), each with the word of an organisation,
    office or person (a part without one belongs to the name before it); none when a part starts
    in lower case (an article: the enumeration reader's)."""
    lex = nlp.lexicon(res)
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*_BARE_SPLIT.finditer(text, start, end), None]:
        a, b = pos, m.start() if m else end
        pos = m.end() if m else end
        piece = text[a:b].strip()
        if not piece or not piece[:1].isupper():
            return []
        found = re.findall(r"[\w.-]+", piece)  # a head ("Jobcenter"), or words of a name ("Diakonisches Werk")
        if any(lex.head(w) for w in found) or sum(lex.mark(w) is not None for w in found) > 1:
            out.append((a, b))
        elif out:
            out[-1] = (out[-1][0], b)
        else:
            return []
    return out


def enumeration(
    rows: list[MemberRow], text: str, start: int, end: int, rules: MemberRules, res: Resources, method: str
) -> None:
    end = start + len(strip_end(text[start:end].rstrip(" \t\n:;")))
    for item in org_items(text, start, end, res) or [
        i for i in enumerations.read(text, start, end, res=res) if len(i.name.split()) <= 12
    ]:
        if item.name.islower():  # "Mitglieder bis zum" a prose line read as a list's: no capital, no member
            continue
        rows.append(MemberRow(item.name_start, item.end, item.name, method=method))


def no_body(row: MemberRow, rules: MemberRules, res: Resources) -> bool:
    """Whether a member a sentence names is a phrase whose head names no body: it opens with a
    preposition and its last word is no organisation, office or person ("im Konzern vorhandene
    Know-how"; "im Gemeinderat vertretenen Fraktionen" names the factions)."""
    if row.method != "prose" or not rules.attribute_opening.match(row.value):
        return False
    return nlp.lexicon(res).mark(row.value.split()[-1].strip('()„“"')) is None


def no_member(row: MemberRow, text: str, rules: MemberRules) -> bool:
    """Whether a member read names none by its shape: a place ("Stephanplatz"), a relative clause
    ("an der die KFG"), or a sentence, a finite verb written in lower case in it ("Horte bleiben
    weiterhin bestehen", "Sie wird … durch das Kulturamt"). A list item is read with its line: a
    line opening with a place names none in any part ("Marktplatz, Nördlicher Bereich …"), and its
    verb may stand after the words read, before a comma ends the name ("- Nur die Horte … werden
    umgewandelt.")."""
    value = row.value
    if _DOTTED_RULE.match(value):  # "· · · · ·" setting a quoted decision apart, no member
        return True
    if row.method == "list":
        start, end = line_of(text, row)
        line = _LINE_MARK.sub("", text[start:end])
        labelled = ":" in text[start : row.start]  # "Bergstraße e. V.:   Frau A": the line opens with a label's rest
        if rules.not_a_member.search(line) and not labelled:
            return True
        if line.startswith(value):  # the item opens its line: its words up to a comma or a bracket
            value += re.split(r"[,;()]|\.\s", text[row.end : end], maxsplit=1)[0]
    if rules.not_a_member.search(value) or row.method == "prose" and rules.not_a_body.search(value):
        return True
    if row.method == "prose" and _KINDS_BEFORE.search(text, max(0, row.start - 40), row.start):
        return True  # "aus Vertretungen verschiedener Verwaltungsbereiche …": kinds of bodies, none named
    return says(value, rules)


# a rule of spaced dots ("· · · · ·", ". . . . .") over or under a quotation
_DOT = f"[{markers.MIDDLE_DOT}{markers.BULLET}.]"
_DOTTED_RULE = re.compile(rf"{_DOT}[ \t]+{_DOT}[ \t]+{_DOT}")


# words before a phrase that make it kinds of bodies, not bodies named: a genitive plural ("Vertretungen
# verschiedener Ämter"); not persons of a body named ("verschiedene Repräsentanten der Stadtverwaltung")
_KINDS_BEFORE = re.compile(
    r"(?<![\wäöüß])(?:verschieden|unterschiedlich|divers|zahlreich)er\s+"
    + rf"(?:[\wäöüß-]+\s+(?:{alternation('conjunctions')})\s+)?$"
)


_LOWER_WORD = re.compile(r"(?<![\wäöüß-])[a-zäöüß]+(?![\wäöüß-])")


def says(text: str, rules: MemberRules) -> bool:
    """Whether a text holds a finite verb: a statement, no name ("Horte bleiben bestehen")."""
    return any(w in rules.finite_verbs for w in _LOWER_WORD.findall(text))


def deputy_line(cell: str, rules: MemberRules) -> bool:
    """Whether a cell names a deputy by a deputy's label before a colon ("Stellv.: Jonas Weber"),
    set under the member it stands in for: no member."""
    label, colon, rest = cell.partition(":")
    return bool(colon and rest.strip() and rules.deputy_header.fullmatch(label.strip()))


def line_of(text: str, row: MemberRow) -> tuple[int, int]:
    """Where the line an entry stands in starts and ends (the last line ends with the text)."""
    end = text.find("\n", row.end)
    return text.rfind("\n", 0, row.start) + 1, len(text) if end < 0 else end


def holds(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in ``[start, end)``."""
    n = bisect.bisect_left(offsets, start)
    return n < len(offsets) and offsets[n] < end
