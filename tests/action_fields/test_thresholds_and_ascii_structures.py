"""action_fields: the rows of a ranked list of counts over a dashed threshold line, the paragraph under it naming
the fields; the numbered forum boxes of an organigram drawn with ASCII signs, a sentence tying one field to each
forum, a name wrapped and hyphenated inside its box; both with the gaps closed as a PDF renders them.
Negatives: a list without a threshold, an unranked list, a cut list no field noun speaks of, boxes without
numbered keys (invented examples)."""

from __future__ import annotations

import re

from tests.action_fields.test_action_fields import labels

RANKED = (
    "Gefragt war: „Welche Themen drängen in Ihrem Amt?“\n\n"
    "   Thema                                   Stimmen    Anteil\n"
    "   ───────────────────────────────────     ───────    ──────\n"
    "   Wohnungen für Familien                       31      74 %\n"
    "   Deutsch im Beruf                             24      57 %\n"
    "   Ganztag an Grundschulen                      18      43 %\n"
    "   ─ ─ ─ ─ ─ ─ ─ ─  Schwelle: 12 Stimmen  ─ ─ ─ ─ ─ ─ ─ ─ ─\n"
    "   Busverkehr                                    7      17 %\n"
    "   Friedhofswesen                                2       5 %\n"
    "   ───────────────────────────────────     ───────    ──────\n"
    "   Rücklauf: 42 Ämter\n\n"
    "{after}\n"
)
ABOVE = "Die Themen oberhalb der Schwelle werden die Handlungsfelder des Plans."
FIELDS = ["Wohnungen für Familien", "Deutsch im Beruf", "Ganztag an Grundschulen"]


def _closed(text: str) -> str:
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


def test_the_rows_over_a_threshold_are_the_fields() -> None:
    assert labels(RANKED.format(after=ABOVE)) == FIELDS


def test_the_rows_over_a_threshold_with_closed_gaps_are_the_fields() -> None:
    assert labels(_closed(RANKED.format(after=ABOVE))) == FIELDS


def test_a_cut_list_no_field_noun_speaks_of_names_none() -> None:
    assert labels(RANKED.format(after="Die Themen oberhalb der Schwelle gehen an den Ausschuss.")) == []


def test_an_unranked_list_is_none() -> None:
    text = RANKED.format(after=ABOVE).replace("  18      43 %", "  38      43 %")
    assert not set(FIELDS) & set(labels(text))


def test_a_list_without_a_cut_is_none() -> None:
    text = RANKED.format(after=ABOVE).replace("─ ─ ─ ─ ─ ─ ─ ─  Schwelle: 12 Stimmen  ─ ─ ─ ─ ─ ─ ─ ─ ─", "")
    assert not set(FIELDS) & set(labels(text))


ORGANIGRAM = (
    "Der Lenkungskreis steuert die Umsetzung. Ihm arbeiten vier Fachforen zu, die je einem Handlungsfeld\n"
    "entsprechen.\n\n"
    "                 +------------------------+\n"
    "                 | Lenkungskreis          |\n"
    "                 +-----------+------------+\n"
    "                             |\n"
    "   +-------------+----------+----------+-------------+\n"
    "   |             |                     |             |\n"
    "+--+---------+  +-+----------+  +------+-----+  +----+-------+\n"
    "| {key} 1     |  | {key} 2     |  | {key} 3     |  | {key} 4     |\n"
    "| Kita und    |  | Beruf und  |  | Wohnen im  |  | Gleichbe-  |\n"
    "| Schule      |  | Einstieg   |  | Dorf       |  | handlung   |\n"
    "+------------+  +------------+  +------------+  +------------+\n\n"
    "Die Foren sind offen für alle Träger.\n"
)
BOXES = ["Kita und Schule", "Beruf und Einstieg", "Wohnen im Dorf", "Gleichbehandlung"]


def test_numbered_forum_boxes_of_an_ascii_organigram_are_the_fields() -> None:
    text = ORGANIGRAM.replace("{key} 1     |", "Fachforum 1|").replace("{key} 2     |", "Fachforum 2|")
    text = text.replace("{key} 3     |", "Fachforum 3|").replace("{key} 4     |", "Fachforum 4|")
    assert labels(text) == BOXES
    assert labels(_closed(text)) == BOXES


def test_ascii_boxes_without_numbered_keys_are_none() -> None:
    text = ORGANIGRAM.replace("{key} 1     |", "Kreis      |").replace("{key} 2     |", "Rat        |")
    text = text.replace("{key} 3     |", "Amt        |").replace("{key} 4     |", "Beirat     |")
    assert not set(BOXES) & set(labels(text))
