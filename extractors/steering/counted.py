"""A list of members whose lines open with a count, a gap, then whom the count stands for:

       3   Vertreterinnen und Vertreter der Verwaltung (Sozialamt, Kommunales
           Integrationszentrum, Jugendamt)
       5   Mitglieder der im Rat vertretenen Fraktionen (je eines)
       1   Vertretung des Jobcenters Nordheim

Each row is the lines from its count to the next, a wrapped line indented past the count (or at the
margin inside an open bracket, as a PDF's text sets it, the gap after the count a single space). A row's
bodies in brackets after it are its members, the words before the brackets their label; a share in
brackets ("(je eines)") names none, and the row is its own member then. Two rows at least, every
line of the block a row's or a wrapped one, make the form."""

from __future__ import annotations

import re

# a row's first line: its indent, a count, a gap of two spaces or more, the words
_ROW = re.compile(r"(?P<indent>[ \t]*)(?P<n>\d{1,2})(?:[ \t]{2,}|\t| )(?=[^\W\d])")
# the bodies in brackets closing a row ("(Sozialamt, Jugendamt)"), not a share ("(je eines)", "(jeweils 2)")
_BRACKET = re.compile(r"\((?!je\b|jeweils\b)(?P<inner>[^()]{3,300})\)[ \t.,;]*$", re.S)
_SHARE = re.compile(r"[ \t]*\((?:je|jeweils)\b[^()]*\)[ \t.,;]*$")
_PART = re.compile(r"[^,\n ][^,]*?(?=\s*(?:,|\bund\b|$))", re.S)

Entry = tuple[int, int, str | None]  # flat offsets of a member's words and its label


def _open(row: str) -> bool:
    """Whether a row's bracket is still open at its end ("… (Sozialamt, Kommunales")."""
    return row.count("(") > row.count(")")


def counted_rows(text: str, start: int, end: int) -> list[Entry] | None:
    """The members of a block of counted rows ``text[start:end]``, or None when it is not one."""
    rows: list[list[int]] = []  # [start of the words, end of the row]
    indent = -1
    at = start
    for line in text[start:end].split("\n"):
        a, b, at = at, at + len(line.rstrip()), at + len(line) + 1
        if not line.strip():
            if rows:
                break  # a blank line after the rows ends them
            continue
        m = _ROW.match(text, a, b)
        if m is not None and (indent < 0 or len(m["indent"]) == indent):
            indent = len(m["indent"])
            rows.append([m.end(), b])
        elif rows and (len(line) - len(line.lstrip()) > indent or _open(text[rows[-1][0] : rows[-1][1]])):
            rows[-1][1] = b  # a wrapped line of the row above (at the margin where its bracket is open)
        elif len(rows) >= 2:
            break  # a line after the rows that is none of them (a sentence run on without a blank line)
        else:
            return None
    if len(rows) < 2:
        return None
    out: list[Entry] = []
    for a, b in rows:
        bracket = _BRACKET.search(text, a, b)
        if bracket is None:
            share = _SHARE.search(text, a, b)
            out.append((a, share.start() if share else b, None))
            continue
        label = " ".join(text[a : bracket.start()].split())
        parts = [
            (bracket.start("inner") + p.start(), bracket.start("inner") + p.end())
            for p in _PART.finditer(bracket["inner"])
        ]
        parts = [(x, y) for x, y in parts if text[x:y].strip() and text[x:y].strip() != "und"]
        if parts:
            out.extend((x, y, label) for x, y in parts)
        else:
            out.append((a, bracket.start(), None))
    return out
