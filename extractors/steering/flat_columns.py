"""Members tables whose column gaps a PDF's text layer flattened into single spaces, read by the
form of their header and rows.

- a table of persons under a header whose last column names the person ("Funktion Name", "Aufgabe
  Person", "Rolle vertreten durch", or led by a bank's column: "Bereich Institution Person"): each row is
  cut where the salutation opens the person ("Leiterin des Gartenamts Frau Dr. Ilse Beispiel"; under a
  bank's column an office after the salutation left out: "Herr Stadtrat Uwe Beispiel"); a salutation and
  an office alone ending a row have the person's name on the line below ("… Frau Bürgermeisterin" / "Dr.
  Katrin Beispiel"), a chair's mark alone on a line goes with the person above; a line without one whose
  row above ends open ("… des Vereins der" / "Gartenfreunde") is the function's wrapped rest
  (:func:`person_column_rows`);
- a seat table under a header with a count column between a sector and the bodies it sends
  ("Bereich Sitze entsendende Stelle"): each row a sector, its count and its bodies apart by
  semicolons ("Kultur 2 Stadtbibliothek; Musikschule"), lines without a count the bodies' wrapped
  rest (:func:`seat_column_rows`), its cells apart by single spaces or tabs;
- a table of the bodies a group's seats go to under a header whose last column is their count
  ("Entsendende Stelle Sitze"): each row a body and its count ("Büro für Integration 1"), the total
  row ("insgesamt 9") no member but the group's size, ending the table, its number the sum of
  the counts (:func:`count_column_rows`);
- a table of the bodies that send members under a header of a body column, the members' column and
  maybe their deputies' ("Entsendende Stelle ordentliches Mitglied Stellvertretung"): each row cut
  from its end, a person's name a column ("Sozialamt Dr. Lea Brandt Jonas Weber"), a chair's mark
  on a line of its own going with the member above, a line without names the body's wrapped rest
  ("Verband der Eltern-" / "initiativen Lippe"), a member's name whose last word wrapped onto the
  body's next line joined ("… Stadträtin Dr. Ilka" / "Wohnen (Vorsitz) Marquardt"), the rows going on
  over a page break (:func:`member_column_rows`);
- a table of persons under a header whose first column names them ("Name Institution Funktion",
  "Mitglied Funktion / Institution"): each row opens with the person's name, a line without one the
  rest's wrapped part (:func:`name_first_rows`);
- a list of delegates set apart by blank lines, each line a body whose count dots lead in
  ("Gartenamt ........ 2 Personen");
- a list of organisations set two a line without a header, each line cut where the one cut the
  gazetteer of heads and names allows opens the right-hand name ("Caritasverband Musterstadt e. V.
  Diakonisches Werk Musterstadt"), the lines without a cut the right-hand cell's wrapped rest
  (:func:`tiled_rows`).

Without the header above, a line naming "Frau X" after a function is no row of a table.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.base import dehyphenate
from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import CLASSES, HYPHEN_STAYS, OPEN_ENDS, SENTENCE_OPENERS, either, words
from pipeline.lang.de.names import is_first_name

from .flat_inverted import inverted_rows
from .flat_role_led import role_first_rows, role_name_rows
from .flat_roles import role_column_rows
from .flat_seats import seat_rows
from .name_blocks import NAME_WORD, name_line, name_start
from .person_tables import kinds
from .ruled_headers import RULE_LINE, past_flat_rules
from .rules import CHAIR_DASHED, CHAIR_MARK, CHAIR_NOUN_AFTER, VACANT, Chair, MemberRow, MemberRules
from .tables import LISTED, LISTING, phrase_header, sector_header, table_row, tiled_cells

TABLE_LINES = 40  # lines of one such table at most

# a row: the function, then a salutation, titles and two to four capitalised words of a name
_PERSON_ROW = re.compile(
    r"(?P<function>\S.*?)[ \t]+(?P<person>(?:Herrn?|Frau)[ \t]+(?:(?:Dr|Prof)\.[ \t]*)*"
    r"[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*){1,3})[ \t]*"
)
# a row ending in a salutation and a given name, its family name wrapped onto the next line
_SPLIT_NAME = re.compile(r"[ \t](?:Herrn?|Frau)[ \t]+(?:(?:Dr|Prof)\.[ \t]*)*[A-ZÄÖÜ][\w-]*[ \t]*$")
_OPEN_END = re.compile(rf"(?:[,;/(-]|\b(?:{either(OPEN_ENDS)}))$")
# a seat row: a sector of one to three words, its count, the bodies ("Kultur 2 Stadtbibliothek; Musikschule")
_SEAT_ROW = re.compile(
    r"(?P<sector>[A-ZÄÖÜ][^\d;:()\n]{1,60}?)[ \t]+(?P<n>\d{1,2})[ \t]+(?P<bodies>[A-ZÄÖÜ\d][^\n]*?)[ \t]*"
)
# a count row: a body and its count ("Fachbereich 5 – Soziales, Integration und Sport 2")
_COUNT_ROW = re.compile(r"(?P<body>\S(?:[^\n]*?\S)?)[ \t]+(?P<n>\d{1,3})[ \t]*")
# a line of delegates an export set apart by blank lines, its count led in by dots
# ("Gartenamt ........ 2 Personen")
_LEADER_LINE = re.compile(r"(?P<name>[A-ZÄÖÜ][^\n.]*(?:\.[^\n.]+)*?)[ \t]*\.{4,}[ \t]*\d{1,2}(?:[ \t]+\w+)?[ \t]*")


_BLANKS_TO_PAGE = re.compile(r"(?:[ \t]*\n)*\f")


def _lines(text: str, at: int, pages: bool = False) -> list[tuple[int, str]]:
    """The lines from ``at`` up to a blank line or page break, at most :data:`TABLE_LINES`; when a
    blank line follows the first (an export that sets rows apart by blank lines), up to two blank
    lines in a row or a page break. ``pages``: on over a page break whose furniture the view dropped,
    the next page's first line without its form feed (its offset right after it, so that a reader
    sees the break), also where the view joined it to the line before ("… Tobias Weller\fund Migration")."""
    out: list[tuple[int, str]] = []
    pos, spaced, blanks = at, False, 0
    while pos < len(text) and len(out) < TABLE_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        pos = end + 1
        if pages and out and line.startswith("\f") and "\f" not in line[1:] and line.strip():
            out.append((pos - len(line), line[1:]))
            blanks = 0
            continue
        before, brk, after = line.partition("\f")
        if pages and out and brk and before.strip() and after.strip() and "\f" not in after:
            out += [(pos - len(line) - 1, before), (pos - len(after) - 1, after)]  # a view joined the pages' lines
            blanks = 0
            continue
        if "\f" in line:
            break
        if line.strip():
            out.append((pos - len(line) - 1, line))
            blanks = 0
            continue
        if pages and out and _BLANKS_TO_PAGE.match(text, pos):
            continue  # the blank lines before a page break
        spaced = spaced or len(out) == 1
        blanks += 1
        if not spaced or blanks > 1:
            break
    return out


def _header(line: str, rules: MemberRules, last: re.Pattern[str], before: re.Pattern[str], tabs: bool = False) -> bool:
    """Whether a line is a header of column words whose last column matches ``last``, one column
    word at least before it, each matching ``before``, the words apart by single spaces (``tabs``:
    or tabs)."""
    m = re.search(rf"[ \t]({last.pattern.removeprefix('(?i)')})[ \t]*$", line, re.I)
    if m is None or re.search(r"\t|[ ]{2}" if not tabs else r"[ ]{2}", line.strip()):  # columns another reader cuts
        return False
    words = line[: m.start()].split()
    return bool(words) and all(rules.headers.match(w) and before.match(w) for w in words)


_SENTENCE_STOP = re.compile(r"\w{4,}\.$")  # a sentence's full stop, not an abbreviation's ("e. V.")


def _wrap(line: str) -> bool:
    """Whether a line can be a cell's wrapped rest: a few words, no sentence's full stop, no number
    opening it (a numbered heading: "4." or "4. Kosten")."""
    words = line.split()
    return 0 < len(words) <= 4 and not _SENTENCE_STOP.search(line.rstrip()) and not words[0][0].isdigit()


def _bank_or_body(bank: re.Pattern[str], rules: MemberRules) -> re.Pattern[str]:
    """The header words of a bank's column or of an institution ("Bereich Institution Person")."""
    return re.compile("|".join(f"(?:{p.pattern.removeprefix('(?i)')})" for p in (bank, rules.body_header)), re.I)


