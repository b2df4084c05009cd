"""A members table of bodies and who represents them, named by function or by a count, not by name,
whose gaps a PDF's text layer flattened into single spaces::

    Institution vertreten durch
    Samtgemeinde Nordheim (Vorsitz) Samtgemeindebürgermeister
    Fachdienst 3 – Bildung, Soziales und Sport Fachdienstleitung
    Familienzentrum Nordheim Leitung
    Willkommensinitiative Nordheim e. V. zwei Personen
    Mitgliedsgemeinden je eine Person je Gemeinde

The header is a body's column word and a representatives' one (``body_header`` then
``representative_header``: "Institution vertreten durch"). No gap tells the cells apart, so each row's
end does: a function or a count of persons (``representative_function`` of ``steering.yaml``:
"Leitung", "Fachdienstleitung", "Pastorin", "zwei Personen", "je eine Person je Gemeinde"), the rest
the body, which is the member; a chair's mark after the body makes it the chair. Every row must end so
(three rows at least), or the table is left to other readers: a row whose end is no such function may
name a person, or its cells cannot be told apart. A blank line ends the table.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

from .rules import CHAIR_MARK, Chair, MemberRow, member_rules

_MIN_ROWS = 3


def function_rows(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The bodies of such a table whose header stands on the first line after ``start`` (one blank line
    between allowed), its chair and where it ends; None where no such table stands there."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    if pos <= 0:
        return None
    lines = _lines(text, pos)
    if not lines or not _header(lines[0][1], res):
        return None
    tail = _tail(res)
    rows: list[MemberRow] = []
    chair: Chair | None = None
    end = lines[0][0] + len(lines[0][1])
    for at, line in lines[1:]:
        m = tail.search(line)
        if m is None or not line[: m.start()].strip():
            return None
        body = line[: m.start()].rstrip()
        mark = CHAIR_MARK.search(body)
        if mark is not None:
            body = body[: mark.start()].rstrip()
        lead = len(body) - len(body.lstrip())
        row = MemberRow(at + lead, at + len(body), " ".join(body.split()), None, mark is not None, "table")
        rows.append(row)
        chair = chair or (Chair(row.value, row.start, row.end, False) if row.is_chair else None)
        end = at + len(line.rstrip())
    return (rows, chair, end) if len(rows) >= _MIN_ROWS else None


def _lines(text: str, pos: int) -> list[tuple[int, str]]:
    """The filled lines from ``pos`` on (one blank line before them stepped over, a page break opening a
    line under the header gone on over) up to a blank line."""
    out: list[tuple[int, str]] = []
    skipped = False
    while pos < len(text):
        stop = min((k for k in (text.find("\n", pos), text.find("\f", pos)) if k >= 0), default=len(text))
        line = text[pos:stop]  # a page break parts lines too: the table goes on over it
        if not line.strip() and text.startswith("\f", stop):
            pos = stop + 1
            continue
        if not line.strip():
            if out or skipped:
                break
            skipped = True
        elif "\t" in line or "  " in line.strip():
            break  # gaps a table reader cuts
        else:
            out.append((pos, line))
        pos = stop + 1
    return out


def _header(line: str, res: Resources) -> bool:
    """Whether a flattened line is a body's column word and a representatives' one, nothing else."""
    return res.compiled(_build_header).fullmatch(line) is not None


def _build_header(res: Resources) -> re.Pattern[str]:
    rules = member_rules(res)
    body, representative = (p.pattern.removeprefix("(?i)") for p in (rules.body_header, rules.representative_header))
    return re.compile(rf"[ \t]*(?:{body})[ \t]+(?:{representative})[ \t]*", re.I)


def _tail(res: Resources) -> re.Pattern[str]:
    return res.compiled(_build_tail)


def _build_tail(res: Resources) -> re.Pattern[str]:
    return re.compile(rf"(?<=[ \t])(?:{typed.steering(res).profile['representative_function']})[ \t]*$")
