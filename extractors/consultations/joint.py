"""consultation_joint: two bodies or more meeting together in one row of a Beratungsfolge.

A row may name several bodies and the words that they meet together ("Umwelt- und Klimaausschuss und Bau- und
Planungsausschuss in gemeinsamer Sitzung", the words in ``bodies.yaml``: ``joint_sessions``). Such a row is one
meeting of each body, on its date, with its role and status. The names are parted at a link word or a comma where
every part names a body by its head word: a part whose head is not its first word ("Klimaausschuss") holds a link
word only after a hyphen ("Umwelt- und Klimaausschuss"), so "Ausschuss für Umwelt und Verkehr und Bauausschuss"
is "Ausschuss für Umwelt und Verkehr" and "Bauausschuss". Where no parting, or more than one of the most parts,
reads so, the row stays as it is.
"""

from __future__ import annotations

import itertools
import re

from pipeline.lang.de.closed_class import alternation
from pipeline.records import Consultation

from .vocab import OPEN_END, Vocab, headed, heads, renamed

# where two names may part: a link word between spaces, or a comma
_CUT = re.compile(r"[ \t]*,[ \t]+|[ \t]+(?:" + alternation("conjunctions") + r")[ \t]+")
_MAX_CUTS = 6  # the link words of a row's names, at most: more read as a list, no bodies meeting together


def joint_sessions(found: list[Consultation], v: Vocab) -> list[Consultation]:
    """The records with each row of bodies meeting together read as one record per body."""
    out = []
    for rec in found:
        names = _names(rec.body, v)
        if names is None:
            out.append(rec)
            continue
        out += [renamed(rec, n, v) for n in names]
    return out


def _names(body: str, v: Vocab) -> list[str] | None:
    """The bodies named before the words of a joint meeting ending ``body``, or None."""
    m = v.joint.search(body) if v.joint is not None else None
    if m is None or body[m.end() :].strip(" ,.;:()"):
        return None
    text = body[: m.start()].strip(" ,")
    cuts = list(_CUT.finditer(text))
    if not cuts or len(cuts) > _MAX_CUTS:
        return None
    best: list[list[str]] = []
    for n in range(len(cuts), 0, -1):
        for chosen in itertools.combinations(cuts, n):
            bounds = [0, *(x for c in chosen for x in (c.start(), c.end())), len(text)]
            parts = [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
            if all(_one_body(p, v) for p in parts):
                best.append(parts)
        if best:
            break
    return best[0] if len(best) == 1 else None


def _one_body(part: str, v: Vocab) -> bool:
    """Whether a part names one body: its head word first, or a link word in it only after a hyphen."""
    if not part.strip() or OPEN_END.search(part) or not headed(part, v):
        return False
    first = heads(part, v)[0]
    if first.start() == 0:
        return True
    return all(part[c.start() - 1 : c.start()] == "-" for c in _CUT.finditer(part))
