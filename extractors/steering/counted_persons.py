"""Members named one by one in the sentences of the paragraph that gives the group's size, each person
addressed ("Frau", "Herrn") in a clause of its own whose verb varies::

    Die Umsetzung begleitet eine Lenkungsgruppe aus sieben Köpfen. Den Vorsitz übernimmt der Leiter
    des Geschäftsbereichs 2, Herr Dr. Florian Zacherl. Das Sachgebiet Integration ist mit seiner
    Leiterin, Frau Katharina Oberhauser, vertreten. Für das Jobcenter sitzt Frau Ilse Rauscher in der
    Lenkungsgruppe, … Herr Samir Haddad, Sprecher des Netzwerks, komplettiert die Runde.

No verb lists them, so the count does: the persons the paragraph addresses are the members where they
are as many as the size it states, each once; otherwise none are read (an adviser or a guest named
beside them would make one too many). A person's label is their clause's words around the name, up to
the person before and the sentence's end after (the body they sit for tells the sector); an office
word between the salutation and the name is the label's too ("Frau Kreisrätin Renate Wimmer").
"""

from __future__ import annotations

import re

from pipeline.lang.de.names import ADDRESS, TITLE, is_first_name
from pipeline.structure.prose import Layout

from .rules import Chair, MemberRow

# an addressed person: the salutation, maybe an office word, titles, a given name and one or two family names
_ADDRESSED = re.compile(
    rf"(?<![\wäöüß]){ADDRESS}\s+(?P<office>[A-ZÄÖÜ][a-zäöüß-]+\s+)?"
    rf"(?P<name>(?:{TITLE}\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){{1,2}})"
)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bDr)(?<!\bProf)\.(?=\s)")


def _names(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The persons addressed in ``text[start:end]``: their name's span, the name, and the office word."""
    out = []
    for m in _ADDRESSED.finditer(text, start, end):
        office, name = (m.group("office") or "").strip(), m.group("name")
        a = m.start("name")
        if office and is_first_name(office):  # "Frau Anna Lena Beispiel": the office slot held a given name
            a, name, office = m.start("office"), f"{office} {name}", ""
        words = name.split()
        given = next((w for w in words if not re.fullmatch(TITLE, w)), "")
        if not is_first_name(given):
            continue
        if len(words) > 2 and not is_first_name(words[-2]) and words[-2] != given:
            name = " ".join(words[:-1])  # "Frau Anna Beispiel Sozialamt": no third name after the family name
        out.append((a, a + len(name), " ".join(name.split()), office))
    return out


def counted_persons(layout: Layout, units: list[int], size: int | None, chair: Chair | None) -> list[MemberRow]:
    """The members the paragraph stating the group's size names by addressing them, as many as ``size``;
    none where no paragraph of the group's sentences addresses exactly that many."""
    if not size:
        return []
    text = layout.flat.text
    segs = sorted({layout.units[u].seg for u in units})
    for s in segs:
        seg = layout.segs[s]
        found = _names(text, seg.start, seg.end)
        if len({n for _, _, n, _ in found}) != size or len(found) != size:
            continue
        rows = []
        for k, (a, b, name, office) in enumerate(found):
            before = text[found[k - 1][1] if k else seg.start : a]
            before = before[ends[-1].end() :] if (ends := list(_SENTENCE_END.finditer(before))) else before
            after_end = found[k + 1][0] if k + 1 < len(found) else seg.end
            stop = _SENTENCE_END.search(text, b, after_end)
            label = " ".join(f"{before} {office} {text[b : stop.start() if stop else after_end]}".split())
            is_chair = chair is not None and chair.value.endswith(name)
            rows.append(MemberRow(a, b, name, label, is_chair, "prose"))
        return rows
    return []
