"""Review: signs in a document of a fact that the extractors did not capture.

Runs after the extractors on the document and its records (a pure function) and gives at
most one :class:`ReviewItem` per reason (``schema.REVIEW_REASONS``), with the evidence of the
first sign and a message that counts the others. A sign is never raised for a fact that
was extracted: a Beratungsfolge line counts only when no consultation covers it (by span,
date or body), a Handlungsfeld list only when no action field was found, and so on.

- the misses of the families (:mod:`extractors.misses`, ``extractors.MISSES``): the
  consultations family's Beratungsfolge rows it saw and did not read
  (``consultation_heading_without_rows``, ``consultation_row_unused``,
  ``consultation_columns_unpaired``, ``body_date_unused``, ``consultation_date_unread``:
  :mod:`extractors.consultations.misses`), merged here by reason;
- ``steering_group_without_members``: a steering group without members, where a list
  is announced after it ("setzt sich wie folgt zusammen: Sozialamt, Jugendamt, ...");
- ``steering_group_members_not_found``: any other steering group without members (one the
  document sets up or gives a task, "Eine Steuerungsgruppe soll den Prozess begleiten", or
  has act on the concept, "die Koordinierungsgruppe hat den Bericht beschlossen"): who sits in
  it is to be looked up;
- ``action_fields_without_labels``: "folgende Handlungsfelder: ..." or two lines
  "Handlungsfeld 1: Bildung", and no action field;
- ``financial_impact_without_amount``: "Finanzielle Auswirkungen: ja" or a ticked box
  before "ja", and no cost;
- ``low_ocr_confidence``, ``no_municipality``, ``extractor_failed``.

Words of the signs: ``pipeline/extract/resources/review.yaml``; the readers of words,
sentences and lists are in ``review_text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..document import Document, Span
from ..records import ActionField, Cost, Metadata, Record, SteeringGroup
from ..schema import REVIEW_REASONS
from ..structure import HEADER_CHARS, Line, View, view
from .review_signs import (
    amounts_unread,
    concept_document,
    field_lists,
    groups_unread,
    several_submissions,
    total_computed,
    unread_pages,
)
from .review_text import (
    Sign,
    clip,
    enumerated,
    first_line,
    listed,
    ticked_yes,
    words,
    yes_marked,
)

LOW_OCR = 70.0  # mean OCR word confidence of a page below which its text needs a look
GROUP_REACH = 700  # characters after a steering group's evidence where its member list may start
LIST_REACH = 120  # characters between a cue ("setzt sich zusammen") and the colon before the list


@dataclass(frozen=True)
class ReviewItem:
    """One row of the review: a reason, the first sign's evidence, a message counting the others."""

    reason: str
    span: Span
    message: str


# --- vocabulary ---------------------------------------------------------------------


_PLACE = re.compile(
    r"\b(?:Landeshauptstadt|Universitätsstadt|Hansestadt|Kreisstadt|Stadt|Gemeinde|Markt|Landkreis|Kreis)"
    r" {1,2}[A-ZÄÖÜ][\wäöüß.-]+"
)
_PLACE_DATE = re.compile(
    r"(?:^|\t)[ \t]*(?P<place>[A-ZÄÖÜ][\wäöüß.-]+(?:[ -][A-ZÄÖÜ][\wäöüß.-]+)?)"
    r"(?:,[ \t]*(?:den[ \t]+)?|[ \t]+den[ \t]+)\d{1,2}[ \t]?\.",
    re.M,
)


# --- the document's facts -----------------------------------------------------------


@dataclass
class Facts:
    """What the extractors found, as the document's signs compare it."""

    municipality: str | None
    action_fields: int
    costs: int
    groups: list[SteeringGroup]

    @classmethod
    def of(cls, records: Sequence[Record]) -> Facts:
        meta = next((r for r in records if isinstance(r, Metadata)), None)
        fields = meta.fields if meta is not None else {}
        return cls(
            fields["municipality"].value if "municipality" in fields else None,
            sum(isinstance(r, ActionField) for r in records),
            sum(isinstance(r, Cost) for r in records),
            [r for r in records if isinstance(r, SteeringGroup)],
        )


# --- the review ---------------------------------------------------------------------


