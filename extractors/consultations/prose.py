"""consultation_prose: the Beratungsfolge stated in a sentence, and body names in running text.

"Die Vorlage wird am 12.03.2019 im Ausschuss für Soziales vorberaten und am 26.03.2019 dem
Stadtrat zur Entscheidung vorgelegt." gives two consultations, and so do other word orders:
"Die Vorlage wird im Ausschuss für Bildung am 12.05.2021 vorberaten und der
Stadtverordnetenversammlung am 27.05.2021 zur Beschlussfassung vorgelegt.", "Der
Sozialausschuss berät die Vorlage am 12.05.2021; die Entscheidung trifft der Gemeinderat am
27.05.2021." Each clause gives the body, the date and the role (from its verb) of one
meeting. Only sentences about the submission itself ("Die Vorlage", "Diese Beschlussvorlage",
as subject or object), or in the passive with a date ("Der Entwurf wird am 8. März 2023 im
Magistrat beraten, anschließend am 14. März 2023 im Ausschuss für Integration vorberaten"),
and the sentence right after one that was read ("Die abschließende Beschlussfassung durch die
Stadtverordnetenversammlung ist für den 30. März 2023 vorgesehen."), in the present or future
tense are read; in the past or perfect tense only a sentence about this submission ("Der
Sozialausschuss hat die Vorlage in seiner Sitzung am 14.03.2030 vorberaten."): "Am 27.06.2016 hat
der Kreistag das Konzept beschlossen" reports an earlier decision on something else.

Labelled clauses name role, body and date without a verb: "Vorberatung: Sozialausschuss
(12.05.2021); Beschluss: Stadtrat (27.05.2021)" (``from_labels``, method ``labels``).

Body names in a sentence are noun phrases found by grammar on spaCy tokens
(``spacy.blank("de")``, loaded on first use, run on those sentences only): a head word from
``bodies.yaml`` (``heads``: "...ausschuss", "...rat", "Kreistag" ...), maybe with compounds
before it ("Kinder- und Jugendhilfeausschuss") and qualifiers after it ("für Bildung, Soziales
und Sport", "der Stadt Leverkusen", "des 25. Stadtbezirkes", "Nord", "3"). A genitive after
"des" is given in the nominative: "5. Sitzung des Sozialausschusses" → "Sozialausschuss".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from extractors.fastre import Matcher, prefiltered
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import SENTENCE_OPENERS, alternation, either
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, View

from .plurals import singular
from .vocab import PLACE_KINDS, Vocab, consultation, has_head, heads, nominative

_PAST = re.compile(r"\b(?:wurde|wurden|hat|hatte|hatten|haben|war|waren)\b")
_FUTURE = re.compile(
    r"\b(?:wird|werden|soll|sollen|ist|sind|berät|beraten|berät|beschließt|entscheidet|trifft|befasst"
    r"|erhält|nimmt)\b"
)
# the passive family without a named subject: "Der Entwurf wird am 8. März 2023 im Magistrat beraten"
_PASSIVE = re.compile(r"\b(?:wird|werden)\s+(?:(?:sie|er|es|dann|zunächst|voraussichtlich)\s+)?am\s+\d{1,2}\.")
_CLAUSE = re.compile(r"\s*(?:[,;]|\bund\b|\bsowie\b|\banschließend\b|\bdanach\b)\s*")
# this submission in the past or perfect tense ("hat die Vorlage am 14.03.2030 vorberaten"); "die Vorlage
# Nr. 12/2016" or "DS 12/2016" is another paper, and "Am 27.06.2016 hat der Kreistag das Konzept beschlossen"
# an earlier decision on something else
_THIS = re.compile(
    r"\b(?:[Dd]ie|[Dd]iese|der|dieser)\s+(?:vorliegende\s+)?(?:Beschluss|Sitzungs|Mitteilungs|Informations)?[Vv]orlage\b"
    r"(?!\s*(?:Nr\b|DS\b|Drucksache|\d))"
)
_LABEL_END = re.compile(r":\s")  # "Beschlussvorschlag:" at a line's end, "Beratungsfolge: " inside one
_OPENS_SENTENCE = re.compile(r"\n[ \t]*(?:" + either(SENTENCE_OPENERS) + r")[ \t]")
_ENDED = re.compile(r"[.!?][ \t]*\n[ \t]*\n")
_ROMAN = re.compile(markers.ROMAN + r"|\d{1,2}")
_LINKS = {"für", "der", "des"}
_GENITIVE = {"der", "des"}
_OWN_PLACE = re.compile(rf"(?:{PLACE_KINDS})(?:es|s)?")
_LISTS = {",", "und", "sowie"}


# the methods of a form that names the one meeting a paper is for ("Gremium: Gemeinderat   Sitzung am: D")
_ONE_MEETING = ("key_value", "key_value.pairs", "dated_line", "session_title")


def with_prose(found: list[Consultation], doc: Document, v: Vocab, sv: View) -> list[Consultation]:
    """The records the tables and forms gave, with the sentences' meetings where they gave none, or only
    the one meeting of a paper's form: its sentence about the submission names the meetings before it
    ("Der Ausschuss für Jugend hat die Vorlage in seiner Sitzung am 01.06.2027 vorberaten"); else the
    labelled clauses where nothing else was found."""
    if found and not all(r.method in _ONE_MEETING for r in found):
        return _sentence_read_as_rows(found, doc, v, sv)
    prose = list(from_prose(doc, v, sv))
    if not found:
        return prose or list(from_labels(doc, v, sv))
    return found + [p for p in prose if not any(p.meeting_date == r.meeting_date for r in found)]


def _sentence_read_as_rows(found: list[Consultation], doc: Document, v: Vocab, sv: View) -> list[Consultation]:
    """The sentence's meetings where every record a table reader gave lies on a clause of a sentence that
    names two or more meetings, and no fewer than the records: the sentence's words read as a row
    ("05.05.2027 in nichtöffentlicher Sitzung zur Vorberatung sowie dem" / "Kreistag am" as the Kreistag's
    row); else the records."""
    if not all(r.method.startswith("table") for r in found):
        return found
    prose = list(from_prose(doc, v, sv))
    on = [r for r in found if any(p.span.start < r.span.end and r.span.start < p.span.end for p in prose)]
    # a table's rows that a reading of their lines as one sentence names fewer of are the table's
    return prose if len(prose) >= max(2, len(found)) and len(on) == len(found) else found


def from_prose(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """Consultations from sentences about this submission's deliberation (first pages only)."""
    layout = sv.layout
    follows = False  # the sentence after a Beratungsfolge sentence may go on with it: "Die
    # abschließende Beschlussfassung durch die Stadtverordnetenversammlung ist für den 30. März 2023 vorgesehen."
    listing = False  # an item of the list that such a sentence goes on in
    rest_due = False  # an item that neither ends nor goes on: its wrapped rest may be a unit of its own
    for u in layout.units:
        start, end = u.start, u.end
        if start > FIRST_PAGES_CHARS:
            break
        # a sentence wrapped over lines reads as one line ("dem Sozialausschuss zur" / "Entscheidung
        # vorgelegt", "der Bezirksvertretung für den" / "Stadtbezirk I"); the offsets hold
        text = layout.flat.text[start:end].replace("\n", " ")
        went_on, follows = follows, False
        if rest_due and _item_rest(text):  # "… in nichtöffentlicher Sitzung" / "vorberaten und"
            listing, rest_due, follows = _GOES_ON.search(text) is not None, False, went_on
            continue
        listed_item, listing, rest_due = listing and _list_item(text), False, False
        if not listed_item and _opens_list(layout.flat.text[start:end], went_on, v):
            listing = True
            continue
        if not (listed_item or _read(text, went_on, v)):
            continue
        # a sentence starts after the last label before its subject ("Beratungsfolge: Die Vorlage
        # wird ..."): where a text lost its line breaks, header fields run into the sentence
        mention = _mention(v.prose_subject.pattern).search(text)
        labels = list(_LABEL_END.finditer(text, 0, mention.start())) if mention else []
        lo = labels[-1].end() if labels else 0
        # ... and at a line that opens with a capitalised article or pronoun: a sentence wrapped over
        # lines never opens a line so, and the lines above (a table's rows run in) are not its own
        raw = layout.flat.text[start:end]
        opened = list(_OPENS_SENTENCE.finditer(raw, 0, mention.start())) if mention else []
        lo = max(lo, opened[-1].start() + 1) if opened else lo
        # a sentence ends where a blank line follows its full stop: the lines after it (a column of
        # dates a tool set after the text) are not its own
        ended = _ENDED.search(raw, lo)
        hi = ended.start() + 1 if ended else len(raw)
        dates = [d for d in find_dates(text) if lo <= d.start < hi]
        if not dates:
            continue
        listed = [x for x in _plural_list(text, v) if lo <= x[0] < hi]
        listing = listed_item and _GOES_ON.search(text) is not None  # the list goes on after an item's comma
        rest_due = listed_item and not listing and text.rstrip()[-1:] not in ".!?"
        for at, to, name, iso, said in listed:
            follows = True
            yield consultation(
                name,
                v,
                span=layout.flat.span(doc, start + at, start + to),
                meeting_date=iso,
                role=said,
                method="prose",
            )
        dates = [d for d in dates if not any(x[0] <= d.start < x[1] for x in listed)]
        phrases = [p for p in body_phrases(text, v) if lo <= p[0] < hi]
        clauses = _clauses(text, phrases)
        roles = [_clause_role(text, a, min(b, hi), v) for a, b in clauses]
        for k, (a, b) in enumerate(clauses):
            date = next((d for d in dates if a <= d.start < b), None)
            body = next((p for p in phrases if a <= p[0] < b), None)
            if date is None or body is None:
                continue
            role = roles[k] or _shared_role(text, clauses, roles, k)
            public = _said_public(text, a, b, v)
            s, e = min(date.start, body[0]), max(date.end, body[1])
            follows = True
            yield consultation(
                body[2],
                v,
                span=layout.flat.span(doc, start + s, start + e),
                meeting_date=date.iso,
                role=role,
                public=public,
                method="prose",
            )


