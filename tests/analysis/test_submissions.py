"""One submission, one entry (pipeline/analysis/submissions.py), and the comparison and
report counting each submission once and only relevant ones (pipeline/analysis/compare.py).

The generator writes a corpus of submissions from one letterhead template, each in one to
three files (plain text; a PDF's text with line-end and soft hyphens, a reordered table, a
checkbox markup; a copy fetched twice), with or without a document number, and supplements
("1. Ergänzung") that repeat most of their original under a number of their own; the groups
must come out exactly.
"""

from __future__ import annotations

import html
import random
import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.analysis import submissions
from pipeline.analysis.compare import compare_frames, left_out
from pipeline.analysis.report import render_report
from pipeline.analysis.submissions import (
    Doc,
    bag_similarity,
    compatible,
    fingerprint,
    groups,
    shingles,
    text_links,
    words,
)
from pipeline.output.tables import frame
from tests.output.test_report import CHROMIUM, chromium

LETTERHEAD = "Gemeinde Nordstadt\nDer Bürgermeister\nFachbereich Bildung und Soziales\nAuskunft erteilt: Frau Muster\n"
WORDS = (
    "Haushalt Planung Sporthalle Kindergarten Straße Kanal Friedhof Feuerwehr Schule Bauhof Spielplatz Radweg "
    "Brücke Beleuchtung Grundstück Vertrag Satzung Gebühr Zuschuss Verein Wohnraum Bücherei Jugendtreff Brunnen "
    "Sanierung Erweiterung Ausschreibung Vergabe Angebot Kosten Förderung Antrag Prüfung Bericht Konzept Ortsrat"
).split()


def sentences(rng: random.Random, n: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 14))) + "." for _ in range(n)]


def body(rng: random.Random, number: str | None, lines: list[str]) -> str:
    head = LETTERHEAD + (f"DS {number}\n" if number else "") + "Beschlussvorlage\n"
    table = "Beratungsfolge Termin\nVerwaltungsausschuss 12.03.2024\nRat 20.03.2024\n"
    return head + table + "\n".join(lines) + "\n"