def review_document(
    doc: Document,
    records: Sequence[Record],
    failed: Iterable[str] = (),
    low_ocr: float = LOW_OCR,
    sv: View | None = None,
) -> list[ReviewItem]:
    """The review items of a document, one per reason, in document order; ``sv`` is the
    document's structure view (built here when the caller has none)."""
    failed = list(failed)
    if not doc.text.strip():
        return [ReviewItem("extractor_failed", doc.span(0, 0), failure_message(failed))] if failed else []
    from extractors import MISSES, load_resources

    res = load_resources()
    facts = Facts.of(records)
    sv = view(doc) if sv is None else sv
    every = sv.lines
    signs: dict[str, list[Sign]] = {reason: [] for reason in REVIEW_REASONS}
    if failed:
        signs["extractor_failed"].append(Sign(doc.span(0, 0), failure_message(failed)))
    if not facts.municipality and "metadata" not in failed:
        signs["no_municipality"].append(missing_municipality(doc, sv))
    signs["low_ocr_confidence"] += low_ocr_pages(doc, sv, low_ocr)
    for _, reader in MISSES:  # each family's misses, merged by reason
        for miss in reader(doc, records, res, sv):
            signs[miss.reason].append(Sign(miss.span, miss.message))
    for g in facts.groups:
        if g.members:
            continue
        listed = list_after_group(doc, sv, facts, g)
        if listed is not None:
            signs["steering_group_without_members"].append(listed)
        elif set_up_or_tasked(doc, sv, g, res["steering"]):
            signs["steering_group_members_not_found"].append(
                Sign(
                    g.span,
                    f"{g.group_name or 'Steuerungsgruppe'}: eingerichtet oder beauftragt, keine Mitglieder gefunden",
                )
            )
        elif acted_in_process(doc, sv, g, res["steering"]):
            signs["steering_group_members_not_found"].append(
                Sign(g.span, f"{g.group_name or 'Steuerungsgruppe'}: im Prozess tätig, keine Mitglieder genannt")
            )
    if not facts.action_fields:
        signs["action_fields_without_labels"] += announced_action_fields(doc, sv)
    if not facts.costs:
        signs["financial_impact_without_amount"] += financial_impact(doc, every)
    signs["page_unread"] += unread_pages(doc, sv)
    signs["several_submissions"] += several_submissions(doc)
    if concept_document(doc, records):  # the comparison's facts: looked for in its documents only
        signs["group_without_members"] += groups_unread(doc, sv, records)
        signs["action_fields_without_labels"] += field_lists(doc, sv, records)
        signs["amount_without_cost"] += amounts_unread(doc, sv, records)
        signs["total_computed"] += total_computed(doc, records)
    items = [item(reason, found) for reason, found in signs.items() if found]
    order = list(REVIEW_REASONS)
    return sorted(items, key=lambda it: (it.span.start, order.index(it.reason)))


def item(reason: str, found: list[Sign]) -> ReviewItem:
    first = min(found, key=lambda s: s.span.start)
    more = len(found) - 1
    return ReviewItem(reason, first.span, first.what + (f" (und {more} weitere)" if more else ""))


def failure_message(failed: list[str]) -> str:
    return (
        f"Auswertung {', '.join(failed)} bei diesem Dokument fehlgeschlagen (siehe errors.csv); ihre Tabellen sind leer"
    )


def missing_municipality(doc: Document, sv: View) -> Sign:
    """Where a reader would look for the municipality: "Stadt X", a letter's place and date, or the first line."""
    if m := _PLACE.search(doc.text):
        return Sign(doc.span(m.start(), m.end()), f"keine Kommune zugeordnet, obwohl der Text «{m.group(0)}» nennt")
    if m := _PLACE_DATE.search(doc.text, 0, HEADER_CHARS):
        return Sign(
            doc.span(m.start("place"), m.end("place")),
            f"keine Kommune zugeordnet; das Schreiben ist in «{m['place']}» datiert",
        )
    return Sign(first_line(doc, sv), "keine Kommune gefunden (gezeigt: die erste Zeile)")


def low_ocr_pages(doc: Document, sv: View, threshold: float) -> list[Sign]:
    low = [p for p in doc.pages if p.ocr_confidence is not None and p.ocr_confidence < threshold]
    return [
        Sign(
            first_line(doc, sv, p.start, p.start + len(p.text)),
            f"Seite {p.number} per Texterkennung gelesen, mittlere Wortkonfidenz {p.ocr_confidence:.0f} "
            f"(unter {threshold:.0f}): ihre Werte können falsch gelesen sein oder fehlen",
        )
        for p in low
    ]


# --- steering groups, action fields, costs ------------------------------------------


def set_up_or_tasked(doc: Document, sv: View, g: SteeringGroup, steering: dict[str, Any]) -> bool:
    """Whether the sentence of a group's evidence sets it up ("wird eingerichtet") or gives it a
    task in the process ("soll den Prozess begleiten"), by the words of the steering extractor."""
    lo, hi = sv.sentence_at(g.span.start)
    said = doc.text[lo : max(hi, g.span.end)]
    if re.search(steering["establish"], said):
        return True
    return bool(re.search(steering["task"], said) and re.search(steering["task_object"], said))


