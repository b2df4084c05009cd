"""Members as the name cards of a seating plan under a caption naming the group ("Sitzordnung der
Koordinierungsgruppe …"): a head table of joined boxes and two legs of stacked boxes whose lines interleave
across the empty middle, each card a name over an office or body, "(Vorsitz)" making the chair. As the text
gives it and as a PDF's text layer (one space between cells, a rule's end wrapped onto a line of its own).
Near misses: cards with a legend's letter before the name (a guest, the minutes' writer), a plan whose caption
names no group, cards of bodies without persons. Every case is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Landkreis Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nFinanzielle Auswirkungen\nEs entstehen keine Kosten.\n"
LEAD = (
    "Die Koordinierungsgruppe Integration wurde neu gebildet. Den Vorsitz führt der Landrat; wer ihr\n"
    "angehört, ergibt sich aus der Sitzordnung der konstituierenden Sitzung (Anlage 3).\n\n"
)
CAPTION = "  Anlage 3 – Sitzordnung der {group}\n  konstituierende Sitzung am 12.04.2027, Kreishaus, Raum 214\n\n"
PLAN = (
    "            ┌───────────────────────┬───────────────────────┐\n"
    "            │ Dr. Greta Lindqvist   │ Ole Brandtner         │\n"
    "            │ Dezernentin II        │ Landrat (Vorsitz)     │\n"
    "            └───────────────────────┴───────────────────────┘\n"
    "  ┌───────────────────────┐                    ┌───────────────────────┐\n"
    "  │ Selin Aydemir         │                    │ Paul Engelhardt       │\n"
    "  │ Kreistag, SPD         │                    │ Jobcenter Nordheide   │\n"
    "  ├───────────────────────┤                    ├───────────────────────┤\n"
    "  │ Lea Brandstätter      │                    │ G  PHK Kai Rothmann   │\n"
    "  │ Caritasverband        │                    │    Polizeirevier      │\n"
    "  │ Nordheide e. V.       │                    │                       │\n"
    "  └───────────────────────┘                    └───────────────────────┘\n"
    "  G = Gast\n"
)
SEATED = ["Dr. Greta Lindqvist", "Lea Brandstätter", "Ole Brandtner", "Paul Engelhardt", "Selin Aydemir"]


def members(text: str) -> list[str]:
    return sorted(m.member for g in groups_of(text) for m in g.members)


def chairs(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members if m.is_chair]


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: one space, no indent, a long rule's end on a line of its own."""
    out = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line.startswith("┌") and line.endswith("┐") and len(line) > 40:
            out += [line[:-8], line[-8:]]
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("flat", [False, True], ids=["text", "pdf"])
def test_the_name_cards_are_the_members(flat: bool) -> None:
    text = HEAD + LEAD + CAPTION.format(group="Koordinierungsgruppe Integration") + PLAN + TAIL
    text = _flat(text) if flat else text
    assert members(text) == SEATED  # the guest's card is none
    assert chairs(text) == ["Ole Brandtner"]


def test_a_plan_naming_another_body_gives_no_cards() -> None:
    found = members(HEAD + LEAD + CAPTION.format(group="Kreistagsfraktionen") + PLAN + TAIL)
    assert not set(SEATED) & set(found)


def test_cards_of_bodies_are_none() -> None:
    plan = PLAN
    for name, body in (
        ("Selin Aydemir", "SPD-Fraktion"),
        ("Paul Engelhardt", "Jobcenter"),
        ("Lea Brandstätter", "Caritas"),
    ):
        plan = plan.replace(name.ljust(len(body)) if len(body) > len(name) else name, body.ljust(len(name)))
    plan = plan.replace("Dr. Greta Lindqvist", "Dezernat II       ").replace("Ole Brandtner", "Landrat      ")
    found = members(HEAD + LEAD + CAPTION.format(group="Koordinierungsgruppe Integration") + plan + TAIL)
    assert not set(SEATED) & set(found)
    assert "SPD-Fraktion" not in found
