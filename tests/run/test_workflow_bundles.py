"""A file holding several submissions (a meeting's bundle): split into its submissions where
the heads at the tops of its pages show new numbers without doubt, each part a document with
its own text, pages and spans, grouped like any file; otherwise read whole, named in the review
with the numbers its page heads show, never grouped with another file and not counted. One
submission that cites other numbers, an attachment with its own number and a Beratungsfolge
listing numbers are no bundle (generators: tests/generators/bundles.py)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import tests.generators.bundles as gen
from pipeline.document import Document
from pipeline.extract.review_signs import several_submissions
from pipeline.extract.rows import extract_file
from pipeline.run.jobs import parts, process_file
from pipeline.settings import Settings
from tests.helpers import RENDERINGS, SEED_TEXTS, read_table

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


def text_document(pages: list[str]) -> Document:
    return Document.from_pages("0123456789abcdef", "sitzung.txt", "0" * 64, [(p, "plain_text", None) for p in pages])


def first_pages(subs: list[gen.Submission]) -> list[int]:
    """The page (1-based) of the file where each submission starts."""
    out, at = [], 1
    for s in subs:
        out.append(at)
        at += len(s.pages())
    return out


def check_split(results: list[dict], subs: list[gen.Submission], file_id: str) -> None:  # type: ignore[type-arg]
    """One result per submission: its doc_id, number, municipality, part, pages and spans."""
    assert [r["doc_id"] for r in results] == [f"{file_id}-{n}" for n in range(1, len(subs) + 1)]
    starts = first_pages(subs)
    for n, (r, s) in enumerate(zip(results, subs, strict=True), start=1):
        row = r["tables"]["documents"][0]
        assert (row["part"], row["bundle"], row["doc_number"]) == (n, True, s.number)
        assert row["municipality"] == s.municipality
        assert row["n_pages"] == len(s.pages())
        assert not [x for x in r["tables"].get("review", []) if x["reason"] == "several_submissions"]
        for name, rows in r["tables"].items():
            for x in rows:
                if "snippet" in x and x.get("char_start") is not None:
                    assert r["text"][x["char_start"] : x["char_end"]] == x["snippet"], name
                    assert starts[n - 1] <= x["page"] < starts[n - 1] + len(s.pages()), name
        assert s.number in r["text"] and all(o.number not in r["text"] for o in subs if o is not s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.bundles())
def test_a_generated_bundle_is_split_into_its_submissions(subs: list[gen.Submission]) -> None:
    doc = text_document(gen.bundle_pages(subs))
    got = extract_file(doc)
    results = [{"doc_id": d.doc_id, "tables": t, "text": d.text} for d, t, _, _ in got]
    check_split(results, subs, doc.doc_id)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.bundles(max_size=3))
def test_a_generated_bundle_as_pdf_is_split(subs: list[gen.Submission]) -> None:
    """The same through the PDF reader: one result for the file, holding its parts'."""
    result = process_file("sitzung.pdf", "sitzung.pdf", Settings(workers=1), gen.pdf(gen.bundle_pages(subs)))
    assert result["tables"] == {} and result["errors"] == []
    check_split(parts(result), subs, result["doc_id"])


def one_document(pages: list[str]) -> dict:  # type: ignore[type-arg]
    (got,) = extract_file(text_document(pages))
    row = got[1]["documents"][0]
    assert row.get("part") is None and row["bundle"] is False
    assert not [x for x in got[1].get("review", []) if x["reason"] == "several_submissions"]
    return row


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.submissions(), gen.numbers(), st.booleans())
def test_a_submission_citing_other_numbers_stays_one(sub: gen.Submission, other: str, at_top: bool) -> None:
    sub.n_pages, sub.cites, sub.cite_at_top = max(2, sub.n_pages), other, at_top
    assert one_document(sub.pages())["doc_number"] == sub.number


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.submissions(), gen.numbers())
def test_an_attachment_with_its_own_number_stays_with_its_submission(sub: gen.Submission, other: str) -> None:
    row = one_document([*sub.pages(), gen.attachment(other)])
    assert (row["doc_number"], row["n_pages"]) == (sub.number, len(sub.pages()) + 1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.submissions(), st.lists(gen.numbers(), min_size=2, max_size=4))