def _read(text: str, went_on: bool, v: Vocab) -> bool:
    """Whether a unit is read: a sentence about the submission, in the passive with a date, or going on
    with one read before it; in the present or future tense, in the past tense only about this
    submission and with a verb of deliberation ("Der Sozialausschuss hat die Vorlage ... vorberaten",
    not "Die Vorlage wurde am ... im Werkausschuss eingebracht")."""
    if not (_about_submission(text, v) or _PASSIVE.search(text) or went_on and _verb(text, v)):
        return False
    past = _PAST.search(text)
    return bool(_THIS.search(text) and _verb(text, v)) if past else bool(_FUTURE.search(text))


def _verb(text: str, v: Vocab) -> bool:
    """Whether a unit has a verb of deliberation (asked only where :func:`_read` needs it)."""
    return any(pat.search(text) for _, pat in v.prose_verbs)


# a sentence that goes on in a list of its objects, one an item: "Sie wird vorgelegt" / "1. dem Ausschuss
# für Soziales am Mo., 13. Sep. 27 – öffentlich – zur Vorberatung," / "2. dem Kreistag am … zur
# Beschlussfassung."; each item opens with the article of the object's case, or with a preposition joined to
# one where the items are clauses of the sentence's adverbials ("1) am Mittwoch, 19. Mai 2027, im Ausschuss …
# vorberaten," / "2) … vorberaten und" / "3) am …, dem Gemeinderat … vorgelegt.")
_ITEM = re.compile(rf"\s*(?:{alternation('linking_articles', 'contractions')})\s", re.I)
# an item's end after which the list goes on: a comma, a semicolon or a conjunction
_GOES_ON = re.compile(rf"(?:[,;]|\s(?:{alternation('conjunctions')}))\s*$", re.I)


