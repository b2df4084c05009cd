"""Review rows: signs of a fact the extractors did not capture, and none for a fact they did.

The table-driven cases call :func:`pipeline.extract.review.review_document` with records built by
hand, so they test the signs alone; the generated Beratungsfolge tables and the corpora run
the real extractors.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.analysis.evaluate import similar
from pipeline.cli.main import main
from pipeline.document import Document, Span
from pipeline.extract.review import review_document
from pipeline.extract.rows import extract_document
from pipeline.records import ActionField, Consultation, Cost, Field, Member, Metadata, Record, SteeringGroup
from pipeline.schema import REVIEW_REASONS, columns
from pipeline.structure import view
from tests.helpers import RAW, SEED_TEXTS, SHARED, document, read_table, run_into

CONSULTATION_REASONS = {"consultation_heading_without_rows", "consultation_row_unused"}


def at(doc: Document, snippet: str) -> Span:
    start = doc.text.index(snippet)
    return doc.span(start, start + len(snippet))


# Records named by what they hold; each is made against the case's document.
@dataclass
class Rec:
    kind: str  # consultation | municipality | action_field | cost | group
    snippet: str
    value: str = ""
    date: str | None = None
    members: list[str] = field(default_factory=list)

    def make(self, doc: Document) -> Record:
        span = at(doc, self.snippet)
        if self.kind == "consultation":
            return Consultation(span, body=self.value, body_type="committee", meeting_date=self.date)
        if self.kind == "municipality":
            return Metadata(doc.span(0, 0), fields={"municipality": Field("municipality", self.value, span)})
        if self.kind == "doc_date":
            return Metadata(
                doc.span(0, 0),
                fields={
                    "municipality": Field("municipality", "Astadt", None),
                    "doc_date": Field("doc_date", self.value, span),
                },
            )
        if self.kind == "action_field":
            return ActionField(span, label=self.value, categories=("other",))
        if self.kind == "cost":
            return Cost(span, amount_eur=float(self.value))
        if self.kind == "group":
            return SteeringGroup(span, group_name=self.value, members=[Member(at(doc, m), m) for m in self.members])
        raise ValueError(self.kind)


MUNI = Rec("municipality", "Stadt Astadt", "Astadt")
HEAD = "Stadt Astadt\nSitzungsvorlage\n\n"


@dataclass
class Case:
    id: str
    text: str
    records: list[Rec]
    expected: set[str]
    ocr: list[float | None] | None = None
    failed: tuple[str, ...] = ()


CASES = [
    Case(
        "heading-with-garbled-rows-and-no-consultation",
        HEAD + "Beratungsfolge:\nGremium\tDatum\tZuständigkeit\n"
        "Sozialausschuss\t12.O3.2018\tVorberatung\nStadtrat\t2l.03.20l8\tEntscheidung\n\nBegründung:\nText.",
        [MUNI],
        {"consultation_heading_without_rows"},
    ),
    Case(
        "heading-with-rows-extracted",
        HEAD + "Beratungsfolge:\nGremium\tDatum\tZuständigkeit\n"
        "Sozialausschuss\t12.03.2018\tVorberatung\nStadtrat\t21.03.2018\tEntscheidung\n\nBegründung:\nText.",
        [
            MUNI,
            Rec("consultation", "Sozialausschuss\t12.03.2018\tVorberatung", "Sozialausschuss", "2018-03-12"),
            Rec("consultation", "Stadtrat\t21.03.2018\tEntscheidung", "Stadtrat", "2018-03-21"),
        ],
        set(),
    ),
    Case(
        "one-row-of-two-missed",
        HEAD + "Beratungsfolge:\nGremium\tDatum\tZuständigkeit\n"
        "Sozialausschuss\t12.03.2018\tVorberatung\nStadtrat\t2l.O3.2018\tEntscheidung\n\nBegründung:\nText.",
        [MUNI, Rec("consultation", "Sozialausschuss\t12.03.2018\tVorberatung", "Sozialausschuss", "2018-03-12")],
        {"consultation_row_unused"},
    ),
    Case(
        "body-split-over-the-date-line-missed",
        HEAD + "Beratungsfolge\nGremium  Sitzung am  Rolle\n"
        "Kinder- und Jugendhilfe-\n 12.03.2018  Vorberatung\nausschuss\nStadtrat  21.03.2018  Beschluss\n\nText.",
        [MUNI, Rec("consultation", "Stadtrat  21.03.2018  Beschluss", "Stadtrat", "2018-03-21")],
        {"consultation_row_unused"},
    ),
    Case(
        "same-date-row-covered-by-date",
        HEAD + "Beratungsfolge:\nSozialausschuss\n12.03.2018\nVorberatung\n\nText.",
        [MUNI, Rec("consultation", "Sozialausschuss", "Sozialausschuss", "2018-03-12")],
        set(),
    ),
    Case(
        "empty-beratungsfolge-label-then-prose",
        HEAD + "Beratungsfolge\n\n1. Ausgangslage\n\nIm Mai 2018 wurde dem "
        "Sozialausschuss ein Integrationsbericht vorgestellt. Auf\ndessen Grundlage sollte ein Konzept entstehen.",
        [MUNI],
        set(),
    ),
    Case(
        "beratungsfolge-opening-a-sentence",
        HEAD + "Beratungsfolge und Zeitplan der Fortschreibung wurden im "
        "Sozialausschuss am 12.03.2018 ausführlich besprochen und sollen nun beschlossen werden.",
        [MUNI],
        set(),
    ),
    Case(
        "top-line-body-and-date",
        HEAD + "Kurzübersicht zur Bekanntgabe im Kommunalausschuss am 04.02.2021\nÖffentliche Sitzung\n\nText.",
        [MUNI],
        {"body_date_unused"},
    ),
    Case(
        "top-line-used-by-a-consultation",
        HEAD + "Kurzübersicht zur Bekanntgabe im Kommunalausschuss am 04.02.2021\nÖffentliche Sitzung\n\nText.",
        [MUNI, Rec("consultation", "Kommunalausschuss am 04.02.2021", "Kommunalausschuss", "2021-02-04")],
        set(),
    ),
    Case(
        "top-line-prose-mention",
        HEAD + "Anlass\tFür die Beschleunigung von Verfahren hat\nder Stadtrat am "
        "20.07.2016 der dauerhaften Einrichtung zusätzli-\ncher Stellen zugestimmt.",
        [MUNI],
        set(),
    ),
    Case(
        "top-line-letter-date",
        "Stadtteilbeirat Büchenbach\tAstadt, den 23.11.2022\nStadt Astadt\n\nText.",
        [MUNI],
        set(),
    ),
    Case(
        "top-line-document-date",
        HEAD + "Sozialausschuss 14.03.2017\n\nText.",
        [Rec("doc_date", "14.03.2017", "2017-03-14")],
        set(),
    ),
    Case(
        "top-line-executive-reference",
        HEAD + "gemäß Vollmacht des Oberbürgermeisters vom 09.04.2018\n\nText.",
        [MUNI],
        set(),
    ),
    Case(
        "group-members-listed-none-extracted",
        HEAD + "Es wird eine Steuerungsgruppe eingerichtet. Sie setzt sich "
        "wie folgt zusammen:\n- Sozialamt\n- Jugendamt\n- Caritas\n\nText.",
        [MUNI, Rec("group", "Es wird eine Steuerungsgruppe eingerichtet.", "Steuerungsgruppe")],
        {"steering_group_without_members"},
    ),
    Case(
        "group-members-enumerated-in-a-sentence",
        HEAD + "Zur Begleitung soll eine Steuerungsgruppe eingerichtet "
        "werden. Ihr sollen das Sozialamt, der Helferkreis Asyl, die Caritas und das Landratsamt angehören.",
        [MUNI, Rec("group", "Zur Begleitung soll eine Steuerungsgruppe eingerichtet werden.", "Steuerungsgruppe")],
        {"steering_group_without_members"},
    ),
    Case(
        "group-members-extracted",
        HEAD + "Es wird eine Steuerungsgruppe eingerichtet. Sie setzt sich wie folgt "
        "zusammen:\n- Sozialamt\n- Jugendamt\n\nText.",
        [
            MUNI,
            Rec(
                "group",
                "Es wird eine Steuerungsgruppe eingerichtet.",
                "Steuerungsgruppe",
                members=["Sozialamt", "Jugendamt"],
            ),
        ],
        set(),
    ),
    Case(
        "group-named-in-passing",
        HEAD + "Die Steuerungsgruppe Integration sowie die Koordinierungsgruppe Integration "
        "wurden von Beginn an in den Prozess involviert.",
        [MUNI, Rec("group", "Die Steuerungsgruppe Integration", "Steuerungsgruppe Integration")],
        set(),
    ),
    Case(
        "group-with-a-count-only",
        HEAD + "- Steuerungsgruppe (Mitglieder aus der Verwaltung - 7 Personen)\nAustausch mit dem Moderationsteam",
        [MUNI, Rec("group", "Steuerungsgruppe (Mitglieder", "Steuerungsgruppe")],
        set(),
    ),
    Case(
        "action-fields-list-none-extracted",
        HEAD + "Folgende Handlungsfelder wurden definiert:\n- Sprache\n- Bildung\n- Arbeit\n\nText.",
        [MUNI],
        {"action_fields_without_labels"},
    ),
    Case(
        "action-fields-in-a-sentence",
        HEAD + "Die Maßnahmen verteilen sich auf die Handlungsfelder Sprache, "
        "Bildung und Ausbildung, Arbeit, Wohnen sowie Gesundheit.",
        [MUNI],
        {"action_fields_without_labels"},
    ),
    Case(
        "action-field-headings",
        HEAD + "Handlungsfeld 1: Sprache\nText dazu.\n\nHandlungsfeld 2: Bildung\nText.",
        [MUNI],
        {"action_fields_without_labels"},
    ),
    Case(
        "action-fields-extracted",
        HEAD + "Folgende Handlungsfelder wurden definiert:\n- Sprache\n- Bildung\n",
        [MUNI, Rec("action_field", "Sprache", "Sprache")],
        set(),
    ),
    Case(
        "action-fields-named-without-list",
        HEAD + "Identifizierung von Handlungsfeldern\n- Begleitgruppe\nEinbezug von Kreisräten",
        [MUNI],
        set(),
    ),
    Case("finance-yes", HEAD + "Finanzielle Auswirkungen: ja\n\nText.", [MUNI], {"financial_impact_without_amount"}),
    Case(
        "finance-checked-yes",
        HEAD + 'Finanzielle Auswirkungen\t<input type="checkbox"/> nein '
        '<input checked="" type="checkbox"/> ja, siehe Begründung\n',
        [MUNI],
        {"financial_impact_without_amount"},
    ),
    Case(
        "finance-checked-none",
        HEAD + 'Finanzielle Auswirkungen\t<input checked="" type="checkbox"/> keine '
        'finanziellen Auswirkungen <input type="checkbox"/> ja\n',
        [MUNI],
        set(),
    ),
    Case("finance-unmarked-choice", HEAD + "■ **Finanzielle Auswirkungen:** nein ja,\n", [MUNI], set()),
    Case("finance-no", HEAD + "Finanzielle Auswirkungen: nein\n", [MUNI], set()),
    Case(
        "finance-yes-with-cost",
        HEAD + "Finanzielle Auswirkungen: ja\nKosten 20.000 €\n",
        [MUNI, Rec("cost", "20.000 €", "20000")],
        set(),
    ),
    Case("low-ocr-page", HEAD + "\fSeite zwei", [MUNI], {"low_ocr_confidence"}, ocr=[91.0, 55.0]),
    Case("good-ocr-pages", HEAD + "\fSeite zwei", [MUNI], set(), ocr=[91.0, 85.0]),
    Case("no-municipality", "Sitzungsvorlage\nAstadt, den 12.03.2018\n\nText.", [], {"no_municipality"}),
    Case("extractor-failed", HEAD + "Text.", [], {"extractor_failed"}, failed=("metadata",)),
    Case("empty-text", "", [], set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_review_signs(case: Case) -> None:
    doc = document(case.text, case.ocr)
    records = [r.make(doc) for r in case.records]
    items = review_document(doc, records, view(doc), case.failed)
    assert {i.reason for i in items} == case.expected, [(i.reason, i.span.snippet, i.message) for i in items]
    assert len(items) == len({i.reason for i in items})  # one per reason
    for i in items:
        assert doc.text[i.span.start : i.span.end] == i.span.snippet and i.message
        assert i.reason in REVIEW_REASONS


def test_no_municipality_points_at_the_letter_place() -> None:
    doc = document("Sitzungsvorlage\nAstadt, den 12.03.2018\n\nText.")
    (item,) = review_document(doc, [], view(doc))
    assert item.span.snippet == "Astadt" and "Astadt" in item.message


# --- generated Beratungsfolge tables, some rows unreadable on purpose ---------------------

BODIES = [
    "Sozialausschuss",
    "Kinder- und Jugendhilfeausschuss",
    "Haupt- und Finanzausschuss",
    "Stadtrat",
    "Integrationsrat",
    "Kreistag",
    "Ausschuss für Soziales und Gesundheit",
    "Bezirksbeirat Nord",
    "Gemeinderat",
]
HEADERS = {
    "body": ["Gremium", "Beratungsfolge", "Organ"],
    "date": ["Datum", "Sitzung am", "Termin"],
    "role": ["Zuständigkeit", "Rolle", "Beratungsart"],
    "public": ["Status", "Ö/N"],
}
ROLES = ["Vorberatung", "Beratung", "Entscheidung", "Kenntnisnahme"]


@dataclass
class Row:
    body: str
    date: str  # ISO
    spoilt: str = ""  # "date" | "body" | ""


def garble(dmy: str, rnd: random.Random) -> str:
    """A date as OCR spoils it: O for 0, l for 1, a comma for a point."""
    kind = rnd.choice(["O", "l", ","])
    if kind == "O" and "0" in dmy:
        return dmy.replace("0", "O", 1)
    if kind == "l" and "1" in dmy:
        return dmy.replace("1", "l", 1)
    return dmy.replace(".", ",", 1)


def beratungsfolge(seed: int) -> tuple[str, list[Row]]:
    """A submission with a Beratungsfolge table in a random layout, some rows spoilt."""
    rnd = random.Random(seed)
    order = ["body", "date", "role", "public"]
    rnd.shuffle(order)
    order.remove("body")
    order.insert(rnd.choice([0, 0, 1]), "body")
    sep = rnd.choice(["\t", "  ", "   "])
    header = sep.join(rnd.choice(HEADERS[k]) for k in order)
    if rnd.random() < 0.3:
        header = header.upper()
    n = rnd.randint(2, 5)
    rows: list[Row] = []
    lines = []
    day = rnd.randint(1, 20)
    for i in range(n):
        body = rnd.choice([b for b in BODIES if b not in {r.body for r in rows}])
        iso = f"2019-{3 + i:02d}-{day + i:02d}"
        dmy = f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}"
        spoilt = rnd.choice(["", "", "", "date", "body"]) if n > 1 else ""
        row = Row(body, iso, spoilt)
        cells = {"body": body, "date": dmy, "role": rnd.choice(ROLES), "public": rnd.choice(["Ö", "N", "öffentlich"])}
        if spoilt == "date":
            cells["date"] = garble(dmy, rnd)
        if spoilt == "body":
            # the body split oddly around the row: a part above, the rest below the date line
            cut = rnd.randint(3, len(body) - 3)
            head, tail = body[:cut], body[cut:]
            cells["body"] = ""
            lines.append(head + ("-" if head[-1].isalpha() and tail[0].isalpha() else ""))
            lines.append(sep.join(cells[k] for k in order).strip())
            lines.append(tail)
        else:
            lines.append(sep.join(cells[k] for k in order))
        rows.append(row)
    title = rnd.choice(["Beratungsfolge:\n", "Beratungsfolge\n", ""])
    text = (
        f"Stadt Musterstadt\nSitzungsvorlage Nr. {seed}/2019\nDatum: 01.02.2019\n\n{title}{header}\n"
        + "\n".join(lines)
        + "\n\nBetreff: Integrationskonzept\n\nBegründung:\nDer Rat hat beraten."
    )
    return text, rows


def body_of(row: Row, cons: list[Consultation]) -> Consultation | None:
    """The consultation read for a row's body (its date may be misread or missing)."""
    return next((c for c in cons if similar(row.body, c.body, 0.85)), None)