def _person_or_body(rules: MemberRules) -> re.Pattern[str]:
    """The header words of a person's function or of an institution."""
    return re.compile(
        "|".join(f"(?:{p.pattern.removeprefix('(?i)')})" for p in (rules.person_header, rules.body_header)), re.I
    )


def person_column_rows(
    text: str, at: int, rules: MemberRules, res: Resources
) -> list[list[tuple[int, int, str]]] | None:
    """The rows (function cell, person cell) of a table of persons under a header whose last column
    names the person, the gaps flattened; None when the line at ``at`` is no such header or fewer
    than two rows follow it."""
    lines = _lines(text, at, pages=True)
    lines = past_flat_rules(lines) or lines  # the rule drawn under the header, broken over lines maybe
    # the other columns a person's function ("Funktion", "Rolle"), maybe an institution's after one of
    # them ("lfd. Funktion Institution Person"), or a bank's first ("Bereich Institution Person"): the
    # salutation still cuts each row
    bank = kinds(res).bank
    banked = _bank_or_body(bank, rules)
    if len(lines) < 3 or not (
        _header(lines[0][1], rules, rules.person_column, _person_or_body(rules))
        or _header(lines[0][1], rules, rules.person_column, banked)
    ):
        return None
    first = lines[0][1].split()[0]
    if not (rules.person_header.fullmatch(first) or bank.fullmatch(first)):
        return None
    out: list[list[tuple[int, int, str]]] = []
    joined = False
    for k, (pos, line) in enumerate(lines[1:], 1):
        if joined:
            joined = False
            continue
        office = _SPLIT_NAME.search(line) if k + 1 < len(lines) else None
        if office is not None and name_line(lines[k + 1][1].strip()) and not NAME_WORD.fullmatch(lines[k + 1][1]):
            below, under = lines[k + 1]  # "… Frau Bürgermeisterin" over "Dr. Katrin Beispiel": the name below
            lead = len(under) - len(under.lstrip())
            named = (below + lead, below + len(under.rstrip()), under.strip())
            out.append([(pos, pos + office.start(), line[: office.start()].strip()), named])
            joined = True
            continue
        if out and CHAIR_MARK.fullmatch(" " + line.strip()):  # "(Vorsitzender)" under the person
            a, _b, marked = out[-1][1]
            out[-1][1] = (a, a + len(marked), f"{marked} {line.strip()}")
            continue
        if k + 1 < len(lines) and _SPLIT_NAME.search(line) and NAME_WORD.fullmatch(lines[k + 1][1].strip()):
            line, joined = f"{line.rstrip()} {lines[k + 1][1].strip()}", True  # "… Frau Agnieszka" / "Kowalczyk"
        m = _PERSON_ROW.fullmatch(line)
        if m is None and (bare := _bare_person(line)) is not None:  # "Leiterin des Sozialamts Dr. Katrin Wörner"
            out.append(
                [
                    (pos, pos + bare[0], line[: bare[0]].rstrip()),
                    (pos + bare[1], pos + bare[2], line[bare[1] : bare[2]]),
                ]
            )
            continue
        if m is not None:
            a, person = pos + m.start("person"), m.group("person")
            salute, _, rest = person.partition(" ")
            if (cut := name_start(rest.strip())) and banked.fullmatch(first):  # "Herr Stadtrat Uwe Beispiel"
                a, person = a + person.index(rest.strip()) + cut, rest.strip()[cut:]  # the office left out
            out.append([(pos, pos + m.end("function"), m.group("function")), (a, a + len(person), person)])
            continue
        if not out or not _wrap(line) or not (_OPEN_END.search(out[-1][0][2]) or line.lstrip()[:1].islower()):
            break
        a, _b, function = out[-1][0]
        out[-1][0] = (a, pos + len(line.rstrip()), f"{function} {line.strip()}")
    return out if len(out) >= 2 else None


