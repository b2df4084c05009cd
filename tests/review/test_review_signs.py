"""The review list catches misses read from the structure of a document (the families' own,
extractors/steering/misses.py, extractors/action_fields/misses.py, extractors/costs/misses.py,
and the document's, pipeline/extract/review_signs.py), and raises nothing where every fact was read.

A generator writes integration submissions from parts (a Beratungsfolge, a steering group with
its members, Handlungsfelder, a cost), each part readable or broken the way real documents
break (dates misread by OCR; a group or a lead-in named by a word the vocabulary lacks; a
membership verb it lacks; a page without a Unicode map). Per part: when the extractors miss
its facts, the review names the part's reason; when they read them, it names nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.german.lists import items_after, split_items
from pipeline.extract.rows import extract_document
from pipeline.output.labels import REASON_LABELS
from pipeline.schema import REVIEW_REASONS
from tests.helpers import document

PLACES = ["Neustadt", "Bergheim", "Lindau", "Oberursel"]
GROUP_WORDS = {
    "known": ["Steuerungsgruppe", "Lenkungsgruppe", "Lenkungskreis"],
    "unknown": ["Leitungsforum", "Koordinationsplattform"],
}
MEMBERSHIP = {
    "known": ["Der {g} gehören an:", "Der {g} setzt sich wie folgt zusammen:"],
    "unknown": ["Zum {g} zählen:"],
}
LEAD = {
    "known": ["Das Konzept umfasst folgende Handlungsfelder:"],
    "unknown": ["Das Konzept umfasst folgende Wirkungsbereiche:"],
}
FIELDS = [
    "Sprache und Bildung",
    "Arbeit und Ausbildung",
    "Wohnen",
    "Gesundheit",
    "Kultur und Sport",
    "Interkulturelle Öffnung",
]
MEMBERS = [
    "Sozialamt",
    "Jobcenter {p}",
    "Caritasverband {p}",
    "Volkshochschule {p}",
    "Integrationsbeirat",
    "Agentur für Arbeit",
]


def ocr(date: str) -> str:
    return date.replace("0", "O").replace("1", "l")


@st.composite
def submissions(draw: st.DrawFn) -> tuple[str, dict[str, bool]]:
    place = draw(st.sampled_from(PLACES))
    broken = {k: draw(st.booleans()) for k in ("dates", "group", "membership", "lead")}
    d1, d2 = "12.03.2024", "21.03.2024"
    if broken["dates"]:
        d1, d2 = ocr(d1), ocr(d2)
    g = draw(st.sampled_from(GROUP_WORDS["unknown" if broken["group"] else "known"]))
    cue = draw(st.sampled_from(MEMBERSHIP["unknown" if broken["membership"] else "known"])).format(g=g)
    members = draw(st.lists(st.sampled_from(MEMBERS), min_size=3, max_size=5, unique=True))
    fields = draw(st.lists(st.sampled_from(FIELDS), min_size=3, max_size=6, unique=True))
    lead = draw(st.sampled_from(LEAD["unknown" if broken["lead"] else "known"]))
    text = (
        f"Stadt {place}\nDer Oberbürgermeister\n\nBeschlussvorlage\tVorlage Nr. 12/2024\n\n"
        f"Beratungsfolge\tSitzungstermin\tZuständigkeit\nSozialausschuss\t{d1}\tVorberatung\n"
        f"Stadtrat\t{d2}\tEntscheidung\n\n"
        f"Betreff: Integrationskonzept der Stadt {place}\n\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt die Erarbeitung des Integrationskonzeptes.\n\n"
        f"Sachverhalt:\nZur Steuerung des Prozesses wird eine {g} eingerichtet. {cue}\n"
        + "".join(f"- {m.format(p=place)}\n" for m in members)
        + f"\n{lead}\n"
        + "".join(f"- {f}\n" for f in fields)
        + "\nDie Kosten der externen Begleitung betragen 12.000 €.\n"
    )
    return text, broken


def run(text: str) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    tables, _, _ = extract_document(document(text))
    return tables, {str(r["reason"]) for r in tables.get("review", [])}


@settings(max_examples=30, deadline=None)
@given(submissions())
def test_generated_misses_are_flagged(case: tuple[str, dict[str, bool]]) -> None:
    text, _ = case
    tables, reasons = run(text)
    dated = [r for r in tables.get("consultations", []) if r.get("meeting_date")]
    dates_missed = len(dated) < 2
    assert dates_missed == bool(reasons & {"consultation_date_unread", "consultation_row_unused"}), reasons
    members_missed = len(tables.get("steering_group_members", [])) < 3
    assert members_missed == bool(reasons & {"group_without_members", "steering_group_without_members"}), reasons
    fields_missed = len(tables.get("action_fields", [])) < 3
    assert fields_missed == ("action_fields_without_labels" in reasons), reasons
    assert "amount_without_cost" not in reasons or not tables.get("costs")


def test_a_page_without_a_unicode_map_is_flagged() -> None:
    text = "Stadt Au\nBetreff: Haushalt\n\f" + " ".join(f"(cid:{i % 90})(cid:{i % 70})" for i in range(200))
    _, reasons = run(text)
    assert "page_unread" in reasons
    _, clean = run("Stadt Au\nBetreff: Haushalt\n\f" + "Die Verwaltung berichtet über den Stand der Arbeiten. " * 10)
    assert "page_unread" not in clean


def test_an_amount_beside_a_cost_word_without_a_cost_row() -> None:
    text = (
        "Stadt Au\nBeschlussvorlage\nBetreff: Integrationskonzept der Stadt Au\n\nBeschlussvorschlag:\n"
        "Der Rat beschließt das Integrationskonzept.\n\nSachverhalt:\nFür die Begleitung entstehen Kosten.\n"
    )
    tables, reasons = run(text + "Die Kosten betragen 9.500 € im Jahr.\n")
    assert bool(tables.get("costs")) != ("amount_without_cost" in reasons)
    # a zero amount is nothing to miss ("Personalmehrkosten: 0,00 €")
    tables, reasons = run(text + "Die Personalmehrkosten betragen 0,00 €.\n")
    assert not tables.get("costs") and "amount_without_cost" not in reasons


CONCEPT = (
    "Stadt Au\nBeschlussvorlage\nBetreff: Integrationskonzept der Stadt Au\n\nBeschlussvorschlag:\n"
    "Der Rat beschließt das Integrationskonzept.\n\nFinanzielle Auswirkungen:\n"
)


@pytest.mark.parametrize(
    "costs, computed",
    [
        ("Im Haushaltsjahr 2024 werden 10.000 € und im Haushaltsjahr 2025 weitere 10.000 € bereitgestellt.", True),
        ("Ein Zuschuss von 15.000 € wurde bewilligt. Im Haushalt sind 5.000 € veranschlagt.", True),
        ("Die Gesamtkosten betragen 20.000 €. Im Haushalt sind 5.000 € veranschlagt.", False),
        ("Das Honorar beträgt 3.000 €. Die Sachkosten betragen 500 €.", False),  # two kinds: no total at all
        ("Ein Zuschuss von 15.000 € wurde bewilligt.", False),
    ],
    ids=["years-added", "grant-left-out", "stated", "two-kinds", "grant-only"],
)
def test_a_computed_total_is_listed_to_check(costs: str, computed: bool) -> None:
    tables, reasons = run(CONCEPT + costs + "\n")
    assert tables.get("costs")
    assert ("total_computed" in reasons) == computed, reasons
    for r in tables.get("review", []):  # the kind of the amounts added by its German name, never its code
        if r["reason"] == "total_computed":
            kinds = {c["cost_type"] for c in tables["costs"]}
            assert re.search(r"der Art „(Haushaltsmittel|Förderung|Sachkosten|Personal)“", r["message"]), r
            assert not any(f"„{k}“" in r["message"] for k in kinds), r


def test_other_council_papers_raise_no_concept_signs() -> None:
    """A paper about a sports hall with a working group and a list of fields raises none."""
    text = (
        "Gemeinde Au\nBeschlussvorlage\nBetreff: Neubau der Sporthalle\n\nBeschlussvorschlag:\nDer Rat stimmt zu.\n\n"
        "Sachverhalt:\nEs wird ein Leitungsforum eingerichtet. Zum Leitungsforum zählen:\n- Bauamt\n- Schulamt\n"
        "- Sportverein Au\n\nDie Halle dient folgenden Bereichen:\n- Sport\n- Kultur\n- Bildung\n"
    )
    _, reasons = run(text)
    assert not reasons & {"group_without_members", "action_fields_without_labels", "amount_without_cost"}
    _, reasons = run(text + "\nIm Haushalt sind 5.000 € veranschlagt.\n")
    assert "total_computed" not in reasons


def test_list_items() -> None:
    text = "Mitglieder:\n- Sozialamt\n- Jobcenter\n\nDanach"
    assert [i.text for i in items_after(text, text.index(":") + 1)] == ["Sozialamt", "Jobcenter"]
    line = "Felder: Sprache, Arbeit und Wohnen."
    assert [i.text for i in split_items(line, line.index(":") + 1, len(line))] == ["Sprache", "Arbeit", "Wohnen"]


def test_every_reason_has_a_german_label() -> None:
    assert set(REVIEW_REASONS) <= set(REASON_LABELS)


def test_readme_lists_every_reason_with_its_german_label() -> None:
    """The README's table of review reasons has a row for each reason of the schema, with the
    German label `vorlagen review` shows, and no reason the schema lacks."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| reason | German label |") :].split("\n\n")[0]
    listed = dict(re.findall(r"^\| `([a-z_]+)` \| ([^|]+?) \|", table, re.M))
    assert listed == {k: REASON_LABELS[k] for k in REVIEW_REASONS}


