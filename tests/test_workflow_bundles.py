"""A file holding several submissions (a meeting's bundle) is named in the review, with the
numbers its page heads show; a submission whose pages repeat its own number is not."""

from __future__ import annotations

import re

from helpers import SEED_TEXTS
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.extract.review_signs import several_submissions

HEAD = re.compile(r"^(?:Sitzungs|Beschluss)?vorlage(?: Nr\.)?\s*\n?[ \t]*(\d\S*/\S+)[ \t]*$", re.M | re.I)
# the seeds whose head states a number: (text, number)
NUMBERED = [(t, m[1]) for p in SEED_TEXTS if (m := HEAD.search(t := p.read_text(encoding="utf-8")))]


def document(pages: list[str]) -> Document:
    return Document.from_pages("bundle", "bundle.pdf", "0" * 64, [(p, "text_layer", None) for p in pages])


def paged(text: str, lines_per_page: int) -> list[str]:
    lines = text.splitlines()
    return ["\n".join(lines[i : i + lines_per_page]) for i in range(0, len(lines), lines_per_page)]


@settings(max_examples=30, deadline=None)
@given(
    picks=st.lists(st.sampled_from(range(len(NUMBERED))), min_size=2, max_size=3, unique=True),
    lines_per_page=st.integers(25, 80),
    kind=st.sampled_from(["Sitzungsvorlage", "Beschlussvorlage", "Vorlage", "Drucksache Nr.:"]),
)
def test_a_bundle_of_submissions_is_named(picks: list[int], lines_per_page: int, kind: str) -> None:
    pages: list[str] = []
    for i in picks:
        text, number = NUMBERED[i]
        pages += paged(HEAD.sub(f"{kind} {number}", text, count=1), lines_per_page)
    (sign,) = several_submissions(document(pages))
    numbers = [NUMBERED[i][1] for i in picks]
    assert sign.what.startswith("mehrere Vorlagen in einer Datei: ")
    assert all(n in sign.what for n in numbers)
    assert sign.span.start > 0  # at the second submission's head


@settings(max_examples=30, deadline=None)
@given(
    pick=st.sampled_from(range(len(NUMBERED))),
    lines_per_page=st.integers(10, 80),
    repeated=st.booleans(),
    cited=st.sampled_from(["", "Die Vorlage 2016/77 wurde am 3.2.2016 beraten.", "siehe Vorlage Nr. 12/2015"]),
)
def test_one_submission_is_no_bundle(pick: int, lines_per_page: int, repeated: bool, cited: str) -> None:
    """Its own number on every page head, another number cited in a sentence: no sign."""
    text, number = NUMBERED[pick]
    pages = paged(text, lines_per_page)
    if repeated:
        pages = [pages[0], *(f"Sitzungsvorlage {number}\n{p}" for p in pages[1:])]
    if cited and len(pages) > 1:
        pages[1] = cited + "\n" + pages[1]
    assert several_submissions(document(pages)) == []


def test_the_seeds_have_numbered_heads() -> None:
    assert len(NUMBERED) >= 2


def test_a_bundle_run_by_a_user_is_in_the_review(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two submissions in one file, as a meeting's bundle: `vorlagen review` names the file."""
    from click.testing import CliRunner
    from helpers import read_table

    from pipeline.cli.main import main

    folder = tmp_path / "stadt"
    folder.mkdir()
    (folder / "sitzung.txt").write_text("\f".join(t for t, _ in NUMBERED[:2]), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--workers", "1", "--format", "csv"])
    assert result.exit_code == 0, result.output
    review = read_table(out, "review")
    (row,) = review[review["reason"] == "several_submissions"].itertuples()
    assert all(n in row.message for _, n in NUMBERED[:2])
    shown = CliRunner().invoke(main, ["review", str(out)])
    assert "mehrere Vorlagen in einer Datei" in shown.output