def _bare_person(line: str) -> tuple[int, int, int] | None:
    """Where a row's function ends and its person's name starts and ends (a chair's mark after it kept) when
    the row closes with a name without a salutation ("Leiterin des Sozialamts Dr. Katrin Wörner", "… Robert
    Hahn (Vorsitz)"): a known given name or a title before the family name, words of the function before it."""
    mark = CHAIR_MARK.search(line.rstrip())
    core = line.rstrip()[: mark.start()] if mark and mark.end() == len(line.rstrip()) else line.rstrip()
    spans = [w.span() for w in re.finditer(r"\S+", core)]
    k = _name_at_end([core[a:b] for a, b in spans])
    if not k:
        return None
    return spans[k - 1][1], spans[k][0], len(line.rstrip())


# a row opening with a person's name: titles, a given name and a family name ("Dr. Jana Beispiel-Roth …")
_NAME_FIRST = re.compile(
    r"(?P<name>(?:(?:Dr|Prof)\.[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t]+" + NAME_WORD.pattern + r")[ \t]+(?=\S)"
)
# the function at a row's end, a column word ("Mitglied", "Vorsitzende"), an abbreviation before it ("stellv.")
_LAST_CELL = re.compile(r"[ \t](?P<cell>(?:\w+\.[ \t]*)?(?P<word>\S+))$")


_NUMBER_HEADER = re.compile(r"(?i)(?:lfd\.)?nr\.?")  # a column numbering the rows before the persons'
_ROW_NUMBER = re.compile(r"[ \t]*\d{1,3}\.?[ \t]+(?=\S)")


def _function_word(word: str, rules: MemberRules) -> bool:
    """A column word or the chair's role ("Mitglied", "Vorsitzende") closing a row as its own cell."""
    return rules.headers.fullmatch(word) is not None or re.fullmatch(r"Vorsitz\w*", word) is not None


def name_first_rows(text: str, at: int, rules: MemberRules) -> list[list[tuple[int, int, str]]] | None:
    """The rows (person cell, the rest) of a table of persons under a header whose first column
    names them ("Name Institution Funktion"), the gaps flattened: each row opens with a person's
    given and family name, a line without one the rest's wrapped part; None when the line at ``at``
    is no such header or fewer than two rows follow it."""
    lines = _lines(text, at)
    lines = past_flat_rules(lines) or lines  # the rule drawn under the header
    words = lines[0][1].split() if lines else []
    numbered = len(words) > 2 and _NUMBER_HEADER.fullmatch(words[0]) is not None  # "Nr. Mitglied entsendende Stelle"
    head = " ".join(words[1:]) if numbered else lines[0][1] if lines else ""
    words = words[1:] if numbered else words
    if (
        len(lines) < 3
        or len(words) < 2
        or re.search(r"\t|[ ]{2}", lines[0][1].strip())
        or not (rules.person_header.fullmatch(words[0]) or rules.member_header.fullmatch(words[0]))
        or not (all(rules.headers.match(w) for w in words) or phrase_header(head, rules))
    ):
        return None  # "Name Institution Funktion", "Mitglied Funktion / Institution"
    out: list[list[tuple[int, int, str]]] = []
    for pos, line in lines[1:]:
        number = _ROW_NUMBER.match(line) if numbered else None
        if number is not None:  # "3 Tobias Kirchner Jugendamt": the row's number its own cell
            pos, line = pos + number.end(), line[number.end() :]
        m = _NAME_FIRST.match(line)
        if m is not None and is_first_name(m.group("given")):
            rest = line[m.end() :].rstrip()
            cells = [(pos + m.start("name"), pos + m.end("name"), m.group("name"))]
            last = _LAST_CELL.search(rest)
            cut = last.start() if last and _function_word(last.group("word"), rules) else len(rest)
            cells.append((pos + m.end(), pos + m.end() + cut, rest[:cut]))
            if cut < len(rest):
                cells.append((pos + m.end() + cut + 1, pos + m.end() + len(rest), rest[cut + 1 :]))
            out.append(cells)
            continue
        if not out or not _wrap(line):
            break
        a, _b, rest = out[-1][1]  # the rest's wrapped line ("Caritasverband der Diözese" / "Musterstadt e. V.")
        out[-1][1] = (a, pos + len(line.rstrip()), dehyphenate(f"{rest} {line.strip()}"))
    return out if len(out) >= 2 else None


_TITLED = re.compile(r"(?:Dr|Prof)\.")


def _name_at_end(words: list[str], lex: nlp.Lexicon | None = None) -> int | None:
    """Where the person's name closing a row's words starts: a given name and a family name, the
    titles before them ("Dr. Kwame Asante", where a title vouches for a given name the list lacks);
    with ``lex``, also two capitalised words neither of which names a body or office ("Kwabena
    Mensah", where the row's column says a person stands there); None when the words end in none."""
    if len(words) < 2 or not NAME_WORD.fullmatch(words[-1]) or not NAME_WORD.fullmatch(words[-2]):
        return None
    k = len(words) - 2
    while k > 0 and _TITLED.fullmatch(words[k - 1]):
        k -= 1
    if is_first_name(words[-2]) or k < len(words) - 2:
        return k
    return k if lex is not None and not lex.mark(words[-2]) and not lex.mark(words[-1]) else None


def _names_from_end(words: list[str], persons: int, lex: nlp.Lexicon | None = None) -> list[tuple[int, int]]:
    """The (start, stop) word ranges of up to ``persons`` names closing a row's words, from its end
    (the deputy's, then the member's), each with a word of the body before it; with ``lex``, the
    member's name may be one of a given name the list lacks where the deputy's is a known one."""
    names: list[tuple[int, int]] = []
    stop = len(words)
    while len(names) < persons and (k := _name_at_end(words[:stop], lex if names else None)):  # a body before (k > 0)
        names.append((k, stop))
        stop = k
    return names


_SHORT_OFFICE = re.compile(r"[A-ZÄÖÜ]{2,5}")  # an office's abbreviation before a deputy's name ("FBL")


