"""consultation_forms: a consultation stated in a form rather than a table.

- a key-value header "Gremium: X ... Sitzungsdatum: D ... Öffentlichkeitsstatus: öffentlich"
  (labels from ``resources/bodies.yaml``), on the first page;
- a meeting heading "Beschluss des X vom D" over "Öffentliche Sitzung".
"""

from __future__ import annotations

import re
from typing import Iterator

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGE_CHARS

from .base import lines
from .consultation_vocab import Vocab, body_entry, body_type, clean_body, header, nominative, status
from .dates import find_dates

_CELL = re.compile(r"[^\t]+")
_SESSION = re.compile(r"[ \t]*\n\s*([^\n]*Sitzung[^\n]*)")  # the line under a meeting heading


def from_key_values(doc: Document, v: Vocab) -> Iterator[Consultation]:
    """One consultation from a header form with a body label and a meeting date label."""
    found: dict[str, tuple[int, int, int, str]] = {}  # kind -> (line index, start, end, value)
    for i, line in enumerate(lines(doc.text, 0, min(len(doc.text), FIRST_PAGE_CHARS))):
        if header(line.text, v):
            continue
        parts = [(m.start() + line.start, m.group()) for m in _CELL.finditer(line.text)]
        for j, (start, text) in enumerate(parts):
            for kind, pat in v.key_values:
                m = pat.fullmatch(text)
                if not m or kind in found:
                    continue
                value, vstart = (m["v"] or "").strip(), start + (m.start("v") if m["v"] else len(text))
                if not value and j + 1 < len(parts):  # "Gremium:\tSozialausschuss"
                    vstart, value = parts[j + 1][0], parts[j + 1][1].strip()
                if value:
                    found[kind] = (i, start, vstart + len(value), value)
                break
    if "body" not in found or "date" not in found or abs(found["body"][0] - found["date"][0]) > 8:
        return
    dates, body = find_dates(found["date"][3]), clean_body(found["body"][3])
    public = status(found["public"][3], v) if "public" in found else None
    role = status(found["role"][3], v) if "role" in found else None
    if not dates or not body:
        return
    used = [found[k] for k, st in (("body", 1), ("date", 1), ("public", public), ("role", role))
            if k in found and st]
    yield Consultation(span=doc.span(min(u[1] for u in used), max(u[2] for u in used)), body=body,
                       body_type=body_type(body, v), rule_id=body_entry(body, v), meeting_date=dates[0].iso,
                       role=role[0] if role else None, public=public[1] if public else None, method="key_value")


def from_headings(doc: Document, v: Vocab) -> Iterator[Consultation]:
    """A meeting heading ("Bekanntgabe im Kommunalausschuss am 04.02.2021") over its session status."""
    for m in v.heading.finditer(doc.text):
        after = _SESSION.match(doc.text, m.end())
        st = status(after.group(1), v) if after else None
        if not after or not st or st[1] is None:
            continue
        body, dates = clean_body(m["body"]), find_dates(m["date"] or "")
        if m["link"].strip().lower() == "des":  # "Beschluss des Sozialausschusses"
            body = nominative(body, v)
        body = re.sub(r"(?<=\d) \.(?= )", ".", body)  # "des 25 . Stadtbezirkes" as a text layer spaces it
        role = (status(m["code"] or "", v) or status(m["role"], v) or (None, None))[0]
        yield Consultation(span=doc.span(m.start(), after.end(1)), body=body, body_type=body_type(body, v),
                           rule_id=body_entry(body, v), meeting_date=dates[0].iso if dates else None, role=role,
                           public=st[1], method="heading")