def _opens_list(raw: str, went_on: bool, v: Vocab) -> bool:
    """Whether a unit opens a list of the meetings its items name: it goes on with a sentence about the
    submission read before it, or is about the submission, in the present or future tense, with no date
    and no end of a sentence ("Sie wird vorgelegt", "Die Vorlage wird vorgelegt:"); read from its last line
    that opens with a capitalised article or pronoun, where an export ran the header's lines into it."""
    opened = list(_OPENS_SENTENCE.finditer(raw))
    text = raw[opened[-1].start() + 1 if opened else 0 :].replace("\n", " ")
    if not (went_on or _about_submission(text, v)) or not _FUTURE.search(text) or find_dates(text):
        return False
    return text.rstrip()[-1:] not in ".!?"


def _item_rest(text: str) -> bool:
    """Whether a unit is the wrapped rest of a list's item set apart from it: in lower case, with no date."""
    return text.lstrip()[:1].islower() and not find_dates(text)


def _list_item(text: str) -> bool:
    """Whether a unit is an item of such a list: its object in the dative or genitive and a date."""
    return _ITEM.match(text) is not None and bool(find_dates(text))


_LISTED_NAME = r"[A-ZÄÖÜ][\w.-]*(?:[ \t][A-ZÄÖÜ][\w.-]*){0,2}"
_LISTED_DATE = r"\(\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*\)"
# a plural head and its bodies' names, each with its date in brackets: "den Ortschaftsräten Nord (12.05.2025),
# Süd (13.05.2025) und Ost (15.05.2025)"
_PLURAL_LIST = re.compile(
    rf"(?<!\S)(?P<head>[A-ZÄÖÜ][a-zäöüß]+e?n)\s+(?P<items>{_LISTED_NAME}\s*{_LISTED_DATE}"
    rf"(?:\s*(?:,|(?:{alternation('conjunctions')})\b)\s*{_LISTED_NAME}\s*{_LISTED_DATE})+)"
)
_LISTED = re.compile(rf"(?P<name>{_LISTED_NAME})\s*(?P<date>{_LISTED_DATE})")


