"""Action fields named in running text: the ``prose`` family.

- An enumeration right after the plural field noun: "Die Maßnahmen verteilen sich auf die
  Handlungsfelder Sprache und Bildung, Arbeitsmarkt, Wohnen sowie Gesundheit und Sport.",
  "in Handlungsfeldern wie Bildung, Arbeit und Wohnen", "sechs Handlungsfelder (Bildung, …)",
  "In fünf Handlungsfeldern – Bildung, Arbeit, … sowie Wohnen – sollen …" (between dashes).
  Each item of the enumeration is one field ("Sprache und Bildung" here, as "sowie" joins the
  last two); the enumeration ends where the noun phrases do ("… und Wohnen *wurden* …").
- The same after a weak noun in a sentence about the concept: "Das Integrationskonzept setzt
  Schwerpunkte in den Bereichen Sprache, Arbeit und Wohnen."; after a noun that papers on
  other matters use for topics (``passing_nouns``: "Themenfelder") in such a sentence or in a
  paper about integration. Items lettered one after another ("A Wärme und Strom, B Bauen und
  Sanieren") lose their letters.
- Items numbered or lettered in a row a few words after the noun, its verb between them: "Der
  Plan soll sich auf vier Handlungsfelder stützen, nämlich (1) Sprache, (2) Kita und Schule
  sowie (3) Wohnen." — each item a name (a capital, or an adjective before one).
- Quoted names the text calls fields: "die Handlungsfelder „Wohnen“ und „Antidiskriminierung“",
  "„X“ sowie „Y“. Beides sind wesentliche Handlungsfelder".
A mention ("In allen Handlungsfeldern …", "im Handlungsfeld Bildung") names no list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label, collapse
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, alternation, words
from pipeline.structure.prose import Unit

from .lists import list_heading
from .runin import MARKER, enumeration, marked_enumeration
from .text import QUOTE, Candidate, FieldText, is_sentence
from .vocab import is_structure

_ARTICLES = words(*ARTICLES)
_JOINERS = words("linking_articles", "prepositions", "contractions", "conjunctions")
_TOKEN = re.compile(r"[„\"“»]?[\wÄÖÜäöüß][\w\-ÄÖÜäöüß/]*[“”\"«]?|[,;()]|\.(?!\w)|[:!?]")
_LEAD = re.compile(
    r"[ \t\n]*(?:,[ \t\n]*(?:nämlich|und[ \t\n]+zwar)[ \t\n]+|wie[ \t\n]+|\([ \t\n]*|(?P<dash>[–—][ \t\n]+|-[ \t\n]+)|)"
)
# the dash closing an apposition: "In fünf Handlungsfeldern – A, B sowie C – sollen …"
_CLOSING_DASH = re.compile(r"[ \t\n][–—-][ \t\n]")
_COLUMNS = re.compile(r"\t| {2,}|\|")
_INDENT = re.compile(r"\n( +)")
_PREDICATE = re.compile(r"\b(?:sind|bilden|gelten\s+als|werden\s+als|als)\s+(?:\w+\s+){0,3}$")
# a negated predicate: "… nicht mehr als …", "… als kein eigenes …"
_NEGATED = re.compile(r"\b(?:" + alternation("negations") + r")\s+(?:\w+\s+){0,3}$", re.I)
_ANAPHOR = re.compile(r"\s*(?:Beides|Beide|Diese|Dies|Sie|Alle\s+\w+)\b")


def noun_phrases_end(ft: FieldText, start: int, limit: int, paired: bool = False) -> int:
    """Where a run of noun phrases joined by commas and conjunctions starting at ``start`` ends:
    at a full stop, a colon, a finite verb or another word that cannot stand in a name. In a
    ``paired`` enumeration ("einerseits A, andererseits B") the pairing adverbs join too, and an
    article after a conjunction opens the next part."""
    vocab = ft.vocab
    end = start
    tokens = list(_TOKEN.finditer(ft.text, start, limit))
    depth = 0
    for i, m in enumerate(tokens):
        tok = m.group(0)
        if tok in ".:!?":
            break
        if tok == "(":
            depth += 1
            continue
        if tok == ")":
            if depth == 0:
                break
            depth -= 1
            end = m.end()
            continue
        if depth or tok in ",;":
            continue
        word = tok.strip('„"“»”«')
        lower = word.casefold()
        if word[:1].isupper() and lower in vocab.phrases and i and tokens[i - 1].group(0).casefold() in _JOINERS:
            break  # the verb's phrase after the last field: "… und Gesundheit in den Blick"
        if word[:1].isupper():
            end = m.end()
        elif lower in _JOINERS or paired and vocab.correlative.fullmatch(lower):
            continue
        elif paired and lower in _ARTICLES and i and tokens[i - 1].group(0).casefold() in _JOINERS:
            continue  # a part's article after "sowie": "… andererseits Arbeit sowie die Teilhabe an Kultur"
        elif lower in vocab.verbs or lower in vocab.stops:
            break
        elif re.search(r"(?:e|en|er|es|em)$", word) and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper():
            continue  # an adjective before its noun: "interkulturelle Öffnung"
        elif _before_adjective(tokens, i):
            continue  # an adverb before an adjective and its noun: "neu zugewanderte Familien"
        else:
            break
    return end


def _before_adjective(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the token after ``tokens[i]`` is an adjective before a noun ("neu zugewanderte
    EU-Bürger")."""
    if i + 2 >= len(tokens):
        return False
    adjective, noun = tokens[i + 1].group(0), tokens[i + 2].group(0)
    return re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", adjective) is not None and noun[:1].isupper()


