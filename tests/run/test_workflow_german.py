"""What a person reads is German: click's own usage and error lines, the run's summary and
its failures, `review`, `fetch-oparl --help`, the message columns of errors.csv and
review.csv (their codes stay English)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli.german import MESSAGES, gettext
from pipeline.cli.main import main
from tests.helpers import SEED_TEXTS, read_table

# words a German sentence has one of (an English one has none): articles, prepositions, umlauts
GERMAN = re.compile(
    r"\b(?:der|die|das|des|dem|den|für|und|mit|nach|von|im|ein|eine|kein|keine|nicht|ist|hat|Seite|Datei|zwischen|auch|nur|alle|kein)\b|[äöüß]",
    re.I,
)
ENGLISH = re.compile(r"\b(?:the|is|has|was|were|not|no|which|could|cannot|of|and)\b")


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "args, says",
    [
        (["run", "--nope"], "Eine Option '--nope' gibt es nicht"),
        (["correct"], "Fehlendes Argument 'OUT'"),
        (["revew"], "Einen Befehl 'revew' gibt es nicht"),
        (["review", "/gibt/es/nicht"], "Ordner '/gibt/es/nicht' gibt es nicht"),
        (["run", "--workers", "x"], "'x' ist keine gültige Zahl"),
        (["run", "--workers", "0"], "liegt nicht im Bereich"),
        (["run", "--ocr", "manchmal"], "ist keiner von"),
        (["review", "data", "b"], "Unerwartetes weiteres Argument"),
    ],
)
def test_clicks_own_lines_are_german(args: list[str], says: str) -> None:
    code, output = invoke(*args)
    assert code == 2, output
    assert output.startswith("Aufruf: ") and "Fehler: " in output and says in output, output
    assert not re.search(r"\b(?:Usage|Error|Try|Missing|No such|Invalid|does not exist)\b", output), output


def test_fetch_oparl_help_is_german() -> None:
    code, output = invoke("fetch-oparl", "--help")
    assert code == 0
    options = output.split("Optionen:")[1]
    entries = [e for e in re.split(r"\n  (?=-)", options) if e.strip()]
    assert len(entries) >= 12
    for entry in entries:
        assert GERMAN.search(entry) and not ENGLISH.search(entry.split("  ", 1)[-1]), entry


@given(message=st.sampled_from(sorted(MESSAGES)))
def test_every_click_message_keeps_its_placeholders(message: str) -> None:
    """A translation fills in only what click fills in (its {placeholders}, or fewer)."""
    fields = set(re.findall(r"\{(\w+)", message)) | set(re.findall(r"%\((\w+)\)", message))
    german = gettext(message)
    assert set(re.findall(r"\{(\w+)", german)) | set(re.findall(r"%\((\w+)\)", german)) <= fields
    assert german != message or not re.search(r"[a-z]{3}", message)


@pytest.fixture(scope="module")
def broken_town(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """A folder as a new user has it: submissions, a damaged PDF, an empty file, a Word file;
    the run's exit code and what it said."""
    root = tmp_path_factory.mktemp("german")
    folder = root / "stadt"
    folder.mkdir()
    for seed in SEED_TEXTS[:2]:
        shutil.copy(seed, folder / seed.name)
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj abgebrochen")
    (folder / "leer.txt").write_bytes(b"")
    (folder / "beschluss.docx").write_bytes(b"PK\x03\x04 kein Dokument")
    lines = SEED_TEXTS[0].read_text(encoding="utf-8").splitlines()
    (folder / "ohne_kopf.txt").write_text("\n".join(ln for ln in lines if "Landau" not in ln) + "\n", encoding="utf-8")
    out = root / "out"
    code, output = invoke("run", folder, "--out", out, "--no-cache", "--workers", "1", "--format", "csv")
    return out, code, output


def test_the_summary_and_failures_are_german_with_their_reasons(broken_town: tuple[Path, int, str]) -> None:
    out, code, output = broken_town
    assert code == 1, output
    summary = output.splitlines()[0]
    assert summary.startswith("3 Dokumente;") and "Fehler" in summary and "1 übersprungen" in summary, summary
    failed = [line for line in output.splitlines() if line.startswith("fehlgeschlagen: ")]
    assert sorted(Path(line.split(": ")[1]).name for line in failed) == ["kaputt.pdf", "leer.txt"]
    for line in failed:
        reason = line.split(": ", 2)[2]
        assert GERMAN.search(reason) and not ENGLISH.search(reason), line


def test_errors_and_review_messages_are_german_their_codes_english(broken_town: tuple[Path, int, str]) -> None:
    out, _, _ = broken_town
    errors = read_table(out, "errors")
    assert set(errors["error_type"]) == {"corrupt_pdf", "empty_file", "skipped"}
    for message in errors["message"]:
        assert GERMAN.search(message) and not ENGLISH.search(message), message
    review = read_table(out, "review")
    assert "no_municipality" in set(review["reason"])
    for message in review["message"]:
        assert GERMAN.search(message) and not ENGLISH.search(message), message


def test_review_speaks_german(broken_town: tuple[Path, int, str]) -> None:
    out, _, _ = broken_town
    code, output = invoke("review", out)
    assert code == 0, output
    assert re.match(r"\d+ Vorlage\(n\) zu prüfen, \d+ Hinweis\(e\)", output)
    assert "keine Kommune erkannt" in output and "korrigieren: vorlagen correct" in output
    assert not re.search(r"\b(?:document\(s\)|reason\(s\)|lowest confidence|sign\(s\))", output)
