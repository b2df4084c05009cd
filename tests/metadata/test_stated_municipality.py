"""The municipality stated from outside a document (pipeline/run/stated.py): the option
``--municipality``, a ``vorlagen.yaml`` beside the inputs, the OParl body of a fetched file's
manifest; and reading such a statement over the gazetteer (extractors.metadata.stated_issuer)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.metadata import stated_issuer
from extractors.metadata.gazetteer import gazetteer
from pipeline.oparl.manifest import COLUMNS, MANIFEST_NAME
from pipeline.settings import Settings, SettingsError
from tests.helpers import run_into

RES = load_resources()
GAZ = gazetteer(RES)
# places whose name is theirs alone among places of their kind, written simply
UNIQUE = [
    p
    for p in GAZ.places
    if p.name.replace("-", "").replace(" ", "").isalpha()
    and len([q for q in GAZ.candidates(p.name) if q.is_district == p.is_district]) == 1
    and len(GAZ.candidates(p.name)) == 1
]
KIND_WORDS = {"Stadt": ["Stadt", "Rat der Stadt", "Der Oberbürgermeister der Stadt"], "Gemeinde": ["Gemeinde"]}
KIND_WORDS["Landkreis"] = ["Landkreis", "Landratsamt", "Kreistag des Landkreises"]

# a submission whose letterhead is an image: its text names no municipality
IMAGE_LETTERHEAD = (
    "Beschlussvorlage\nVorlage Nr. 12/2024\n\nBetreff:\nRadverkehrskonzept\n\n"
    "Beschlussvorschlag:\nDer Rat beschließt das Konzept.\n"
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(UNIQUE), st.data())
def test_a_stated_name_resolves_to_its_place(place: object, data: st.DataObject) -> None:
    """'Gemeinde X', 'Rat der Stadt X', 'Landratsamt X' and a bare name resolve to the place,
    with type, state and AGS."""
    from extractors.metadata.gazetteer import Place

    assert isinstance(place, Place)
    words = KIND_WORDS.get(place.type, [])
    written = data.draw(st.sampled_from([*(f"{w} {place.name}" for w in words), place.name]))
    got = stated_issuer(written, RES)
    assert got is not None and (got.name, got.type, got.ags) == (place.name, place.type, place.ags), written


@pytest.mark.parametrize(
    "written, trusted, expected",
    [
        ("Gemeinde Nordstemmen", False, ("Nordstemmen", "Gemeinde", "03254026")),
        ("  Landeshauptstadt   München ", False, ("München", "Stadt", "09162000")),
        ("Stadt Halle", False, ("Halle", "Stadt", None)),  # several towns: no AGS
        ("Musterstadt", True, ("Musterstadt", None, None)),  # the user's word, unknown to the register
        ("Musterstadt", False, None),  # a body name that names no place states nothing
        ("Hauptausschuss", False, None),
        ("", True, None),
    ],
)
def test_stated_names(written: str, trusted: bool, expected: tuple[str, str | None, str | None] | None) -> None:
    got = stated_issuer(written, RES, trusted=trusted)
    assert (None if got is None else (got.name, got.type, got.ags)) == expected


def documents(out: Path) -> dict[str, dict[str, str]]:
    df = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    return {Path(r["source_path"]).name: r for r in df.to_dict("records")}


def test_vorlagen_yaml_and_the_option_state_the_municipality(tmp_path: Path) -> None:
    stated = tmp_path / "in" / "nordstemmen"
    (stated / "2024").mkdir(parents=True)
    (stated / "vorlagen.yaml").write_text("municipality: Gemeinde Nordstemmen\n", encoding="utf-8")
    (stated / "2024" / "a.txt").write_text(IMAGE_LETTERHEAD, encoding="utf-8")
    loose = tmp_path / "in" / "loose"
    loose.mkdir()
    (loose / "b.txt").write_text(IMAGE_LETTERHEAD.replace("12/2024", "13/2024"), encoding="utf-8")
    broken = tmp_path / "in" / "broken"
    broken.mkdir()
    (broken / "vorlagen.yaml").write_text("municipality: [unclosed\n", encoding="utf-8")
    (broken / "c.txt").write_text(IMAGE_LETTERHEAD.replace("12/2024", "14/2024"), encoding="utf-8")

    run_into(tmp_path / "out", [tmp_path / "in"], formats=("csv",))
    docs = documents(tmp_path / "out")
    a = docs["a.txt"]
    assert (a["municipality"], a["municipality_type"], a["ags"], a["municipality_method"]) == (
        "Nordstemmen",
        "Gemeinde",
        "03254026",
        "stated",
    )
    assert float(a["municipality_confidence"]) > 0.9
    assert docs["b.txt"]["municipality"] == "" and docs["c.txt"]["municipality"] == ""  # nothing stated, unreadable

    run_into(tmp_path / "out2", [tmp_path / "in"], formats=("csv",), municipality="Stadt Erlangen")
    docs = documents(tmp_path / "out2")
    assert {(d["municipality"], d["ags"], d["municipality_method"]) for d in docs.values()} == {
        ("Erlangen", "09562000", "stated")
    }


def test_the_option_must_name_something(tmp_path: Path) -> None:
    with pytest.raises(SettingsError):
        Settings(municipality="  ")
    (tmp_path / "a.txt").write_text(IMAGE_LETTERHEAD, encoding="utf-8")
    code, output = invoke("run", tmp_path / "a.txt", "--out", tmp_path / "out", "--municipality", " ", *RUN)
    assert code == 2 and "--municipality" in output and not (tmp_path / "out").exists()


def test_the_statement_keys_the_run_not_the_documents_cache() -> None:
    """The stated municipality is put on the cached results: it never keys the cache."""
    assert Settings(municipality="Stadt Bonn").cache_key() == Settings().cache_key()


def municipality_of(out: Path) -> dict[str, tuple[str, str]]:
    return {name: (d["municipality"], d["municipality_method"]) for name, d in documents(out).items()}


def reasons(out: Path) -> set[str]:
    return set(pd.read_csv(out / "review.csv", dtype=str, keep_default_na=False)["reason"])


def test_a_changed_statement_writes_the_tables_again_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run whose statement (the option or a vorlagen.yaml) is what it was has nothing to do;
    one whose statement changed writes the tables again, each document from the cache; the
    option goes before the file; without a statement the text decides again."""
    from pipeline.run import runner

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(IMAGE_LETTERHEAD, encoding="utf-8")
    stated = folder / "vorlagen.yaml"
    stated.write_text("municipality: Gemeinde Nordstemmen\n", encoding="utf-8")
    out = tmp_path / "out"

    def again(**option: str) -> bool:
        return run_into(out, [folder], formats=("csv",), use_cache=True, **option).up_to_date

    assert not again()
    assert municipality_of(out) == {"a.txt": ("Nordstemmen", "stated")}
    assert "no_municipality" not in reasons(out)  # the statement answers the review's question

    def never(*args: object) -> object:
        raise AssertionError("a document was read again: the statement must not key the cache")

    monkeypatch.setattr(runner, "process_file", never)
    assert again()  # nothing changed
    stated.write_text("municipality: Stadt Erlangen\n", encoding="utf-8")
    assert not again()
    assert municipality_of(out) == {"a.txt": ("Erlangen", "stated")}
    assert again()
    assert not again(municipality="Gemeinde Nordstemmen")  # the option goes before the file
    assert municipality_of(out) == {"a.txt": ("Nordstemmen", "stated")}
    assert again(municipality="Gemeinde Nordstemmen")
    stated.unlink()
    assert not again()
    assert municipality_of(out) == {"a.txt": ("", "")}
    assert "no_municipality" in reasons(out)