_QUOTE_JOIN = re.compile(r"\s*(?:,\s*(?:und|sowie|oder)?|und|sowie|oder|bzw\.)\s*")


def quoted_sequence(ft: FieldText, start: int, limit: int) -> list[Candidate]:
    """The labels of an enumeration of quoted names at ``start`` ("„Ankommen“, „Gut wohnen in der
    Stadt“ sowie „Arbeit finden und gestalten“"): each quote delimits its label, whatever its
    length or last word. Nothing when ``start`` holds no quote."""
    text = ft.text
    out: list[Candidate] = []
    pos = start
    while (q := QUOTE.match(text, pos)) is not None and q.end() <= limit:
        label = clean_label(q.group(1))
        if not label or is_structure(label, ft.vocab) or label.endswith((".", "!", "?")):
            return []
        out.append(Candidate(q.start(1), q.end(1), label, "prose"))
        sep = _QUOTE_JOIN.match(text, q.end(), limit)
        if sep is None or not sep.group(0).strip():
            break
        pos = sep.end()
    return out


_MOST_LEAD_WORDS = 3  # words between the noun and the first item's mark ("stützen, nämlich")
_NAME_START = re.compile(r"[A-ZÄÖÜ]|[a-zäöüß]\w*(?:e|en|er|es)\s+[A-ZÄÖÜ]")


def _marked_after_verb(ft: FieldText, start: int, unit: Unit) -> list[Candidate]:
    """Items marked "(1) …, (2) …" in a row whose first mark stands a few words after the field
    noun (its verb and "nämlich" between, no stop): "… auf vier Handlungsfelder stützen, nämlich
    (1) Sprache, (2) …"; every item a name. Empty otherwise. A mark at a line's end ends the
    view's sentence there; the enumeration goes on in the next one."""
    end = unit.end
    mark = MARKER.search(ft.text, start, end)
    after = ft.layout.unit_at(unit.start) + 1
    if mark is None and after < len(ft.layout.units):
        # "nämlich (1)" / "Sprache, (2) …", or "die Handlungsfelder" / "(1) Sprache, (2) …" (a mark opening a line)
        mark = MARKER.search(ft.text, start, max(end + 1, ft.layout.units[after].start))
        end = ft.layout.units[after].end if mark else end
    if mark is None:
        return []
    between = ft.text[start : mark.start()]
    if len(between.split()) > _MOST_LEAD_WORDS or any(c in between for c in ".;:"):
        return []
    marked = marked_enumeration(ft, mark.start(), end, "prose")
    return marked if all(_NAME_START.match(c.label) for c in marked) else []