def _plural_list(text: str, v: Vocab) -> list[tuple[int, int, str, str, str | None]]:
    """The meetings of bodies named after their head in the plural, each with its date in brackets
    ("… wird den Ortschaftsräten Nord (12.05.2025), Süd (13.05.2025) und Ost (15.05.2025) zur Anhörung
    vorgelegt"): one a name, the head in the singular before it ("Ortschaftsrat Nord"), the role from the
    clause's verb after the list; (start, end, body, date, role)."""
    out = []
    for m in _PLURAL_LIST.finditer(text):
        head = singular(m["head"], v)
        if head is None:
            continue
        cut = _CLAUSE.search(text, m.end())
        role = next(
            (r for r, pat in v.prose_verbs if pat.search(text, m.end(), cut.start() if cut else len(text))), None
        )
        for item in _LISTED.finditer(text, m.start("items"), m.end()):
            dates = find_dates(item["date"])
            if dates:
                out.append((item.start(), item.end(), f"{head} {item['name']}", dates[0].iso, role))
    return out


def _clause_role(text: str, a: int, b: int, v: Vocab) -> str | None:
    """The role a clause's verb or role words give (None past the sentence's end)."""
    return next((rid for rid, pat in v.prose_verbs if pat.search(text, a, b)), None) if a < b else None


# a verb of a clause's own: a clause with one has its own predicate and shares no role ("Der Sozialausschuss
# erhält die Vorlage am D"); the auxiliary alone ("wird dem A am D1 und dem B am D2 … vorgelegt") waits for it
# or a participle ("der Sitzung des Sozialausschusses vorgelegt und am D2 … vorberaten")
_OWN_VERB = re.compile(
    r"\b(?:erhält|erhalten|berät|beschließt|entscheidet|trifft|befasst|nimmt|hat|haben|[a-zäöü]*ge[a-zäöüß]{2,}t)\b"
)


def _shared_role(text: str, clauses: list[tuple[int, int]], roles: list[str | None], k: int) -> str | None:
    """The role of a later clause that a clause without its own role word and without a verb of its own
    shares, coordinated with it ("dem A am D1 und dem B am D2 zur Vorberatung"): the first role after it
    up to a semicolon, which ends the coordination; None where there is none."""
    a, b = clauses[k]
    if _OWN_VERB.search(text, a, b):
        return None
    for j in range(k + 1, len(clauses)):
        if ";" in text[clauses[j - 1][1] : clauses[j][0]] or _OWN_VERB.search(text, *clauses[j]) and not roles[j]:
            return None
        if roles[j]:
            return roles[j]
    return _gapped_role(text, clauses, roles, k)


def _gapped_role(text: str, clauses: list[tuple[int, int]], roles: list[str | None], k: int) -> str | None:
    """The role of the clause before a last clause that leaves out its verb after a comma, the verb the
    earlier clause's ("Der A berät sie am D1 vor, der B am D2 in nichtöffentlicher Sitzung."), None
    where the earlier clause has no verb of its own or the clause is not the sentence's last."""
    if k == 0 or k != len(clauses) - 1 or text[clauses[k - 1][1] : clauses[k][0]].strip() != ",":
        return None
    return roles[k - 1] if _OWN_VERB.search(text, *clauses[k - 1]) else None


