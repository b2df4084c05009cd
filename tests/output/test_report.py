"""The HTML report: self-contained, every chart with every municipality, every value linked
to its evidence; rendered in headless Chromium where it is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.analysis.report import render_report
from pipeline.cli.main import main
from pipeline.output.store import write_tables
from tests.analysis.test_compare import frames_of, gold_frames
from tests.helpers import RAW, run_into
from tests.helpers import SEED_MUNICIPALITIES as NAMES

CHARTS = ("handlungsfelder", "beratungsfolge", "steuerungsgruppen", "kosten")
TRICKY = 'Beratungsfolge <Gremium> & „Rat“ "ö"'  # a snippet that needs escaping
ARTIFACTS = Path(__file__).parents[1] / "artifacts"
MAX_BYTES = 3 * 1024 * 1024


class Page(HTMLParser):
    """Collects what the tests look at: sections with their SVG text, links, ids, cells."""

    def __init__(self) -> None:
        super().__init__()
        self.section: str | None = None
        self.svg_text: dict[str, list[str]] = {}
        self.svgs: dict[str, int] = {}
        self.in_svg = 0
        self.ids: set[str] = set()
        self.cells: list[tuple[str | None, list[str]]] = []  # (section, hrefs in the cell)
        self.cell: list[str] | None = None
        self.external: list[str] = []
        self.tags: set[str] = set()
        self.evidence: dict[str, list[str]] = {}
        self.entry: str | None = None
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "section":
            self.section = a.get("id")
        if a.get("id"):
            self.ids.add(str(a["id"]))
            if str(a["id"]).startswith("ev-"):
                self.entry = str(a["id"])
                self.evidence[self.entry] = []
        if tag == "svg":
            self.in_svg += 1
            self.svgs[str(self.section)] = self.svgs.get(str(self.section), 0) + 1
        if tag == "tbody":
            self.in_body = True
        if tag == "td" and self.in_body:  # values; row labels are <th>
            self.cell = []
            self.cells.append((self.section, self.cell))
        if tag == "a" and self.cell is not None:
            self.cell.append(str(a.get("href")))
        for key in ("src", "href", "xlink:href"):
            value = a.get(key) or ""
            if value and not value.startswith("#"):
                self.external.append(f"{tag} {key}={value}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.in_svg -= 1
        if tag == "td":
            self.cell = None
        if tag == "tbody":
            self.in_body = False

    def handle_data(self, data: str) -> None:
        if self.in_svg:
            self.svg_text.setdefault(str(self.section), []).append(data)
        if self.entry and self.section == "belege":
            self.evidence[self.entry].append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def with_review(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The gold tables with confidences (a few values low) and review rows, as a run writes them."""
    from pipeline.output.tables import frame
    from pipeline.schema import FACT_TABLES

    out = dict(frames)
    for name in FACT_TABLES:
        rows = frames[name].to_dict("records")
        for i, r in enumerate(rows):
            r["method"] = "table.tab" if name == "consultations" else "list"
            r["confidence"] = 0.31 if i in (0, 5) and name in ("consultations", "costs") else 0.95
        out[name] = frame(name, rows)
    docs = frames["documents"]
    first, second = docs["doc_id"].iloc[0], docs["doc_id"].iloc[1]
    out["review"] = frame(
        "review",
        [
            {
                "doc_id": first,
                "seq": 1,
                "reason": "consultation_heading_without_rows",
                "page": 1,
                "char_start": 0,
                "char_end": len(TRICKY),
                "snippet": TRICKY,
                "message": "Beratungsfolge with 2 row(s); no consultation",
            },
            {
                "doc_id": first,
                "seq": 2,
                "reason": "low_ocr_confidence",
                "page": 2,
                "char_start": 40,
                "char_end": 48,
                "snippet": "Seite 2",
                "message": "page 2 read by OCR with a mean word confidence of 55",
            },
            {
                "doc_id": second,
                "seq": 1,
                "reason": "no_municipality",
                "page": 1,
                "char_start": 0,
                "char_end": 5,
                "snippet": "Stadt",
                "message": "no municipality was found",
            },
        ],
    )
    return out


@pytest.fixture(scope="module")
def gold_html() -> str:
    return render_report(with_review(gold_frames(copies=4)), "tests/gold")


@pytest.mark.parametrize("chart", CHARTS)
def test_every_chart_has_every_municipality(gold_html: str, chart: str) -> None:
    page = parse(gold_html)
    assert page.svgs.get(chart) == 1
    text = " ".join(page.svg_text[chart])
    missing = [n for n in NAMES if n not in text]
    assert not missing


def test_every_table_value_links_to_evidence(gold_html: str) -> None:
    page = parse(gold_html)
    cells = page.cells
    assert len(cells) > 300
    unlinked = [sec for sec, hrefs in cells if not hrefs]
    assert not unlinked
    targets = {h for _, hrefs in cells for h in hrefs}
    assert all(h.startswith("#ev-") and h[1:] in page.ids for h in targets)