RUN = ("--workers", "1", "--format", "csv", "--quiet")


def invoke(*args: str | Path) -> tuple[int, str]:
    from click.testing import CliRunner

    from pipeline.cli.main import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_a_correction_goes_before_the_statement_and_earlier_documents_keep_theirs(tmp_path: Path) -> None:
    """The user's correction decides over a stated municipality, in the run that states it and
    in later ones; a later run into the same folder states its municipality for its own inputs
    only; --replace keeps the correction too."""
    first, second = tmp_path / "nordstemmen", tmp_path / "erlangen"
    first.mkdir()
    second.mkdir()
    (first / "vorlagen.yaml").write_text("municipality: Gemeinde Nordstemmen\n", encoding="utf-8")
    (first / "a.txt").write_text(IMAGE_LETTERHEAD, encoding="utf-8")
    (first / "b.txt").write_text(IMAGE_LETTERHEAD.replace("12/2024", "13/2024"), encoding="utf-8")
    (second / "c.txt").write_text(IMAGE_LETTERHEAD.replace("12/2024", "14/2024"), encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("run", first, "--out", out, *RUN)[0] == 0
    assert municipality_of(out) == {"a.txt": ("Nordstemmen", "stated"), "b.txt": ("Nordstemmen", "stated")}
    doc_id = documents(out)["a.txt"]["doc_id"]
    code, output = invoke("correct", out, "documents", doc_id, "--set", "municipality=Sarstedt")
    assert code == 0, output
    corrected = {"a.txt": ("Sarstedt", "manual"), "b.txt": ("Nordstemmen", "stated")}
    assert municipality_of(out) == corrected

    assert invoke("run", first, "--out", out, *RUN)[0] == 0  # read again: the correction still decides
    assert municipality_of(out) == corrected
    assert invoke("run", second, "--out", out, "--municipality", "Stadt Erlangen", *RUN)[0] == 0
    assert municipality_of(out) == {**corrected, "c.txt": ("Erlangen", "stated")}
    assert invoke("run", second, "--out", out, *RUN)[0] == 0  # stated no more: the text's (none)
    assert municipality_of(out) == {**corrected, "c.txt": ("", "")}
    assert invoke("run", first, "--out", out, "--replace", "--municipality", "Stadt Erlangen", *RUN)[0] == 0
    assert municipality_of(out) == {"a.txt": ("Sarstedt", "manual"), "b.txt": ("Erlangen", "stated")}


def test_the_oparl_body_of_a_manifest_states_the_municipality(tmp_path: Path) -> None:
    body = tmp_path / "in" / "nordstemmen"
    body.mkdir(parents=True)
    (body / "a.txt").write_text(IMAGE_LETTERHEAD, encoding="utf-8")
    (body / "b.txt").write_text(IMAGE_LETTERHEAD.replace("12/2024", "13/2024"), encoding="utf-8")
    rows = []
    for name, body_name in (("a.txt", "Gemeinde Nordstemmen"), ("b.txt", "Ratsinformation")):
        row = {c: "" for c in COLUMNS}
        row.update(
            paper_id=f"https://example.org/paper/{name}",
            file_id=f"https://example.org/file/{name}",
            file_path=name,
            status="downloaded",
            body_name=body_name,
        )
        rows.append(row)
    with open(body / MANIFEST_NAME, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    run_into(tmp_path / "out", [tmp_path / "in"], formats=("csv",))
    docs = documents(tmp_path / "out")
    a, b = docs["a.txt"], docs["b.txt"]
    assert (a["municipality"], a["ags"], a["municipality_method"]) == ("Nordstemmen", "03254026", "oparl_body")
    assert a["oparl_paper"] == "https://example.org/paper/a.txt"
    assert b["municipality"] == ""  # a body name that names no place