def rendering(rng: random.Random, text: str, how: str) -> str:
    """The text of the same submission as another file format gives it."""
    if how == "hyphens":  # a PDF's line breaks: a word split at the line end, with hyphen or soft hyphen
        words = text.split(" ")
        for i in range(5, len(words), 9):
            w = words[i]
            if len(w) > 6 and w.isalpha():
                words[i] = w[:3] + rng.choice(["-\n", "\u00ad"]) + w[3:]
        return " ".join(words)
    if how == "table":  # the Beratungsfolge read in another order
        return text.replace(
            "Verwaltungsausschuss 12.03.2024\nRat 20.03.2024", "Rat 20.03.2024 Verwaltungsausschuss\n12.03.2024"
        )
    if how == "checkbox":
        return text.replace(
            "Beschlussvorlage\n", 'Beschlussvorlage\n<input type="checkbox"> Ja <input type="checkbox"> Nein\n'
        )
    return text  # fetched twice


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Doc], dict[str, str], dict[str, str]]:
    """Files, their texts, and the expected submission (a name) of each file."""
    rng = random.Random(draw(st.integers(0, 10**6)))
    n = draw(st.integers(2, 5))
    docs: list[Doc] = []
    texts: dict[str, str] = {}
    expected: dict[str, str] = {}
    for k in range(n):
        number = f"{k + 10}/2024"
        numbered = draw(st.booleans())
        lines = sentences(rng, draw(st.integers(6, 20)))
        text = body(rng, number, lines)
        forms = ["plain_text", *draw(st.lists(st.sampled_from(["hyphens", "table", "checkbox", "twice"]), max_size=2))]
        for j, how in enumerate(forms):
            doc_id = f"d{k}{j}"
            texts[doc_id] = text if how == "plain_text" else rendering(rng, text, how)
            source = "plain_text" if how in ("plain_text", "twice") else "text_layer"
            docs.append(
                Doc(
                    doc_id,
                    f"{doc_id}.{'txt' if source == 'plain_text' else 'pdf'}",
                    "Nordstadt",
                    number if numbered else None,
                    source,
                )
            )
            expected[doc_id] = f"s{k}"
        if draw(st.booleans()):  # a supplement: most of the original again, under its own number
            doc_id = f"e{k}"
            extra = sentences(rng, max(1, len(lines) // 5))
            texts[doc_id] = body(rng, f"{number} 1. Ergänzung", lines[: len(lines) - len(extra)] + extra)
            docs.append(Doc(doc_id, f"{doc_id}.txt", "Nordstadt", f"{number} 1. Ergänzung", "plain_text"))
            expected[doc_id] = f"e{k}"
    return docs, texts, expected


def partition(assigned: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for doc_id, group in assigned.items():
        by.setdefault(group, set()).add(doc_id)
    return {frozenset(v) for v in by.values()}


@given(corpora())
def test_generated_corpora_group_exactly(case: tuple[list[Doc], dict[str, str], dict[str, str]]) -> None:
    docs, texts, expected = case
    found = groups(docs, texts.__getitem__)
    assert partition({d: s for d, (s, _) in found.items()}) == partition(expected)
    for doc_id, (sub, how) in found.items():
        assert (how == "self") == (doc_id == sub)
        members = [d for d in docs if found[d.doc_id][0] == sub]
        primary = next(d for d in docs if d.doc_id == sub)
        # plain text first, then a PDF's text layer; then the first path
        assert min((d.text_source != "plain_text", d.source_path) for d in members) == (
            primary.text_source != "plain_text",
            primary.source_path,
        )


@given(corpora(), st.data())
def test_fingerprints_from_the_workers_group_as_the_texts_do(
    case: tuple[list[Doc], dict[str, str], dict[str, str]], data: st.DataObject
) -> None:
    """Fingerprints made where a text is read (some documents have none: read from earlier
    tables) give the groups of the texts; a text is read only for a pair of candidates."""
    docs, texts, _ = case
    known = {d.doc_id: fingerprint(texts[d.doc_id]) for d in docs if data.draw(st.booleans())}
    read: list[str] = []

    def text(doc_id: str) -> str:
        read.append(doc_id)
        return texts[doc_id]

    assert groups(docs, text, known.get) == groups(docs, texts.__getitem__)
    assert len(read) == len(set(read))  # each text read once at most
    sets = {d.doc_id: set(fingerprint(texts[d.doc_id])) for d in docs}
    sharing = {a for a in sets for b in sets if a != b and sets[a] & sets[b]}
    assert set(read) <= (set(sets) - set(known)) | sharing


def pairwise_links(docs: list[Doc], texts: dict[str, str]) -> list[tuple[str, str]]:
    """:func:`text_links` by its definition, every pair of files compared on its own."""
    sets = {d.doc_id: shingles(words(texts[d.doc_id])) for d in docs}
    files_of = Counter(g for hashes in sets.values() for g in hashes)
    by_id = {d.doc_id: d for d in docs}
    out = []
    for a, b in combinations(sorted(sets), 2):
        n = sum(1 for g in sets[a] & sets[b] if files_of[g] <= submissions.COMMON)
        union = len(sets[a]) + len(sets[b]) - n
        if not n or n / union < submissions.SHARED_GRAMS or not compatible(by_id[a], by_id[b]):
            continue
        if bag_similarity(Counter(words(texts[a])), Counter(words(texts[b]))) >= submissions.SAME_WORDS:
            out.append((a, b))
    return out


@given(corpora(), st.sampled_from([2, 3, submissions.COMMON]))
def test_text_links_are_the_pairs_the_definition_gives(
    case: tuple[list[Doc], dict[str, str], dict[str, str]], common: int
) -> None:
    """The index of shared 5-grams finds the pairs that comparing every two files finds, also
    where boilerplate (a 5-gram in more than ``common`` files) is left out."""
    docs, texts, expected = case
    saved = submissions.COMMON
    submissions.COMMON = common
    try:
        assert text_links(docs, texts.__getitem__) == pairwise_links(docs, texts)
    finally:
        submissions.COMMON = saved
    if common == saved:  # files that are one submission in two renderings are linked
        assert all(expected[a] == expected[b] for a, b in pairwise_links(docs, texts))


def test_two_numbers_are_never_one_submission() -> None:
    text = LETTERHEAD + "\n".join(sentences(random.Random(1), 10))
    docs = [Doc("a", "a.txt", "X", "1/2024", "plain_text"), Doc("b", "b.txt", "X", "2/2024", "plain_text")]
    assert groups(docs, lambda d: text) == {"a": ("a", "self"), "b": ("b", "self")}
    places = [Doc("a", "a.txt", "X", "1/2024", "plain_text"), Doc("b", "b.txt", "Y", "1/2024", "plain_text")]
    assert groups(places, lambda d: "") == {"a": ("a", "self"), "b": ("b", "self")}


# --- the comparison counts relevant submissions once ----------------------------------


def corpus() -> dict[str, pd.DataFrame]:
    """Au: one integration concept as text and as PDF (one submission), and minutes that
    mention it; Bergheim: a submission about a sports hall only."""
    docs: list[dict[str, Any]] = [
        {"doc_id": "a1", "source_path": "au.txt", "municipality": "Au", "text_source": "plain_text"},
        {"doc_id": "a2", "source_path": "au.pdf", "municipality": "Au", "text_source": "text_layer"},
        {"doc_id": "a3", "source_path": "au-niederschrift.pdf", "municipality": "Au", "text_source": "text_layer"},
        {"doc_id": "b1", "source_path": "bergheim.pdf", "municipality": "Bergheim", "text_source": "text_layer"},
    ]
    relevant = {"a1": True, "a2": True, "a3": False, "b1": False}
    subs = {"a1": ("a2", "text"), "a2": ("a2", "self"), "a3": ("a3", "self"), "b1": ("b1", "self")}
    for d in docs:
        d.update(
            relevant=relevant[d["doc_id"]], submission_id=subs[d["doc_id"]][0], submission_match=subs[d["doc_id"]][1]
        )
        d["relevance_evidence"] = (
            "subject: «Integrationskonzept»" if d["relevant"] else "document type «Niederschrift» is no submission"
        )
    costs = [
        {
            "doc_id": doc_id,
            "seq": 1,
            "amount_eur": amount,
            "cost_type": "total",
            "raw_text": "x",
            "page": 1,
            "char_start": 0,
            "char_end": 1,
            "snippet": "x",
        }
        for doc_id, amount in (("a1", 20000.0), ("a2", 20000.0), ("a3", 50000.0), ("b1", 90000.0))
    ]
    members = [
        {
            "doc_id": doc_id,
            "group_id": f"{doc_id}-1",
            "seq": 1,
            "member": name,
            "sector": "politics",
            "page": 1,
            "char_start": 0,
            "char_end": 1,
            "snippet": "x",
        }
        for doc_id, name in (("a1", "Fraktion A"), ("a2", "Fraktion  A."), ("a3", "Fraktion B"))
    ]
    return {
        "documents": frame("documents", docs),
        "costs": frame("costs", costs),
        "steering_group_members": frame("steering_group_members", members),
    }


def test_comparison_counts_relevant_submissions_once() -> None:
    munis = compare_frames(corpus())["municipalities"]
    assert munis["municipality"].tolist() == ["Au"]
    row = munis.iloc[0]
    assert (row["n_documents"], row["n_submissions"], row["source_files"]) == (2, 1, "au.pdf")
    assert row["total_cost_eur"] == 20000.0  # not the minutes' 50.000, not twice
    left = left_out(corpus()["documents"])
    assert left["not_relevant"]["doc_id"].tolist() == ["a3", "b1"]
    assert left["repeated"]["doc_id"].tolist() == ["a1"]


def test_all_documents_takes_every_submission() -> None:
    munis = compare_frames(corpus(), all_documents=True)["municipalities"]
    assert munis["municipality"].tolist() == ["Au", "Bergheim"]
    assert munis["n_submissions"].tolist() == [2, 1]
    assert left_out(corpus()["documents"], all_documents=True)["not_relevant"].empty


def test_report_headline_says_what_was_left_out() -> None:
    html = render_report(corpus())
    head = html[html.index('id="umfang"') : html.index("</p>", html.index('id="umfang"'))]
    assert "1 Kommune" in head and "1 Vorlage" in head and "4 Dateien" in head
    assert "2 Dokumente nicht zum Thema" in head
    assert "1 weitere Datei einer gezählten Vorlage" in head
    assert "50.000" not in html.split('id="belege"')[0]  # the minutes' amount is in no table


# --- the headline as a browser shows it -------------------------------------------------

HEADLINE_PROBE = (
    "<script>const h = document.getElementById('umfang');"
    "const ids = [...h.querySelectorAll('a')].map(a => a.getAttribute('href').slice(1));"
    "document.body.dataset.headline = h.innerText;"
    "document.body.dataset.visible = String(h.offsetHeight > 0 && h.getBoundingClientRect().top < 400);"
    "document.body.dataset.targets = ids.map(i => document.getElementById(i) ? 'ok' : 'missing:' + i).join(',');"
    "</script></body>"
)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH: the browser rendering is not checked")
def test_headline_in_browser(tmp_path: Path) -> None:
    """The headline of a corpus with minutes, an unrelated submission and a submission in two
    files, as Chromium renders it: near the top, with the counts and where the left-out went."""
    report = tmp_path / "report.html"
    report.write_text(render_report(corpus()).replace("</body>", HEADLINE_PROBE), encoding="utf-8")
    dom = chromium(["--dump-dom", report.as_uri()], tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r"<body([^>]*)>", dom.stdout)
    assert body is not None
    attrs = dict(re.findall(r'data-(\w+)="([^"]*)"', body.group(1)))
    headline = html.unescape(attrs["headline"])
    assert headline.startswith("1 Kommune, 1 Vorlage, 4 Dateien.")
    assert "Nicht einbezogen: 2 Dokumente nicht zum Thema" in headline
    assert "1 weitere Datei einer gezählten Vorlage" in headline
    assert attrs["visible"] == "true"
    assert attrs["targets"] and set(attrs["targets"].split(",")) == {"ok"}  # every count links to its documents
    overview = dom.stdout.split('id="uebersicht"')[1].split("</section>")[0]
    assert "Bergheim" not in overview and "50.000" not in overview and "20.000" in overview
