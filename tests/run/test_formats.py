"""The output formats are named once (``pipeline/output/formats.py``): the writer, the folder's
present formats and the command line all follow an entry there."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import main as cli
from pipeline.output.files import present_formats
from pipeline.output.formats import FORMATS, Format
from pipeline.output.store import FormatFiles, write_tables, writer_class
from tests.analysis.test_compare import gold_frames


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_names_its_writer(name: str) -> None:
    assert issubclass(writer_class(name), FormatFiles)


def test_a_format_is_one_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a new format, added as an entry only (here with the CSV writer, in a folder of its own)
    monkeypatch.setitem(FORMATS, "csv-kopie", Format("kopie/{table}.csv", default=False, writer="CsvFiles"))
    frames = gold_frames()
    write_tables(frames, tmp_path, ("csv", "csv-kopie", "sqlite"))
    for name in frames:
        assert (tmp_path / "kopie" / f"{name}.csv").read_bytes() == (tmp_path / f"{name}.csv").read_bytes()
    assert present_formats(tmp_path) == ("csv", "sqlite", "csv-kopie")


def test_a_writer_that_does_not_exist_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FORMATS, "odf", Format("vorlagen.ods", default=False, writer="OdsFile"))
    with pytest.raises(LookupError, match="'odf': no writer class 'OdsFile'"):
        writer_class("odf")


def test_the_command_line_offers_every_format() -> None:
    runner = CliRunner()
    for command in ("run", "compare"):
        text = runner.invoke(cli, [command, "--help"], terminal_width=200).output
        for name in FORMATS:
            assert name in text, (command, name)


def test_present_formats_of_an_empty_folder_is_csv(tmp_path: Path) -> None:
    assert present_formats(tmp_path) == ("csv",)
