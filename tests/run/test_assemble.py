"""Assembly: rows staged on disk as documents finish, tables written a chunk at a time.

The chunk size and the batches of municipalities compared at a time must not show in the
outputs: a run with chunks of a few rows gives the bytes of a run with the default size.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.run.assemble as assemble
from pipeline.schema import TABLES
from tests.helpers import RENDERINGS, read_table, run_into

INPUTS = [p for paths in RENDERINGS.values() for p in paths]


def sqlite_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as con:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}"').fetchall() for n in names}


@pytest.fixture(scope="module")
def small_chunks_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small-chunks")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(assemble, "CHUNK_ROWS", 7)  # a few documents per chunk, one municipality per batch
        run_into(out, INPUTS)
    return out


def test_small_chunks_give_the_same_csv_bytes(sample_out: Path, small_chunks_out: Path) -> None:
    names = sorted(p.name for p in sample_out.glob("*.csv"))
    assert {"municipalities.csv", "timelines.csv", "municipality_similarity.csv"} <= set(names)
    assert names == sorted(p.name for p in small_chunks_out.glob("*.csv"))
    for name in names:
        assert (small_chunks_out / name).read_bytes() == (sample_out / name).read_bytes(), name
    for name in ("datapackage.json", "metadata.json"):
        assert (small_chunks_out / name).read_bytes() == (sample_out / name).read_bytes(), name


def test_small_chunks_give_the_same_parquet_and_sqlite_rows(sample_out: Path, small_chunks_out: Path) -> None:
    for path in sorted(sample_out.glob("*.parquet")):
        expected = pd.read_parquet(path)
        got = pd.read_parquet(small_chunks_out / path.name)
        pd.testing.assert_frame_equal(got, expected, obj=path.name)
        assert len(expected.columns) > 0
    expected_rows = sqlite_rows(sample_out / "vorlagen.sqlite")
    assert set(TABLES) <= set(expected_rows)
    assert sqlite_rows(small_chunks_out / "vorlagen.sqlite") == expected_rows


def test_parquet_of_many_chunks_has_the_csv_rows(small_chunks_out: Path) -> None:
    for table in TABLES:
        parquet = pd.read_parquet(small_chunks_out / f"{table}.parquet")
        csv = read_table(small_chunks_out, table)
        assert len(parquet) == len(csv), table
        assert list(parquet.columns) == list(csv.columns), table


def test_staging_file_is_gone_after_the_run(small_chunks_out: Path) -> None:
    assert not list(small_chunks_out.glob(".*"))


def test_a_failure_while_writing_keeps_the_previous_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_into(tmp_path, INPUTS[:3])
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.*")}

    def broken(frames: object) -> object:
        raise RuntimeError("disk full")

    monkeypatch.setattr("pipeline.analysis.compare.compare_frames", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        run_into(tmp_path, INPUTS)
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.*")} == before
    assert not list(tmp_path.glob(".*"))  # no staging database, no half-written table


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.text()),
            st.one_of(st.none(), st.integers(-(2**62), 2**62)),
            st.one_of(st.none(), st.booleans()),
            st.one_of(st.none(), st.text(alphabet=' ,"\r\n;a')),
        ),
        max_size=8,
    )
)
def test_csv_rows_are_those_pandas_writes(rows: list[tuple[object, ...]]) -> None:
    from pipeline.output.store import append_csv
    from pipeline.output.tables import csv_cells, frame
    from pipeline.schema import BOOL, INT, Column

    columns = (Column("a", "str"), Column("n", INT), Column("flag", BOOL), Column("b", "str"))
    df = frame("x", [dict(zip("a n flag b".split(), r)) for r in rows], columns)
    ours = io.StringIO(newline="")
    append_csv(ours, df, columns, header=True)
    theirs = pd.DataFrame(
        dict(zip([c.name for c in columns], csv_cells(df, columns))), columns=[c.name for c in columns]
    )
    assert ours.getvalue() == theirs.to_csv(index=False, lineterminator="\n")
