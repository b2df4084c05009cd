"""A members table led by a role column, the persons' names and their institutions after it
("Funktion Name Institution"), its column gaps flattened into single spaces by a PDF's text layer:

    Funktion Name Institution
    Vorsitz Landrätin Kreisverwaltung, Dezernat 2
    Dr. Hanne Voigt
    Mitglied Jonas Albers Diakonisches Werk
    Saaletal

Each row opens with its role's words ("Vorsitz", "stellv. Vorsitz", "Mitglied"), then the person's
titles, given and family name, then the institution; a row with an office where the name stands
("Landrätin") has the name on the line under it; a short line without a name is the institution's
wrapped rest. The person is the member, the institution tells the sector, the role the chair."""

from __future__ import annotations

import re

from pipeline.lang.de.names import is_first_name

from .name_blocks import NAME_WORD, name_line
from .ruled_headers import RULE_LINE, RULE_REST, past_flat_rules
from .rules import MemberRules
from .tables import NAME_HEADER

Cell = tuple[int, int, str]
TABLE_LINES = 40  # lines of one such table at most

# the person within a row: titles, a given name and a family name, then the institution
_PERSON = re.compile(
    r"[ \t](?P<name>(?:(?:Dr|Prof)\.[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t]+" + NAME_WORD.pattern + r")[ \t]+(?=\S)"
)
_OPEN_END = re.compile(r"[–,/-][ \t]*$")  # a row whose cell goes on on the next line
_WRAP_WORDS = 8  # words of an institution's wrapped rest at most
_SENTENCE_END = re.compile(r"[a-zäöüß]{3}\.[ \t]*$")  # a sentence after the table, not "e. V."
_ROLE_WORD = re.compile(r"[a-zäöüß]\w*\.|Vorsitz\w*")  # an abbreviation ("stellv.") or the chair's role
_ATTRIBUTE = re.compile(r"[a-zäöüß]{3,}(?:e|er|es|en|em)")  # an adjective before a role word ("beratendes")
_RULED = re.compile(r"[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*")  # a rule under each column word
_GLUED_RULES = re.compile(r"[ \t]*-{3,}(?:[ \t]+-{3,})*(?=[^\s-])")  # those rules, the first row glued on


def _role_word(word: str, rules: MemberRules) -> bool:
    return rules.headers.fullmatch(word) is not None or _ROLE_WORD.fullmatch(word) is not None


def role_first_header(line: str, rules: MemberRules, ruled: bool = False) -> bool:
    """Role column words, a name column word, institution column words, single spaces apart (``ruled``: a rule
    under the header, another column of words of no kind may follow the institutions')."""
    words = line.split()
    k = next((i for i, w in enumerate(words) if NAME_HEADER.fullmatch(w)), 0)
    if not k or k == len(words) - 1 or re.search(r"\t|[ ]{2}", line.strip()):
        return False
    before, after = words[:k], words[k + 1 :]
    role = all(rules.person_header.fullmatch(w) and not rules.org_header.match(w) for w in before) or (
        rules.person_header.fullmatch(before[0]) is not None and rules.headers.fullmatch(" ".join(before)) is not None
    )  # "Funktion", or a column word with its attribute ("Funktion in der Gruppe")
    # the institutions' column: its words, or a column word of several that names no person's cell ("entsandt von")
    sent = rules.headers.fullmatch(" ".join(after)) and not any(rules.person_header.fullmatch(w) for w in after)
    # under a rule: one more column after the institutions', headed by words, not by the codes of a matrix's marks
    other = (
        ruled
        and rules.org_header.match(after[0])
        and not any(rules.person_header.fullmatch(w) or w.isupper() for w in after)
    )
    return role and (all(rules.org_header.match(w) for w in after) or bool(sent) or bool(other))


