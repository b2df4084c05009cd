"""The header of a mail a document quotes ("Von: …", "An: …", "Gesendet: …", "Betreff: …"): its lines are
the sender's wording, and a group noun in its subject line names no group of the document (a quoted offer's
"Betreff: Preisanfrage Moderation Steuerungsgruppe Integration" names the group loosely, not by its name).

A line is one of such a header when it opens with a header label (``steering.yaml``: ``mail_header``) and
the block of lines it stands in, up to a blank line, holds three such lines at least.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

MIN_LABELS = 3


def header_label(res: Resources) -> re.Pattern[str]:
    """The compiled label of a mail header's line (built once per resource set)."""
    return res.compiled(_build)


def _build(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.steering(res).mail_header, re.M)


def in_mail_header(text: str, at: int, label: re.Pattern[str]) -> bool:
    """Whether the offset ``at`` stands in a line of a quoted mail's header."""
    line_start = text.rfind("\n", 0, at) + 1
    if not label.match(text, line_start):
        return False
    block_start = text.rfind("\n\n", 0, line_start)
    block_start = 0 if block_start < 0 else block_start + 2
    block_end = text.find("\n\n", at)
    block = text[block_start : len(text) if block_end < 0 else block_end]
    return len(label.findall(block)) >= MIN_LABELS