SEEDS = list(range(60))


@pytest.mark.parametrize("seed", SEEDS)
def test_missed_consultations_get_a_review_row(seed: int) -> None:
    """A row not read at all gives a review row; a row read with a wrong or no date has a
    low confidence; a table read whole gives no review row."""
    text, rows = beratungsfolge(seed)
    doc = document(text)
    tables, _, records = extract_document(doc)
    cons = [r for r in records if isinstance(r, Consultation)]
    missed = [r for r in rows if body_of(r, cons) is None]
    reasons = {r["reason"] for r in tables.get("review", [])}
    if missed:
        assert reasons & CONSULTATION_REASONS, (text, missed, [(c.body, c.meeting_date) for c in cons])
    else:
        assert not reasons & CONSULTATION_REASONS, (text, tables["review"])
    for r in rows:
        c = body_of(r, cons)
        if c is not None and c.meeting_date != r.date:
            row = next(x for x in tables["consultations"] if x["char_start"] == c.span.start and x["body"] == c.body)
            assert row["confidence"] < 0.7, (text, c, row)


def test_generated_tables_spoil_some_rows() -> None:
    """The generator spoils rows in every way, and leaves some documents whole."""
    kinds = {r.spoilt for s in SEEDS for r in beratungsfolge(s)[1]}
    assert kinds == {"", "date", "body"}
    assert any(all(not r.spoilt for r in beratungsfolge(s)[1]) for s in SEEDS)


