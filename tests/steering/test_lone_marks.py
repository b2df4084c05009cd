"""A members list as exports set a dash list whose marks stood in a column of their own: each dash
alone on its line and its entry on the next ("-" / "Sozialamt,"), or the dashes of several entries
first and the entries after them (a text box each, blank lines between), under a lead-in that a
narrow cell wrapped over short lines, its counted noun on the last one ("Er besteht aus fünf" /
"Mitgliedern:"). Near misses: dashes alone that no lead-in opens (an empty cell's dash), and dashes
with fewer entries after them than marks. Every case is invented."""

from __future__ import annotations

import pytest

from pipeline.structure.prose import segments
from tests.steering.test_steering import groups_of

HEAD = "Amt Lindenhof\nVorlage Nr. 17/2027\n\nBetr.: Integrationsplan\n\n"
LEAD = "Zur Begleitung wird ein\nArbeitskreis Integration\ngebildet. Er besteht aus fünf\nMitgliedern:\n"
ENTRIES = [
    "Gesa Thomsen, Amtsdirektorin (Vorsitz),",
    "Frauke Hansen, Fachbereich Soziales,",
    "Ole Petersen, Diakonisches Werk Lindenhof,",
    "Yusuf Demir, Verein „Lindenhof hilft“,",
    "Britta Lorenzen, Volkshochschule.",
]
TAIL = "\nDer Arbeitskreis tagt viermal im Jahr.\n"
MEMBERS = ["Britta Lorenzen", "Frauke Hansen", "Gesa Thomsen", "Ole Petersen", "Yusuf Demir"]


def members(text: str) -> list[str]:
    return sorted(m.member for g in groups_of(text) for m in g.members)


def one_by_one(blank: str) -> str:
    """Each dash alone on its line, its entry on the next, ``blank`` after every line."""
    return "".join(f"-\n{blank}{e}\n{blank}" for e in ENTRIES)


def marks_first(blank: str, runs: tuple[int, ...]) -> str:
    """The dashes of each run of entries first, then the entries (a page break between runs)."""
    out, at = [], 0
    for n in runs:
        out.append("".join(f"-\n{blank}" for _ in range(n)) + "".join(f"{e}\n{blank}" for e in ENTRIES[at : at + n]))
        at += n
    return "\f".join(out)


@pytest.mark.parametrize(
    "listing",
    [
        "".join(f"-\t{e}\n" for e in ENTRIES),
        one_by_one(""),
        one_by_one("\n"),
        marks_first("\n", (5,)),
        marks_first("\n", (2, 3)),
    ],
    ids=["tabbed", "one-by-one", "one-by-one-blank", "marks-first", "marks-first-over-a-page-break"],
)
def test_dashes_apart_from_their_entries(listing: str) -> None:
    assert members(HEAD + LEAD + listing + TAIL) == MEMBERS


def test_the_wrapped_lead_in_names_the_group_and_its_size() -> None:
    (group,) = groups_of(HEAD + LEAD + one_by_one("") + TAIL)
    assert (group.group_name, group.size) == ("Arbeitskreis Integration", 5)


def test_dashes_no_lead_in_opens_are_no_list() -> None:
    """A cost table set a cell a line, its empty cells dashes: no members, no list."""
    text = HEAD + "Der Arbeitskreis Integration tagt viermal im Jahr.\n\nKosten 2027\n-\nSachkosten\n-\nHonorare\n"
    assert members(text) == []


def test_fewer_entries_than_dashes_are_no_items() -> None:
    """Three dashes over one line: the dashes are no bullets of the line after them."""
    listing = "Mitglieder:\n-\n\n-\n\n-\n\nFrauke Hansen, Fachbereich Soziales.\n"
    assert [s.kind for s in segments(listing)] != [] and "item" not in [s.kind for s in segments(listing)]


def test_a_chair_marked_in_an_entry() -> None:
    (group,) = groups_of(HEAD + LEAD + marks_first("\n", (5,)) + TAIL)
    assert group.chair == "Gesa Thomsen"
