"""Cost tables and plans cut by a page break of any form (``tests/generators/page_breaks.py``:
a page number or print date at the foot, a running head repeating the paper's number line,
number or title, the next page's number; with or without a form feed and blank lines) give the
rows they give without the break: the break is cut between two lines of the drawn table or plan,
each of them holding an amount."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.costs.test_costs import run
from tests.generators.cost_families import Drawn, flat_rows, plan, yearly
from tests.generators.page_breaks import Paper, page_breaks

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PAPER = Paper("Beschlussvorlage Nr. 2022/0733", "2022/0733", "Haushaltsmittel für Sprachkurse")
HEAD = "Beschlussvorlage Nr. 2022/0733\nHaushaltsmittel für Sprachkurse\n\n"
_AMOUNT = re.compile(r"\d[\d.]*,\d\d|\d{1,3}(?:\.\d{3})+")


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text)]


@SETTINGS
@given(st.one_of(yearly(), plan(), flat_rows()), st.data())
def test_cost_rows_over_a_page_break(drawn: Drawn, data: st.DataObject) -> None:
    """Rows of amounts cut by a break between two of their lines keep their amounts, kinds and
    years."""
    lines = (HEAD + drawn.text).split("\n")
    amounts = [i for i, ln in enumerate(lines) if _AMOUNT.search(ln)]
    assume(len(amounts) >= 2 and amounts[-1] - amounts[0] >= 1)
    at = data.draw(st.integers(amounts[0] + 1, amounts[-1]), label="at")
    b = data.draw(page_breaks(PAPER), label="break")
    plain = _rows("\n".join(lines))
    assume(plain)
    broken = b.text(lines, at, PAPER)
    assert _rows(broken) == plain, broken


def test_a_lead_in_reaches_over_a_page_number_not_over_a_blank_line() -> None:
    """A list's lead-in types the item after a page number with blank lines around it; a blank line
    of the text's own ends the list."""
    lead = "Für die Sprachkurse werden folgende Mittel bereitgestellt:\nim Haushaltsjahr 2025: 4.000 €\n"
    after = "im Haushaltsjahr 2026: 6.000 €\n\nDer Ausschuss nimmt Kenntnis.\n"
    assert [t for _, t, _ in _rows(lead + "\n- 3 -\n\n" + after)] == ["budget", "budget"]
    assert [t for _, t, _ in _rows(lead + "\n" + after)][1] != "budget"