def acted_in_process(doc: Document, sv: View, g: SteeringGroup, steering: dict[str, Any]) -> bool:
    """Whether the sentence of a group's evidence has it act on the concept or report ("hat den
    Bericht beschlossen"), by the words of the steering extractor."""
    lo, hi = sv.sentence_at(g.span.start)
    return bool(re.search(steering["acted"], doc.text[lo : max(hi, g.span.end)]))


def list_after_group(doc: Document, sv: View, facts: Facts, g: SteeringGroup) -> Sign | None:
    """The sign of a steering group without members whose evidence is followed by an announced
    list: a cue ("setzt sich wie folgt zusammen", "Mitglieder") and a colon with a list after
    it, or a cue in a sentence that enumerates ("Ihr sollen das Sozialamt, der Helferkreis Asyl
    und das Landratsamt angehören"); None when there is none."""
    w = words()
    later = [x.span.start for x in facts.groups if x.span.start > g.span.start]
    end = min([g.span.end + GROUP_REACH, *sorted(later)[:1], len(doc.text)])
    for cue in w["members"].finditer(doc.text, g.span.start, end):
        colon = doc.text.find(":", cue.end(), cue.end() + LIST_REACH)
        if colon >= 0 and sv.sentence_index(cue.end() - 1) == sv.sentence_index(colon) and listed(sv, colon + 1) >= 2:
            line_start = doc.text.rfind("\n", 0, cue.start()) + 1
            span = doc.span(line_start, colon + 1)
        else:
            lo, hi = sv.sentence_at(cue.start())
            if enumerated(doc.text[lo:hi]) < 3:
                continue
            span = doc.span(lo, hi)
        return Sign(
            span,
            f"{g.group_name or 'Steuerungsgruppe'}: Mitglieder nach «{clip(cue.group(0), 40)}» aufgezählt, "
            "keines erfasst",
        )
    return None


def announced_action_fields(doc: Document, sv: View) -> list[Sign]:
    """ "Handlungsfelder" followed by a colon and a list or by an enumeration in the same
    sentence, or several "Handlungsfeld N: X" lines."""
    w = words()
    out = []
    for m in w["action_fields"].finditer(doc.text):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        line_end = doc.text.find("\n", m.end())
        line_end = len(doc.text) if line_end < 0 else line_end
        colon = doc.text.find(":", m.end(), min(line_end + 1, m.end() + 60))
        if colon >= 0 and sv.sentence_index(m.end() - 1) == sv.sentence_index(colon) and listed(sv, colon + 1) >= 2:
            out.append(
                Sign(
                    doc.span(line_start, colon + 1),
                    "Handlungsfelder mit einer Liste angekündigt; kein Handlungsfeld erfasst",
                )
            )
            continue
        _, hi = sv.sentence_at(m.end())
        if colon < 0 and enumerated(doc.text[m.end() : hi]) >= 3:
            out.append(
                Sign(
                    doc.span(max(line_start, sv.sentence_at(m.start())[0]), hi),
                    "Handlungsfelder in einem Satz aufgezählt; kein Handlungsfeld erfasst",
                )
            )
    headed = [ln for ln in sv.lines if w["action_field_line"].match(ln.text) and len(ln.text.strip()) <= 90]
    if len(headed) >= 2:
        out.append(
            Sign(
                doc.span(headed[0].start, headed[0].end),
                f"{len(headed)} Zeilen nennen ein Handlungsfeld; keines erfasst",
            )
        )
    return out


def financial_impact(doc: Document, every: list[Line]) -> list[Sign]:
    """A financial impact marked yes: "Finanzielle Auswirkungen: ja", or a ticked box before
    "ja" on the label's line or the two lines after it."""
    w = words()
    out = []
    for i, ln in enumerate(every):
        label = w["finance"].search(ln.text)
        if label is None:
            continue
        after = ln.text[label.end() :]
        tail = " ".join(x.text for x in every[i + 1 : i + 3])
        if (
            yes_marked(after, w)
            or (not after.strip(" \t:*") and yes_marked(tail, w))
            or (w["box"].search(after + " " + tail) and ticked_yes(after + " " + tail, w))
        ):
            out.append(
                Sign(doc.span(ln.start, ln.end), "finanzielle Auswirkungen mit ja angegeben; keine Kosten erfasst")
            )
    return out
