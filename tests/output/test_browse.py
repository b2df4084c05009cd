"""One truth in every view: Datasette's canned queries and views count as the report does.

On the sample corpus plus the same submissions as PDF (each submission in three files), each
canned query's answer is compared with the report's own numbers (``pipeline/analysis``):
submissions counted once, only those about an integration concept, the decision by the
report's rule (inferred ones included and marked). Full-text search accepts any text a
person types, in the tables, the views and the canned query. Through Datasette's own client.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.analysis.compare import derive, meetings, prepare, taken
from pipeline.analysis.report_data import COST_LABELS, Data, Evidence, cost_items, euro, sector_members
from pipeline.output.browse import ALL_FILES, QUERIES, VIEWS, build
from pipeline.output.chrome import TEMPLATE_DIR, missing
from pipeline.output.search import PLUGIN_DIR, search_terms
from pipeline.output.store import read_tables
from tests.helpers import RENDERINGS, run_into

datasette_app = pytest.importorskip("datasette.app")

SEARCHES = ("Caritas-Zentrum", "Baden-Württemberg", '"Caritas', "*", "AND", "Integration AND", "NEAR(", "", "-", "'")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed submissions as text and in both PDF renderings: three files per submission."""
    target = tmp_path_factory.mktemp("browse") / "out"
    summary = run_into(target, [p for paths in RENDERINGS.values() for p in paths])
    assert summary.failed_paths == [] and summary.documents == 15
    return target


@pytest.fixture(scope="module")
def report(out: Path) -> Data:
    """The report's data, as ``render_report`` makes it."""
    frames = read_tables(out)
    prep = prepare(frames)
    found = meetings(prep)
    munis = derive(frames, prep, found)["municipalities"]
    return Data(frames, prep, munis, munis["municipality"].tolist(), found, Evidence(frames))


class Client:
    """Datasette over the browsing copy, asked through its own test client."""

    def __init__(self, out: Path) -> None:
        database, metadata = build(out)
        self.ds = datasette_app.Datasette(
            [str(database)],
            metadata=json.loads(metadata.read_text(encoding="utf-8")),
            plugins_dir=str(database.parent / PLUGIN_DIR),
            template_dir=str(database.parent / TEMPLATE_DIR),
        )
        self.loop = asyncio.new_event_loop()

    def get(self, path: str, status: int = 200) -> Any:
        response = self.loop.run_until_complete(self.ds.client.get(path))
        assert response.status_code == status, (path, response.text[:500])
        return response.json() if path.partition("?")[0].endswith(".json") else response.text

    def rows(self, name: str, **params: str) -> list[dict[str, Any]]:
        from urllib.parse import urlencode

        query = urlencode({**params, "_shape": "array", "_size": "max"})
        rows: list[dict[str, Any]] = self.get(f"/vorlagen/{name}.json?{query}")
        return rows


@pytest.fixture(scope="module")
def client(out: Path) -> Iterator[Client]:
    c = Client(out)
    yield c
    c.loop.close()


def test_the_corpus_holds_each_submission_three_times(out: Path) -> None:
    docs = read_tables(out, ["documents"])["documents"]
    assert docs["submission_id"].value_counts().tolist() == [3] * 5
    assert int(taken(docs).sum()) == 5


def test_migrant_organisations_as_the_report_counts_them(client: Client, report: Data) -> None:
    want = {}
    for muni in report.names:
        members = sector_members(report, muni)["migrant_organisation"]
        if members["key"].nunique():
            want[muni] = (int(members["key"].nunique()), set(members["member"]))
    rows = client.rows("migrantenorganisationen")
    got = {r["kommune"]: (r["anzahl"], set(r["mitglieder"].split("; "))) for r in rows}
    assert want and got == want


def test_costs_as_the_report_shows_them(client: Client, report: Data) -> None:
    rows = {r["kommune"]: r for r in client.rows("kosten_je_kommune")}
    assert set(rows) == set(report.names)
    for muni in report.names:
        row, facts = rows[muni], report.row(muni)
        total = facts["total_cost_eur"]
        assert row["kosten_eur"] == (None if total is None or total != total else pytest.approx(float(total)))
        # 1 where a paper names external support, else empty as in the report: no statement is no "nein"
        assert row["externe_begleitung"] == (1 if facts["external_support"] is True else None), muni
        assert bool(row["berechnet"]) == bool(facts["cost_total_computed"]), muni
        items = [f"{COST_LABELS[i['type']]} {euro(i['amount'])}" for i in cost_items(report, muni)]
        assert (row["betraege"].split("; ") if row["betraege"] else []) == items, muni