def test_evidence_points_at_the_source_text(gold_html: str) -> None:
    """The decision cell of Leverkusen leads to the Beratungsfolge row of the seed text."""
    row = re.search(r"<tr><th>.{0,200}?>Leverkusen</a></th>(.*?)</tr>", gold_html)
    assert row
    decision = re.findall(r'<a class="ev" href="#(ev-\d+)">([^<]*)</a>', row.group(1))[4]
    assert decision[1] == "18.12.2017"
    entry = " ".join(parse(gold_html).evidence[decision[0]])
    seed = (RAW / "004_ff3983e8347dd6ec.txt").read_text(encoding="utf-8")
    line = next(ln for ln in seed.splitlines() if ln.startswith("Rat der Stadt Leverkusen\t18.12.2017"))
    assert line in entry
    assert entry.count("004_ff3983e8347dd6ec") == 4  # all four renderings


def test_numbers_in_tables(gold_html: str) -> None:
    assert "21.568,75 €" in gold_html  # Landau's estimated fee, Kösters
    assert ">92</a>" in gold_html and ">34</a>" in gold_html
    heat = gold_html.split('id="handlungsfelder"')[1].split("</section>")[0]
    body = heat.split("<tbody>")[1]
    # Leverkusen is the third column; 12 codes are named (gold action_fields)
    rows = re.findall(r"<tr>(.*?)</tr>", body)
    third = [re.findall(r">([01])</a>", r)[2] for r in rows]
    assert third.count("1") == 12


def test_self_contained(gold_html: str) -> None:
    page = parse(gold_html)
    assert not page.external
    assert not page.tags & {"script", "link", "img", "iframe", "object"}
    assert "url(" not in gold_html and "@import" not in gold_html
    assert re.findall(r"https?://[^\"' ]+", gold_html) == ["http://www.w3.org/2000/svg"] * 4
    assert len(gold_html.encode("utf-8")) < MAX_BYTES


def test_deterministic() -> None:
    assert render_report(gold_frames(copies=2)) == render_report(gold_frames(copies=2))


def test_print_css(gold_html: str) -> None:
    assert "@page{size:A4" in gold_html and "@media print" in gold_html
    assert '<html lang="de">' in gold_html


@pytest.mark.parametrize(
    "frames",
    [
        pytest.param({}, id="empty-corpus"),
        pytest.param(frames_of([{"doc_id": "a", "municipality": 'A & B "Stadt" <Nord>'}]), id="name-needs-escaping"),
        pytest.param(
            frames_of(
                [{"doc_id": "a", "municipality": "Astadt"}],
                consultations=[{"doc_id": "a", "body": "Rat", "meeting_date": None, "body_type": "council"}],
            ),
            id="undated-consultation",
        ),
    ],
)
def test_unusual_inputs_render(frames: dict[str, pd.DataFrame]) -> None:
    html = render_report(frames)
    page = parse(html)
    assert page.svgs == {c: 1 for c in CHARTS}
    if frames and len(frames["documents"]) and "&" in str(frames["documents"]["municipality"][0]):
        assert 'A & B "Stadt" <Nord>' in " ".join(page.svg_text["kosten"])
        assert "<Nord>" not in html


def section(html: str, sid: str) -> str:
    return html.split(f'id="{sid}"')[1].split("</section>")[0]


def test_section_to_check_lists_the_documents_worst_first(gold_html: str) -> None:
    check = section(gold_html, "pruefen")
    assert "<h2>Zu prüfen</h2>" in check and 'href="#pruefen"' in gold_html
    heads = re.findall(r'<th rowspan="\d+"><a class="ev" href="#ev-\d+">([^<]*)</a></th>', check)
    # the missing municipality (and a value of low confidence) outweighs an unpaired Beratungsfolge and an
    # OCR page (and a value of low confidence): the most consequential sign first, not the most signs
    assert len(heads) >= 2 and "(2 Gründe" in heads[0] and "(3 Gründe" in heads[1], heads
    assert "nicht im Vergleich gezählt" not in " ".join(heads[:2])
    assert "Beratungsfolge ohne erkannte Beratungen" in check and "keine Kommune erkannt" in check
    assert "Wert mit niedriger Konfidenz" in check
    assert TRICKY not in gold_html  # document text is escaped
    assert "Beratungsfolge &lt;Gremium&gt; &amp; „Rat“ &quot;ö&quot;" in check
    page = parse(gold_html)
    linked = [hrefs for sec, hrefs in page.cells if sec == "pruefen"]
    assert linked and all(hrefs for hrefs in linked)
    entry = " ".join(page.evidence[linked[0][0][1:]])
    assert "Zeichen 0–" in entry  # the review row's own evidence


def test_each_chart_counts_its_values_of_low_confidence(gold_html: str) -> None:
    notes = {c: re.search(r'<figcaption class="conf">(.*?)</figcaption>', section(gold_html, c)) for c in CHARTS}
    assert all(notes.values())
    n_cons = len(gold_frames(copies=4)["consultations"])
    assert f">2 von {n_cons} Beratungen</a> mit Konfidenz unter 0,5" in notes["beratungsfolge"].group(1)
    assert "Alle" in notes["handlungsfelder"].group(1) and "ab 0,5" in notes["handlungsfelder"].group(1)
    strict = render_report(with_review(gold_frames()), threshold=0.99)
    assert "Alle" not in section(strict, "handlungsfelder").split("figcaption")[1]
    plain = render_report(gold_frames())  # tables of an older run: no confidence column
    assert "nicht angegeben" in section(plain, "kosten")
    assert "Keine Hinweise" in section(plain, "pruefen")