def _deputy_left(words: list[str], persons: int, lex: nlp.Lexicon) -> list[tuple[int, int]] | None:
    """The word ranges of a row's names closing its words (:func:`_names_from_end`), the member's last;
    where a deputy's column stands last, its seat not yet filled ("N. N.", "–": the member's name closes
    the words before it) or its name after an office's abbreviation ("FBL Anna Beispiel"); None where the
    row's words end in fewer names."""
    names = _names_from_end(words, persons, lex)
    if len(names) == persons:
        return names
    if persons != 2:
        return None
    for k in (1, 2):  # "–", "N.N."; "N. N."
        if len(words) > k and VACANT.fullmatch(" ".join(words[-k:])):
            member = _names_from_end(words[:-k], 1, lex)
            return member or None
    if len(names) == 1 and names[0][0] > 1 and _SHORT_OFFICE.fullmatch(words[names[0][0] - 1]):
        member = _names_from_end(words[: names[0][0] - 1], 1, lex)
        return names + member if member else None
    at = names[0][0] if len(names) == 1 else 0
    if at > 2 and words[at - 1][:1].isupper() and not is_first_name(words[at - 1]):
        # the deputy's office or title before their name, maybe an adjective of its rank before it ("… Elisabeth
        # Rieder Zweiter Bgm. Max Stürzer", "… Stadträtin Monika Hirt Stadtrat Felix Moosmann"): the member's name
        # closing the words before it
        ranked = [at - 2] if _RANK.fullmatch(words[at - 2]) else []
        member = next((m for k in [*ranked, at - 1] if (m := _names_from_end(words[:k], 1, lex))), [])
        return names + member if member else None
    return None


_RANK = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|er)")  # "Zweiter", "Erste", "Stellvertretende" before an office


def _wrapped_name(words: list[str], below: list[str], persons: int) -> tuple[list[str], int] | None:
    """A row whose member's name wrapped, its last word ending the line below after the body's wrapped
    rest ("Amt für Soziales Stadträtin Dr. Lea Jonas Weber" / "und Integration (Vorsitz) Brandt"):
    the row's words with that word put back after the name's start, and where it stands; None when
    the line below ends in no name's word or the row reads no better with it."""
    if len(below) < 2 or not NAME_WORD.fullmatch(below[-1]) or _names_from_end(below, 1):
        return None
    deputy = _names_from_end(words, persons - 1) if persons > 1 else []
    if len(deputy) != persons - 1:
        return None
    at = deputy[-1][0] if deputy else len(words)
    joined = [*words[:at], below[-1], *words[at:]]
    return (joined, at) if len(_names_from_end(joined, persons)) == persons else None


_NUMBER_HEADER = re.compile(r"(?i)(?:(?:lfd\.?\s*)?nr\.?|sitz)\s")  # a first column of the rows' numbers ("Sitz")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
_RULE = re.compile(
    rf"[-_={markers.DRAWN_RULES}]{{3,}}(?:[ \t]+[-_={markers.DRAWN_RULES}]{{3,}})*"
)  # a rule under a header, one a column
_VACANT = frozenset("–—-")  # a dash standing where a seat's person is not named yet
_CLOSING = re.compile(r"\([^()]*\)")  # a bracket closing a row after its person's name ("(CDU)", "(Vorsitz)")


def _member_header(line: str, rules: MemberRules, ruled: bool = False) -> re.Match[str] | None:
    """A flattened header of a body column and the members' (and maybe the deputies'), or of up to three
    other column words before the members' ("Bereich Mitglied", "Bereich Institution / Funktion Mitglied"),
    none of them a person's column (``ruled``: a rule under it, the body column may be followed by another
    of words of no kind, "entsendende Stelle benannt mit Schreiben vom Mitglied")."""
    body, member, deputy = (
        p.pattern.removeprefix("(?i)") for p in (rules.body_header, rules.member_header, rules.deputy_header)
    )
    tail = rf"(?:{member})(?P<deputy>[ \t]+(?:{deputy}))?"
    head = re.fullmatch(rf"(?:{body})[ \t]+{tail}", line, re.I)
    if head is not None:
        return head
    head = re.fullmatch(rf"(?P<lead>.+?)[ \t]+{tail}", line, re.I)
    lead = _column_words([w for w in head["lead"].split() if w != "/"] if head is not None else [], rules)
    fits = lead is not None and 0 < len(lead) <= 3 and not any(rules.person_column.fullmatch(w) for w in lead)
    if not fits and ruled and head is not None:  # the bodies' column first, then one more of no kind
        fits = re.match(rf"(?:{body})[ \t]+\S", head["lead"], re.I) is not None
    return head if fits else None


def sending_header(line: str, rules: MemberRules) -> bool:
    """Whether a flattened line is the header of a body column, the members' and the deputies'
    ("Entsendende Stelle ordentliches Mitglied Stellvertretung"): its rows are cut from their end
    (:func:`member_column_rows`), the body's cell running to any length before the names."""
    head = _member_header(line.strip(), rules)
    return head is not None and head.group("deputy") is not None and "lead" not in head.groupdict()


def _column_words(words: list[str], rules: MemberRules) -> list[str] | None:
    """A flattened header's words as its column words, a word alone or two as one ("entsandt von"); None
    where a word belongs to none."""
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        alone = (
            rules.headers.fullmatch(words[k]) and rules.headers.fullmatch(words[k + 1]) if k + 1 < len(words) else True
        )
        if k + 1 < len(words) and rules.headers.fullmatch(pair) and not alone:  # "entsandt von", "Entsendende Stelle"
            out.append(pair)
            k += 2
        elif rules.headers.fullmatch(words[k]):
            out.append(words[k])
            k += 1
        else:
            return None
    return out


def _named_row(
    text: str, spans: list[tuple[int, int]], persons: int, lex: nlp.Lexicon
) -> list[tuple[int, int, str]] | None:
    """The body cell and the member cell of a row whose words end in its persons' names, a bracket after
    them allowed (a chair's mark stays with the member's cell); None where they end in no names."""
    words = [text[a:b] for a, b in spans]
    closing = 0
    if words and words[-1].endswith(")"):
        opened = next((i for i in range(len(words) - 1, -1, -1) if words[i].startswith("(")), None)
        bracket = " ".join(words[opened:]) if opened is not None else ""
        closing = len(words) - opened if opened is not None and _CLOSING.fullmatch(bracket) else 0
    names = _deputy_left(words[: len(words) - closing], persons, lex)
    if names is None:
        return None
    first, stop = names[-1]
    if (
        first > 1
        and is_first_name(words[first - 1])
        and (not is_first_name(words[first]) or words[first - 2][-1:] == ",")
    ):
        first -= 1  # a family name of two words after the given name ("Samira El Ouardi", "El" a given name too)
    if closing and CHAIR_MARK.fullmatch(" " + " ".join(words[stop:])):
        stop = len(words)
    a, b = spans[first][0], spans[stop - 1][1]
    return [(spans[0][0], spans[first - 1][1], " ".join(words[:first])), (a, b, text[a:b])]


