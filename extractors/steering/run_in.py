"""Members in a run-in list: a membership verb and a colon inside a sentence, its items parted by
semicolons ("Sie setzt sich zusammen aus: der Ersten Beigeordneten, die die Sitzungen leitet; dem
Amt für Familie; dem Nachbarschaftsverein Nord, Abteilung Jugend; dem Arbeitskreis Hilfe und der
Grundschule am Park.").

The semicolons part the items because an item holds commas: a part's names joined by a comma
alone are one member (an office and its unit), those joined by "und", "sowie" or "oder" two. A
relative clause closing a part says something about its member ("…, die der Rat bestimmt") and
is no part of its name; one naming the chair ("…, der den Vorsitz führt") marks the member as it.
A group word among the items ("dem Arbeitskreis Hilfe") names a member of the group the sentence
speaks of, no group of its own (:func:`listed`), and so does one that opens a later item of an
enumeration a membership verb lists ("… wirken der Integrationsrat, das Jobcenter und der Arbeitskreis
Migrantenvereine mit": :func:`enumerated`).
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.closed_class import alternation

from .rules import MemberRow, MemberRules, org_items

__all__ = ["enumerated", "listed", "run_in_members"]

# a colon after a lead-in's words, the list running on in the sentence
_COLON = re.compile(r":[ \t]*\n?[ \t]*(?=\S)")
# a relative clause closing an item: its comma and pronoun, with or without a preposition
_RELATIVE = re.compile(
    r",\s*(?:(?:"
    + alternation("prepositions")
    + r")\s+)?(?:"
    + alternation("linking_articles", "opening_articles")
    + r"|denen|deren|dessen|welche[rsmn]?)\s+(?![A-ZÄÖÜ])"
)  # not an article before a noun ("…, der Kreisverwaltung"): a name's part or the next item
_CHAIR_CLAUSE = re.compile(r"\b(?:Vorsitz|leitet|leiten|Leitung)\b")
# "und" or "sowie" before an article or a count opens the next item ("… Salmtal und der Realschule …")
_NEXT_ITEM = re.compile(
    r"\s+(?:und|sowie)\s+(?=(?:" + alternation("linking_articles", "opening_articles") + r"|zwei|drei|vier|fünf|je)\s)"
)


def _list_start(text: str, start: int, end: int, rules: MemberRules) -> int | None:
    """Where a run-in list starts in a sentence: after the first colon whose words before it lead in
    members with a verb of membership ("besteht aus:"), with a semicolon after it; None if the sentence has none."""
    colon = _COLON.search(text, start, end)
    if colon is None or ";" not in text[colon.end() : end] or ":" in text[colon.end() : end]:
        return None  # labelled parts ("ständig: A; beratend: B") are another form
    lead = text[start : colon.start()]
    if lead.count("(") > lead.count(")"):  # a parenthesis's list: its own reading
        return None
    if "\n\n" in lead or not rules.list_cue.search(lead) or rules.not_members.search(lead):
        return None
    if not any(v.pattern.search(lead) and (v.particle is None or v.particle.search(lead)) for v in rules.verbs):
        return None  # a label's colon ("Beteiligte Akteure: …"), no verb of membership
    return colon.end()


def listed(text: str, start: int, end: int, at: int, rules: MemberRules) -> bool:
    """Whether a word at ``at`` stands among the items of a run-in list in the sentence ``start``–``end``."""
    list_at = _list_start(text, start, end, rules)
    return list_at is not None and list_at <= at


# an article after a comma, "und" or "sowie": the opening of a later item of an enumeration
_LATER_ITEM = re.compile(r"(?:,|\bund|\bsowie)\s+(?:" + alternation("linking_articles", "opening_articles") + r")\s+$")
_EARLIER_ITEM = re.compile(r",\s+(?:" + alternation("linking_articles", "opening_articles") + r")\s+[A-ZÄÖÜ]")


def enumerated(text: str, start: int, end: int, at: int, rules: MemberRules) -> bool:
    """Whether a word at ``at`` opens a later item of an enumeration of bodies, parted by commas, that
    a membership verb of the sentence ``start``–``end`` lists ("Aus der Stadtgesellschaft wirken der
    Integrationsrat, das Jobcenter … und der Arbeitskreis Migrantenvereine mit")."""
    if not _LATER_ITEM.search(text, max(start, at - 12), at) or not _EARLIER_ITEM.search(text, start, at):
        return False
    return any(
        (m := v.pattern.search(text, start, end)) is not None
        and (v.particle is None or v.particle.search(text, m.end(), end) is not None)
        for v in rules.verbs
    )


def run_in_members(rows: list[MemberRow], text: str, start: int, end: int, rules: MemberRules, res: Resources) -> bool:
    """The members of a run-in list in the sentence ``start``–``end`` (see the module docstring);
    whether it holds one."""
    at = _list_start(text, start, end, rules)
    if at is None:
        return False
    stop = end
    while stop > at and text[stop - 1] in " \t\n.":
        stop -= 1
    found: list[MemberRow] = []
    pos = at
    for part in [*re.finditer(";", text[at:stop]), None]:
        a, b = pos, at + part.start() if part else stop
        pos = at + part.end() if part else stop
        relative = _RELATIVE.search(text, a, b)
        name_end = relative.start() if relative else b
        chair = relative is not None and bool(_CHAIR_CLAUSE.search(text, relative.end(), b))
        found += _part_members(text, a, name_end, chair, res)
    if len(found) < 2:
        return False
    rows.extend(found)
    return True


def _part_members(text: str, start: int, end: int, chair: bool, res: Resources) -> list[MemberRow]:
    """The members of one part: one for each item "und" or "sowie" opens, an item's names joined by a
    comma one member; the chair, if the part's clause names it, is its first."""
    out: list[MemberRow] = []
    pos = start
    for cut in [*_NEXT_ITEM.finditer(text, start, end), None]:
        a, b = pos, cut.start() if cut else end
        pos = cut.end() if cut else end
        items = org_items(text, a, b, res)
        if not items or text[items[-1].end : b].strip():
            continue  # no body, or words after the last name that belong to none
        first, last = items[0], items[-1]
        value = first.name + re.sub(r"\s+", " ", text[first.end : last.end])
        out.append(MemberRow(first.name_start, last.end, value, is_chair=chair and not out, method="list"))
    return out