def test_report_command_writes_file(tmp_path: Path) -> None:
    write_tables(gold_frames(), tmp_path, ("csv",))
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.html").exists()
    target = tmp_path / "elsewhere" / "r.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--html", str(target)])
    assert result.exit_code == 0 and target.exists()


def test_report_command_needs_run_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "documents.csv" in result.output


@pytest.mark.slow
def test_report_on_sample_corpus(tmp_path: Path) -> None:
    """The real pipeline on the seed texts and PDF renderings: five municipalities in every chart."""
    from pipeline.output.store import read_tables

    run_into(tmp_path, sorted(RAW.glob("*.txt")) + [RAW / "pdf"])
    html = render_report(read_tables(tmp_path))
    assert len(html.encode("utf-8")) < MAX_BYTES
    page = parse(html)
    for chart in CHARTS:
        assert all(n in " ".join(page.svg_text[chart]) for n in NAMES), chart


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH: the browser rendering is not checked")
def test_report_in_browser(tmp_path: Path, gold_html: str) -> None:
    report = tmp_path / "report.html"
    report.write_text(gold_html, encoding="utf-8")
    url = report.as_uri()
    dom = chromium(["--enable-logging=stderr", "--v=0", "--dump-dom", url], tmp_path / "p1")
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [ln for ln in dom.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    assert not console
    for chart in CHARTS:
        part = dom.stdout.split(f'id="{chart}"')[1].split("</section>")[0]
        assert part.count("<svg") == 1, chart
        assert 'class="conf"' in part, chart
    assert "Zu prüfen" in section(dom.stdout, "pruefen") and "<table" in section(dom.stdout, "pruefen")
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report.png"
    shot = chromium([f"--screenshot={png}", "--window-size=1280,4000", url], tmp_path / "p2")
    assert shot.returncode == 0 and png.exists() and png.stat().st_size > 50_000
    # the section "Zu prüfen" on its own: the same page, with the other sections hidden by a style
    alone = tmp_path / "pruefen.html"
    alone.write_text(
        gold_html.replace("</style>", "body>section:not(#pruefen),body>nav,body>p.lead{display:none}</style>"),
        encoding="utf-8",
    )
    png = ARTIFACTS / "report-pruefen.png"
    shot = chromium([f"--screenshot={png}", "--window-size=1280,1400", alone.as_uri()], tmp_path / "p4")
    assert shot.returncode == 0 and png.exists() and png.stat().st_size > 20_000
    pdf = tmp_path / "report.pdf"
    printed = chromium([f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url], tmp_path / "p3")
    assert printed.returncode == 0 and pdf.read_bytes()[:4] == b"%PDF"
    print(f"screenshot: {png}\nprint (A4): {pdf}")


def overview_cells(html: str, muni: str) -> list[str]:
    """The overview's cells of a municipality's row, as text."""
    row = section(html, "uebersicht").split(f">{muni}</a></th>")[1].split("</tr>")[0]
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]


@pytest.mark.parametrize(
    "costs, shown",
    [
        ([{"doc_id": "a", "amount_eur": 27000, "cost_type": "total"}], "27.000 €"),
        (
            [
                {"doc_id": "a", "amount_eur": 10000, "cost_type": "budget", "fiscal_year": 2024},
                {"doc_id": "a", "amount_eur": 10000, "cost_type": "budget", "fiscal_year": 2025},
                {"doc_id": "a", "amount_eur": 15000, "cost_type": "grant"},
            ],
            "20.000 € (berechnet)",
        ),
        (
            [
                {"doc_id": "a", "amount_eur": 15000, "cost_type": "grant"},
                {"doc_id": "a", "amount_eur": 3000, "cost_type": "external_support"},
                {"doc_id": "a", "amount_eur": 500, "cost_type": "material"},
            ],
            "–",
        ),
    ],
    ids=["stated", "computed-over-years", "kinds-not-added"],
)
def test_total_in_the_overview(costs: list[dict[str, object]], shown: str) -> None:
    html = render_report(frames_of([{"doc_id": "a", "municipality": "Astadt"}], costs=costs))
    cells = overview_cells(html, "Astadt")
    assert cells[-2] == shown
    assert cells[-1] == ("ja" if any(c["cost_type"] == "external_support" for c in costs) else "–")
    assert "Beträge verschiedener Art werden nicht addiert" in html


def test_the_costs_table_shows_each_year_s_amount() -> None:
    costs = [{"doc_id": "a", "amount_eur": 10000, "cost_type": "budget", "fiscal_year": y} for y in (2024, 2025)]
    table = section(render_report(frames_of([{"doc_id": "a", "municipality": "Astadt"}], costs=costs)), "kosten")
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[-1])
    years = [re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", r)[3]) for r in rows]
    assert years == ["2024", "2025"]