def _names_under(text: str, line: tuple[int, str], persons: int, lex: nlp.Lexicon) -> tuple[int, int, str] | None:
    """The member's cell of a line holding the row's persons' names alone, their offices on the row's line
    above ("Marktgemeinderat Marktgemeinderätin Marktgemeinderat" / "Sevda Kılıç Korbinian Wallner"); None
    where the line holds more or fewer names, or other words."""
    pos, body = line
    spans = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", body)]
    words = [text[a:b] for a, b in spans]
    deputies = _names_from_end(words, persons - 1, lex) if len(words) <= 4 * persons else []
    stop = deputies[-1][0] if deputies else len(words)
    if len(deputies) != persons - 1 or not stop or _name_at_end(words[:stop], lex) != 0:
        return None
    a, b = spans[0][0], spans[stop - 1][1]
    return a, b, text[a:b]


def _both_wrapped(
    text: str, spans: list[tuple[int, int]], line: tuple[int, str], lex: nlp.Lexicon
) -> list[tuple[int, int, str]] | None:
    """The body cell and the member cell of a row whose member's and deputy's names both wrapped, each given
    name closing its cell on the row's line and the family names on the line below, maybe a bracket after
    the member's ("Oberbürgermeister Bürgermeisterin Katrin Amtsleiter Holger" / "Seemann-Bühler (V)
    Dufner"): the deputy's office words between the two given names; None for any other row."""
    pos, body = line
    below = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", body)]
    under = [text[a:b] for a, b in below]
    words = [text[a:b] for a, b in spans]
    if len(under) not in (2, 3) or len(words) < 3 or not all(NAME_WORD.fullmatch(w) for w in (under[0], under[-1])):
        return None
    if len(under) == 3 and not _CLOSING.fullmatch(under[1]) or not is_first_name(words[-1]):
        return None
    j = len(words) - 2
    while j > 1 and (head := lex.head(words[j])) is not None and head.label == "OFFICE":
        j -= 1  # the deputy's office
    if j < 1 or not is_first_name(words[j]):
        return None
    value = " ".join([words[j], *under[:-1]])
    return [(spans[0][0], spans[j - 1][1], " ".join(words[:j])), (spans[j][0], below[-2][1], value)]


def member_column_rows(
    text: str, at: int, rules: MemberRules, res: Resources
) -> list[list[tuple[int, int, str]]] | None:
    """The rows (body cell, member cell) of a table of bodies and the persons they send under a header
    of a body column, the members' and maybe the deputies' ("Entsendende Stelle ordentliches Mitglied
    Stellvertretung"), the gaps flattened: each row cut from its end, the deputy's name, then the
    member's, the rest the body; a chair's mark alone on a line going with the member above; a line
    without names the body's wrapped rest ("Verband der Eltern-" / "initiativen Lippe"); a member's
    name wrapped with the body, its last word ending the line below (:func:`_wrapped_name`); after a
    page break, only rows. None when the line at ``at`` is no such header or fewer than two rows
    follow it."""
    lines = _lines(text, at + 1 if text.startswith("\n", at) else at, pages=True)  # from the lead-in's line end
    ruled = past_flat_rules(lines)  # a drawn rule, the header's wrapped line over it ("Schreiben vom")
    lines = ruled or lines
    lex = nlp.lexicon(res)
    if len(lines) < 3 or re.search(r"\t|[ ]{2}", lines[0][1].strip()):  # columns the table readers cut
        return None
    head = _member_header(lines[0][1].strip(), rules, ruled is not None)
    if head is None:
        return None
    persons = 2 if head.group("deputy") else 1
    numbered = _NUMBER_HEADER.match(lines[0][1].strip()) is not None  # "Nr. entsandt von Mitglied"
    out: list[list[tuple[int, int, str]]] = []
    k = 1
    while k < len(lines):
        pos, line = lines[k]
        k += 1
        if not out and _RULE.fullmatch(line.strip()):
            continue  # a rule drawn under the header
        if out and RULE_LINE.fullmatch(line):
            break  # a rule drawn under the last row
        dashed = CHAIR_DASHED.search(line)  # "… Raphael Ganter – Vorsitz –": the chair's mark set off by dashes
        line = line[: dashed.start()] if dashed and dashed.start() else line
        spans = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", line)]
        if numbered and len(spans) > 1 and _ROW_NUMBER.fullmatch(text[spans[0][0] : spans[0][1]]):
            spans = spans[1:]  # the row's number
        words = [text[a:b] for a, b in spans]
        row = _named_row(text, spans, persons, lex)
        if row is None and persons == 1 and k < len(lines) and _OPEN_END.search(line.rstrip()):
            under = [(lines[k][0] + m.start(), lines[k][0] + m.end()) for m in re.finditer(r"\S+", lines[k][1])]
            row = _named_row(text, spans + under, persons, lex)  # "… Soziales und Bildung," / "Dr. Lea Brandt"
            k += row is not None
        vacant = next((k for k in (1, 2) if len(words) > k and VACANT.fullmatch(" ".join(words[-k:]))), 0)
        if row is None and persons == 1 and vacant and words[-1] not in _VACANT:
            a, b = spans[0][0], spans[-vacant - 1][1]  # "Volkshochschule N.N.": a seat yet to be filled
            row = [(a, b, text[a:b]), (spans[-vacant][0], spans[-1][1], text[spans[-vacant][0] : spans[-1][1]])]
        if row is None and persons == 1 and len(words) > 1 and words[-1] in _VACANT:
            a, b = spans[0][0], spans[-2][1]  # a seat without its person ("Agentur für Arbeit –"): the body
            row = [(a, b, text[a:b]), (a, b, text[a:b])]
        if row is None and persons == 1 and out and name_line(_CLOSING.sub("", line).strip()):
            a = spans[0][0]  # a name alone: the body printed on its first person's row only, the row above's
            row = [out[-1][0], (a, spans[-1][1], text[a : spans[-1][1]])]
        if row is None and persons == 2 and k < len(lines) and (both := _both_wrapped(text, spans, lines[k], lex)):
            row = both  # "… Bürgermeisterin Katrin Amtsleiter Holger" / "Seemann-Bühler (V) Dufner"
            k += 1
        if row is None and k < len(lines) and (named_below := _names_under(text, lines[k], persons, lex)) is not None:
            row = [(spans[0][0], spans[-1][1], " ".join(words)), named_below]  # the offices over the names below them
            k += 1
        if row is not None:
            out.append([*row, (pos + dashed.start(), pos + dashed.end(), "(Vorsitz)")] if dashed else row)
            continue
        rest_of_body = out and (_OPEN_END.search(out[-1][0][2].rstrip()) or line[:1].islower())
        if text[pos - 1 : pos] == "\f" and not rest_of_body:
            break  # the next page goes on with no row of the table, nor with a body's rest ("und Migration")
        below = lines[k][1].split() if k < len(lines) else []
        if (wrapped := _wrapped_name(words, below, persons)) is not None:
            joined, put = wrapped
            first = _names_from_end(joined, persons)[-1][0]
            name = " ".join(joined[first : put + 1])
            rest = " ".join([*words[:first], *below[:-1]])
            out.append([(spans[0][0], spans[first - 1][1], rest), (spans[first][0], spans[first][0] + len(name), name)])
            k += 1
            continue
        if out and CHAIR_MARK.fullmatch(" " + line.strip()):  # "(Vorsitz)" under the member's name
            a, _b, cell = out[-1][1]
            out[-1][1] = (a, a + len(cell), f"{cell} {line.strip()}")
            continue
        if not out or not 0 < len(words) <= 4 or _SENTENCE_STOP.search(line.rstrip()) or words[0][0].isdigit():
            break
        a, _b, cell = out[-1][0]
        out[-1][0] = (a, spans[-1][1], dehyphenate(f"{cell} {' '.join(words)}"))
    return out if len(out) >= 2 else None