def test_decisions_as_the_report_takes_them_inferred_ones_marked(client: Client, report: Data) -> None:
    want = {
        (r["municipality"], r["decision_date"], bool(r["decision_inferred"]))
        for r in report.munis.to_dict("records")
        if isinstance(r["decision_date"], str)
    }
    rows = client.rows("entscheidungen")
    assert {(r["kommune"], r["sitzung"], bool(r["erschlossen"])) for r in rows} == want
    assert len(rows) == len(want) == 4 and any(r["erschlossen"] for r in rows)
    assert all(r["beschluss"].startswith("erschlossen") == bool(r["erschlossen"]) for r in rows)


@pytest.mark.parametrize("words", ["Caritas-Zentrum", "Baden-Württemberg", "Steuerungsgruppe"])
def test_full_text_search_finds_each_counted_submission_once(client: Client, out: Path, words: str) -> None:
    docs = read_tables(out, ["documents"])["documents"]
    counted = docs[taken(docs).to_numpy()]
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, re.split(r"\W+", words))) + r"\b", re.IGNORECASE)
    texts = {d: (out / "text" / f"{d}.txt").read_text(encoding="utf-8") for d in counted["doc_id"]}
    want = sorted(d for d, text in texts.items() if pattern.search(text))
    hits = client.rows("volltextsuche", suche=words)
    assert want and sorted(r["doc_id"] for r in hits) == want


@pytest.mark.parametrize("text", SEARCHES)
def test_any_text_a_person_types_is_searched(client: Client, text: str) -> None:
    client.rows("volltextsuche", suche=text)
    for table in ("texte", "belege", *VIEWS, *(ALL_FILES + v for v in VIEWS)):
        client.rows(table, _search=text)


def test_search_in_a_view_finds_its_rows(client: Client) -> None:
    found = client.rows("mitglieder", _search="Caritas-Zentrum")
    assert found and all(re.search(r"Caritas\W+Zentrum", r["mitglied"] + " " + r["beleg"], re.I) for r in found)
    every = client.rows(ALL_FILES + "mitglieder", _search="Caritas-Zentrum")
    assert len(every) == 3 * len(found)
    page = client.get("/vorlagen/mitglieder?_search=Caritas-Zentrum")
    assert 'name="_search"' in page


def test_views_count_submissions_and_carry_what_to_filter_on(client: Client, out: Path) -> None:
    for view in VIEWS:
        counted, every = client.rows(view), client.rows(ALL_FILES + view)
        assert {"vorgang", "relevant", "gezaehlt", "dateien"} <= set(every[0])
        assert counted and all(r["gezaehlt"] == 1 and r["relevant"] == 1 for r in counted)
        assert len(every) == 3 * len(counted), view  # each submission in three files
        assert {r["vorgang"] for r in counted} == {r["vorgang"] for r in every if r["gezaehlt"]}
    decisions = [r for r in client.rows("beratungen") if r["entscheidung_der_kommune"]]
    assert {(r["kommune"], r["sitzung"], bool(r["entscheidung_erschlossen"])) for r in decisions} == {
        (r["kommune"], r["sitzung"], bool(r["erschlossen"])) for r in client.rows("entscheidungen")
    }


def test_papers_the_report_leaves_out_are_left_out_by_default(tmp_path: Path, out: Path) -> None:
    """A file of another subject, and one about an integration concept that names no
    municipality: in the tables and the views over every file, not in the counted views and
    the queries (the report leaves both out)."""
    other = tmp_path / "in"
    other.mkdir()
    (other / "strasse.txt").write_text(
        "Stadt Hildesheim\nVorlage Nr. 77/2021\nDatum: 03.05.2021\n\nBetreff:\nSanierung der Kaiserstraße\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt die Sanierung der Kaiserstraße. Die Kosten betragen 80.000 €.\n",
        encoding="utf-8",
    )
    (other / "ohne_ort.txt").write_text(
        "Sitzungsvorlage\nVorlage Nr. 5/2021\nDatum: 03.05.2021\n\nBetreff:\nErstellung eines Integrationskonzeptes\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt die Erstellung eines Integrationskonzeptes. Dafür werden im "
        "Haushalt Mittel in Höhe von 5.000 € bereitgestellt.\n",
        encoding="utf-8",
    )
    target = tmp_path / "out"
    shutil.copytree(out, target)
    run_into(target, [other])
    c = Client(target)
    try:
        every = {r["vorlage"]: r for r in c.rows(ALL_FILES + "kosten")}
        assert every["77/2021"]["relevant"] == 0 and every["77/2021"]["gezaehlt"] == 0
        assert every["5/2021"]["relevant"] == 1 and every["5/2021"]["gezaehlt"] == 0
        assert every["5/2021"]["kommune"] is None
        assert not {"77/2021", "5/2021"} & {r["vorlage"] for r in c.rows("kosten")}
        assert c.rows("texte", _search="Kaiserstraße") and c.rows("texte", _search="Integrationskonzeptes")
        for name in QUERIES:
            for words in ("Kaiserstraße", "Integrationskonzeptes"):
                said = json.dumps(c.rows(name, suche=words), ensure_ascii=False)
                assert "Hildesheim" not in said and '"5/2021"' not in said, (name, words)
    finally:
        c.loop.close()


