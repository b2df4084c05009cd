"""The subject in two forms of a head that the Betreff heading does not read:

- a numbered form, each field's label after its number in brackets ("(1)  Sachbearbeitung  …",
  "(7)  Betreff  Integrationskonzept …", "(8)  Anlagen  …"): the subject's field runs from its
  label to the next field's number, its wrapped lines and all, whatever the gap the export left
  between label and value (a PDF's text layer closes it to one space);
- labels printed under their values, a rule between ("Sitzungsvorlage   V/2027/0318" over
  "────────   ──────────" over "Vorlagenart   Vorlagen-Nr."): the subject is the block of lines
  right above the rule over its label ("Gegenstand", "Betreff"), a blank line above the block.

Both only in the header form: the numbered run opens at (1) and holds two labels of the form
beside the subject's (a date, a file number, an author), so that a decision's numbered items or a
guideline's paragraphs ("(2) Gegenstand der Förderung sind …") give nothing; the labels under
their values only where the form sets another row of labels under a rule too.
"""

from __future__ import annotations

import functools
import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.lang.de import markers
from pipeline.structure import Line

_NUMBERED = re.compile(r"[ \t]*\((?P<n>\d{1,2})\)[ \t]+(?=\S)")
_RULES = re.compile(r"[ \t]*(?:[" + markers.DRAWN_RULES + r"_\-—]{3,}+[ \t]*)+")
MAX_VALUE_LINES = 4  # a subject's lines


@functools.lru_cache(maxsize=8)
def _labels(subject: str, others: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"(?:" + subject + r")[ \t]*(?::[ \t]*|[ \t]+)(?=[A-ZÄÖÜ„\"])"),  # the subject's label, its value
        re.compile(r"(?<![\wäöüß])(?:" + others + r")(?![\wäöüß])"),  # another label of the form
        re.compile(r"[ \t]*(?:" + subject + r")[ \t]*:?[ \t]*"),  # the subject's label alone on its line
    )


def labels(conf: MetadataFile) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The subject's labels (``field_labels`` ``subject``) and the form's other labels (dates, fields,
    departments, authors) of ``metadata.yaml``."""
    subject = "|".join(e.pattern for e in conf.field_labels if e.id == "subject")
    others = [
        *(e.pattern for e in conf.date_labels),
        *(e.pattern for e in conf.field_labels if e.id != "subject"),
        *conf.department_labels,
        *conf.author_labels,
    ]
    return _labels(subject, "|".join(others))


def _numbered_run(lines: list[Line]) -> list[tuple[int, re.Match[str]]]:
    """The lines of the first run of fields numbered (1), (2), (3) … in order: (index, number's match)."""
    run: list[tuple[int, re.Match[str]]] = []
    for k, line in enumerate(lines):
        m = _NUMBERED.match(line.text)
        if m is None:
            continue
        if int(m["n"]) == len(run) + 1:
            run.append((k, m))
        elif int(m["n"]) == 1:
            if len(run) >= 3:
                break
            run = [(k, m)]
    return run if len(run) >= 3 else []


def numbered_subject(lines: list[Line], conf: MetadataFile) -> tuple[int, int] | None:
    """The subject's value in a numbered form: from its label to the next number or a blank line.

    >>> from extractors import load_resources
    >>> from extractors.resources import typed
    >>> conf = typed.metadata(load_resources())
    >>> rows = ["(1) Datum 21.04.2027", "(2) Geschäftszeichen 50/12", "(3) Betreff Neubau der Kita", "am Park",
    ...         "(4) Anlagen 2"]
    >>> t, ls, at = "\\n".join(rows), [], 0
    >>> for r in rows:
    ...     ls.append(Line(at, at + len(r), r))
    ...     at += len(r) + 1
    >>> a, b = numbered_subject(ls, conf)
    >>> t[a:b]
    'Neubau der Kita\\nam Park'
    """
    subject, other, _ = labels(conf)
    run = _numbered_run(lines)
    if sum(1 for k, m in run if other.match(lines[k].text, m.end())) < 2:
        return None
    numbered = {k for k, _ in run}
    for k, m in run:
        line = lines[k]
        label = subject.match(line.text, m.end())
        if label is None:
            continue
        end = line.end
        for nxt in lines[k + 1 : k + MAX_VALUE_LINES]:
            if not nxt.text.strip() or lines.index(nxt) in numbered or _NUMBERED.match(nxt.text):
                break
            end = nxt.end
        return line.start + label.end(), end
    return None


def under_rule_subject(text: str, lines: list[Line], conf: MetadataFile) -> tuple[int, int] | None:
    """The subject printed over a rule over its label ("Fortschreibung …" / "──────" / "Gegenstand"),
    in a form that sets another row of its labels under a rule, a blank line under the label.

    >>> from extractors import load_resources
    >>> from extractors.resources import typed
    >>> conf = typed.metadata(load_resources())
    >>> rows = ["", "Beschlussvorlage   12/2031", "────────   ─────", "Vorlagenart   Datum", "",
    ...         "Neubau der Kita am Park", "───────────────", "Betreff", ""]
    >>> t, ls, at = "\\n".join(rows), [], 0
    >>> for r in rows:
    ...     ls.append(Line(at, at + len(r), r))
    ...     at += len(r) + 1
    >>> a, b = under_rule_subject(t, ls, conf)
    >>> t[a:b]
    'Neubau der Kita am Park'
    """
    _, other, alone = labels(conf)
    rows = [k for k in range(1, len(lines)) if _RULES.fullmatch(lines[k - 1].text) and lines[k].text.strip()]
    for k in rows:
        if not alone.fullmatch(lines[k].text) or k + 1 < len(lines) and lines[k + 1].text.strip():
            continue
        if not any(j != k and not re.search(r"\d", lines[j].text) and other.search(lines[j].text) for j in rows):
            continue  # no other row of the form's labels under a rule
        top = k - 1
        while top > 0 and _RULES.fullmatch(lines[top - 1].text):
            top -= 1  # a rule a PDF's text layer broke over two lines
        block: list[Line] = []
        for above in reversed(lines[:top]):
            if not above.text.strip():
                break
            block.insert(0, above)
        if not block or len(block) > MAX_VALUE_LINES or block[0].start == lines[0].start and lines[0].text.strip():
            continue
        if any(_RULES.fullmatch(b.text) for b in block) or not block[0].text.strip()[:1].isupper():
            continue
        first = block[0]
        return first.start + len(first.text) - len(first.text.lstrip()), block[-1].start + len(block[-1].text.rstrip())
    return None
