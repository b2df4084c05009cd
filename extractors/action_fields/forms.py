"""What the readers of the forms a field's name stands in share: the words of a form's parts
(``forms`` in ``taxonomy.yaml``) and the test of a name set apart by a form."""

from __future__ import annotations

import re

from extractors.fastre import gate
from extractors.resources import typed

from .text import FieldText, is_sentence

MOST_WORDS = 10


def form(ft: FieldText, key: str) -> re.Pattern[str]:
    """The words of the form's part ``key`` (case-insensitive)."""
    return re.compile(typed.taxonomy(ft.res).forms[key], re.I)


def may_hold(ft: FieldText, key: str) -> bool:
    """Whether the words of the form's part ``key`` stand anywhere in the text: a form whose words are
    nowhere is not looked for line by line."""
    return gate(typed.taxonomy(ft.res).forms[key], re.I).search(ft.text) is not None


def plain_name(label: str, ft: FieldText) -> bool:
    """Whether a label a form sets apart reads as a field's name: capitalised, a few words, no sentence."""
    return bool(label[:1].isupper()) and len(label.split()) <= MOST_WORDS and not is_sentence(label, ft.vocab)
