"""fetch-oparl against a local OParl server (tests/generators/oparl_server.py) on 127.0.0.1.

The server's objects are built in code after the official OParl examples and validated
against the official schema in /work/shared/oparl when it is present.
"""

from __future__ import annotations

import csv
import doctest
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.oparl import compare_consultations, manifest_links
from pipeline.oparl.client import Client, ClientSettings
from pipeline.oparl.errors import UnsafePath
from pipeline.oparl.fetch import FetchOptions, FetchSummary, fetch
from pipeline.oparl.names import inside, slugify
from pipeline.oparl.walker import PaperFilter
from tests.generators.oparl_server import (
    GRID,
    SEEDS,
    FixtureFile,
    FixturePaper,
    OParlFixture,
    Site,
    empty_pdf,
    seed_site,
)

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "shared" / "oparl"
FAST = ClientSettings(delay=0, backoff=0.001, max_backoff=0.01, timeout=5)
SEARCH = PaperFilter(("Integrationskonzept",))


def run_fetch(fx: OParlFixture, out: Path, settings: ClientSettings = FAST, **options: Any) -> FetchSummary:
    return fetch(fx.system_url, out, FetchOptions(**options), Client(fx.system_url, settings))


def manifest(out: Path) -> list[dict[str, str]]:
    rows = []
    for path in sorted(out.glob("*/manifest.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            rows += [r | {"folder": path.parent.name} for r in csv.DictReader(fh)]
    return rows


def file_gets(fx: OParlFixture, status: int | None = 200) -> list[str]:
    return [path for path, _, code, _ in fx.hits("/files/") if status is None or code == status]


@pytest.fixture
def server() -> Iterator[OParlFixture]:
    with OParlFixture(seed_site()) as fx:
        yield fx


def one_paper_site(
    *files: FixtureFile,
    reference: str = "1/2024",
    body: tuple[str, str] = ("Stadt Test", "Test"),
    name: str = "Integrationskonzept Test",
) -> Site:
    papers = [
        FixturePaper(f"t{i}", "b", reference, name, "2024-02-01", "Beschlussvorlage", f) for i, f in enumerate(files)
    ]
    return Site({"b": body}, {}, {}, papers)


def test_module_doctests() -> None:
    import pipeline.oparl.client
    import pipeline.oparl.compare
    import pipeline.oparl.fetch
    import pipeline.oparl.model
    import pipeline.oparl.names

    for module in (
        pipeline.oparl.names,
        pipeline.oparl.model,
        pipeline.oparl.client,
        pipeline.oparl.fetch,
        pipeline.oparl.compare,
    ):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


# -- fixtures follow the official schema --------------------------------------------------
def oparl_objects(value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every OParl 1.1 object in a JSON value, embedded ones included: (type name, object)."""
    if isinstance(value, dict):
        m = re.fullmatch(r"https://schema\.oparl\.org/1\.1/(\w+)", str(value.get("type", "")))
        if m:
            yield m.group(1), value
        for v in value.values():
            yield from oparl_objects(v)
    elif isinstance(value, list):
        for v in value:
            yield from oparl_objects(v)


@pytest.fixture(scope="module")
def validators() -> dict[str, Any]:
    if not (SCHEMA_DIR / "schema").is_dir():
        pytest.skip("the OParl schema (/work/shared/oparl) is not available")
    from jsonschema.validators import validator_for

    out = {}
    for path in (SCHEMA_DIR / "schema").glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        out[path.stem] = validator_for(schema)(schema)
    return out


def test_fixture_objects_validate_against_official_schema(validators: dict[str, Any]) -> None:
    site = seed_site()
    site.papers[0].aux.append(FixtureFile("aux", b"%PDF-1.4", "anlage.pdf", text="Anlage"))
    fx = OParlFixture(site)
    try:
        objects = fx.objects()
        pages = [fx.list_page("bodies", {}), fx.list_page("body/landau/papers", {})]
    finally:
        fx.httpd.server_close()
    seen: dict[str, int] = {}
    for name, obj in oparl_objects([objects, pages]):
        errors = [e.message for e in validators[name].iter_errors(obj)]
        assert not errors, (name, obj.get("id"), errors)
        seen[name] = seen.get(name, 0) + 1
    assert {"System", "Body", "Paper", "File", "Consultation", "Meeting", "Organization", "LegislativeTerm"} <= set(
        seen
    )


def test_schema_check_accepts_the_official_examples_and_catches_broken_objects(validators: dict[str, Any]) -> None:
    for path in sorted((SCHEMA_DIR / "examples").glob("*.json")):
        name = path.stem.split("-")[0]
        assert not list(validators[name].iter_errors(json.loads(path.read_text(encoding="utf-8")))), path.name
    paper = json.loads((SCHEMA_DIR / "examples" / "Paper-01.json").read_text(encoding="utf-8"))
    broken = [
        {k: v for k, v in paper.items() if k != "id"},
        paper | {"type": "https://schema.oparl.org/1.1/File"},
        paper | {"consultation": "https://oparl.example.org/consultation/1"},
    ]
    for obj in broken:
        assert list(validators["Paper"].iter_errors(obj))


# -- fetching -------------------------------------------------------------------------
def test_all_matching_papers_are_downloaded_and_the_manifest_is_complete(server: OParlFixture, tmp_path: Path) -> None:
    summary = run_fetch(server, tmp_path, filter=SEARCH)
    rows = manifest(tmp_path)
    pdfs = sorted(GRID.glob("*.pdf"))
    assert summary.files == {"downloaded": len(pdfs)} and summary.papers_kept == len(pdfs)
    assert len(rows) == len(pdfs)
    by_hash = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in pdfs}
    for row in rows:
        path = tmp_path / row["folder"] / row["file_path"]
        assert path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
        seed = SEEDS[by_hash[row["sha256"]].name[:3]]  # the paper this PDF was served for
        assert (row["folder"], row["reference"], row["name"], row["date"], row["paper_type"]) == seed[:5]
        assert row["paper_id"].endswith(f"/paper/p{by_hash[row['sha256']].name[:3]}")
        assert row["status"] == "downloaded" and row["retrieved_at"] and row["file_url"].startswith(server.origin)
        stated = json.loads(row["consultations"])
        expected = [(server.site.organizations[org][1], day, role, auth) for org, day, role, auth in seed[5]]
        assert [(c["organization"], c["meeting_date"], c["role"], c["authoritative"]) for c in stated] == expected
        assert all(c["meeting_url"] and c["organization_url"] for c in stated)
    assert not [p for p in file_gets(server, None) if p.startswith("/files/n")]  # noise papers: no download


@pytest.mark.parametrize(
    "filt, expected",
    [
        pytest.param(PaperFilter(("integrationskonzept", "FORTSCHREIBUNG")), {"p000", "p003"}, id="all-words-any-case"),
        pytest.param(PaperFilter(("Foerderung",)), {"n2"}, id="umlaut-spelled-out"),
        pytest.param(PaperFilter(("Förderung", "Sport")), {"n2"}, id="umlaut"),
        pytest.param(PaperFilter(("500/035",)), {"p000"}, id="reference"),
        pytest.param(PaperFilter(("Integrationskonzept", "Haushalt")), set(), id="no-paper-has-both"),
        pytest.param(PaperFilter((), ("beschlussvorlage",)), {"p003", "p004", "n0", "n2"}, id="paper-type"),
        pytest.param(PaperFilter(("Integrationskonzept",), ("Mitteilungsvorlage",)), set(), id="type-and-search"),
    ],
)
def test_paper_filter(server: OParlFixture, tmp_path: Path, filt: PaperFilter, expected: set[str]) -> None:
    run_fetch(server, tmp_path, filter=filt)
    assert {r["paper_id"].rsplit("/", 1)[-1] for r in manifest(tmp_path)} == expected


def test_second_run_downloads_nothing_new(tmp_path: Path) -> None:
    site = seed_site()
    for i, paper in enumerate(site.papers):  # validators instead of checksums for some files
        assert paper.main is not None
        paper.main.checksum = ("sha1", "none", "sha512")[i % 3]
    with OParlFixture(site) as fx:
        first = run_fetch(fx, tmp_path)
        n = len(site.papers)
        assert first.files == {"downloaded": n}
        before = len(fx.log)
        second = run_fetch(fx, tmp_path)  # incremental: asks for papers modified since the first run
        assert second.papers_seen == 0 and not second.files
        assert all("modified_since=" in q for p, q, _, _ in fx.log[before:] if p.endswith("/papers"))
        assert not file_gets(fx, None)[n:]
        third = run_fetch(fx, tmp_path, full=True)  # every paper again: checksums or 304, no download
        assert third.files == {"unchanged": n}
        assert len(file_gets(fx, 200)) == n
        conditional = fx.hits("/files/", 304)
        assert len(conditional) == sum(1 for p in site.papers if p.main and p.main.checksum == "none") > 0
        assert all("If-None-Match" in headers for *_, headers in conditional)
    assert {r["status"] for r in manifest(tmp_path)} == {"unchanged"}


@pytest.mark.parametrize(
    "modified_later, gets, status",
    [
        pytest.param(False, 1, "unchanged", id="same-modified-no-request"),
        pytest.param(True, 2, "unchanged", id="modified-refetched-same-bytes"),
    ],
)
def test_files_without_checksum_or_validators(tmp_path: Path, modified_later: bool, gets: int, status: str) -> None:
    plain = FixtureFile("plain", b"%PDF-1.4 plain", "plain.pdf", checksum="none", validators=False)
    with OParlFixture(one_paper_site(plain)) as fx:
        run_fetch(fx, tmp_path)
        if modified_later:
            plain.modified = "2024-03-01T10:00:00+01:00"
        assert run_fetch(fx, tmp_path, full=True).files == {status: 1}
        assert len(file_gets(fx)) == gets
        assert not [h for *_, h in fx.hits("/files/") if "If-None-Match" in h or "If-Modified-Since" in h]


def test_failed_revalidation_keeps_the_earlier_copy(tmp_path: Path) -> None:
    plain = FixtureFile("plain", b"%PDF-1.4 plain", "plain.pdf", checksum="none")
    with OParlFixture(one_paper_site(plain)) as fx:
        run_fetch(fx, tmp_path)
        fx.fail["/files/plain"] = 5
        summary = run_fetch(fx, tmp_path, replace(FAST, retries=1), full=True)
    assert summary.files == {"stale": 1} and summary.failed == 1
    row = manifest(tmp_path)[0]
    assert row["status"] == "stale" and "HTTP 500" in row["error"]
    kept = tmp_path / row["folder"] / row["file_path"]
    assert kept.read_bytes() == plain.data and list(manifest_links([kept]).values())[0]["oparl_paper"]


def test_interrupted_run_resumes_where_it_stopped(
    server: OParlFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Client.download
    calls: list[str] = []

    def failing(self: Client, url: str, target: Path, headers: dict[str, str] | None = None) -> Any:
        calls.append(url)
        if len(calls) == 3:  # the third paper of the first body
            raise KeyboardInterrupt
        return original(self, url, target, headers)

    monkeypatch.setattr(Client, "download", failing)
    with pytest.raises(KeyboardInterrupt):
        run_fetch(server, tmp_path)
    done = [r for r in manifest(tmp_path) if r["status"] == "downloaded"]
    assert len(done) == 2 and all((tmp_path / r["folder"] / r["file_path"]).is_file() for r in done)
    assert not list(tmp_path.rglob("*.part"))
    monkeypatch.setattr(Client, "download", original)
    summary = run_fetch(server, tmp_path)
    assert summary.files == {"unchanged": 2, "downloaded": len(server.site.papers) - 2}
    gets = file_gets(server)
    assert sorted(gets) == sorted(set(gets)) and len(gets) == len(server.site.papers)  # nothing twice


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/b", "..", ".", "", "a\\b", "x\x00"])
def test_inside_refuses_names_that_leave_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafePath):
        inside(tmp_path, name)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("Ärztliche Stellungnahme.PDF", "aerztliche-stellungnahme-pdf"),
        ("....", ""),
        ("x" * 500, "x" * 90),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_hostile_names_stay_inside_the_output_folder(tmp_path: Path) -> None:
    data = (GRID / "000_94f1f821c24d8f14.pdf").read_bytes()
    hostile = FixtureFile("evil", data, "../../etc/passwd", name="/etc/passwd", text="../../etc/passwd")
    site = one_paper_site(hostile, reference="../../../etc/passwd", body=("../../..", "/"))
    out = tmp_path / "out"
    with OParlFixture(site) as fx:
        summary = run_fetch(fx, out)
    assert summary.files == {"downloaded": 1}
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(p.resolve().is_relative_to(out.resolve()) for p in written)
    assert all(p.parent.parent == out for p in written)  # <out>/<body>/<file>, nothing deeper
    row = manifest(out)[0]
    assert "/" not in row["file_path"] and ".." not in row["file_path"] and row["folder"].startswith("body-")


def test_server_errors_are_retried_with_backoff(server: OParlFixture, tmp_path: Path) -> None:
    server.fail["/files/v000"] = 2
    server.fail["/oparl/body/landau/papers"] = 1
    waits: list[float] = []
    client = Client(server.system_url, replace(FAST, backoff=0.5, max_backoff=8), sleep=waits.append)
    summary = fetch(server.system_url, tmp_path, FetchOptions(filter=SEARCH), client)
    assert summary.files == {"downloaded": len(list(GRID.glob("*.pdf")))}
    assert [code for p, _, code, _ in server.log if p == "/files/v000"] == [500, 500, 200]
    assert sorted(waits) == [0.5, 0.5, 1.0]  # 0.5 s, then doubled; one wait for the list page


@pytest.mark.parametrize("trouble", ["drop", "stall"])
def test_dropped_connections_and_timeouts_are_retried(tmp_path: Path, trouble: str) -> None:
    data = (GRID / "000_94f1f821c24d8f14.pdf").read_bytes()
    with OParlFixture(one_paper_site(FixtureFile("f", data, "f.pdf"))) as fx:
        getattr(fx, trouble)["/files/f"] = 1
        getattr(fx, trouble)["/oparl/system"] = 1
        fx.stall_seconds = 0.6
        summary = run_fetch(fx, tmp_path, replace(FAST, timeout=0.2))
        assert summary.files == {"downloaded": 1}
        assert len(fx.hits("/files/f")) == 2 and len(fx.hits("/oparl/system")) == 2


def test_retries_are_bounded_and_the_paper_is_retried_next_run(server: OParlFixture, tmp_path: Path) -> None:
    server.fail["/files/v000"] = 3
    summary = run_fetch(server, tmp_path, replace(FAST, retries=1), filter=SEARCH)
    assert summary.files.get("error") == 1 and summary.failed == 1
    assert len(server.hits("/files/v000")) == 2
    row = next(r for r in manifest(tmp_path) if r["paper_id"].endswith("/p000"))
    assert row["status"] == "error" and "HTTP 500" in row["error"] and not row["file_path"]
    # the next (incremental) run lists no modified papers but still retries the failed one
    again = run_fetch(server, tmp_path, filter=SEARCH)
    assert again.files == {"downloaded": 1}
    assert next(r for r in manifest(tmp_path) if r["paper_id"].endswith("/p000"))["status"] == "downloaded"


@pytest.mark.parametrize("how", ["foreign-url", "redirect"])
def test_links_to_other_hosts_are_not_followed_unless_allowed(tmp_path: Path, how: str) -> None:
    data = (GRID / "000_94f1f821c24d8f14.pdf").read_bytes()
    far = FixtureFile("far", data, "far.pdf", foreign=how == "foreign-url", redirect=how == "redirect")
    site = one_paper_site(far)
    with OParlFixture(site) as other, OParlFixture(site, foreign=other) as fx:
        summary = run_fetch(fx, tmp_path / "a")
        assert summary.files == {"skipped" if how == "foreign-url" else "error": 1}
        assert other.log == []
        row = manifest(tmp_path / "a")[0]
        assert "nicht gefolgt" in row["error"] and not row["file_path"]
        allowed = replace(FAST, allow_hosts=(other.origin.split("//")[1],))
        assert run_fetch(fx, tmp_path / "b", allowed).files == {"downloaded": 1}
        assert [code for _, _, code, _ in other.log] == [200]


def test_oparl_10_style_objects_are_accepted(tmp_path: Path) -> None:
    with OParlFixture(seed_site(), version="1.0") as fx:
        paper = fx.objects()["paper/p000"]
        assert "publishedDate" in paper and "date" not in paper and isinstance(paper["mainFile"], str)
        summary = run_fetch(fx, tmp_path, filter=PaperFilter(("500/035/2017",)))
    assert summary.files == {"downloaded": 1}
    row = manifest(tmp_path)[0]
    assert row["date"] == "2017-03-14" and row["file_name"] == "Vorlage 500/035/2017.pdf"
    stated = json.loads(row["consultations"])
    assert [(c["organization"], c["meeting_date"]) for c in stated][-1] == ("Stadtrat", "2017-05-23")
    assert stated[-1]["authoritative"] is True and len(stated) == 5


def test_checksum_mismatch_is_retried_once_then_recorded(tmp_path: Path) -> None:
    bad = FixtureFile("bad", b"%PDF-1.4 content", "bad.pdf", checksum="wrong")
    with OParlFixture(one_paper_site(bad)) as fx:
        summary = run_fetch(fx, tmp_path)
        assert len(file_gets(fx)) == 2
    assert summary.files == {"error": 1}
    row = manifest(tmp_path)[0]
    assert row["status"] == "error" and "sha1" in row["error"]
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in (".pdf", ".part")]


@pytest.mark.parametrize(
    "data, text, expect_txt",
    [
        pytest.param(b"", "Sitzungsvorlage 7/2024\nBetreff: Integrationskonzept", True, id="image-only-pdf"),
        pytest.param(b"%PDF-1.4 broken", "Betreff: Integrationskonzept", True, id="broken-pdf"),
        pytest.param(None, "Betreff: Integrationskonzept", False, id="pdf-with-text-layer"),
        pytest.param(b"", None, False, id="no-text-from-server"),
    ],
)
def test_file_text_is_written_when_the_pdf_cannot_be_read(
    tmp_path: Path, data: bytes | None, text: str | None, expect_txt: bool
) -> None:
    body = (GRID / "000_94f1f821c24d8f14.pdf").read_bytes() if data is None else data or empty_pdf()
    with OParlFixture(one_paper_site(FixtureFile("f", body, "vorlage.pdf", text=text))) as fx:
        run_fetch(fx, tmp_path)
    row = manifest(tmp_path)[0]
    assert row["status"] == "downloaded"
    folder = tmp_path / row["folder"]
    assert bool(row["text_path"]) is expect_txt
    if expect_txt:
        assert (folder / row["text_path"]).read_text(encoding="utf-8") == text
        assert Path(row["text_path"]).stem == Path(row["file_path"]).stem
    assert (folder / row["file_path"]).read_bytes() == body


def test_auxiliary_files_only_on_request(tmp_path: Path) -> None:
    site = one_paper_site(FixtureFile("main", b"%PDF-1.4 a", "a.pdf"))
    site.papers[0].aux = [
        FixtureFile("anl1", b"%PDF-1.4 b", "Anlage 1.pdf"),
        FixtureFile("anl2", b"c", "Anlage 2.docx", mime_type="application/octet-stream"),
    ]
    with OParlFixture(site) as fx:
        assert run_fetch(fx, tmp_path / "a").files == {"downloaded": 1}
        assert run_fetch(fx, tmp_path / "b", auxiliary=True).files == {"downloaded": 3}
    rows = manifest(tmp_path / "b")
    assert [r["file_role"] for r in rows] == ["main", "auxiliary", "auxiliary"]
    assert rows[2]["file_path"].endswith(".docx")


# -- command line -----------------------------------------------------------------------
def test_cli_fetch_oparl(server: OParlFixture, tmp_path: Path) -> None:
    runner = CliRunner()
    args = [
        "fetch-oparl",
        server.system_url,
        "--out",
        str(tmp_path),
        "--delay",
        "0",
        "--body",
        "Leverkusen",
        "--search",
        "integrationskonzept stadt",
    ]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1 behalten" in result.output and "1 heruntergeladen" in result.output
    summary = next(ln for ln in result.output.splitlines() if "behalten" in ln)
    assert summary.startswith("1 Körperschaft(en), ") and "Anfragen; " in summary, summary
    assert not re.search(r"\b(?:bodies|papers|seen|kept|files|downloaded|walk|errors|notes|requests|none)\b", summary)
    assert [r["folder"] for r in manifest(tmp_path)] == ["leverkusen"]
    yesterday = runner.invoke(main, [*args, "--since", "gestern"])
    assert yesterday.exit_code == 2 and "'gestern' ist kein Datum (JJJJ-MM-TT)" in yesterday.output, yesterday.output
    unknown = runner.invoke(main, [*args, "--body", "Atlantis"])
    assert unknown.exit_code == 1 and "keine Körperschaft von " in unknown.output, unknown.output
    assert "passt zu --body 'Atlantis'" in unknown.output
    assert "fetch-oparl" in runner.invoke(main, ["--help"]).output


def test_cli_exit_code_1_when_a_file_fails(tmp_path: Path) -> None:
    with OParlFixture(one_paper_site(FixtureFile("bad", b"x", "bad.pdf", checksum="wrong"))) as fx:
        result = CliRunner().invoke(main, ["fetch-oparl", fx.system_url, "--out", str(tmp_path), "--delay", "0", "-q"])
    assert result.exit_code == 1


# -- linking the extraction to OParl ----------------------------------------------------
@pytest.mark.slow
def test_pipeline_run_on_fetched_folder_links_every_document(
    server: OParlFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.run.runner import run
    from pipeline.settings import Settings

    monkeypatch.chdir(tmp_path)
    server.site.papers[1].main = FixtureFile("scan", empty_pdf(), "scan.pdf", text="Betreff: Integrationskonzept")
    run_fetch(server, Path("data/raw"), filter=SEARCH)
    run([Path("data/raw")], Path("out"), Settings(workers=1, ocr="never"), use_cache=False, progress=False)
    docs = pd.read_csv("out/documents.csv", dtype=str)
    links = manifest_links(docs["source_path"])
    assert set(links) == set(docs["source_path"])
    kinds = sorted(link["kind"] for link in links.values())
    assert kinds.count("text") == 1 and kinds.count("file") >= len(list(GRID.glob("*.pdf")))
    papers = {f"{server.base}/paper/{p.key}": p for p in server.site.papers}
    for doc in docs.itertuples():
        link = links[str(doc.source_path)]
        paper = papers[link["oparl_paper"]]
        assert paper.main is not None
        if link["kind"] == "file":
            assert hashlib.sha256(paper.main.data).hexdigest() == doc.sha256
        else:  # the File.text written beside the unreadable PDF
            assert Path(str(doc.source_path)).suffix == ".txt" and paper.main.key == "scan"
        assert [c["meeting_date"] for c in link["consultations"]] == [
            server.site.meetings[c.meeting][2][:10] for c in paper.consultations
        ]
    assert manifest_links([Path("data/raw")]).keys() >= links.keys()
    cons = pd.read_csv("out/consultations.csv", dtype=str)
    issues = compare_consultations(docs, cons, links)
    assert list(issues.columns[:6]) == ["doc_id", "source_path", "oparl_paper", "body", "meeting_date", "issue"]
    assert set(issues["doc_id"]) <= set(docs["doc_id"])
    assert set(issues["issue"]) <= {"missing_in_pdf", "missing_in_oparl", "date_differs"}


def test_manifest_links_leaves_out_files_without_a_manifest_row(server: OParlFixture, tmp_path: Path) -> None:
    run_fetch(server, tmp_path, filter=PaperFilter(("500/035",)))
    stray = tmp_path / "landau" / "stray.pdf"
    stray.write_bytes(b"%PDF-1.4")
    fetched = next((tmp_path / "landau").glob("500-035*.pdf"))
    links = manifest_links([fetched, stray, tmp_path / "missing.pdf"])
    assert len(links) == 1 and next(iter(links.values()))["oparl_paper"].endswith("/paper/p000")


# -- comparing the Beratungsfolge -------------------------------------------------------
@dataclass
class CompareCase:
    pdf: list[tuple[str, str]]
    oparl: list[tuple[str, str, str]]  # organization, short name, meeting date
    expected: list[tuple[str, str, str]]  # body, meeting_date, issue


COMPARE_CASES = {
    "identical": CompareCase(
        [("Sozialausschuss", "2017-04-26"), ("Stadtrat", "2017-05-23")],
        [("Sozialausschuss", "", "2017-04-26"), ("Stadtrat", "", "2017-05-23")],
        [],
    ),
    "date-differs": CompareCase(
        [("Hauptausschuss", "2017-05-09")],
        [("Hauptausschuss", "", "2017-05-10")],
        [("Hauptausschuss", "2017-05-09", "date_differs")],
    ),
    "only-in-pdf": CompareCase(
        [("Stadtvorstand", "2017-02-20"), ("Stadtrat", "2017-05-23")],
        [("Stadtrat", "", "2017-05-23")],
        [("Stadtvorstand", "2017-02-20", "missing_in_oparl")],
    ),
    "only-in-oparl": CompareCase(
        [], [("Ortsbeirat Mitte", "", "2017-03-01")], [("Ortsbeirat Mitte", "2017-03-01", "missing_in_pdf")]
    ),
    "name-variants": CompareCase(
        [
            ("Kinder- und Jugendhilfe-\nausschuss", "2017-11-16"),
            ("Sozialausschuss", "2017-11-20"),
            ("Rat", "2017-12-18"),
        ],
        [
            ("Kinder- und Jugendhilfeausschuss", "", "2017-11-16"),
            ("Ausschuss für Soziales", "", "2017-11-20"),
            ("Rat der Stadt Leverkusen", "", "2017-12-18"),
        ],
        [],
    ),
    "short-name": CompareCase([("HFA", "2020-01-02")], [("Haupt- und Finanzausschuss", "HFA", "2020-01-02")], []),
    "numbered-bodies-differ": CompareCase(
        [("Bezirksvertretung für den Stadtbezirk I", "2017-11-27")],
        [("Bezirksvertretung für den Stadtbezirk II", "", "2017-11-27")],
        [
            ("Bezirksvertretung für den Stadtbezirk I", "2017-11-27", "missing_in_oparl"),
            ("Bezirksvertretung für den Stadtbezirk II", "2017-11-27", "missing_in_pdf"),
        ],
    ),
    "same-day-other-subject": CompareCase(
        [("Schulausschuss", "2017-11-20")],
        [("Ausschuss für Soziales, Gesundheit und Senioren", "", "2017-11-20")],
        [
            ("Schulausschuss", "2017-11-20", "missing_in_oparl"),
            ("Ausschuss für Soziales, Gesundheit und Senioren", "2017-11-20", "missing_in_pdf"),
        ],
    ),
    "date-unknown-on-one-side": CompareCase([("Kreistag", "")], [("Kreistag", "", "2018-07-18")], []),
}


@pytest.mark.parametrize("case", COMPARE_CASES.values(), ids=COMPARE_CASES.keys())
def test_compare_consultations(case: CompareCase) -> None:
    docs = pd.DataFrame({"doc_id": ["d1", "d2"], "source_path": ["raw/a.pdf", "raw/unlinked.pdf"]})
    cons = pd.DataFrame(
        {
            "doc_id": ["d1"] * len(case.pdf) + ["d2"],
            "body": [b for b, _ in case.pdf] + ["Stadtrat"],
            "meeting_date": [d or None for _, d in case.pdf] + ["2000-01-01"],
        }
    )
    stated = [{"organization": o, "organization_short": s, "meeting_date": d} for o, s, d in case.oparl]
    links = {"raw/a.pdf": {"oparl_paper": "https://ris/paper/1", "consultations": stated}}
    got = compare_consultations(docs, cons, links)
    assert sorted(zip(got["body"], got["meeting_date"], got["issue"])) == sorted(case.expected)
    assert set(got["doc_id"]) <= {"d1"} and set(got["oparl_paper"]) <= {"https://ris/paper/1"}
