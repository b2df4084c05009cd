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
_RULED = re.compile(r"[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*")  # a rule under each column word


def _role_word(word: str, rules: MemberRules) -> bool:
    return rules.headers.fullmatch(word) is not None or _ROLE_WORD.fullmatch(word) is not None


def role_first_header(line: str, rules: MemberRules) -> bool:
    """Role column words, a name column word, institution column words, single spaces apart."""
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
    return role and (all(rules.org_header.match(w) for w in after) or bool(sent))


def _lines(text: str, at: int) -> list[tuple[int, str]]:
    """The lines from ``at`` up to a blank line or a page break with anything between (a page's
    furniture); a page break right at a line's start, the table going on, is skipped, and so is one
    blank line after a row that ends open ("Verein e. V. –", a page break an export set as a blank
    line)."""
    out: list[tuple[int, str]] = []
    pos, gap = at, False
    for line in text[at:].split("\n"):
        page = len(line) - len(line.lstrip("\f"))  # a page break right before a row or a wrapped rest
        blank = not line[page:].strip()
        if blank and out and not gap and _OPEN_END.search(out[-1][1]):
            gap = True
            pos += len(line) + 1
            continue
        if blank or "\f" in line[page:] or len(out) >= TABLE_LINES:
            break
        out.append((pos + page, line[page:]))
        pos, gap = pos + len(line) + 1, False
    return out


def _role_end(line: str, rules: MemberRules) -> int:
    """Where the role's words at a line's start end (0: the line opens with none)."""
    end = 0
    for m in re.finditer(r"\S+", line):
        if not _role_word(m.group(), rules):
            break
        end = m.end()
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
    if len(lines) < 3 or not role_first_header(lines[0][1], rules):
        return None
    if _RULED.fullmatch(lines[1][1]):  # the column words underlined ("-------- ------------ ---------")
        lines = lines[1:]
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