def enumerated(ft: FieldText) -> Iterator[Candidate]:
    """Fields enumerated after the plural field noun, or after a weak noun about the concept."""
    vocab = ft.vocab
    for noun, weak in ft.plural_nouns():
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        passing = vocab.passing.match(noun.group(0)) is not None
        needs_context = weak or passing and not _about_integration(ft)
        if weak and any(unit.start <= m.start() < unit.end for m in ft.nouns):
            continue  # "… Maßnahmen in den Bereichen A und B, … in den Handlungsfeldern C und D": those name the fields
        if needs_context and not ft.names_concept(unit.start, unit.end):
            if not (weak and _concept_group(ft, unit.start, noun.start())):
                continue  # topics in passing: "In den Themenfeldern A und B wurden jeweils …"
            needs_context = False  # "Der Arbeitskreis hat Schwerpunkte in den Bereichen A, B und C gesetzt."
        lead = _LEAD.match(ft.text, noun.end(), unit.end)
        start = lead.end() if lead else noun.end()
        marked = marked_enumeration(ft, start, unit.end, "prose") or _marked_after_verb(ft, noun.end(), unit)
        if marked and all(not is_sentence(c.label, vocab) and not is_structure(c.label, vocab) for c in marked):
            # "die Handlungsfelder (A) Ankommen, (B) Sprache und Bildung … und (E) Teilhabe"
            yield from marked
            continue
        if start >= unit.end or not (
            ft.text[start].isupper()
            or ft.text[start] in '„"»'
            or re.match(r"[a-zäöü]\w*(?:e|en|er|es)\s+[A-ZÄÖÜ]", ft.text[start : start + 60])
            and ft.text[start : unit.end].split(None, 1)[0].casefold() not in _ARTICLES
        ):  # a name or an adjective before one, not an attribute ("Handlungsfelder des Konzepts")
            continue
        if ft.text[start : unit.end].split(None, 1)[0].casefold() in vocab.verbs:
            continue  # "Die Handlungsfelder lauten Bildung, …": a clause, read by ``field_clauses``
        if ft.text[start] in '„"»':
            continue  # quoted names right after the noun, read by ``quoted``
        if list_heading(ft, ft.row_at(noun.start()), noun, weak):
            continue  # a heading over a list, read by ``field_lists``
        if (
            ft.text[noun.end() : start].count("\n\n")
            and not _enumeration_lines(ft.text[start : unit.end])
            or _gapped(ft, noun.start(), unit.end)
            or len(ft.rows[ft.row_at(noun.start())].columns) > 1
        ):
            continue  # a table, not a sentence
        limit = unit.end
        if lead and "(" in lead.group(0):
            close = ft.text.find(")", start, unit.end)
            limit = close if close > 0 else limit
        elif lead and lead.group("dash"):
            closing = _CLOSING_DASH.search(ft.text, start, unit.end)
            if closing is None:
                continue  # a dash opening a clause, not an apposition
            limit = closing.start()
        end = _before_label_line(ft, start, noun_phrases_end(ft, start, limit))
        if needs_context and not (ft.names_concept(unit.start, start) or ft.names_concept(end, unit.end)):
            continue  # the concept only among the topics: "Themenbereiche (Artenschutz-Konzept, …)"
        items = _semicolon_items(ft, start, end) or _unlettered(enumeration(ft, start, end, "prose"))
        if len(items) >= 2 and all(
            _name_words(c.label) <= _MOST_ITEM_WORDS
            and not is_sentence(c.label, vocab)
            and not is_structure(c.label, vocab)
            for c in items
        ):
            yield from items