def seat_count(text: str, start: int, end: int, rules: MemberRules) -> int | None:
    """The seats a table in ``text[start:end]`` counts whose header's first column numbers them ("Sitz
    entsandt durch  Mitglied"): its rows numbered 1, 2, … in turn, vacant seats too ("10  Volkshochschule
    N.N."), a row's wrapped rest on a line without a number; the last number. None where the header is
    no such one, fewer than two rows are numbered, or the numbers skip or repeat one.

    >>> from extractors.steering.rules import member_rules
    >>> from extractors import load_resources
    >>> text = "Sitz  Stelle  Mitglied\\n1     Rat    Anna Berg\\n2     Verein Jan Ott\\n      e. V.\\n"
    >>> seat_count(text, 0, len(text), member_rules(load_resources()))
    2
    """
    lines = [line for line in text[start:end].splitlines() if line.strip()]
    if not lines or not rules.seat_number_header.match(lines[0].split()[0]):
        return None
    numbers = [int(line.split()[0].rstrip(".")) for line in lines[1:] if _ROW_NUMBER.fullmatch(line.split()[0])]
    return numbers[-1] if len(numbers) > 1 and numbers == list(range(1, len(numbers) + 1)) else None


def seat_column_rows(text: str, at: int, rules: MemberRules) -> list[tuple[str, int, int, str]] | None:
    """The rows (sector, bodies' start, end, bodies) of a seat table under a header "Bereich Sitze
    entsendende Stelle", the gaps flattened; None when the line at ``at`` is no such header or
    fewer than two rows follow it."""
    lines = _lines(text, at)
    if len(lines) < 3 or not any(
        _header(lines[0][1], rules, last, rules.headers, tabs=True) for last in (rules.body_header, rules.person_column)
    ):
        return None
    if not any(rules.count_header.fullmatch(w) for w in lines[0][1].split()):
        return None
    out: list[tuple[str, int, int, str]] = []
    for pos, line in lines[1:]:
        m = _SEAT_ROW.fullmatch(line)
        open_row = bool(out) and (_OPEN_END.search(out[-1][3]) or out[-1][3].count("(") > out[-1][3].count(")"))
        if m is not None and len(m.group("sector").split()) <= 3 and not open_row:
            out.append((m.group("sector"), pos + m.start("bodies"), pos + m.end("bodies"), m.group("bodies")))
            continue
        # bodies or persons apart by slashes wrap on in lines of any length ("A (SPD) / B (CDU) /" / "C (FDP)")
        listing = bool(out) and LISTING.search(out[-1][3]) is not None
        if not out or not (_wrap(line) or listing and _listed_wrap(line)):
            break
        sector, a, _b, bodies = out[-1]
        out[-1] = (sector, a, pos + len(line.rstrip()), f"{bodies} {line.strip()}")
    return out if len(out) >= 2 else None


def _listed_wrap(line: str) -> bool:
    """Whether a line can be the wrapped rest of a cell listing members apart by slashes or semicolons:
    each of its parts one a wrapped rest can be, a number opening it allowed ("1911 e. V. / Verein X")."""
    parts = [p.strip() for p in LISTING.split(line) if p.strip()]
    return bool(parts) and all(_wrap(re.sub(r"^\d+[ \t]+", "", p)) for p in parts)


def count_column_rows(text: str, at: int, rules: MemberRules) -> tuple[list[tuple[int, int, str]], int | None] | None:
    """The body cells of a table under a header of a body column and a count column ("Entsendende
    Stelle Sitze", "Organisation Anzahl"), the gaps flattened, and the number of its total row
    ("insgesamt 9"), which ends it; None when the line at ``at`` is no such header, fewer than
    two rows follow it, or the total is not the sum of their counts. A line that is no body and
    count ends the table."""
    lines = _lines(text, at)
    body, count = (p.pattern.removeprefix("(?i)") for p in (rules.body_header, rules.count_header))
    if len(lines) < 3 or not re.fullmatch(rf"(?:{body})[ \t]+(?:{count})", lines[0][1].strip(), re.I):
        return None
    out: list[tuple[int, int, str]] = []
    total, counted = None, 0
    for pos, line in lines[1:]:
        m = _COUNT_ROW.fullmatch(line)
        if m is None:
            break
        if rules.total_row.match(m.group("body")):
            total = int(m.group("n"))
            break
        out.append((pos + m.start("body"), pos + m.end("body"), m.group("body")))
        counted += int(m.group("n"))
    if total is not None and total != counted:
        return None  # a total that is not the sum of the counts: no such table
    return (out, total) if len(out) >= 2 else None