def _past_rule(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header's line and its rows, the rule under its column words stepped over: a line of its own, or
    glued by an export to the first row ("---- ------- -----Vorsitz Stadt …": the row "Vorsitz Stadt …")."""
    pos, line = lines[1]
    if _RULED.fullmatch(line):
        return lines[1:]
    glued = _GLUED_RULES.match(line)
    return lines if glued is None else [lines[0], (pos + glued.end(), line[glued.end() :]), *lines[2:]]


def _lines(text: str, at: int) -> list[tuple[int, str]]:
    """The lines from ``at`` up to a blank line or a page break with anything between (a page's
    furniture); a page break right at a line's start, the table going on, is skipped, and so is one
    blank line after a row that ends open ("Verein e. V. –", a page break an export set as a blank
    line), or inside a rule the text layer broke over lines ("──────" / "" / "─")."""
    out: list[tuple[int, str]] = []
    pos, gap = at, False
    lines = text[at:].split("\n")
    for k, line in enumerate(lines):
        page = len(line) - len(line.lstrip("\f"))  # a page break right before a row or a wrapped rest
        blank = not line[page:].strip()
        if blank and out and not gap and (_OPEN_END.search(out[-1][1]) or _broken_rule(out[-1][1], lines[k + 1 :])):
            gap = True
            pos += len(line) + 1
            continue
        if blank or "\f" in line[page:] or len(out) >= TABLE_LINES:
            break
        out.append((pos + page, line[page:]))
        pos, gap = pos + len(line) + 1, False
    return out


def _broken_rule(above: str, below: list[str]) -> bool:
    """Whether a blank line stands inside a rule: a rule's line above it, the rest of the rule under it."""
    return bool(below) and RULE_LINE.fullmatch(above) is not None and RULE_REST.fullmatch(below[0]) is not None


def _role_end(line: str, rules: MemberRules) -> int:
    """Where the role's words at a line's start end (0: the line opens with none), an attribute in lower
    case before a role word with them ("beratendes Mitglied")."""
    end = 0
    for m in re.finditer(r"\S+", line):
        if _role_word(m.group(), rules):
            end = m.end()
        elif not _ATTRIBUTE.fullmatch(m.group()):
            break
    return end


def _person_at(line: str, role: int) -> re.Match[str] | None:
    """The person after the role's words, maybe after one word of an office before the given name ("Vorsitz
    Senatorin Pia Beispiel Fachbereich 2")."""
    for at in (role, role + len(line[role:]) - len(line[role:].lstrip())):
        if at > role:
            word = re.match(r"[A-ZÄÖÜ][\w-]+", line[at:])
            if word is None or is_first_name(word.group()):
                return None
            at += word.end()
        person = _PERSON.match(line, at)
        if person is not None and is_first_name(person.group("given")):
            return person
    return None


def _role_of_row(line: str) -> int:
    """Where a role of one word the column words do not list ends, when a person's given and family name
    follow it and more after them ("Geschäftsführung Marta Beispiel Bereich Integration", "beratend Jan
    Beispiel Ausländerbehörde"): a row of the table; else 0."""
    word = re.match(r"[ \t]*(?:[A-ZÄÖÜ][\w/-]+|[a-zäöüß]{4,})", line)  # "Geschäftsführung", "beratend"
    person = _PERSON.match(line, word.end()) if word else None
    return word.end() if word and person and is_first_name(person.group("given")) else 0


def role_first_rows(text: str, at: int, rules: MemberRules) -> list[list[Cell]] | None:
    """The rows (person, institution, role) of such a table whose header is the line at ``at``;
    None when it is no such header or fewer than two rows follow it."""
    lines = _lines(text, at)
    ruled = past_flat_rules(lines)  # a drawn rule, the header's wrapped line over it ("Patenschaft für das" / …)
    lines = ruled or lines
    if len(lines) < 3 or not role_first_header(lines[0][1], rules, ruled is not None):
        return None
    lines = _past_rule(lines)  # the column words underlined ("-------- ------------ ---------")
    out: list[list[Cell]] = []
    office = False  # the last row named an office where the name stands: its name on the next line
    for pos, line in lines[1:]:
        if office and name_line(line):
            start = pos + len(line) - len(line.lstrip())
            out[-1][0] = (start, pos + len(line.rstrip()), line.strip())
            office = False
            continue
        role = _role_end(line, rules) or _role_of_row(line)
        person = _person_at(line, role) if role else None
        if person is not None:
            name = (pos + person.start("name"), pos + person.end("name"), person.group("name"))
            said = line[role : person.start("name")].strip()  # an office before the name ("Senatorin")
            rest = " ".join(p for p in (said and f"{said},", line[person.end() :].strip()) if p)
            out.append([name, (pos + person.end(), pos + len(line.rstrip()), rest)])
            indent = len(line) - len(line.lstrip())  # the role's cell as its words ("   Vorsitz": "Vorsitz")
            out[-1].append((pos + indent, pos + role, line[indent:role]))
            office = False
            continue
        words = list(re.finditer(r"\S+", line[role:]))
        if role and len(words) > 1:  # "Vorsitz Landrätin Kreisverwaltung": the name on the next line
            institution = role + words[1].start()
            out.append([(pos, pos, ""), (pos + institution, pos + len(line.rstrip()), line[institution:].strip())])
            out[-1].append((pos, pos + role, line[:role]))
            office = True
            continue
        if not out or role or len(line.split()) > _WRAP_WORDS or _SENTENCE_END.search(line):
            break
        a, _b, cell = out[-1][1]  # the institution's wrapped rest
        out[-1][1] = (a, pos + len(line.rstrip()), f"{cell} {line.strip()}")
    rows = [r for r in out if r[0][2]]
    return rows if len(rows) >= 2 else None


# A members table led by its role column whose persons' names close each row ("Funktion Institution Name"):
#
#     Funktion Institution Name
#     Vorsitz Stadt Nordheim, Referat III Bürgermeister Jonas
#     Weber
#     Mitglied Amt für Soziales, Ole Brandt
#     Integrationsbüro Vertretung: Lea Muster
#     Mitglied Stadtratsfraktion Bündnis 90/ N. N.
#     Die Grünen
#
# Each row opens with its role's word and ends in the person's name, maybe after their office; a name's
# family name wrapped onto a line of its own closes it; a seat not yet filled ("N. N.") names no member;
# a deputy's label and name ("Vertretung: Lea Muster", `deputy_header` of ``steering.yaml``), on a line of
# its own or after the institution's wrapped rest, names no member, and neither does its wrapped rest;
# any other short line is the institution's wrapped rest.

_LAST_PERSON = re.compile(rf"(?P<name>(?:(?:Dr|Prof)\.[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t]+{NAME_WORD.pattern})")
_GIVEN_LAST = re.compile(r"[ \t](?P<name>(?:(?:Dr|Prof)\.[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+))[ \t]*$")
_VACANT_LAST = re.compile(r"[ \t]N\.[ \t]*N\.?[ \t]*$")
_ROLE_OPENING = re.compile(r"[ \t]*(?:[A-ZÄÖÜ][\w/-]+|[a-zäöüß]{4,})(?=[ \t])")  # "Geschäftsführung", "beratend"


def role_name_header(line: str, rules: MemberRules) -> bool:
    """Role column words, institution column words, the name's column word last, single spaces apart."""
    words = line.split()
    if len(words) < 3 or not NAME_HEADER.fullmatch(words[-1]) or re.search(r"\t|[ ]{2}", line.strip()):
        return False
    k = next((i for i, w in enumerate(words) if rules.org_header.match(w)), 0)
    role = all(rules.person_header.fullmatch(w) and not NAME_HEADER.fullmatch(w) for w in words[:k])
    return bool(k) and role and all(rules.org_header.match(w) for w in words[k:-1])


def _person_ending(line: str) -> re.Match[str] | None:
    """The person whose name closes a line: titles, a given name by the list of names, a family name."""
    end = len(line.rstrip())
    for w in re.finditer(r"\S+", line):
        m = _LAST_PERSON.fullmatch(line, w.start(), end)
        if m is not None and is_first_name(m["given"]):
            return m
    return None


def _deputy_at(line: str, rules: MemberRules) -> int | None:
    """Where a deputy's label opens in a line ("Vertretung: Lea Muster"), else None."""
    for w in re.finditer(r"\S+", line):
        label = re.compile(r"([^\s:]+(?:[ \t]+[^\s:]+)?):[ \t]").match(line, w.start())
        if label is not None and rules.deputy_header.fullmatch(label.group(1)):
            return w.start()
    return None


def _row_opening(line: str, rules: MemberRules) -> tuple[int, re.Match[str] | None, bool] | None:
    """A row's opening line: where its role ends, the person closing it (None for a seat not yet filled,
    or where only the given name closes it, ``True`` then); None for a line that opens no row."""
    role = _role_end(line, rules)
    if not role and (word := _ROLE_OPENING.match(line)) is not None:
        role = word.end()
    if not role or not line[role:].strip():
        return None
    person = _person_ending(line)
    if person is not None and person.start() > role:
        return role, person, False
    if _VACANT_LAST.search(line):
        return role, None, False
    given = _GIVEN_LAST.search(line)
    if given is not None and given.start() > role and is_first_name(given["given"]):
        return role, given, True
    return None


def role_name_rows(text: str, at: int, rules: MemberRules) -> list[list[Cell]] | None:
    """The rows (person, institution, role) of such a table whose header is the line at ``at``; None when
    it is no such header or fewer than two rows name a person."""
    lines = _lines(text, at)
    if len(lines) < 3 or not role_name_header(lines[0][1], rules):
        return None
    lines = _past_rule(lines)
    out: list[list[Cell]] = []
    deputy = False  # the line above a deputy's, ending open: this line its rest
    wrapped = False  # the row above closed by a given name: its family name on this line
    for pos, line in lines[1:]:
        if deputy:
            deputy = bool(_OPEN_END.search(line))
            continue
        if wrapped and NAME_WORD.fullmatch(line.strip()) and out:
            a, _b, given = out[-1][0]
            out[-1][0] = (a, pos + len(line.rstrip()), f"{given} {line.strip()}")
            wrapped = False
            continue
        wrapped = False
        said = _deputy_at(line, rules)
        if said is not None:
            rest = line[said:]
            deputy = bool(_OPEN_END.search(rest)) or _person_ending(rest) is None  # "Vertretung: Dritte Bürgermeis-"
            line = line[:said]
            if not line.strip():
                continue
        opening = _row_opening(line, rules) if said is None else None
        if opening is not None:
            role, person, wrapped = opening
            vacant = _VACANT_LAST.search(line)
            cut = person.start("name") if person is not None else vacant.start() if vacant else len(line)
            name = (pos + cut, pos + len(line.rstrip()), line[cut:].strip()) if person is not None else (pos, pos, "")
            indent = len(line) - len(line.lstrip())
            out.append(
                [name, (pos + role, pos + cut, line[role:cut].strip()), (pos + indent, pos + role, line[indent:role])]
            )
            continue
        if not out or len(line.split()) > _WRAP_WORDS or _SENTENCE_END.search(line):
            break
        a, _b, cell = out[-1][1]  # the institution's wrapped rest
        out[-1][1] = (a, pos + len(line.rstrip()), f"{cell} {line.strip()}")
    rows = [r for r in out if r[0][2]]
    return rows if len(rows) >= 2 else None


def ruled_role_header(text: str, at: int, rules: MemberRules) -> bool:
    """Whether the line at ``at`` is such a header over a drawn rule, its last column word maybe wrapped onto
    the line under it: a members table under the group's paragraph, no lead-in needed."""
    ruled = past_flat_rules(_lines(text, at)[:4])
    return ruled is not None and role_first_header(ruled[0][1], rules, True)