# --- corpora ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_TEXTS + sorted((RAW / "pdf").glob("*/*.pdf")), ids=lambda p: p.name)
def test_no_review_rows_on_the_sample(path: Path) -> None:
    from pipeline.ingest.readers import read_document
    from pipeline.settings import Settings

    doc, _ = read_document(path, path.name, Settings(ocr="never"))
    tables, _, _ = extract_document(doc)
    # Waiblingen (003) states a grant and a budget line and no total: its total is computed
    computed = ["total_computed"] if path.stem.startswith("003_") else []
    assert [r["reason"] for r in tables["review"]] == computed


REAL = [p for name in ("munich", "erlangen") for p in sorted((SHARED / "corpus" / name).glob("*.pdf"))]


@pytest.fixture(scope="module")
def real_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not REAL:
        pytest.skip("no real corpus in ../shared/corpus")
    out = tmp_path_factory.mktemp("real")
    run_into(out, REAL, ocr="never")
    return out


def test_review_rows_on_real_pdfs_only_where_the_sign_is(real_out: Path) -> None:
    """Each row's precondition holds: the fact it says is missing is missing."""
    review, docs = read_table(real_out, "review"), read_table(real_out, "documents")
    assert list(review.columns) == columns("review")
    muni = dict(zip(docs["doc_id"], docs["municipality"]))
    has = {name: set(read_table(real_out, name)["doc_id"]) for name in ("consultations", "action_fields", "costs")}
    members = set(read_table(real_out, "steering_group_members")["doc_id"])
    for r in review.itertuples(index=False):
        text = (real_out / "text" / f"{r.doc_id}.txt").read_text(encoding="utf-8")
        assert text[int(r.char_start) : int(r.char_end)] == r.snippet
        if r.reason == "no_municipality":
            assert muni[r.doc_id] == ""
        elif r.reason == "consultation_heading_without_rows":
            assert r.doc_id not in has["consultations"]
        elif r.reason == "action_fields_without_labels":
            assert r.doc_id not in has["action_fields"]
        elif r.reason == "financial_impact_without_amount":
            assert r.doc_id not in has["costs"]
        elif r.reason == "total_computed":
            assert r.doc_id in has["costs"]
        elif r.reason == "steering_group_without_members":
            assert r.doc_id not in members
        elif r.reason == "body_date_unused":
            assert re.search(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}", r.snippet)
    # the Munich report names its committee meeting in its head line, and no consultation has it
    src = dict(zip(docs["doc_id"], docs["source_path"]))
    signs = {(Path(src[r.doc_id]).name, r.reason) for r in review.itertuples(index=False)}
    assert ("riski_5932071.pdf", "body_date_unused") in signs