def test_a_beratungsfolge_listing_numbers_is_no_bundle(sub: gen.Submission, earlier: list[str]) -> None:
    sub.history = earlier
    assert one_document(sub.pages())["doc_number"] == sub.number


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.bundles())
def test_a_bundle_behind_an_agenda_is_read_whole_with_the_sign(subs: list[gen.Submission]) -> None:
    """No head on the first page: where the first submission begins is not certain."""
    (got,) = extract_file(text_document([gen.agenda(subs), *gen.bundle_pages(subs)]))
    assert got[1]["documents"][0]["bundle"] is True and got[1]["documents"][0].get("part") is None
    (sign,) = [x for x in got[1]["review"] if x["reason"] == "several_submissions"]
    assert "nicht getrennt (die erste Seite trägt keinen Vorlagenkopf)" in sign["message"]
    assert all(s.number in sign["message"] for s in subs)


def test_a_number_coming_back_is_not_split() -> None:
    """Heads A, B, A: whose are the last pages? The file stays whole."""
    a, b = (
        gen.Submission(
            p,
            "Sitzungsvorlage",
            n,
            "03.05.2021",
            "Sozialamt",
            "Sanierung der Sporthalle Nord",
            "Sozialausschuss",
            1,
            True,
            False,
        )
        for p, n in zip(gen.PLACES, ["2021/0012", "2021/0013"])
    )
    (got,) = extract_file(text_document([*a.pages(), *b.pages(), *a.pages()]))
    (sign,) = [x for x in got[1]["review"] if x["reason"] == "several_submissions"]
    assert "die Nummer 2021/0012 kehrt auf S. 3 wieder" in sign["message"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.submissions(), gen.numbers())
def test_a_head_whose_header_does_not_confirm_it_keeps_the_file_whole(sub: gen.Submission, other: str) -> None:
    """A page headed with another number but without a header block (no subject, no date: a
    statement attached without its "Anlage" line): not a submission of its own, so the file is
    read whole, with the sign saying why."""
    assume(other.casefold() != sub.number.casefold())
    page = "\n".join([f"Drucksache {other}", "", "Stellungnahme des Beirats", *gen.PROSE[:2]])
    (got,) = extract_file(text_document([*sub.pages(), page]))
    row = got[1]["documents"][0]
    assert (row["doc_number"], row["bundle"], row.get("part")) == (sub.number, True, None)
    (sign,) = [x for x in got[1]["review"] if x["reason"] == "several_submissions"]
    assert "nicht getrennt (der Kopf eines Teils nennt nicht seine Nummer mit Betreff oder Datum)" in sign["message"]


