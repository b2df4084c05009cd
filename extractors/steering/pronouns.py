"""Whether a sentence opening with a personal pronoun may speak of a group by its gender: "Er" points back to
a masculine noun, "Sie" before a verb in the singular ("Sie besteht aus …") to a feminine one, "Es" to a
neuter one. A group whose head noun has another gender ("Lenkungsausschuss", masculine) is not the one
such a sentence speaks of ("Das Angebot hat die Arbeitsgemeinschaft X abgegeben. Sie besteht aus …": the
Arbeitsgemeinschaft's members). A noun whose gender is unknown, or "Sie" before a plural verb, decides
nothing."""

from __future__ import annotations

import re

from extractors.german import nlp
from extractors.resources import Resources

# the pronoun opening a sentence and the gender it points back to; "Sie" only before a verb in the singular
_PRONOUN = re.compile(r"(?:(?P<m>Er)|(?P<n>Es)|(?P<f>Sie)(?=\s+(?:ist|hat|wird|[a-zäöüß]+t)\b))\s")


def other_gender(text: str, at: int, name: str, res: Resources) -> bool:
    """Whether the sentence at ``at`` opens with a pronoun whose gender the head noun of the group's ``name``
    (its first word, "Lenkungsausschuss Integration") does not have."""
    said = _PRONOUN.match(text, at)
    words = name.split()
    if said is None or not words:
        return False
    gender = nlp.lexicon(res).gender(words[0].strip('.,;:()„“"'))
    return gender is not None and gender != said.lastgroup