def test_review_command_lists_worst_first(real_out: Path) -> None:
    text = CliRunner().invoke(main, ["review", str(real_out)])
    assert text.exit_code == 0, text.output
    assert text.output.startswith(f"{text.output.split()[0]} Vorlage(n) zu prüfen")
    csv = CliRunner().invoke(main, ["review", str(real_out), "--format", "csv", "--min-confidence", "0"])
    assert csv.exit_code == 0
    lines = csv.output.splitlines()
    assert lines[0].startswith("rank,source_path,doc_id,n_reasons")
    from io import StringIO

    df = pd.read_csv(StringIO(csv.output), dtype=str, keep_default_na=False)
    assert len(df) == len(pd.read_csv(real_out / "review.csv"))
    assert_queue_order(df)


def assert_queue_order(df: pd.DataFrame) -> None:
    """Counted documents before the others; within each part the weightiest sign first, then
    more reasons first; each document's rows weightiest first."""
    from pipeline.extract.checklist import weight

    docs = df.groupby("rank", sort=False).agg(
        counted=("counted", "first"), n=("n_reasons", "first"), top=("reason", lambda r: min(map(weight, r)))
    )
    keys = [(c == "false", t, -int(n)) for c, t, n in zip(docs["counted"], docs["top"], docs["n"])]
    assert keys == sorted(keys), keys
    for _, rows in df.groupby("rank", sort=False):
        w = [weight(r) for r in rows["reason"]]
        assert w == sorted(w), list(rows["reason"])