def run(folder: Path, out: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli.main import main

    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--workers", "1", "--format", "csv"])
    assert result.exit_code == 0, result.output


def test_a_bundle_and_the_real_submission_make_one_submission(tmp_path: Path) -> None:
    """A meeting's bundle of two seeds beside the first seed's own file: the bundle's first part
    and that file are one submission (same number, same municipality), the second part another;
    no record mixes the two; each part's text is written and its spans point into it."""
    folder = tmp_path / "stadt"
    folder.mkdir()
    (folder / "sitzung.txt").write_text("\f".join(t for t, _ in NUMBERED[:2]), encoding="utf-8")
    (folder / "einzeln.txt").write_text(NUMBERED[0][0], encoding="utf-8")
    out = tmp_path / "out"
    run(folder, out)
    docs = read_table(out, "documents").set_index("doc_id")
    single = docs[docs["source_path"].str.endswith("einzeln.txt")].index[0]
    part1, part2 = sorted(docs[docs["source_path"].str.endswith("sitzung.txt")].index)
    assert docs.loc[part1, "doc_number"] == NUMBERED[0][1] and docs.loc[part2, "doc_number"] == NUMBERED[1][1]
    assert docs.loc[part1, "submission_id"] == docs.loc[single, "submission_id"] != docs.loc[part2, "submission_id"]
    assert docs.loc[part1, "municipality"] != docs.loc[part2, "municipality"]
    assert list(docs["part"].fillna("")) == ["", "1", "2"]
    consultations = read_table(out, "consultations")
    for doc_id, rows in consultations.groupby("doc_id"):
        text = (out / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert all(text[int(a) : int(b)] == s for a, b, s in zip(rows["char_start"], rows["char_end"], rows["snippet"]))
    assert len(read_table(out, "municipalities")) == 2
    review = read_table(out, "review")
    assert "several_submissions" not in set(review["reason"])


def test_a_bundle_read_whole_joins_no_submission_and_is_not_counted(tmp_path: Path) -> None:
    """Behind an agenda the bundle is read whole: it names the first seed's number, yet is not
    grouped with the seed's own file, is left out of the comparison, and `vorlagen review` says why."""
    from click.testing import CliRunner

    from pipeline.cli.main import main

    folder = tmp_path / "stadt"
    folder.mkdir()
    cover = "Einladung zur Sitzung des Rates\n\nTagesordnung:\nTOP 1\tIntegrationskonzept\nTOP 2\tBericht"
    (folder / "sitzung.txt").write_text("\f".join([cover, *(t for t, _ in NUMBERED[:2])]), encoding="utf-8")
    (folder / "einzeln.txt").write_text(NUMBERED[0][0], encoding="utf-8")
    out = tmp_path / "out"
    run(folder, out)
    docs = read_table(out, "documents").set_index("source_path")
    bundle = docs.loc[[p for p in docs.index if p.endswith("sitzung.txt")][0]]
    single = docs.loc[[p for p in docs.index if p.endswith("einzeln.txt")][0]]
    assert bundle["bundle"] == "true" and bundle["submission_id"] != single["submission_id"]
    assert bundle["submission_match"] == "self"
    munis = read_table(out, "municipalities")
    assert list(munis["n_documents"]) == ["1"]
    shown = CliRunner().invoke(main, ["review", str(out)])
    assert "mehrere Vorlagen in einer Datei" in shown.output
    assert "nicht im Vergleich gezählt: mehrere Vorlagen in einer Datei, nicht getrennt" in shown.output


def test_two_seed_pdfs_in_one_file_are_two_submissions(tmp_path: Path) -> None:
    """Two of the sample PDFs joined into one file (one head 'Sitzungsvorlage 500/035/2017', the
    other only 'Nr.: 139/2018' at its top) beside the first one's own PDF: the bundle's first part
    and that PDF are one submission of Landau, the second Lörrach's own; no record has Lörrach
    with Landau's number."""
    from pypdf import PdfWriter

    plain = {p.name[:3]: p for p in RENDERINGS["plain"]}
    folder = tmp_path / "stadt"
    folder.mkdir()
    writer = PdfWriter()
    for stem in ("000", "002"):
        writer.append(str(plain[stem]))
    writer.write(str(folder / "sitzung.pdf"))
    (folder / "einzeln.pdf").write_bytes(plain["000"].read_bytes())
    out = tmp_path / "out"
    run(folder, out)
    docs = read_table(out, "documents")
    got = {(r.municipality, r.doc_number, r.part, r.submission_match) for r in docs.itertuples()}
    assert got == {
        ("Landau in der Pfalz", "500/035/2017", "", "self"),
        ("Landau in der Pfalz", "500/035/2017", "1", "doc_number"),
        ("Lörrach", "139/2018", "2", "self"),
    }
    munis = read_table(out, "municipalities").set_index("municipality")
    assert list(munis.index) == ["Landau in der Pfalz", "Lörrach"] and munis.loc["Lörrach", "n_documents"] == "1"