def _said_public(text: str, a: int, b: int, v: Vocab) -> bool | None:
    """Whether a clause says its meeting is public ("öffentlich vorberaten", "in nichtöffentlicher
    Sitzung beschlossen"): a status word, not a letter (an "N" of a name's initial), or None."""
    for value, pat in v.public:
        m = _inflected(pat.pattern, pat.flags).search(text, a, b)
        if m is not None and len(m.group()) > 3:
            return value
    return None


@functools.lru_cache(maxsize=16)
def _inflected(pattern: str, flags: int) -> re.Pattern[str]:
    """A status word's pattern that also takes the endings of an attributive adjective ("in
    öffentlicher Sitzung"), as a sentence declines it."""
    end = r"(?!\w)"
    return re.compile(pattern[: -len(end)] + r"(?:e[rnms]?)?" + end if pattern.endswith(end) else pattern, flags)


def _about_submission(text: str, v: Vocab) -> bool:
    """The submission is the subject ("Die Vorlage wird ...") or the object ("Der
    Sozialausschuss berät die Vorlage ...") of the sentence."""
    if v.prose_subject.match(text.lstrip()):
        return True
    return bool(_mention(v.prose_subject.pattern).search(text))


@functools.lru_cache(maxsize=4)
def _mention(subject: str) -> Matcher:
    # also in the dative: "Der Bauausschuss wird sich am ... mit der Vorlage befassen"; tried only
    # where one of its words stands (``re`` would try the alternation at every position)
    return prefiltered(r"(?<=\s)(?:" + subject + r"|(?:der|dieser) (?:Beschluss|Sitzungs)?vorlage)\b", re.I)


def from_labels(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """Labelled clauses "Vorberatung: Sozialausschuss (12.05.2021); Beschluss: Stadtrat (27.05.2021)"
    (first pages only; every clause of the line must read so)."""
    roles = "|".join(p.pattern for _, p in v.roles)
    for i, line in enumerate(sv.lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        text = line.text
        if i in sv.furniture or ":" not in text or not find_dates(text):
            continue
        found: list[tuple[int, int, str, str | None, str | None]] = []
        for m in re.finditer(
            r"(?:[^;,]|,(?!\s*(?:" + roles + r")\s*:))+", text
        ):  # "...; Beschluss: ..." / ", Beschluss: ..."
            clause = m.group()
            c = re.fullmatch(
                r"\s*(?:"
                + markers.charset(markers.DASH_MARKS)
                + r"\s*)?(?P<role>"
                + roles
                + r")\s*:\s*(?P<body>[^:()]+?)\s*(?:,\s*|\(\s*)?"
                r"(?:am\s+|vom\s+)?(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})\s*\)?[\s.]*",
                clause,
            )
            if c is None:
                if clause.strip(" \t.") and found:
                    found = []
                    break
                continue
            body = c["body"]
            dates = find_dates(c["date"])
            if not dates or not has_head(body, v) or len(body.split()) > 10 or not body[:1].isupper():
                found = []
                break
            role = next((rid for rid, pat in v.roles if pat.fullmatch(c["role"])), None)
            found.append((m.start() + c.start("role"), m.start() + c.end("date"), body.strip(), dates[0].iso, role))
        for s, e, body, iso, role in found:
            yield consultation(
                body,
                v,
                span=doc.span(line.start + s, line.start + e),
                meeting_date=iso,
                role=role,
                public=None,
                method="labels",
            )


def _clauses(text: str, phrases: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The sentence cut at "," / "und" / ";" outside body names and outside a date set after its weekday
    between commas ("am Dienstag, 25.01.2028, dem Beirat …")."""
    kept = [(a, b) for a, b, _ in phrases] + _weekday_dates(text)
    cuts = [m for m in _CLAUSE.finditer(text) if not any(a <= m.start() < b for a, b in kept)]
    out, pos = [], 0
    for m in cuts:
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if b > a]


_WEEKDAY_COMMA = re.compile(rf"\bam[ \t]+(?:{WEEKDAY})[ \t]*,[ \t]*$")


def _weekday_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the dates after "am", a weekday and a comma, with the comma after the date ("am
    Dienstag, 25.01.2028,"): a date's apposition, no clause of its own; a list's line ("Mo., 20. Sep. 2027
    … Magistrat") is none.

    >>> _weekday_dates("am Dienstag, 25.01.2028, dem Beirat und am Donnerstag, 24. Februar 2028.")
    [(0, 24), (40, 71)]
    """
    out = []
    for d in find_dates(text):
        m = _WEEKDAY_COMMA.search(text, max(0, d.start - 20), d.start)
        if m is not None:
            out.append((m.start(), d.end + 1 if text[d.end : d.end + 1] == "," else d.end))
    return out


@functools.lru_cache(maxsize=4)
def _nlp(head: str, not_head: str) -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("de")
    matcher = Matcher(nlp.vocab)
    word = {"TEXT": {"REGEX": "(?i)^[\\wäöüß-]*(?:" + head + ")$"}}
    part = {"TEXT": {"REGEX": "^[A-ZÄÖÜ][\\wäöüß]*-$"}}  # "Kinder-" of "Kinder- und Jugendhilfeausschuss"
    conj = {"LOWER": {"IN": ["und", "oder", "u."]}}
    matcher.add("BODY", [[word], [part, conj, word], [part, {"ORTH": ","}, part, conj, word]], greedy="LONGEST")
    return nlp, matcher


def body_phrases(text: str, v: Vocab) -> list[tuple[int, int, str]]:
    """(start, end, name) of the body names in a sentence, in order.

    >>> from extractors import load_resources
    >>> [p[2] for p in body_phrases("Sie wird am 1.2.2019 im Ausschuss für Bildung, Soziales und Sport und "
    ...     "in der 5. Sitzung des Sozialausschusses beraten.", vocab_of(load_resources()))]
    ['Ausschuss für Bildung, Soziales und Sport', 'Sozialausschuss']
    """
    if not heads(text, v):
        return []
    nlp, matcher = _nlp(v.head_words, v.not_head.pattern)
    doc = nlp.make_doc(text)
    out: list[tuple[int, int, str]] = []
    for _, s, e in sorted(matcher(doc), key=lambda m: m[1]):
        if out and doc[s].idx < out[-1][1] or v.not_head.search(doc[e - 1].text):
            continue
        e = _qualifiers(doc, e, v)
        name = doc[s:e].text
        if s > 0 and doc[s - 1].lower_ in ("des", "eines"):
            name = nominative(name, v)
        out.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), name))
    return out