def flat_column_table(
    rows: list[MemberRow], text: str, at: int, rules: MemberRules, res: Resources, totals: list[int] | None = None
) -> tuple[bool, Chair | None]:
    """Members of a flattened table of persons or of seats starting at ``at`` (its header's line):
    whether one was read, and the chair a row marks; a total row's number is added to ``totals``."""
    chair = None
    if (roles := role_column_rows(text, at, rules)) is not None:  # "Handlungsfeld Patin / Pate im Kreis"
        rows[:] = [r for r in rows if not at <= r.start < roles[-1].end] + roles
        return True, None
    if (led := role_first_rows(text, at, rules) or role_name_rows(text, at, rules)) is not None:
        for cells in led:
            read = len(rows)
            chair = table_row(rows, cells, 0, None, rules, res) or chair
            if len(rows) > read and kinds(res).chair.fullmatch(cells[-1][2]):  # the chair's role ("Leitung")
                rows[-1] = replace(rows[-1], is_chair=True)
                chair = Chair(rows[-1].value, rows[-1].start, rows[-1].end, True)
        return True, chair
    if (named := name_first_rows(text, at, rules) or inverted_rows(text, at, rules, res)) is not None:
        rows[:] = [r for r in rows if not at <= r.start < named[-1][-1][1]]  # its header and rows read as a list
        for cells in named:
            read = len(rows)
            chair = table_row(rows, cells, 0, None, rules, res) or chair
            chaired = len(cells) > 2 and kinds(res).chair.fullmatch(cells[-1][2])  # "… Leitung"
            if len(rows) > read and (chaired or CHAIR_NOUN_AFTER.search(cells[-1][2])):  # "Beigeordneter, Vorsitz"
                rows[-1] = replace(rows[-1], is_chair=True)
                chair = Chair(rows[-1].value, rows[-1].start, rows[-1].end, True)
        return True, chair
    if (seated := seat_rows(text, at, rules, res)) is not None:  # "Sitz vorgeschlagen durch Name"
        return True, _seat_members(rows, seated, text, at, rules, res, totals)
    if (sent := member_column_rows(text, at, rules, res)) is not None:
        end = max(c[1] for cells in sent for c in cells)
        rows[:] = [r for r in rows if not at <= r.start < end]  # its rows read as a sentence's parts before
        for cells in sent:
            chair = table_row(rows, cells, 1, None, rules, res) or chair
        if (numbered := seat_count(text, at, end, rules)) is not None and totals is not None:
            totals.append(numbered)
        return True, chair
    if (persons := person_column_rows(text, at, rules, res)) is not None:
        for cells in persons:
            chair = table_row(rows, cells, 1, None, rules, res) or chair
        return True, chair
    if (seats := seat_column_rows(text, at, rules)) is not None:
        for sector, a, b, _bodies in seats:
            for part in LISTED.finditer(text[a:b]):  # the bodies apart by semicolons or slashes
                if not part.group().strip():
                    continue
                lead = len(part.group()) - len(part.group().lstrip())
                pa, pb = a + part.start() + lead, a + part.start() + len(part.group().rstrip())
                cell = (pa, pb, " ".join(part.group().split()))
                chair = table_row(rows, [cell], 0, sector, rules, res) or chair
        return True, chair
    if (counts := count_column_rows(text, at, rules)) is not None:
        cells, total = counts
        for cell in cells:
            chair = table_row(rows, [cell], 0, None, rules, res) or chair
        if total is not None and totals is not None:
            totals.append(total)
        return True, chair
    lines = _lines(text, at)
    leaders: list[tuple[int, re.Match[str]]] = []
    for pos, line in lines:  # the leader lines opening the block
        if (m := _LEADER_LINE.fullmatch(line)) is None:
            break
        leaders.append((pos, m))
    if len(leaders) >= 2 and "\n\n" in text[lines[0][0] : lines[1][0]]:
        for pos, m in leaders:  # rows apart by blank lines (rows one under another are read elsewhere)
            cell = (pos, pos + m.end("name"), m.group("name"))
            chair = table_row(rows, [cell], 0, None, rules, res) or chair
        return True, chair
    head = _lines(text, at)[:1]
    if head and sector_header(head[0][1].split(), rules, res) and head[0][0] + len(head[0][1]) + 1 < len(text):
        at = head[0][0] + len(head[0][1]) + 1  # "Verwaltung Partner" over the names set two a line
    if (tiles := tiled_rows(text, at, rules, res)) is not None:
        for cells in tiles:
            chair = table_row(rows, cells, None, None, rules, res) or chair
        return True, chair
    return False, None


def _seat_members(
    rows: list[MemberRow],
    seated: list[list[tuple[int, int, str]]],
    text: str,
    at: int,
    rules: MemberRules,
    res: Resources,
    totals: list[int] | None,
) -> Chair | None:
    """The members of a flattened table of seats (:func:`.flat_seats.seat_rows`) added to ``rows``, the chair its
    mark makes; the numbered seats' count added to ``totals`` (the group's size)."""
    chair = None
    for cells in seated:
        read = len(rows)
        chair = table_row(rows, cells[:2], 1, None, rules, res) or chair
        if len(rows) > read and len(cells) > 2:  # the chair's mark under the person
            rows[-1] = replace(rows[-1], is_chair=True)
            chair = Chair(rows[-1].value, rows[-1].start, rows[-1].end, True)
    end = max(c[1] for cells in seated for c in cells)
    if (numbered := seat_count(text, at, end, rules)) is not None and totals is not None:
        totals.append(numbered)  # the seats numbered 1, 2, …: the group's size
    return chair


# an adjective before a name's head ("Staatliches Schulamt", "Ostbayerische Technische Hochschule")
_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:isch|lich|ig|al|ell|iv)(?:e|er|es|en|em)")
# the dropped part of a compound before a head ("Industrie- und Handelskammer")
_DROPPED = re.compile(r"[A-ZÄÖÜ][\w]*-[ ](?:und|oder)[ ]$")
_CELL_END = re.compile(r"[-–,;/(:]$")  # a cell's end that goes on in the next word
# a line opening as a list's item: a letter or number with its bracket or stop, a dash or a bullet
_ITEM_OPEN = re.compile(r"[ \t]*(?:[a-z]\)|\d{1,2}[.)]|[" + markers.ITEM_MARKS + r"])[ \t]")
_SENTENCE_END = re.compile(r"[:;!?]$|\w{4,}\.$")
TILE_WORDS = 16  # words of a line of two names at most