UNRELATED = (
    "Beschlussvorlage\n\nBetreff: Sanierung der Turnhalle an der Schulstraße\n\n"
    "Beschlussvorschlag:\nDer Ausschuss stimmt der Sanierung der Turnhalle zu.\n\n"
    "Finanzielle Auswirkungen: ja\n\nSachverhalt:\nDas Dach der Turnhalle ist undicht und wird erneuert.\n"
)


@pytest.fixture(scope="module")
def with_unrelated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample texts and a paper about a gym (not counted in the comparison) with two signs."""
    folder = tmp_path_factory.mktemp("mixed")
    for p in SEED_TEXTS:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "turnhalle.txt").write_text(UNRELATED, encoding="utf-8")
    out = tmp_path_factory.mktemp("mixed_out")
    run_into(out, [folder])
    return out


def test_review_puts_papers_not_counted_last_and_says_so(with_unrelated: Path) -> None:
    """The gym paper has more signs than any sample paper, yet the counted papers come first
    and the gym paper says it is not counted, in the text, the CSV and the report."""
    docs = read_table(with_unrelated, "documents")
    assert set(docs.loc[docs["relevant"].astype(str) == "false", "source_path"].map(lambda s: Path(s).name)) == {
        "turnhalle.txt"
    }
    text = CliRunner().invoke(main, ["review", str(with_unrelated), "--min-confidence", "1"])
    assert text.exit_code == 0, text.output
    counted, _, rest = text.output.partition("Nicht im Vergleich gezählt")
    assert "turnhalle.txt" not in counted and "turnhalle.txt" in rest
    assert re.search(r"\d+\. \S*turnhalle\.txt .*nicht im Vergleich gezählt: nicht zum Thema", rest), rest
    assert re.search(r"^1\. \S*\d{3}_\w+\.txt", counted, re.M), counted
    csv = CliRunner().invoke(main, ["review", str(with_unrelated), "--format", "csv", "--min-confidence", "1"])
    from io import StringIO

    df = pd.read_csv(StringIO(csv.output), dtype=str, keep_default_na=False)
    gym = df[df["source_path"].str.endswith("turnhalle.txt")]
    assert set(gym["counted"]) == {"false"} and set(gym["note"]) == {
        "nicht im Vergleich gezählt: nicht zum Thema Integration"
    }
    assert set(df.loc[~df["source_path"].str.endswith("turnhalle.txt"), "counted"]) == {"true"}
    assert {"no_municipality", "financial_impact_without_amount"} <= set(gym["reason"])
    assert_queue_order(df)
    from pipeline.analysis.report import render_report
    from pipeline.output.store import read_tables

    report = render_report(read_tables(with_unrelated), threshold=1.0)
    check = report[report.index('id="pruefen"') :]
    assert check.index("Nicht im Vergleich gezählt") < check.index("turnhalle.txt")
    assert all(check.index(Path(p).name) < check.index("turnhalle.txt") for p in SEED_TEXTS if Path(p).name in check)


def test_low_confidence_hints_name_fields_in_german(with_unrelated: Path) -> None:
    """A value of low confidence is named as the report and the workbook name its column
    ("Kommune: «…»", "Beratungsfolge: «…»"), never by its code; the correction still names the code."""
    text = CliRunner().invoke(main, ["review", str(with_unrelated), "--min-confidence", "1"]).output
    hints = [ln.strip() for ln in text.splitlines() if "(Methode " in ln]
    assert hints, text
    codes = ("municipality", "doc_date", "consultations", "action_fields", "costs", "subject", "doc_number")
    assert not [h for h in hints if h.split(":")[0] in codes], hints
    assert all(re.search(r"Konfidenz \d,\d\d\)$", h) for h in hints), hints
    values = [re.search(r"«(.*)»", h) for h in hints]
    assert all(v and len(v.group(1)) <= 120 for v in values), hints  # a long Beschlussvorschlag is cut
    assert re.search(r"korrigieren: vorlagen correct \S+ documents \w+ --set [a-z_]+=WERT", text), text


def test_review_command_needs_a_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", str(tmp_path)])
    assert result.exit_code == 2 and "documents.csv" in result.output


# --- never raises, evidence always exact ----------------------------------------------------


PIECES = [ln for p in SEED_TEXTS[:3] for ln in p.read_text(encoding="utf-8").splitlines()[:40]] + [
    "Beratungsfolge:",
    "Gremium\tDatum\tZuständigkeit",
    "Sozialausschuss\t12.O3.2018\tVorberatung",
    "Handlungsfelder:",
    "- Sprache",
    "Finanzielle Auswirkungen: ja",
    '<input checked="" type="checkbox"/> ja',
    "Steuerungsgruppe",
    "setzt sich wie folgt zusammen:",
    "Stadtrat am 04.02.2021",
    "\f",
    "",
    "ausschuss",
    "Kinder- und Jugendhilfe-",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.lists(st.floats(0, 100), max_size=3))
def test_review_never_raises_and_points_at_the_text(parts: list[str], confs: list[float]) -> None:
    text = "\n".join(parts)
    n_pages = text.count("\f") + 1
    doc = document(text, [*confs, *[None] * n_pages][:n_pages] if confs else None)
    tables, errors, _ = extract_document(doc)
    assert not [e for e in errors if e["message"].startswith("review")]
    reasons = [r["reason"] for r in tables["review"]]
    assert len(reasons) == len(set(reasons))
    for r in tables["review"]:
        assert doc.text[r["char_start"] : r["char_end"]] == r["snippet"]
        assert r["page"] == doc.page_at(r["char_start"])


# --- one Beratungsfolge block ---------------------------------------------------------------


def test_the_review_reads_no_beratungsfolge_of_its_own() -> None:
    """The review keeps no reader of the Beratungsfolge: the consultations family reports its own
    misses (its block, whose limit is the table reader's), and the review merges them."""
    import ast

    import pipeline.extract.review as review
    import pipeline.extract.review_signs as review_signs
    import pipeline.extract.review_text as review_text
    from extractors import MISSES
    from extractors.consultations import blocks, tables
    from extractors.consultations import misses as family

    for module in (review, review_signs, review_text):
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [m for m in imported if m.startswith("extractors.consultations")], module.__name__
    assert ("consultations", family.misses) in MISSES
    assert family.blocks is blocks.blocks
    assert blocks.MAX_BLOCK_LINES is tables.MAX_BLOCK_LINES


@pytest.mark.parametrize("rows", [3, 40, 70])
def test_a_block_holds_its_rows_up_to_the_table_reader_s_limit(rows: int) -> None:
    from extractors import load_resources
    from extractors.consultations.blocks import MAX_BLOCK_LINES, blocks
    from extractors.consultations.vocab import vocab
    from pipeline.structure import view

    body = "".join(f"Ortsrat {n}\t{1 + n % 28:02d}.03.2019\tBeratung\n" for n in range(rows))
    doc = document("Beratungsfolge:\n" + body + "\n\nBegründung:\nDer Rat hat beraten.\n")
    found = list(blocks(view(doc).lines, vocab(load_resources())))
    assert len(found) == 1
    head, lines = found[0]
    assert head.text == "Beratungsfolge:"
    assert len(lines) == min(rows, MAX_BLOCK_LINES)
    assert all(ln.text.startswith("Ortsrat ") for ln in lines)
