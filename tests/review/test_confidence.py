"""Confidence: signals, the model, calibration on the sample corpus, and the new columns."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.analysis.evaluate import evaluate, judge_document
from pipeline.cli.main import main
from pipeline.document import Document
from pipeline.extract.calibration import Calibration, Judged
from pipeline.extract.confidence import (
    BASE_COUNTS,
    EXTRACTOR_OF,
    PRIOR,
    SIGNALS,
    Context,
    assess,
    assess_fields,
    base_rate,
    combine,
    context,
    field_signals,
    record_signals,
)
from pipeline.records import (
    ActionField,
    Consultation,
    Cost,
    Facilitator,
    Field,
    Member,
    Metadata,
    Record,
    SteeringGroup,
)
from pipeline.schema import ASSESSED_FIELDS, FACT_TABLES, PRIMARY_KEYS, TABLES, columns
from tests.helpers import GOLD, document, read_table

MAX_ECE = 0.1


def spanned(doc: Document, snippet: str) -> tuple[int, int]:
    start = doc.text.index(snippet)
    return start, start + len(snippet)


LONG = "Bildung, Sprache und Ausbildung von Kindern, Jugendlichen und Erwachsenen in allen Stadtteilen der Stadt"


@dataclass
class Case:
    id: str
    text: str
    make: str  # what the record is: "<kind>:<snippet>|<value>|<extra>"
    expected: set[str]
    ocr: float | None = None
    others: tuple[str, ...] = ()  # other consultations' dates in the document
    unsure: tuple[str, ...] = ()  # numbers OCR read unsure (Document.unsure), each found in the text


def build(doc: Document, spec: str) -> Record:
    kind, rest = spec.split(":", 1)
    snippet, value, *extra = rest.split("|") + [""]
    span = doc.span(*spanned(doc, snippet))
    if kind == "consultation":
        body_type = extra[1] if len(extra) > 1 and extra[1] else "committee"
        return Consultation(span, body=value, body_type=body_type, meeting_date=extra[0] or None)
    if kind == "action_field":
        return ActionField(span, label=value, categories=("other",), method=extra[0])
    if kind == "member":
        return Member(span, value)
    if kind == "group":
        return SteeringGroup(span, group_name=value)
    if kind == "facilitator":
        return Facilitator(span, organisation=value)
    if kind == "cost":
        return Cost(span, amount_eur=float(value), raw_text=extra[0])
    raise ValueError(kind)


CASES = [
    Case(
        "clean-table-row",
        "Sozialausschuss\t12.03.2018\tVorberatung Ö",
        "consultation:Sozialausschuss\t12.03.2018\tVorberatung Ö|Sozialausschuss|2018-03-12",
        set(),
    ),
    Case(
        "body-outside-vocabulary",
        "Arbeitskreis Nord\t12.03.2018",
        "consultation:Arbeitskreis Nord\t12.03.2018|Arbeitskreis Nord|2018-03-12|other",
        {"body_other"},
    ),
    Case(
        "status-words-in-body",
        "15.09.2020 Magistrat Kenntnisnahme N",
        "consultation:15.09.2020 Magistrat Kenntnisnahme N|Magistrat Kenntnisnahme N|2020-09-15|executive",
        {"status_in_body"},
    ),
    Case(
        "date-read-from-a-spoilt-one",
        "Sozialausschuss\tl3.03.2019\tÖ",
        "consultation:Sozialausschuss\tl3.03.2019\tÖ|Sozialausschuss|2019-03-03",
        {"date_spoilt"},
    ),
    Case(
        "date-unread-beside-the-evidence",
        "Kreistag  öffentlich  Vorberatung  19,O5.2019",
        "consultation:Kreistag  öffentlich  Vorberatung|Kreistag||council",
        {"date_unread"},
    ),
    Case(
        "no-date-at-all",
        "Beschluss des Bezirksausschusses vom\nÖffentliche Sitzung",
        "consultation:Beschluss des Bezirksausschusses vom|Bezirksausschuss||district_council",
        {"no_date"},
    ),
    Case(
        "date-not-in-the-evidence",
        "Stadtrat\t12.03.2018",
        "consultation:Stadtrat\t12.03.2018|Stadtrat|2018-04-12|council",
        {"date_not_in_evidence"},
    ),
    Case(
        "date-far-from-the-others",
        "Stadtrat\t12.03.2015\nSozialausschuss\t01.02.2018",
        "consultation:Stadtrat\t12.03.2015|Stadtrat|2015-03-12|council",
        {"date_outlier"},
        others=("2018-02-01",),
    ),
    Case(
        "date-near-the-others",
        "Stadtrat\t12.03.2018",
        "consultation:Stadtrat\t12.03.2018|Stadtrat|2018-03-12|council",
        set(),
        others=("2018-02-01",),
    ),
    Case(
        "low-ocr-page",
        "Sozialausschuss\t12.03.2018",
        "consultation:Sozialausschuss\t12.03.2018|Sozialausschuss|2018-03-12",
        {"ocr_low"},
        ocr=71.0,
    ),
    Case(
        "good-ocr-page",
        "Sozialausschuss\t12.03.2018",
        "consultation:Sozialausschuss\t12.03.2018|Sozialausschuss|2018-03-12",
        set(),
        ocr=94.0,
    ),
    Case(
        "label-a-sentence",
        "Arbeit und beauftragt, die beschriebenen 1,7 VZÄ befristet) wurden zur Beschäftigung",
        "action_field:Arbeit und beauftragt, die beschriebenen 1,7 VZÄ befristet) wurden zur Beschäftigung|"
        "Arbeit und beauftragt, die beschriebenen 1,7 VZÄ befristet) wurden zur Beschäftigung",
        {"ragged_label"},
    ),
    Case("label-too-long", LONG, f"action_field:{LONG}|{LONG}", {"long_label"}),
    Case("label-too-short", "Handlungsfeld: A", "action_field:A|A", {"short_label"}),
    Case(
        "label-fine",
        "Zugang zu Kultur und Vereinen",
        "action_field:Zugang zu Kultur und Vereinen|Zugang zu Kultur und Vereinen",
        set(),
    ),
    Case(
        "label-of-the-last-resort",
        "» Wohnen im Quartier",
        "action_field:Wohnen im Quartier|Wohnen im Quartier|topics",
        {"topics_only"},
    ),
    Case("member-with-dangling-end", "Vertreter der", "member:Vertreter der|Vertreter der", {"ragged_label"}),
    Case("member-fine", "Caritas-Zentrum Landau", "member:Caritas-Zentrum Landau|Caritas-Zentrum Landau", set()),
    Case("group-fine", "Steuerungsgruppe", "group:Steuerungsgruppe|Steuerungsgruppe", set()),
    Case(
        "facilitator-fine",
        "Institut für Demoskopie",
        "facilitator:Institut für Demoskopie|Institut für Demoskopie",
        set(),
    ),
    Case("cost-with-currency", "Kosten von 20.000 €", "cost:20.000 €|20000|20.000 €", set()),
    Case("cost-without-currency", "Produkt 12.000", "cost:12.000|12000|12.000", {"no_currency"}),
    Case("cost-tiny", "Gebühr 12 €", "cost:12 €|12|12 €", {"small_amount"}),
    Case(
        "garbled-evidence",
        "S t a d t r a t  O e f f e n t l i c h",
        "member:S t a d t r a t|S t a d t r a t",
        {"garbled"},
    ),
    Case(
        "cost-from-unsure-digits",
        "Für die Begleitung fallen 4.006 € an.",
        "cost:Für die Begleitung fallen 4.006 € an.|4006|4.006 €",
        {"ocr_unsure_digits"},
        ocr=93.0,
        unsure=("4.006",),
    ),
    Case(
        "cost-beside-an-unsure-number",
        "Ab 2O27 fallen jährlich 4.000 € an.",
        "cost:Ab 2O27 fallen jährlich 4.000 € an.|4000|4.000 €",
        set(),
        ocr=93.0,
        unsure=("2O27",),
    ),
    Case(
        "consultation-date-from-unsure-digits",
        "Kulturausschuss\t18.09.2023",
        "consultation:Kulturausschuss\t18.09.2023|Kulturausschuss|2023-09-18",
        {"ocr_unsure_digits"},
        ocr=93.0,
        unsure=("18.09.2023",),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_signals(case: Case) -> None:
    doc = document(case.text, case.ocr)
    doc.unsure = [spanned(doc, u) for u in case.unsure]
    rec = build(doc, case.make)
    others = [Consultation(doc.span(0, 0), body="X", meeting_date=d) for d in case.others]
    ctx = context(doc, [rec, *others])
    assert set(record_signals(rec, ctx)) == case.expected


@dataclass
class FieldCase:
    id: str
    text: str
    name: str
    value: str
    expected: set[str]
    in_gazetteer: bool = True
    meetings: tuple[str, ...] = ()


FIELD_CASES = [
    FieldCase(
        "subject-fine",
        "Betreff: Fortschreibung des Integrationskonzeptes",
        "subject",
        "Fortschreibung des Integrationskonzeptes",
        set(),
    ),
    FieldCase("subject-cut-off", "Entscheidung über die", "subject", "Entscheidung über die", {"ragged_label"}),
    FieldCase(
        "subject-a-salutation",
        "Sehr geehrter Herr Oberbürgermeister,",
        "subject",
        "Sehr geehrter Herr Oberbürgermeister,",
        {"ragged_label"},
    ),
    FieldCase("municipality-unknown", "Stadt Musterstadt", "municipality", "Musterstadt", {"not_in_gazetteer"}, False),
    FieldCase(
        "doc-date-far-from-meetings",
        "Datum: 14.03.2012",
        "doc_date",
        "2012-03-14",
        {"date_outlier"},
        meetings=("2017-05-23",),
    ),
    FieldCase("doc-date-spoilt", "Datum: l4.03.2017", "doc_date", "2017-03-04", {"date_spoilt"}),
    FieldCase("doc-number-fine", "Vorlage Nr. 500/035/2017", "doc_number", "500/035/2017", set()),
]


@pytest.mark.parametrize("case", FIELD_CASES, ids=[c.id for c in FIELD_CASES])
def test_field_signals(case: FieldCase) -> None:
    doc = document(case.text)
    f = Field(case.name, case.value, doc.span(*spanned(doc, case.value if case.value in case.text else case.text)))
    ctx = Context(
        doc.text, {}, [(i, pd.Timestamp(d).date()) for i, d in enumerate(case.meetings)], None, case.in_gazetteer
    )
    assert set(field_signals(f, ctx)) == case.expected


def test_field_without_evidence() -> None:
    doc = document("Sitzungsvorlage")
    ctx = context(doc, [])
    assert field_signals(Field("doc_type", "Sitzungsvorlage", None), ctx) == ["no_evidence"]


def test_every_signal_is_tested() -> None:
    tested = {s for c in CASES for s in c.expected} | {s for c in FIELD_CASES for s in c.expected} | {"no_evidence"}
    assert tested == set(SIGNALS)


# --- the model ---------------------------------------------------------------------------


def test_base_rates_come_from_counts_smoothed_towards_the_prior() -> None:
    assert base_rate("consultations", "no-such-method") == base_rate("consultations", "*")
    assert base_rate("no-such-table", "x") == pytest.approx(PRIOR)
    for (target, method), (right, rows) in BASE_COUNTS.items():
        assert 0 <= right <= rows
        assert target in FACT_TABLES or target.removeprefix("documents.") in ASSESSED_FIELDS, target
        assert min(right / rows, PRIOR) <= base_rate(target, method) <= max(right / rows, PRIOR)


def test_every_fact_table_and_field_is_measured() -> None:
    targets = {t for t, _ in BASE_COUNTS}
    assert set(FACT_TABLES) <= targets
    assert {f"documents.{f}" for f in ("municipality", "doc_number", "doc_date", "doc_type", "subject")} <= targets


@pytest.mark.parametrize("base", [0.3, 0.75, 0.9, 0.99])
def test_signals_only_lower_the_confidence(base: float) -> None:
    assert combine(base, []) == round(base, 3)
    for name in SIGNALS:
        got = combine(base, [name], ocr=60.0)
        assert 0 <= got < base and got == round(got, 3)
        assert combine(base, [name, "body_other"], ocr=60.0) <= got


def test_ocr_weight_grows_with_the_gap() -> None:
    assert (
        combine(0.95, ["ocr_low"], ocr=89.0)
        > combine(0.95, ["ocr_low"], ocr=75.0)
        > combine(0.95, ["ocr_low"], ocr=50.0)
    )


def test_assessments_fall_back_to_the_extractor_name() -> None:
    doc = document("Stadt Astadt\nSozialausschuss\t12.03.2018\nSteuerungsgruppe: Sozialamt")
    cons = Consultation(
        doc.span(*spanned(doc, "Sozialausschuss\t12.03.2018")),
        body="Sozialausschuss",
        body_type="committee",
        meeting_date="2018-03-12",
    )
    member = Member(doc.span(*spanned(doc, "Sozialamt")), "Sozialamt", method="list")
    group = SteeringGroup(doc.span(*spanned(doc, "Steuerungsgruppe")), group_name="Steuerungsgruppe", members=[member])
    meta = Metadata(
        doc.span(0, 0),
        fields={
            "municipality": Field("municipality", "Astadt", doc.span(*spanned(doc, "Astadt")), method="letterhead")
        },
    )
    got = assess(doc, [meta, cons, group])
    assert got[id(cons)].method == EXTRACTOR_OF["consultations"]
    assert got[id(member)].method == "list" and got[id(group)].method == "steering"
    fields = assess_fields(doc, [meta, cons, group])
    assert fields["municipality"].method == "letterhead"
    assert all(0 <= a.confidence <= 1 for a in [*got.values(), *fields.values()])
    assert assess(doc, [meta, cons, group]) == got  # deterministic


# --- calibration ---------------------------------------------------------------------------


def test_calibration_buckets_and_ece() -> None:
    rows = (
        [Judged("costs", "m", 0.95, True)] * 9
        + [Judged("costs", "m", 0.95, False)]
        + [Judged("costs", "m", 0.3, False)] * 2
        + [Judged("costs", "m", None, True)]
    )
    cal = Calibration(rows)
    buckets = {(lo, hi): (n, acc) for lo, hi, n, acc, _ in cal.buckets()}
    assert buckets[(0.9, 1.0)] == (10, 0.9) and buckets[(0.0, 0.5)] == (2, 0.0) and buckets[(0.5, 0.7)][0] == 0
    assert cal.ece() == pytest.approx((10 * 0.05 + 2 * 0.3) / 12)
    assert cal.by_method()[("costs", "*")] == (10, 13)
    assert "ECE" in cal.table()
    assert Calibration([Judged("costs", "m", 1.0, True)]).buckets()[-1][2] == 1  # 1.0 falls in the last bucket


def test_judged_by_the_scoring() -> None:
    gold = {
        "document": {"municipality": "Astadt", "doc_date": "2018-01-02"},
        "consultations": [
            {"body": "Sozialausschuss", "meeting_date": "2018-03-12"},
            {"body": "Rat", "meeting_date": "2018-04-12", "optional": True},
        ],
        "costs": [{"amount_eur": 100.0, "cost_type": "total"}],
    }
    doc = {"doc_id": "a", "municipality": "Astadt", "municipality_confidence": 0.9, "doc_date": "2018-01-03"}
    tables = {
        "consultations": pd.DataFrame(
            [
                {
                    "doc_id": "a",
                    "body": "Sozialausschuss",
                    "meeting_date": "2018-03-12",
                    "method": "table.tab",
                    "confidence": 0.9,
                },
                {"doc_id": "a", "body": "Rat", "meeting_date": "2018-04-12", "method": "table.tab", "confidence": 0.9},
                {"doc_id": "a", "body": "Kreistag", "meeting_date": "2018-05-12", "method": "prose", "confidence": 0.4},
            ]
        ),
        "costs": pd.DataFrame(
            [
                {"doc_id": "a", "amount_eur": 100.0, "confidence": 0.8},
                {"doc_id": "a", "amount_eur": 7.0, "confidence": 0.3},
            ]
        ),
    }
    got = [(j.target, j.method, j.right) for j in judge_document(gold, doc, tables)]
    assert got == [
        ("documents.municipality", "", True),
        ("documents.doc_date", "", False),
        ("consultations", "table.tab", True),
        ("consultations", "prose", False),
        ("costs", "", True),
        ("costs", "", False),
    ]


def test_calibration_on_the_sample_corpus(sample_out: Path) -> None:
    """The seed texts and their PDF renderings: ECE at most 0.1, every row rated."""
    result = evaluate(sample_out, GOLD)
    cal = result.calibration
    assert len(cal.rated) == len(cal.rows) > 300
    assert cal.ece() <= MAX_ECE, cal.table()


def test_evaluate_prints_the_calibration_after_the_scores(sample_out: Path) -> None:
    out = CliRunner().invoke(main, ["evaluate", str(sample_out), str(GOLD)])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split() == ["Feld", "richtig", "falsch", "fehlt", "Präz.", "Recall", "F1", "Merkmale"]
    assert lines[1].startswith("documents")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("Konfidenz"))
    assert lines[at].split() == ["Konfidenz", "Zeilen", "richtig", "Konf."]
    assert at > 8 and re.match(r"ECE \(10 Klassen\)\s+0\.\d{3}\s+über \d+ Zeilen", lines[at + 5])


# --- the columns in every format --------------------------------------------------------------


def test_schema_has_the_new_columns() -> None:
    for name in FACT_TABLES:
        assert columns(name)[-2:] == ["method", "confidence"]
    docs = columns("documents")
    for f in ("municipality", "doc_number", "doc_date", "doc_type", "subject"):
        assert f"{f}_method" in docs and f"{f}_confidence" in docs
    assert "review" in TABLES and PRIMARY_KEYS["review"] == ("doc_id", "seq")


def test_outputs_carry_method_and_confidence(sample_out: Path) -> None:
    for name in FACT_TABLES:
        df = read_table(sample_out, name)
        assert len(df) and (df["method"] != "").all(), name
        conf = df["confidence"].astype(float)
        assert conf.between(0, 1).all() and (conf.round(3) == conf).all(), name
    docs = read_table(sample_out, "documents")
    for f in ("municipality", "doc_date", "subject"):
        filled = docs[docs[f] != ""]
        assert (filled[f"{f}_method"] != "").all() and (filled[f"{f}_confidence"] != "").all()
        assert (docs[docs[f] == ""][f"{f}_confidence"] == "").all()


def test_datapackage_and_sqlite_describe_the_new_columns(sample_out: Path) -> None:
    package = json.loads((sample_out / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert "review" in resources
    fields = {f["name"]: f for f in resources["consultations"]["schema"]["fields"]}
    assert fields["confidence"]["type"] == "number"
    assert fields["confidence"]["constraints"] == {"minimum": 0, "maximum": 1}
    assert "enum" in {f["name"]: f for f in resources["review"]["schema"]["fields"]}["reason"]["constraints"]
    doc_fields = [f["name"] for f in resources["documents"]["schema"]["fields"]]
    assert "subject_confidence" in doc_fields
    con = sqlite3.connect(sample_out / "vorlagen.sqlite")
    try:
        cols = [r[1] for r in con.execute('PRAGMA table_info("costs")')]
        assert cols[-2:] == ["method", "confidence"]
        assert [r[1] for r in con.execute('PRAGMA table_info("review")')] == columns("review")
    finally:
        con.close()


# --- the base counts: data the calibration script writes ---------------------------------


def test_base_counts_are_the_data_the_calibration_script_writes(tmp_path: Path) -> None:
    from pipeline.errors import ResourceError
    from pipeline.extract.confidence import BASE_COUNTS, BASE_COUNTS_FILE, read_base_counts
    from tests.helpers import load_script

    written = tmp_path / "base_counts.tsv"
    load_script("calibrate").write_counts(BASE_COUNTS, written)
    assert written.read_bytes() == BASE_COUNTS_FILE.read_bytes()
    assert read_base_counts(written) == BASE_COUNTS
    # in the order Calibration.by_method gives them, a pooled row per target, right <= rows
    assert list(BASE_COUNTS) == sorted(BASE_COUNTS)
    assert {(t, "*") for t, _ in BASE_COUNTS} <= set(BASE_COUNTS)
    assert all(0 <= right <= rows for right, rows in BASE_COUNTS.values())
    targets = {t.split(".")[0] for t, _ in BASE_COUNTS}
    assert targets <= set(EXTRACTOR_OF)
    written.write_text("target\tmethod\tright\nconsultations\t*\t3\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_base_counts(written)