def name_cuts(line: str, res: Resources) -> list[int]:
    """Where a line of names whose gap a PDF's text layer flattened into a space may be cut into two
    names: before an organisation's head or name the gazetteer knows ("Jobcenter", "Agentur für
    Arbeit"), with the adjectives and a compound's dropped part before it ("Ostbayerische Technische
    Hochschule", "Industrie- und Handelskammer"), where the words before hold a name and do not go
    on into it: no article, preposition or conjunction ("Amt für Jugend und Familie"), no adjective,
    comma or hyphen before the cut, and no town, district or legal form after it ("Jobcenter Stadt
    Musterstadt", "… e. V.").

    >>> from extractors import load_resources
    >>> name_cuts("Amt für Jugend und Familie Agentur für Arbeit Musterstadt", load_resources())
    [27]
    >>> name_cuts("Jobcenter Stadt Musterstadt", load_resources())
    []
    """
    lex = nlp.lexicon(res)
    links = words(*CLASSES)
    out: list[int] = []
    for e in nlp.entities(line, res):
        if e.label == "PERSON":
            continue
        start = e.start
        head = lex.head(line[start:].split()[0])
        # adjectives before the head, but not a noun made of one after a link ("Amt für Soziales") or one
        # whose ending the head's gender does not take ("Fachbereich Soziales | Migrationsbeirat …")
        while (before := line[:start].split()) and _ADJECTIVE.fullmatch(before[-1]):
            if len(before) > 1 and before[-2].lower() in links or not _agrees(before[-1], head):
                break
            start = line.rindex(before[-1], 0, start)
        if dropped := _DROPPED.search(line[:start]):
            start = dropped.start()
        left, first = line[:start].rstrip(), line[start:].split()[0]
        if not left or not first[:1].isupper() or first.strip(",.") in lex.tails:
            continue
        *rest, last = left.split()
        if last.lower() in links or _CELL_END.search(last):
            continue
        if _ADJECTIVE.fullmatch(last) and not (rest and rest[-1].lower() in links) and _agrees(last, head):
            continue  # an adjective of the name after it ("Diakonisches Werk")
        if not any(lex.mark(w) for w in re.findall(r"[\w.-]+", left)) or start in out:
            continue
        out.append(start)
    return out


# the ending an adjective takes before a head of each gender with no article before it ("Sozialer Dienst",
# "Technische Hochschule", "Diakonisches Werk")
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}


def _agrees(adjective: str, head: nlp.Head | None) -> bool:
    """Whether an adjective's ending fits the gender of the head after it (a head of no known gender: it may)."""
    ending = _STRONG_ENDING.get(head.gender or "") if head is not None else None
    return ending is None or adjective.endswith(ending)


def _sector_alone(cell: str, lex: nlp.Lexicon) -> bool:
    """Whether a cell is a sector's noun alone ("Verwaltung", "Politik"): a table's sector column, no member."""
    head = lex.head(cell.strip()) if len(cell.split()) == 1 else None
    return head is not None and head.sector_noun


def tiled_rows(text: str, at: int, rules: MemberRules, res: Resources) -> list[list[tuple[int, int, str]]] | None:
    """The rows of a list of organisations set two a line without a header, the gap between the
    names flattened into a space ("Amt für Soziales (Vorsitz) Jobcenter Musterstadt"), from ``at``
    on: each line cut at its one cut (:func:`name_cuts`); a word hyphenated at a line's end joined
    to the next line ("Hochschu-" / "le"); a line without a cut the wrapped rest of the right-hand
    name above it, where that ends open or where only such lines follow up to the list's end (a
    blank line, or a sentence opening a line where an export dropped the blank line). None
    (nothing read rather than a wrong name) where a line has two cuts or none in another place, a
    cell names no organisation, or fewer than two lines are cut."""
    lines = _lines(text, at)
    if not lines or any(re.search(r"\t|[ ]{2}", ln.strip()) for _, ln in lines):
        return None  # columns with gaps: the table readers cut them
    if any(_ITEM_OPEN.match(ln) for _, ln in lines):
        return None  # a list's items ("a) der Erste Stadtrat als Vorsitzender,"): the list readers read them
    logical: list[tuple[str, list[int]]] = []  # the lines with a hyphenated word joined, and each character's offset
    for pos, line in lines:
        line = line.rstrip()
        chars = [pos + k for k in range(len(line))]
        if logical and re.search(r"[a-zäöüß]-$", logical[-1][0]) and line[:1].islower():
            if line.split()[0] not in HYPHEN_STAYS:
                joined, offsets = logical[-1]
                logical[-1] = (joined[:-1] + line, offsets[:-1] + chars)
                continue
        logical.append((line, chars))
    # an export without the blank line after the list: it ends at a sentence opening a line
    # ("Der Begleitkreis tritt …")
    end = next(
        (k for k, (ln, _) in enumerate(logical) if k and ln.split()[0] in SENTENCE_OPENERS and not name_cuts(ln, res)),
        len(logical),
    )
    logical = logical[:end]
    rows: list[list[tuple[int, int, str]]] = []
    lex = nlp.lexicon(res)
    for k, (line, chars) in enumerate(logical):
        if len(line.split()) > TILE_WORDS or _SENTENCE_END.search(line):
            return None
        cuts = name_cuts(line, res)
        if len(cuts) > 1:
            return None
        if cuts:
            c = cuts[0]
            left = line[:c].rstrip()
            cells = [(chars[0], chars[len(left) - 1] + 1, left), (chars[c], chars[-1] + 1, line[c:])]
            if not tiled_cells(cells, rules, res) or any(_sector_alone(cell, lex) for _, _, cell in cells):
                return None
            rows.append(cells)
            continue
        rest = [ln for ln, _ in logical[k:]]
        opens_name = bool(lex.mark(line.split()[0])) and line[:1].isupper()
        if (
            not rows
            or opens_name
            or not (_OPEN_END.search(rows[-1][-1][2]) or all(not name_cuts(ln, res) for ln in rest))
        ):
            return None
        a, _b, cell = rows[-1][-1]
        rows[-1][-1] = (a, chars[-1] + 1, f"{cell} {line.strip()}")
    return rows if len(rows) >= 2 else None