def _qualifiers(doc: Any, e: int, v: Vocab) -> int:
    """The end of a body name after its head word: "für X, Y und Z", "der Stadt X", "Nord", "3"."""
    n = len(doc)

    def title(k: int, status: bool = True) -> bool:
        t = doc[k].text if k < n else ""
        return t[:1].isupper() and t.isalpha() and (status or not _status_word(t, v))

    if e + 1 < n and doc[e].lower_ in _GENITIVE and _OWN_PLACE.fullmatch(doc[e + 1].text) and not title(e + 2):
        return e  # "Integrationsbeirat des Landkreises": the paper's own place, no name after it
    if e < n and doc[e].lower_ in _LINKS:
        k = e + 1
        if k < n and doc[k].lower_ in ("den", "die", "das"):
            k += 1
        if k < n and re.fullmatch(r"\d{1,2}\.", doc[k].text):  # "des 25. Stadtbezirkes"
            k += 1
        if title(k):  # "für Information und Kommunikation": role words are names here
            e = k + 1
            while title(e):  # "der Stadt Leverkusen"
                e += 1
            while e + 1 < n and doc[e].text in _LISTS and title(e + 1):  # "Bildung, Soziales und Sport"
                e += 2
    elif title(e, status=False) and not has_head(doc[e].text, v) and doc[e].text not in ("Die", "Der", "Das"):
        e += 1  # "Ortschaftsrat Hegnach", "Bezirksbeirat Nord"
    if e < n and _ROMAN.fullmatch(doc[e].text):  # "Bezirksausschuss 3", "Stadtbezirk I"
        e += 1
    return e


def _status_word(word: str, v: Vocab) -> bool:
    return (
        any(p.fullmatch(word) for _, p in v.roles)
        or any(p.fullmatch(word) for _, p in v.public)
        or bool(find_dates(word, months=True))
        or word in ("Sitzung", "Entscheidung", "Beschlussfassung")
    )


def vocab_of(res: Any) -> Vocab:
    from .vocab import vocab

    return vocab(res)
