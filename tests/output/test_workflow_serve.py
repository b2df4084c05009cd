"""`vorlagen serve`: the tables in Datasette on a loopback port, answering a full-text search,
a canned query and a view with the municipality beside every member."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.cli.serve import datasette_command
from pipeline.output.browse import ALL_FILES, QUERIES, VIEWS, build
from pipeline.output.search import search_terms
from tests.helpers import SEED_TEXTS, read_table

pytest.importorskip("datasette")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    out = tmp_path_factory.mktemp("serve") / "out"
    code = CliRunner().invoke(main, ["run", *map(str, SEED_TEXTS), "--out", str(out), "--no-cache", "--workers", "1"])
    assert code.exit_code == 0, code.output
    result = CliRunner().invoke(main, ["serve", str(out), "--prepare-only"])
    assert result.exit_code == 0, result.output
    database, metadata = build(out)
    port = free_port()
    proc = subprocess.Popen(
        datasette_command(database, metadata, "127.0.0.1", port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=5).read()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "datasette did not start"
                time.sleep(0.5)
        yield base, out
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def test_full_text_search_finds_the_documents_that_name_a_word(served: tuple[str, Path]) -> None:
    base, out = served
    found = get(f"{base}/vorlagen/texte.json?_search=Caritas&_shape=array&_col=kommune")
    expected = sorted(
        doc_id
        for doc_id in read_table(out, "documents")["doc_id"]
        if "Caritas" in (out / "text" / f"{doc_id}.txt").read_text()
    )
    assert expected and sorted(r["doc_id"] for r in found) == expected
    assert all(r["kommune"] for r in found)
    evidence = get(f"{base}/vorlagen/belege.json?_search=Caritas&_shape=array")
    assert evidence and all("Caritas" in r["beleg"] for r in evidence)


def test_a_canned_query_answers(served: tuple[str, Path]) -> None:
    base, out = served
    rows = get(f"{base}/vorlagen/entscheidungen.json?_shape=array")
    decided = read_table(out, "municipalities")["decision_date"]
    assert len(rows) == (decided != "").sum()
    assert all(r["kommune"] and r["gremientyp"] for r in rows)
    hits = get(f"{base}/vorlagen/volltextsuche.json?suche=Steuerungsgruppe&_shape=array")
    assert hits and all("[Steuerungsgruppe" in r["fundstelle"] for r in hits)
    for text in ("Caritas-Zentrum", "", '"'):  # the server loads the plugin that makes any text a query
        get(f"{base}/vorlagen/volltextsuche.json?suche={urllib.parse.quote(text)}&_shape=array")
        get(f"{base}/vorlagen/texte.json?_search={urllib.parse.quote(text)}&_shape=array")


def test_views_put_the_municipality_beside_every_member(served: tuple[str, Path]) -> None:
    base, out = served
    rows = get(f"{base}/vorlagen/mitglieder.json?_shape=array&_size=max")
    members = read_table(out, "steering_group_members")
    munis = dict(zip(read_table(out, "documents")["doc_id"], read_table(out, "documents")["municipality"]))
    assert len(rows) == len(members)
    assert all(r["kommune"] == munis[r["doc_id"]] for r in rows)
    labels = {r["sektor_code"]: r["sektor"] for r in rows}
    assert labels.get("administration") == "Verwaltung"
    facets = get(f"{base}/vorlagen/mitglieder.json?_size=0")["facet_results"]
    assert {"land", "sektor"} <= set(facets)


def test_the_browsing_database_has_every_view_and_query(served: tuple[str, Path]) -> None:
    _, out = served
    database, metadata = build(out)
    with sqlite3.connect(database) as con:
        con.create_function("escape_fts", 1, search_terms)
        for name in VIEWS:
            con.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
            con.execute(f'SELECT * FROM "{ALL_FILES}{name}" LIMIT 1').fetchall()
        for query in QUERIES.values():
            con.execute(query["sql"], {"suche": "Integration"}).fetchall()
    meta = json.loads(metadata.read_text(encoding="utf-8"))
    assert set(QUERIES) == set(meta["databases"]["vorlagen"]["queries"])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_a_screenshot_of_the_search(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = served
    target = tmp_path / "serve.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1400,1000",
            f"--screenshot={target}",
            f"{base}/vorlagen/belege?_search=Caritas",
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 10_000