def test_every_title_and_description_a_person_reads_is_german(out: Path) -> None:
    meta = json.loads(build(out)[1].read_text(encoding="utf-8"))
    queries = meta["databases"]["vorlagen"]["queries"]
    assert set(queries) == set(QUERIES)
    english = re.compile(r"\b(the|of|and|with|which|each|every|rows?)\b")
    for name, query in queries.items():
        assert query["title"] and query["description"], name
        assert not english.search(query["title"] + " " + query["description"]), name
    tables = meta["databases"]["vorlagen"]["tables"]
    for view in (*VIEWS, *(ALL_FILES + v for v in VIEWS)):
        assert not english.search(tables[view]["title"] + " " + tables[view]["description"]), view
        assert {"vorgang", "relevant", "gezaehlt", "dateien"} <= set(tables[view]["columns"]), view
    assert "entscheidung_erschlossen" in tables["beratungen"]["columns"]


def test_a_copy_made_by_other_views_is_made_again(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.output import browse

    database, _ = build(out)
    before = database.stat().st_mtime_ns
    assert browse.up_to_date(out) and build(out)[0].stat().st_mtime_ns == before
    monkeypatch.setitem(browse.QUERIES, "neu", {"title": "Neu", "sql": "SELECT 1"})
    assert not browse.up_to_date(out)
    build(out)
    assert browse.up_to_date(out)


WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@given(WORDS, st.lists(st.sampled_from(['"', "*", "-", "AND", "OR", "NOT", "NEAR(", ":", "^", "(", ")"]), max_size=4))
def test_any_text_is_a_query_sqlite_takes(text: str, operators: list[str]) -> None:
    """Whatever is typed, with FTS5's operators and quotes mixed in, is a query; the words of
    a row find it."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(t)")
    con.execute("INSERT INTO f VALUES ('Caritas-Zentrum in Baden-Württemberg')")
    typed = " ".join([text, *operators])
    con.execute("SELECT count(*) FROM f WHERE f MATCH ?", (search_terms(typed),)).fetchone()
    for words in ("Caritas-Zentrum", "baden-württemberg", '"Zentrum in"', "Carit*", "Caritas Zentr*"):
        assert con.execute("SELECT count(*) FROM f WHERE f MATCH ?", (search_terms(words),)).fetchone() == (1,)
    for words in ("Caritas Köln", "Caritas AND", "Zentrum Caritas*x", "*"):  # AND is a word here
        assert con.execute("SELECT count(*) FROM f WHERE f MATCH ?", (search_terms(words),)).fetchone() == (0,)


# Datasette's own English on the pages a person opens: none of it may remain
ENGLISH = re.compile(
    r"\b(?:rows?|records|results|Search|Apply|Next page|Advanced export|This data as|View and edit SQL|"
    r"Custom SQL query|Run SQL|Tables|Views|Queries|Powered by|Data source|Suggested facets|descending|"
    r"remove filter|column -|sorted by|where|contains|starts with|Download SQLite|Links from other tables|home|"
    r"took|hide|show)\b"
)


def visible(html: str) -> str:
    """The text of a page a person reads: no scripts, styles, tags, attributes' values, or SQL."""
    html = re.sub(r"(?s)<(script|style|textarea|pre|code)\b.*?</\1>", " ", html)
    html = re.sub(r'(?s)<input type="submit" value="([^"]*)"[^>]*>', r" \1 ", html)  # a button's text
    return re.sub(r"<[^>]+>", " ", html)


def test_every_english_text_of_the_translations_is_in_datasette() -> None:
    """Each text the German templates replace stands in the installed Datasette's templates."""
    assert missing() == []


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/vorlagen",
        "/vorlagen/documents",
        "/vorlagen/documents?relevant=1&_sort_desc=doc_id",
        "/vorlagen/documents?municipality__contains=a&_search=Integration",
        "/vorlagen/mitglieder",
        "/vorlagen/kosten_je_kommune",
        "/vorlagen/kosten_je_kommune?_hide_sql=1",
        "/vorlagen/documents/{doc_id}",
    ],
)
def test_the_served_pages_speak_german(client: Client, out: Path, path: str) -> None:
    if "{doc_id}" in path:
        path = path.format(doc_id=read_tables(out, ["documents"])["documents"]["doc_id"].iloc[0])
    page = client.get(path)
    assert '<html lang="de">' in page
    text = visible(page)
    assert not ENGLISH.findall(text), (path, sorted(set(ENGLISH.findall(text))))
    assert re.search(r"\b(?:Zeilen?|Tabellen|Ansichten|Fertige Abfragen|Diese Daten als|Ergebnisse)\b", text), path