_MOST_ITEM_WORDS = 6
_CONJUNCTIONS = words("conjunctions")


def _enumeration_lines(after: str) -> bool:
    """Whether the lines after a blank line under the noun go on with the sentence, one name a line:
    each but the last ending with a comma or a conjunction, the last with the sentence's full stop ("in die
    Handlungsfelder" / "" / "Sprache und Bildung," / "Gesundheit sowie" / "" / "Beratung für …."), the blank
    lines an export's boxes set apart, no table's."""
    lines = [line.strip() for line in after.split("\n") if line.strip()]
    return (
        len(lines) >= 2
        and lines[-1].endswith(".")
        and all(line.endswith(",") or line.split()[-1].casefold() in _CONJUNCTIONS for line in lines[:-1])
    )


# the second part of an elliptic pair with its conjunction: "EU-Bürgerinnen und -Bürger"
_ELLIPTIC_PART = re.compile(r"\s(?:" + alternation("conjunctions") + r")\s+-\w")


def _name_words(label: str) -> int:
    """The words of an item's name, the second part of an elliptic pair ("Beratung für neu
    zugewanderte EU-Bürgerinnen und -Bürger") counted with the first.

    >>> _name_words("Beratung für neu zugewanderte EU-Bürgerinnen und -Bürger")
    5
    """
    return len(label.split()) - 2 * len(_ELLIPTIC_PART.findall(label))


# a labelled line: a few words and a colon ("Sprecherin der AG 1: …", "Ziel: …")
_LABEL_LINE = re.compile(r"\n[ \t]*[A-ZÄÖÜ][^\n:.;,]{0,40}:(?:[ \t]|$)", re.M)


def _before_label_line(ft: FieldText, start: int, end: int) -> int:
    """``end``, or the end of the line before the first labelled line the enumeration ran into
    (a heading's fields over "Sprecherin der AG 1: …")."""
    label = _LABEL_LINE.search(ft.text, start, end + 60)
    return min(end, len(ft.text[: label.start()].rstrip())) if label and label.start() < end else end


def _semicolon_items(ft: FieldText, start: int, end: int) -> list[Candidate]:
    """The items of an enumeration parted by semicolons whose items hold commas ("Arbeit,
    Ausbildung und Studium; Wohnen; Gesundheit und Pflege"): each part one field. Nothing when
    no part holds a comma (the semicolon then parts nothing but the commas do)."""
    text = ft.text[start:end]
    if ";" not in text or _depth(text):
        return []
    parts, at = [], start
    for piece in text.split(";"):
        lead = len(piece) - len(piece.lstrip())
        parts.append((at + lead, at + len(piece.rstrip())))
        at += len(piece) + 1
    if not any("," in ft.text[a:b] for a, b in parts):
        return []
    out = [Candidate(a, b, clean_label(ft.text[a:b]), "prose") for a, b in parts]
    return out if all(c.label for c in out) else []


def _depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _gapped(ft: FieldText, start: int, end: int) -> bool:
    """Whether a tab, a bar or a run of spaces sets cells apart between ``start`` and ``end``.
    A line indented as the line holding ``start`` goes on with its paragraph (an export that
    keeps the page's margins indents every line of it alike), so its indent is no gap; nor is
    the indent of an item's hanging lines, under the text after its number or mark ("2. Es soll
    sich auf …" / "   Gesundheit konzentrieren."), nor that of an enumeration set off one item
    a line under the line the field noun ends ("… in die Handlungsfelder" / "    Sprache und
    Bildung," / "    Arbeit,"), its lines indented alike."""
    row = ft.rows[ft.row_at(start)]
    indent = len(row.text) - len(row.text.lstrip(" "))
    hanging = _HANGING.match(row.text)
    allowed = {indent, hanging.end() if hanging else indent}
    if len(ft.text[start : row.end].split()) == 1:
        allowed.add(_set_off(ft.text, row.end, end, indent))
    pos = start
    for m in _INDENT.finditer(ft.text, start, end):
        if len(m.group(1)) in allowed:
            if _COLUMNS.search(ft.text, pos, m.start(1)):
                return True
            pos = m.end()
    return _COLUMNS.search(ft.text, pos, end) is not None