FOCUS_NOUNS = ["Schwerpunkte in den Bereichen", "Handlungsfelder in den Bereichen", "Schwerpunkte im Bereich"]
FOCUS_SUBJECTS = [
    "Der Integrationsbeirat setzt",
    "Die Stadt legt",
    "Die Arbeit der nächsten Jahre hat",
    "Künftig gibt es",
]
FOCUS_FIELDS = ["Sprache", "Bildung", "Arbeit", "Wohnen", "Gesundheit", "Sport"]


@st.composite
def focus_papers(draw: st.DrawFn) -> tuple[str, bool]:
    """An integration paper announcing its focus areas in one sentence under a heading with a
    colon ("Begründung:"), three fields or more; or, as a negative, the same fields without a
    noun announcing them."""
    announced = draw(st.booleans())
    fields = draw(st.lists(st.sampled_from(FOCUS_FIELDS), min_size=3, max_size=5, unique=True))
    listed = ", ".join(fields[:-1]) + " und " + fields[-1]
    subject = draw(st.sampled_from(FOCUS_SUBJECTS))
    noun = draw(st.sampled_from(FOCUS_NOUNS)) if announced else "Angebote für"
    heading = draw(st.sampled_from(["Begründung:", "Sachverhalt:"]))
    text = (
        f"Stadt {draw(st.sampled_from(PLACES))}\nBeschlussvorlage\nDrucksache 12/2024\n\n"
        "Betreff: Integration zugewanderter Menschen\n\nBeschlussvorschlag:\n"
        "Der Rat nimmt den Bericht zur Integration zur Kenntnis.\n\n"
        f"{heading}\n{subject} {noun} {listed}. Die Integration der zugewanderten Menschen ist eine "
        "Aufgabe der ganzen Stadt. Migration und Teilhabe prägen die Stadt.\n"
    )
    return text, announced


@settings(max_examples=25, deadline=None)
@given(focus_papers())
def test_focus_areas_announced_in_a_sentence_are_flagged_when_missed(case: tuple[str, bool]) -> None:
    """'Schwerpunkte in den Bereichen Sprache, Bildung und Arbeit' after 'Begründung:': either
    the fields are read or the paper is listed to check; an enumeration no noun announces is not."""
    text, announced = case
    tables, reasons = run(text)
    flagged = "action_fields_without_labels" in reasons
    if announced:
        assert bool(tables.get("action_fields")) != flagged, (reasons, tables.get("action_fields"))
    else:
        assert not flagged, reasons


def test_focus_areas_of_another_matter_are_not_flagged() -> None:
    """A sports paper with 'Schwerpunkte in den Bereichen …' is no concept: no sign."""
    text = (
        "Gemeinde Au\nBeschlussvorlage\nBetreff: Neubau der Sporthalle\n\nBeschlussvorschlag:\nDer Rat stimmt zu.\n\n"
        "Begründung:\nDie Halle setzt Schwerpunkte in den Bereichen Sport, Kultur und Bildung.\n"
    )
    _, reasons = run(text)
    assert "action_fields_without_labels" not in reasons
