"""Corrections by hand that survive re-runs: corrections.yaml, `vorlagen correct`,
`vorlagen corrections`."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli.main import main
from pipeline.output.corrections import (
    CORRECTIONS_NAME,
    Correction,
    CorrectionError,
    apply,
    check,
    load,
)
from tests.helpers import SEED_TEXTS, read_table

RUN = ("--no-cache", "--workers", "1", "--format", "csv")
DOC = "d0"
SECTORS = ("administration", "welfare", "politics", "civil_society")
NAMES = ("Sozialamt", "Caritas", "Jobcenter", "Stadtrat", "AWO", "Integrationsbeirat")


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def member(seq: int, name: str, sector: str) -> dict[str, Any]:
    return {
        "doc_id": DOC,
        "group_id": f"{DOC}-1",
        "seq": seq,
        "member": name,
        "sector": sector,
        "page": 1,
        "char_start": 10 * seq,
        "char_end": 10 * seq + len(name),
        "snippet": name,
        "method": "list",
        "confidence": 0.9,
    }


@given(
    names=st.lists(st.sampled_from(NAMES), min_size=0, max_size=5),
    target=st.sampled_from(NAMES),
    action=st.sampled_from(["set", "delete", "add"]),
    sector=st.sampled_from(SECTORS),
    earlier=st.booleans(),
)
def test_a_correction_finds_its_row_by_its_values(
    names: list[str], target: str, action: str, sector: str, earlier: bool
) -> None:
    rows = [member(i, n, "administration") for i, n in enumerate(names, 1)]
    chunk = {"documents": [{"doc_id": DOC}], "steering_group_members": copy.deepcopy(rows)}
    c = check(
        Correction(
            "steering_group_members",
            DOC,
            match={} if action == "add" else {"member": target},
            set={"sector": sector} if action == "set" else {},
            delete=action == "delete",
            add={"member": target, "sector": sector} if action == "add" else {},
        )
    )
    (outcome,) = apply(chunk, [c], {DOC} if earlier else set())
    after = chunk["steering_group_members"]
    hits = names.count(target)
    if action == "add":
        if hits and sector == "administration":  # the row to add is there already
            assert outcome.status == "in_place" and after == rows
        else:
            assert outcome.status == "applied" and after[:-1] == rows
            new = after[-1]
            assert (new["member"], new["sector"], new["method"], new["confidence"]) == (target, sector, "manual", 1.0)
            assert (new["group_id"], new["seq"]) == (f"{DOC}-1" if rows else f"{DOC}-1", len(names) + 1)
            assert new.get("snippet") is None  # no evidence unless given
    elif hits == 0:
        assert outcome.status == ("in_place" if action == "delete" and earlier else "not_found")
        assert after == rows
    elif hits > 1:
        assert outcome.status == "ambiguous" and after == rows
    elif action == "delete":
        assert outcome.status == "applied"
        assert after == [r for r in rows if r["member"] != target]
    else:
        assert outcome.status == "applied"
        changed = [r for r in after if r["member"] == target]
        assert len(changed) == 1 and changed[0]["sector"] == sector and changed[0]["method"] == "manual"
        original = next(r for r in rows if r["member"] == target)
        assert {k: changed[0][k] for k in ("page", "char_start", "char_end", "snippet")} == {
            k: original[k] for k in ("page", "char_start", "char_end", "snippet")
        }  # the evidence stays
        assert [r for r in after if r["member"] != target] == [r for r in rows if r["member"] != target]


@pytest.mark.parametrize(
    "entry, says",
    [
        ({"table": "members", "doc_id": DOC, "delete": True}, "lässt sich nicht korrigieren"),
        ({"table": "costs", "doc_id": DOC, "match": {"raw_text": "1 €"}}, "genau eines von"),
        ({"table": "costs", "doc_id": DOC, "match": {"raw_text": "1 €"}, "set": {"kosten": 1}}, "keine Spalte"),
        (
            {"table": "costs", "doc_id": DOC, "match": {"raw_text": "1 €"}, "set": {"cost_type": "teuer"}},
            "ist keiner von",
        ),
        (
            {"table": "costs", "doc_id": DOC, "match": {"raw_text": "1 €"}, "set": {"amount_eur": "viel"}},
            "ist nicht ein Betrag",
        ),
        ({"table": "documents", "doc_id": DOC, "delete": True}, "vorlagen remove"),
    ],
)
def test_a_wrong_correction_says_what_is_wrong(tmp_path: Path, entry: dict[str, Any], says: str) -> None:
    import yaml

    (tmp_path / CORRECTIONS_NAME).write_text(yaml.safe_dump({"corrections": [entry]}), encoding="utf-8")
    with pytest.raises(CorrectionError, match=says):
        load(tmp_path)


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corr")
    folder = root / "stadt"
    folder.mkdir()
    for seed in SEED_TEXTS[:2]:
        shutil.copy(seed, folder / seed.name)
    out = root / "out"
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 0, output
    return out


def test_corrections_survive_a_rerun(seeds_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    folder = seeds_out.parent / "stadt"
    members = read_table(out, "steering_group_members")
    first = members.iloc[1]
    doc = first["doc_id"]
    costs = read_table(out, "costs")
    cost = costs[costs["doc_id"] == doc].iloc[0]
    commands = [
        ("steering_group_members", doc, "--at", first["char_start"], "--set", "sector=welfare", "--note", "Verband"),
        ("costs", doc, "--match", f"raw_text={cost['raw_text']}", "--delete"),
        ("consultations", doc, "--add", "body=Stadtrat", "--add", "meeting_date=2030-01-02", "--add", "role=decision"),
        ("documents", doc, "--set", "author=Erika Mustermann"),
    ]
    for args in commands:
        code, output = invoke("correct", out, *args)
        assert code == 0, output
    for rerun in range(2):  # the corrections are in the tables, and stay after a run from the sources
        fixed = read_table(out, "steering_group_members").set_index(["doc_id", "char_start"])
        row = fixed.loc[(doc, first["char_start"])]
        assert (row["member"], row["sector"], row["method"], row["confidence"]) == (
            first["member"],
            "welfare",
            "manual",
            "1",
        )
        assert row["snippet"] == first["snippet"]
        left = read_table(out, "costs")
        assert len(left) == len(costs) - 1 and cost["raw_text"] not in set(left[left["doc_id"] == doc]["raw_text"])
        added = read_table(out, "consultations").query("method == 'manual'")
        assert added[["doc_id", "body", "meeting_date", "role"]].values.tolist() == [
            [doc, "Stadtrat", "2030-01-02", "decision"]
        ]
        docs = read_table(out, "documents").set_index("doc_id")
        assert (docs.loc[doc, "author"], docs.loc[doc, "author_method"]) == ("Erika Mustermann", "manual")
        assert invoke("corrections", out) == (0, f"4 Korrektur(en) in {out / CORRECTIONS_NAME}, 0 ohne ihre Zeile\n")
        if rerun == 0:
            code, output = invoke("run", folder, "--out", out, *RUN)
            assert code == 0 and "4 Korrekturen angewendet" in output, output


def test_a_correction_that_lost_its_row_is_listed(seeds_out: Path, tmp_path: Path) -> None:
    import yaml

    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    doc = read_table(out, "documents")["doc_id"].iloc[0]
    entry = {"table": "costs", "doc_id": doc, "match": {"raw_text": "999.999 €"}, "set": {"cost_type": "total"}}
    (out / CORRECTIONS_NAME).write_text(yaml.safe_dump({"corrections": [entry]}), encoding="utf-8")
    code, output = invoke("run", seeds_out.parent / "stadt", "--out", out, *RUN)
    assert code == 3 and "1 ohne ihre Zeile" in output and "findet keine Zeile mehr" in output
    code, output = invoke("corrections", out)
    assert code == 1 and "999.999 €" in output and "keine Zeile" in output


def test_correct_refuses_a_row_it_cannot_find(seeds_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    doc = read_table(out, "documents")["doc_id"].iloc[0]
    code, output = invoke("correct", out, "costs", doc, "--match", "raw_text=nichts", "--set", "cost_type=total")
    assert code == 2 and "findet 0 Zeilen" in output
    assert not (out / CORRECTIONS_NAME).exists()


def test_a_broken_corrections_file_stops_the_run_before_writing(seeds_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    (out / CORRECTIONS_NAME).write_text("corrections: [table: costs\n", encoding="utf-8")
    before = (out / "documents.csv").stat().st_mtime_ns
    code, output = invoke("run", seeds_out.parent / "stadt", "--out", out, *RUN)
    assert code == 2 and "kein gültiges YAML" in output
    assert (out / "documents.csv").stat().st_mtime_ns == before


def corrected_town(tmp_path: Path) -> tuple[Path, Path, str]:
    """A folder with one seed submission, its tables, and the doc_id of the Caritas member."""
    folder = tmp_path / "stadt"
    folder.mkdir()
    shutil.copy(SEED_TEXTS[0], folder / "vorlage.txt")
    out = tmp_path / "out"
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 0, output
    return folder, out, read_table(out, "documents")["doc_id"].iloc[0]


def test_a_correction_follows_its_file_downloaded_again(tmp_path: Path) -> None:
    """The issue's steps: correct a member, download the file again with other bytes, run
    again; then a download without the member, then the file gone."""
    folder, out, doc = corrected_town(tmp_path)
    members = read_table(out, "steering_group_members")
    caritas = members[members["member"].str.startswith("Caritas")].iloc[0]
    code, output = invoke(
        "correct", out, "steering_group_members", doc, "--at", caritas["char_start"], "--set", "sector=verwaltung"
    )
    assert code == 0 and "1 Korrektur angewendet" in output, output
    source = folder / "vorlage.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nNachtrag: Anlage 3 ergänzt.\n", encoding="utf-8")
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 0 and "1 Korrektur angewendet" in output, output
    docs = read_table(out, "documents")
    assert [Path(p).name for p in docs["source_path"]] == ["vorlage.txt"]
    assert docs["doc_id"].iloc[0] != doc  # another file's content, the same submission
    fixed = read_table(out, "steering_group_members").set_index("member").loc[caritas["member"]]
    assert (fixed["sector"], fixed["method"]) == ("administration", "manual")
    source.write_text(source.read_text(encoding="utf-8").replace(caritas["member"], "Diakonie"), encoding="utf-8")
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 3, output
    assert "0 Korrekturen angewendet, 1 ohne ihre Zeile" in output and "findet keine Zeile mehr" in output
    assert caritas["member"] in output
    source.unlink()
    shutil.copy(SEED_TEXTS[1], folder / "andere.txt")
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 3 and "findet ihr Dokument nicht mehr" in output, output
    code, output = invoke("corrections", out)
    assert code == 1 and "findet ihr Dokument nicht mehr" in output


def test_an_older_corrections_file_is_completed_not_dropped(tmp_path: Path) -> None:
    import yaml

    folder, out, doc = corrected_town(tmp_path)
    entry = {"table": "documents", "doc_id": doc, "set": {"author": "Erika Mustermann"}}
    old = yaml.safe_dump({"corrections": [entry]}, allow_unicode=True)
    (out / CORRECTIONS_NAME).write_text(old, encoding="utf-8")
    source = folder / "vorlage.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")  # downloaded again
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 0 and "1 Korrektur angewendet" in output and "corrections.yaml.bak" in output, output
    assert (out / (CORRECTIONS_NAME + ".bak")).read_text(encoding="utf-8") == old
    (kept,) = load(out)
    assert kept.doc_id == doc and kept.document["source_path"].endswith("stadt/vorlage.txt")
    assert read_table(out, "documents")["author"].tolist() == ["Erika Mustermann"]


def test_a_municipality_set_by_hand_brings_its_place_and_leaves_the_review(tmp_path: Path) -> None:
    folder = tmp_path / "stadt"
    folder.mkdir()
    lines = SEED_TEXTS[0].read_text(encoding="utf-8").splitlines()
    (folder / "ohne_kopf.txt").write_text(
        "\n".join(line for line in lines if "Landau" not in line) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 0, output
    doc = read_table(out, "documents").iloc[0]
    assert doc["municipality"] == "" and "no_municipality" in set(read_table(out, "review")["reason"])
    code, output = invoke("correct", out, "documents", doc["doc_id"], "--set", "municipality=Stadt Erlangen")
    assert code == 0, output
    row = read_table(out, "documents").iloc[0]
    assert (row["municipality"], row["municipality_type"], row["state"], row["ags"], row["municipality_method"]) == (
        "Erlangen",
        "Stadt",
        "Bayern",
        "09562000",
        "manual",
    )
    assert "no_municipality" not in set(read_table(out, "review")["reason"])
    code, output = invoke("review", out)
    assert "no_municipality" not in output


LABELLED = ("sector", "role", "cost_type", "body_type", "qualifier")


@given(column=st.sampled_from(LABELLED), data=st.data(), upper=st.booleans())
def test_german_labels_are_accepted_where_codes_are(column: str, data: st.DataObject, upper: bool) -> None:
    from pipeline.output.corrections import code_of, columns_of
    from pipeline.output.labels import code_labels

    names = code_labels()[column]
    code = data.draw(st.sampled_from(sorted(names)))
    label = names[code].upper() if upper else names[code]
    assert code_of(column, label) == code and code_of(column, code) == code
    table = next(t for t in ("steering_group_members", "consultations", "costs") if column in columns_of(t))
    match = {"member": "AWO"} if table == "steering_group_members" else {"raw_text": "1 €"}
    if table == "consultations":
        match = {"body": "Rat"}
    assert check(Correction(table, DOC, match, {column: label})).set == {column: code}
    with pytest.raises(CorrectionError, match="ist keiner von"):  # a word that is no label's start
        check(Correction(table, DOC, match, {column: "xq" + label}))


def test_correct_takes_a_german_label_on_the_command_line(seeds_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    members = read_table(out, "steering_group_members")
    first = members.iloc[0]
    code, output = invoke(
        "correct",
        out,
        "steering_group_members",
        first["doc_id"],
        "--at",
        first["char_start"],
        "--set",
        "sector=wohlfahrt",
    )
    assert code == 0, output
    fixed = read_table(out, "steering_group_members").iloc[0]
    assert (fixed["sector"], fixed["method"]) == ("welfare", "manual")
    assert "sector: welfare" in (out / CORRECTIONS_NAME).read_text(encoding="utf-8")


def test_the_readme_correction_fixes_what_its_comment_says(seeds_out: Path, tmp_path: Path) -> None:
    """The quick start's `correct` line, run on the sample corpus as a new user would: it finds
    the member its comment names (Caritas-Zentrum) and makes it a welfare association, given by
    its German label (the README once set a Sozialamt to `welfare`)."""
    import re

    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"vorlagen correct daten/ (\S+) (\S+) --at (\d+) --set (\w+)=(\S+)\s+# ([^:\n]+):", readme)
    assert m is not None, "no correct line in the quick start"
    table, doc_id, at, column, value, named = m.groups()
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    rows = read_table(out, table)
    (row,) = rows[(rows["doc_id"] == doc_id) & (rows["char_start"] == at)].itertuples()
    assert str(row.member).startswith(named)
    code, output = invoke("correct", out, table, doc_id, "--at", at, "--set", f"{column}={value}")
    assert code == 0, output
    rows = read_table(out, table)
    fixed = rows[(rows["doc_id"] == doc_id) & (rows["char_start"] == at)].iloc[0]
    assert (fixed["sector"], fixed["method"]) == ("welfare", "manual")