# an item's number or mark before its text, whose hanging lines stand under that text ("2. ", "- ")
_HANGING = re.compile(r" *(?:\d{1,2}[.)]|[a-z]\)|" + markers.charset(markers.ITEM_MARKS) + r") +(?=\S)")


def _set_off(text: str, start: int, end: int, indent: int) -> int:
    """The indent shared by all lines of ``text[start:end]`` (``start`` at a line's end), deeper
    than ``indent``; 0 when they do not share one."""
    found = {len(line) - len(line.lstrip(" ")) for line in text[start:end].split("\n")[1:] if line.strip()}
    return found.pop() if len(found) == 1 and min(found) > indent else 0


_LETTER = re.compile(r"([A-Z])\s+(?=[A-ZÄÖÜ])")


def _unlettered(items: list[Candidate]) -> list[Candidate]:
    """Items lettered one after another without brackets ("A Wärme und Strom, B Bauen und
    Sanieren, C Wirtschaft") without their letters."""
    found = [_LETTER.match(c.label) for c in items]
    if len(items) < 2 or not all(m and ord(m.group(1)) == ord("A") + i for i, m in enumerate(found)):
        return items
    out = []
    for c, m in zip(items, found):
        cut = len(m.group(0))  # type: ignore[union-attr]
        label = c.label[cut:]
        out.append(Candidate(c.end - len(label), c.end, label, c.method) if c.label.endswith(label) else c)
    return out


def _concept_group(ft: FieldText, start: int, end: int) -> bool:
    """Whether a group of the concept stands in ``text[start:end]``: a group's noun ("Der
    Arbeitskreis hat …") that the document names with the concept's topic ("Arbeitskreis
    Integration"), not a group of another matter ("Arbeitskreis Verkehr")."""
    text = ft.text
    for m in ft.vocab.groups.finditer(text, start, end):
        named = re.compile(re.escape(m.group(0)) + r"(?:es|s)?[ \t\n]+")
        if any(ft.vocab.integration.match(text, n.end()) for n in named.finditer(text)):
            return True
    return False


def _about_integration(ft: FieldText) -> bool:
    """Whether the document speaks of integration more than in passing (three mentions)."""
    return ft.about_integration()


# "einem der …", "eines der …": one of several, named in passing
_PARTITIVE = re.compile(r"\bein(?:e[mnrs]?|s)?\s+der\s+(?:[\wäöüß-]+\s+){0,4}$", re.I)


# a noun coordinated before the field noun: "Leitbild und Handlungsfelder"
_PAIRED = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*[ \t\n]+(?:" + alternation("conjunctions") + r")[ \t\n]+$")
# what may stand between two quoted names of one enumeration
_QUOTE_GAP = re.compile(r"[ \t\n]*(?:,|und|sowie|bzw\.)[ \t\n]*")


def _titled_pair(text: str, start: int, noun: re.Match[str], at: int, end: int) -> bool:
    """Whether the one quoted name right after the field noun is the title of the noun and another
    coordinated before it ("Leitbild und Handlungsfelder „Gemeinsam zu Hause“"), not a field's."""
    if _PAIRED.search(text, max(start, noun.start() - 60), noun.start()) is None:
        return False
    q = QUOTE.match(text, at)
    if q is None or q.end() > end:
        return False
    gap = _QUOTE_GAP.match(text, q.end(), end)
    return gap is None or QUOTE.match(text, gap.end()) is None


