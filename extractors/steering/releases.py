"""A press release quoted in a paper ("PRESSEMITTEILUNG Nr. 058/2027" over a headline and its text, up to
"Pressekontakt:" or "– Ende –"; ``release_head`` and ``release_end`` of ``steering.yaml``'s ``profile``): the
press office's account for the public of what the paper sets out. A group it names is the paper's, and what
it says of the group's members ("Ihr gehören Mitglieder des Kreistags, der Wohlfahrtspflege … an") is a
summary of the paper's own list, no list of members: its mentions of the group are no mentions.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

_REACH = 5000  # how far a release runs without an end marker


def _patterns(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return res.compiled(_build)


def _build(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = typed.steering(res).profile
    return re.compile(p["release_head"], re.M), re.compile(p["release_end"], re.M)


def releases(text: str, res: Resources) -> list[tuple[int, int]]:
    """The spans of the press releases a text quotes, each from its heading line to its end marker.

    >>> from extractors import load_resources
    >>> text = "Begründung\\n\\nPRESSEMITTEILUNG\\nKreis startet\\nText.\\nPressekontakt: Amt\\n\\nWeiter."
    >>> [text[a:b] for a, b in releases(text, load_resources())]
    ['PRESSEMITTEILUNG\\nKreis startet\\nText.\\n']
    """
    head, end = _patterns(res)
    out: list[tuple[int, int]] = []
    for m in head.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        stop = end.search(text, m.end(), m.end() + _REACH)
        out.append((m.start(), stop.start() if stop else min(len(text), m.end() + _REACH)))
    return out


def in_release(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` stands inside one of the ``spans`` of :func:`releases`."""
    return any(a <= at < b for a, b in spans)
