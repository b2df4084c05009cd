"""Relevance: is a document a submission of the kind the comparison is for?

The comparison is of integration concepts (and policies of their kind: a Teilhabeplan for
newcomers, a Handlungskonzept Integration, refugees' reception). A council's information
system holds every other matter too, and a search word fetches minutes, invitations and
submissions that mention integration once. So relevance is decided from what the document
*is*, read in three zones, not from one word anywhere:

- its **subject** (the Betreff the metadata reader found; where there is none, the document's
  head: its text up to the heading of the decision proposal or the reasoning);
- its **decision proposal** (what the council is asked to decide);
- its **text** as a whole (how often the policy's words come back).

In each zone the words of ``resources/relevance.yaml`` are looked for, after cutting out
bodies named by a topic word (an "Integrationsbeirat" sits in the Beratungsfolge of any
matter): a *concept* word ("Integrationskonzept") counts fully, a *topic* word
("Zugewanderte", "Geflüchtete") a little less, and an *ambiguous* one ("Integration" alone,
"Teilhabeplan") only where a concept word or two topic words stand in the document (else it may be the integration
of a day-care group or of a department). The score weighs the zones (subject 0.55, decision
proposal 0.35, text 0.10); a document is relevant from :data:`THRESHOLD` on, and only with a
hit in its subject or decision proposal; a concept word in either is enough. A document whose
type is no submission (minutes, an invitation, an agenda) is not relevant whatever it mentions.

    >>> r = relevance("Betreff: Integrationskonzept der Stadt X", {"subject": "Integrationskonzept der Stadt X"})
    >>> r.relevant, r.score, r.method
    (True, 0.56, 'subject+text')
    >>> relevance("Niederschrift über die Sitzung ... Integrationskonzept", {"doc_type": "Niederschrift"}).relevant
    False
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.lang.de.closed_class import alternation

if TYPE_CHECKING:
    from extractors.fastre import Matcher

RESOURCE = Path(__file__).parent / "resources" / "relevance.yaml"
KINDS = ("concept", "topic", "ambiguous", "field", "body_name", "not_submission", "zone_end")
WEIGHTS = {"subject": 0.55, "decision_proposal": 0.35, "text": 0.10}
STRENGTH = {"concept": 1.0, "topic": 0.8, "ambiguous": 0.6}
THRESHOLD = 0.5
HEAD_CHARS = 2500  # the head of a document without a Betreff: its title block is never longer
TEXT_SATURATION = 10  # topic or concept words in the text that give the text zone its full weight
AMBIGUOUS_NEEDS = 2  # topic words (or one concept word) in the document that make "Integration" alone count


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    method: str  # the zones with a hit, '+'-joined ("subject+decision_proposal+text"), or "doc_type"/"none"
    evidence: str  # the words found per zone, or why the document is left out

    def values(self) -> dict[str, Any]:
        return {
            "relevant": self.relevant,
            "relevance_score": self.score,
            "relevance_method": self.method,
            "relevance_evidence": self.evidence,
        }


@functools.lru_cache(maxsize=1)
def patterns() -> dict[str, Matcher]:
    """One alternation per kind of relevance.yaml, searched through its literal prefilter (the
    words every match starts with: a document's text is scanned three times, and a plain
    case-insensitive alternation tries every position)."""
    from extractors.fastre import prefiltered
    from extractors.resources import checked_entries
    from extractors.resources.specs import PATTERN, Entries, Schema, Text

    from ..errors import ResourceError

    kinds: dict[str, list[str]] = {}
    schema = Schema({"entries": Entries({"kind": Text(*KINDS), "pattern": PATTERN})})
    for entry in checked_entries(RESOURCE, schema):
        kinds.setdefault(entry["kind"], []).append(entry["pattern"])
    if missing := set(KINDS) - set(kinds):
        raise ResourceError(f"relevance.yaml: no entries of kind {', '.join(sorted(missing))}")
    return {k: prefiltered("|".join(f"(?:{p})" for p in ps), re.I | re.M) for k, ps in kinds.items()}


@dataclass(frozen=True)
class Hits:
    concept: list[str]
    topic: list[str]
    ambiguous: list[str]

    @property
    def policy(self) -> int:
        return len(self.concept) + len(self.topic)

    def strength(self, ambiguous_counts: bool) -> float:
        if self.concept:
            return STRENGTH["concept"]
        if self.topic:
            return STRENGTH["topic"]
        return STRENGTH["ambiguous"] if self.ambiguous and ambiguous_counts else 0.0

    def words(self, ambiguous_counts: bool) -> list[str]:
        found = self.concept + self.topic + (self.ambiguous if ambiguous_counts else [])
        return list(dict.fromkeys(" ".join(w.split()) for w in found))


@functools.lru_cache(maxsize=8)
def hits(text: str) -> Hits:
    """The policy words of a text by kind; kept for the few texts of a document, which its
    documents row and its review both judge (:func:`relevance`)."""
    p = patterns()
    text = p["body_name"].sub(" ", text)
    concept, rest = _taken(p["concept"], text)
    topic, rest = _taken(p["topic"], rest)
    ambiguous = [m.group(0) for m in p["ambiguous"].finditer(rest)]
    return Hits(concept, topic, ambiguous)


def _taken(pattern: Matcher, text: str) -> tuple[list[str], str]:
    """The matches of ``pattern`` in ``text``, and the text with a space for each (what
    ``pattern.sub(" ", text)`` gives), from one scan of the text instead of two.

    >>> _taken(re.compile("Klima[a-z]*"), "Das Klimaschutzkonzept und die Klimaanpassung")
    (['Klimaschutzkonzept', 'Klimaanpassung'], 'Das   und die  ')
    """
    pieces: list[str] = []
    found: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        found.append(m.group(0))
        pieces += (text[last : m.start()], " ")
        last = m.end()
    return found, "".join(pieces) + text[last:] if pieces else text


def head(text: str) -> str:
    """The document's head: its text up to the first heading of the decision proposal or the
    reasoning, at most :data:`HEAD_CHARS` characters."""
    m = patterns()["zone_end"].search(text, 0, HEAD_CHARS)
    return text[: m.start() if m else HEAD_CHARS]


def present(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# a sentence that negates ("Ein Integrationskonzept ist nicht Gegenstand dieser Vorlage; …"): a
# concept it names is not what the paper is about
_NEGATION = re.compile(r"\b(?:" + alternation("negations") + r")\b", re.I)
_SENTENCE_END = ".!?"


def _affirmed(zone: str) -> str:
    """A zone without its sentences that negate: each stretch up to and with its ``.``, ``!``
    or ``?`` that holds a negation, a space in its place (what ``re.sub`` of
    ``[^.!?]*\bnegation\b[^.!?]*[.!?]?`` gives, without its backtracking at every position).

    >>> _affirmed("Der Beirat stimmt zu. Ein Integrationskonzept ist nicht Gegenstand; es folgt später.")
    'Der Beirat stimmt zu. '
    >>> _affirmed("Nicht jetzt! Gut. Kein Plan? Ja")
    '  Gut.  Ja'
    """
    pieces: list[str] = []
    last = 0
    for m in _NEGATION.finditer(zone):
        if m.start() < last:
            continue
        start = max(last, 1 + max(zone.rfind(c, last, m.start()) for c in _SENTENCE_END))
        ends = [i for i in (zone.find(c, m.end()) for c in _SENTENCE_END) if i >= 0]
        pieces += (zone[last:start], " ")
        last = min(ends) + 1 if ends else len(zone)
    return "".join(pieces) + zone[last:] if pieces else zone


def about_the_field(text: str, fields: dict[str, Any]) -> bool:
    """Whether the subject, the decision proposal or the head (its bodies' names cut out) names the
    policy's field at all: a word of any kind of relevance.yaml but the bodies', or of its
    ``field`` kind (integration, participation). A document about another matter (a seniors'
    concept, a building) has fields, a working group and a moderator of its own."""
    p = patterns()
    zones = [_affirmed(str(fields[k])) for k in ("subject", "decision_proposal") if present(fields.get(k))]
    # the head too, its bodies' names cut out: a subject an export cut short ("Evaluation 2022–2026 –
    # Abschlussbericht" under the concept's name) leaves the concept's name in the title block above it
    # (there a concept's or a topic's word only: the broad words of the field name a title, not a head)
    top = p["body_name"].sub(" ", head(text))
    return any(p[kind].search(zone) for zone in zones for kind in ("concept", "topic", "field")) or any(
        p[kind].search(top) for kind in ("concept", "topic")
    )


def relevance(text: str, fields: dict[str, Any]) -> Relevance:
    """The relevance of a document from its text and its metadata fields (subject,
    decision_proposal, doc_type)."""
    p = patterns()
    doc_type = fields.get("doc_type")
    if present(doc_type) and p["not_submission"].match(str(doc_type).strip()):
        return Relevance(False, 0.0, "doc_type", f"document type «{doc_type}» is no submission")
    subject = str(fields["subject"]) if present(fields.get("subject")) else None
    zones = {
        "subject": hits(subject if subject is not None else head(text)),
        "decision_proposal": hits(str(fields["decision_proposal"]))
        if present(fields.get("decision_proposal"))
        else None,
        "text": hits(text),
    }
    whole = zones["text"]
    assert whole is not None
    ambiguous_counts = bool(whole.concept) or len(whole.topic) >= AMBIGUOUS_NEEDS
    score = 0.0
    used: list[str] = []
    evidence: list[str] = []
    for zone, found in zones.items():
        if found is None:
            continue
        if zone == "text":
            strength = min(1.0, found.policy / TEXT_SATURATION)
        else:
            strength = found.strength(ambiguous_counts)
        if not strength:
            continue
        score += WEIGHTS[zone] * strength
        used.append(zone)
        if zone == "text":
            evidence.append(f"text: {found.policy} topic word(s)")
        else:
            where = zone if zone != "subject" or subject is not None else "head"
            shown = ", ".join(f"«{w}»" for w in found.words(ambiguous_counts)[:3])
            evidence.append(f"{where}: {shown}")
    score = round(score, 3)
    decided = bool({"subject", "decision_proposal"} & set(used))
    # the concept itself named in the subject or the decision proposal is enough (a subject the
    # metadata reader got wrong leaves the decision proposal alone to say it)
    named = any(z is not None and z.concept for z in (zones["subject"], zones["decision_proposal"]))
    relevant = decided and (score >= THRESHOLD or named)
    if not used:
        return Relevance(False, 0.0, "none", "no word of an integration policy in subject, decision proposal or text")
    why = "; ".join(evidence)
    if not relevant and not decided:
        why += "; neither subject nor decision proposal is about it"
    return Relevance(relevant, score, "+".join(used), why)