# a name set in capitals right after the singular field noun: "das Handlungsfeld VEREINE, SPORT UND KULTUR"
# (a word broken at a line's end: "SPRA-" / "CHE UND BILDUNG")
_CAPS_WORD = r"[A-ZÄÖÜ]{2,}(?:-[ \t]*\n[ \t]*[A-ZÄÖÜ]+)?"
_CAPITALS = re.compile(rf"[ \t\n]+(?P<name>{_CAPS_WORD}(?:,?[ \t\n]+{_CAPS_WORD})*)(?![\w-])")
_BROKEN_CAPS = re.compile(r"(?<=[A-ZÄÖÜ])-[ \t]*\n[ \t]*(?=[A-ZÄÖÜ])")
_LEAST_CAPITALS = 6  # letters of such a name at least (no abbreviation: "SGB")


def _capitals_after(ft: FieldText, noun: re.Match[str], end: int) -> Candidate | None:
    """The name in capitals right after the singular field noun ``noun`` in its sentence (ending at ``end``),
    two words at least or one long one; None where there is none."""
    if ft.vocab.plural.fullmatch(noun.group(0)):
        return None
    m = _CAPITALS.match(ft.text, noun.end(), end)
    if m is None or sum(c.isalpha() for c in m.group("name")) < _LEAST_CAPITALS:
        return None
    label = clean_label(_BROKEN_CAPS.sub("", m.group("name")))
    return Candidate(m.start("name"), m.end("name"), label, "prose") if not is_structure(label, ft.vocab) else None


def quoted(ft: FieldText) -> Iterator[Candidate]:
    """Quoted names that the text calls fields."""
    text = ft.text
    vocab = ft.vocab
    for m in ft.nouns:
        u = ft.layout.unit_at(m.start())
        unit = ft.layout.units[u]
        s, e = unit.start, unit.end
        direct = re.match(r"\s*(?=[„\"“»])", text[m.end() : e])
        if direct and not vocab.plural.fullmatch(m.group(0)) and not _about_integration(ft):
            continue  # one field named in a document that is not about integration
        if (
            direct
            and _PARTITIVE.search(text, max(s, m.start() - 80), m.start())
            and not vocab.context.search(text, s, e)
        ):
            continue  # "zu einem der für die Bewerbung relevanten Themenfelder „X“": one in passing, of another plan
        if direct and _titled_pair(text, s, m, m.end() + direct.end(), e):
            continue  # "Leitbild und Handlungsfelder „Döbeln – gemeinsam zu Hause“": the title of both
        if (caps := _capitals_after(ft, m, e)) is not None:
            if _about_integration(ft):
                yield caps  # "im Handlungsfeld ARBEIT UND AUSBILDUNG": capitals set the name off as quotes do
            continue
        if direct:  # "die Handlungsfelder „X“ und „Y“", "im Handlungsfeld „Bildung“"
            pos = m.end() + direct.end()
            while (q := QUOTE.match(text, pos)) is not None and q.end() <= e:
                label = clean_label(q.group(1))
                if label and not is_structure(label, vocab):
                    yield Candidate(q.start(1), q.end(1), label, "prose")
                sep = re.match(r"\s*(?:,|und|sowie|bzw\.)?\s*", text[q.end() : e])
                pos = q.end() + (sep.end() if sep else 0)
            continue
        before = collapse(text[s : m.start()]) + " "
        if not _PREDICATE.search(before) or _NEGATED.search(before):
            continue  # "„Koordination“ wird nicht mehr als Handlungsfeld geführt": no field
        if _ANAPHOR.match(text, s) and u > 0:
            prev = ft.layout.units[u - 1]
            quotes = list(QUOTE.finditer(text, prev.start, prev.end))
        else:
            quotes = list(QUOTE.finditer(text, s, m.start()))
        for q in quotes:
            label = clean_label(q.group(1))
            if label and not is_structure(label, vocab):
                yield Candidate(q.start(1), q.end(1), label, "prose")
