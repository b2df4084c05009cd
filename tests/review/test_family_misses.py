"""Each family reports its own misses (``extractors.MISSES``, ``extractors.CONCEPT_MISSES``): the
steering family a group read without members whose list follows it, the action fields a lead-in
whose list no field was read from, the costs a financial impact marked yes without a cost. The
words are the family's own (the ``misses`` of its YAML file); the review keeps none of them.

Generated papers (a group word, a cue, a list of offices; a lead-in and a list of taxonomy
fields; a label and its answer) with the records the readers gave, and the same with the fact
read (a member, a field, a cost) or the sign taken away: the miss is there only in the first.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import CONCEPT_MISSES, MISSES, load_resources
from extractors.action_fields import misses as field_misses
from extractors.action_fields.vocab import vocabulary
from extractors.costs import misses as cost_misses
from extractors.misses import Miss
from extractors.steering import misses as steering_misses
from pipeline.document import Document
from pipeline.records import ActionField, Consultation, Cost, Member, Record, SteeringGroup
from pipeline.structure import view
from tests.helpers import document

ROOT = Path(__file__).resolve().parents[2]
GROUPS = ["Steuerungsgruppe", "Lenkungskreis", "Koordinierungsgruppe"]
CUES = ["Die {g} setzt sich wie folgt zusammen:", "Der {g} gehören als Mitglieder an:"]
OFFICES = ["Sozialamt", "Jobcenter", "Volkshochschule", "Caritasverband", "Ausländerbehörde", "Integrationsbeirat"]
FIELDS = ["Sprache und Bildung", "Arbeit und Ausbildung", "Wohnen", "Gesundheit", "Sport und Freizeit"]
LEADS = ["Das Konzept umfasst folgende Handlungsfelder:", "Folgende Handlungsfelder werden bearbeitet:"]
ANSWERS = {"Finanzielle Auswirkungen: ja": True, "Finanzielle Auswirkungen: nein": False}


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


def _misses(reader: object, doc: Document, records: list[Record]) -> list[Miss]:
    res = load_resources()
    return list(reader(doc, records, res, view(doc)))  # type: ignore[operator]


def _group(doc: Document, name: str, members: list[str]) -> SteeringGroup:
    at = doc.text.index(name)
    read = [Member(span=doc.span(doc.text.index(m), doc.text.index(m) + len(m)), member=m) for m in members]
    return SteeringGroup(span=doc.span(at, at + len(name)), group_name=name, members=read)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(CUES),
    st.lists(st.sampled_from(OFFICES), min_size=3, max_size=5, unique=True),
    st.booleans(),
)
def test_a_group_without_its_listed_members_is_the_steering_family_s_miss(
    g: str, cue: str, offices: list[str], read: bool
) -> None:
    text = f"Integrationskonzept der Stadt Neustadt\n\n{cue.format(g=g)}\n" + "".join(f"- {o}\n" for o in offices)
    doc = _doc(text)
    group = _group(doc, g, offices if read else [])
    found = _misses(steering_misses.misses, doc, [group])
    if read:
        assert found == []  # every member read: nothing missed
    else:
        assert [m.reason for m in found] == ["steering_group_without_members"]
        assert found[0].message.startswith(f"{g}: Mitglieder nach")


PEOPLE = ["Frau Jansen", "Herr Petersen", "Frau Wulff", "Herr Koch", "Frau Yilmaz"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.lists(st.sampled_from(OFFICES), min_size=3, max_size=5, unique=True),
    st.integers(1, 5),
    st.sampled_from(["\t", "   ", "          "]),
    st.booleans(),
)
def test_a_group_read_with_fewer_members_than_its_table_has_rows_is_a_miss(
    g: str, offices: list[str], k: int, gap: str, columns: bool
) -> None:
    """A table of members after "setzt sich wie folgt zusammen:" (an institution and its
    representative per row, tabs or the gaps of ``pdftotext -layout``) with fewer members read
    than rows: the rest were lost; all read, or one column only (no table), nothing is."""
    k = min(k, len(offices))
    rows = [f"{o}{gap}{p}" if columns else o for o, p in zip(offices, PEOPLE)]
    head = f"Institution{gap}Vertretung\n" if columns else ""
    doc = _doc(f"Vorlage\n\nDie {g} setzt sich wie folgt zusammen:\n\n{head}" + "\n".join(rows) + "\n\nEnde.\n")
    found = _misses(steering_misses.misses, doc, [_group(doc, g, offices[:k])])
    if columns and k < len(offices):
        assert [m.reason for m in found] == ["steering_group_without_members"]
        assert f"eine Tabelle mit {len(offices)} Zeilen" in found[0].message
    else:
        assert found == []


WRAPPED = ["Stadt Neumünster,\nFachdienst Integration", "Jobcenter\nNeumünster", "Volkshochschule\nNeumünster e. V."]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.lists(st.sampled_from(WRAPPED), min_size=2, max_size=3, unique=True),
    st.integers(1, 3),
    st.booleans(),
)
def test_a_row_set_apart_or_run_into_its_neighbour_cell_without_a_member_is_a_miss(
    g: str, offices: list[str], k: int, run_in: bool
) -> None:
    """A members table as exports set it: each row's first cell wrapped over lines (its rest on
    lines of their own) and the rows parted by blank lines, and a last row whose two cells the
    export joined by one space ("Zivilgesellschaft zwei Mitglieder des Integrationsbeirats"): a
    row without a member read is lost, whatever the number read elsewhere; every row read,
    nothing is; the repeated header after a page break and the sentence after the table are no
    rows."""
    k = min(k, len(offices))
    width = 21
    rows = []
    for office, person in zip(offices, PEOPLE):
        first, *rest = office.split("\n")
        rows.append(f"{first:<{width}}{person}\n" + "".join(f"{r}\n" for r in rest))
    last = "Integrationsbeirat zwei Mitglieder" if run_in else f"{'Integrationsbeirat':<{width}}zwei Mitglieder"
    head = f"{'Institution':<{width}}Vertretung\n"
    text = f"Vorlage\n\nDie {g} setzt sich wie folgt zusammen:\n\n{head}" + "\n".join(rows)
    text += f"\n{head}{last}\n\nDie Geschäftsstelle lädt zu den Sitzungen ein und führt das Protokoll.\n"
    doc = _doc(text)
    read = [o.split("\n")[0] for o in offices[:k]]
    names = [*read, "Integrationsbeirat"] if k == len(offices) else read
    found = _misses(steering_misses.misses, doc, [_group(doc, g, names)])
    if k == len(offices):
        assert found == []
    else:
        assert [m.reason for m in found] == ["steering_group_without_members"]
        assert f"eine Tabelle mit {len(offices) + 1} Zeilen" in found[0].message
        assert f"{len(offices) - k + 1} ohne erfasstes Mitglied" in found[0].message


ENTRIES = [
    "Jobcenter Ludwigslust-Parchim",
    "Agentur für Arbeit Schwerin",
    "Diakonie Westmecklenburg-Schwerin",
    "Kreisvolkshochschule Ludwigslust-Parchim",
    "Caritas im Norden",
]
WRAPPED_NAME = "Landkreis\nLudwigslust-Parchim,\nFachdienst Soziales und\nIntegration"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GROUPS), st.lists(st.sampled_from(ENTRIES), min_size=4, max_size=5, unique=True), st.booleans())
def test_members_read_over_several_lines_of_a_list_are_entries_run_together(
    g: str, offices: list[str], together: bool
) -> None:
    """A list one entry a line (a table's column an export set under the other) read as one
    member over three lines or more ("Agentur für Arbeit Schwerin Diakonie … Kreisvolkshochschule
    …"): the entries were run together; each read on its own line, or a name wrapped over four
    lines ("Landkreis / Ludwigslust-Parchim, / Fachdienst Soziales und / Integration") read as
    one, nothing is."""
    doc = _doc(f"Vorlage\n\nDer {g} gehören an:\nInstitution\n{WRAPPED_NAME}\n" + "\n".join(offices) + "\n\nEnde.\n")
    if together:
        start = doc.text.index(offices[1])
        end = doc.text.index(offices[-1]) + len(offices[-1])
        read = [WRAPPED_NAME, offices[0], doc.text[start:end]]
    else:
        read = [WRAPPED_NAME, *offices]
    found = _misses(steering_misses.misses, doc, [_group(doc, g, read)])
    if together:
        assert [m.reason for m in found] == ["steering_group_without_members"]
        assert "steht über mehrere Zeilen der Liste" in found[0].message
    else:
        assert found == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.lists(st.sampled_from(FIELDS), min_size=2, max_size=5, unique=True),
    st.lists(st.sampled_from(OFFICES), min_size=1, max_size=4, unique=True),
    st.booleans(),
)
def test_members_read_from_the_list_of_fields_are_a_miss(
    g: str, fields: list[str], offices: list[str], twice: bool
) -> None:
    """ "Arbeitsgruppen zu folgenden Handlungsfeldern: Bildung, Wohnen, …" read as the fields and
    as the group's members (the sentence naming the members lost): most members are fields, a
    miss; members of their own list beside the fields read, none."""
    text = f"Vorlage\n\nDie {g} wurde mit {', '.join(offices)} besetzt.\n\n"
    text += f"Arbeitsgruppen zu folgenden Handlungsfeldern: {', '.join(fields)}.\n"
    doc = _doc(text)
    read = _fields_read(doc, fields)
    members = (fields if twice else offices)[:]
    group = _group(doc, g, members)
    found = _misses(steering_misses.misses, doc, [group, *read])
    if twice:
        assert [m.reason for m in found] == ["steering_group_members_not_found"]
        assert found[0].message.startswith(f"{g}: {len(fields)} der {len(fields)} Mitglieder sind als Handlungsfelder")
    else:
        assert found == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GROUPS), st.sampled_from(OFFICES))
def test_a_group_with_no_list_and_no_task_is_no_miss(g: str, office: str) -> None:
    """A group named in passing ("Das Sozialamt berichtet der Steuerungsgruppe.") lists nobody and
    is given no task: the family reports nothing."""
    doc = _doc(f"Sitzungsvorlage\n\nDas {office} berichtet der {g} über den Stand.\n")
    assert _misses(steering_misses.misses, doc, [_group(doc, g, [])]) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(LEADS),
    st.lists(st.sampled_from(FIELDS), min_size=3, max_size=5, unique=True),
    st.booleans(),
)
def test_an_announced_list_of_fields_without_a_field_is_the_action_fields_miss(
    lead: str, fields: list[str], read: bool
) -> None:
    text = f"Integrationskonzept\n\n{lead}\n" + "".join(f"- {f}\n" for f in fields) + "\nDer Rat beschließt.\n"
    doc = _doc(text)
    records: list[Record] = []
    if read:
        at = doc.text.index(fields[0])
        records = [ActionField(span=doc.span(at, at + len(fields[0])), label=fields[0])]
    found = _misses(field_misses.misses, doc, records)
    assert [m.reason for m in found] == ([] if read else ["action_fields_without_labels"])


COUNTS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs"}
COUNTED = ["Das Konzept ist in {n} Handlungsfelder gegliedert:", "Es umfasst die {n} zentralen Handlungsfelder:"]


def _fields_read(doc: Document, fields: list[str]) -> list[Record]:
    out: list[Record] = []
    for f in fields:
        at = doc.text.index(f)
        out.append(ActionField(span=doc.span(at, at + len(f)), label=f))
    return out


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(COUNTED),
    st.lists(st.sampled_from(FIELDS), min_size=2, max_size=5, unique=True),
    st.integers(0, 5),
    st.booleans(),
    st.booleans(),
)
def test_a_lead_in_counting_more_fields_than_were_read_is_a_miss(
    lead: str, fields: list[str], k: int, digits: bool, cells: bool
) -> None:
    """ "in sechs Handlungsfelder gegliedert:" with five fields read (a table row an export
    broke): the count says one is missing; as many read as counted, nothing is."""
    n = len(fields)
    k = min(k, n)
    sep = "\n\n" if cells else "\n"
    text = "Integrationskonzept\n\n" + lead.format(n=n if digits else COUNTS[n]) + "\n"
    text += sep.join(fields) + "\n\nDer Rat beschließt.\n"
    doc = _doc(text)
    found = _misses(field_misses.misses, doc, _fields_read(doc, fields[:k]))
    if k == n:
        assert found == []
    else:
        assert [m.reason for m in found][:1] == ["action_fields_without_labels"]
        assert found[0].message == f"{n if digits else COUNTS[n]} Handlungsfelder angekündigt, {k} erfasst"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(list(COUNTS.values())), st.sampled_from(FIELDS))
def test_a_count_in_passing_is_no_lead_in(n: str, field: str) -> None:
    """ "In jedem der sechs Handlungsfelder gibt es Vorhaben." counts fields the paper does not
    list: no colon, no miss, whatever was read."""
    doc = _doc(f"Vorlage\n\nIn jedem der {n} Handlungsfelder gibt es Vorhaben, etwa {field}.\n")
    assert _misses(field_misses.misses, doc, []) == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["bisherigen", "früheren", "alten"]),
    st.sampled_from(list(COUNTS.values())),
    st.lists(st.sampled_from(FIELDS), min_size=2, max_size=4, unique=True),
)
def test_the_count_of_an_older_plans_fields_is_no_lead_in(old: str, n: str, fields: list[str]) -> None:
    """ "Sie ersetzen die bisherigen sechs Handlungsfelder:" counts the fields of the plan before, not
    those listed after it: no miss for fewer read; the same lead-in without the adjective is one."""
    for adjective, missed in ((old + " ", False), ("", True)):
        doc = _doc(
            f"Vorlage\n\nSie ersetzen die {adjective}{n} Handlungsfelder:\n"
            + "\n".join(fields)
            + "\n\nDer Rat beschließt.\n"
        )
        found = _misses(field_misses.misses, doc, _fields_read(doc, fields[:1]))
        assert bool(found) == missed, (adjective, [m.message for m in found])


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(FIELDS), min_size=3, max_size=5, unique=True), st.booleans(), st.booleans())
def test_fields_set_as_cells_after_a_plural_lead_in_are_a_list(fields: list[str], plural: bool, read: bool) -> None:
    """A table of fields exported cell by cell (short lines a blank line parts) after "nach
    Handlungsfeldern gegliedert:" is a list; after a form's "Handlungsfeld:" it is the form's
    next labels, and no miss."""
    lead = "Das Konzept wird nach Handlungsfeldern gegliedert:" if plural else "ISEK relevant nein ja Handlungsfeld:"
    doc = _doc("Vorlage\n\n" + lead + "\n" + "\n\n".join(fields) + "\n\nDer Rat beschließt das Konzept heute.\n")
    found = _misses(field_misses.misses, doc, _fields_read(doc, fields[:1]) if read else [])
    assert [m.reason for m in found] == (["action_fields_without_labels"] if plural and not read else [])


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "3. Handlungsfelder",
            "II. Handlungsfelder",
            "Handlungsfelder",
            "4. Handlungsfelder                 2. Dokumentation der Konferenzen",
            "3. Handlungsfeld",
            "Themenbereiche (Handlungsfelder)",
            "4. Säulen (Handlungsfelder)",
        ]
    ),
    st.lists(st.sampled_from(FIELDS), min_size=2, max_size=4, unique=True),
    st.booleans(),
)
def test_a_section_headed_by_handlungsfelder_with_none_read_is_a_miss(
    heading: str, fields: list[str], read: bool
) -> None:
    """A heading of its own line naming Handlungsfelder ("3. Handlungsfelder") over entries with
    their goals, as an export gives them without the blank lines between (also the left column's
    heading of a two-column page): no field read is a miss; the fields read, or the singular
    ("3. Handlungsfeld", a table's header cell), none."""
    body = "".join(f"{f}\nAusgangslage: Es fehlen Angebote.\nZiel: Ein Angebot in jeder Ortschaft.\n" for f in fields)
    doc = _doc(f"Vorlage\n\n2. Verfahren\nDas Konzept entsteht in Werkstätten.\n\n{heading}\n\n{body}\nEnde.\n")
    found = _misses(field_misses.misses, doc, _fields_read(doc, fields) if read else [])
    if read or heading.endswith("Handlungsfeld"):
        assert found == []
    else:
        assert [m.reason for m in found] == ["action_fields_without_labels"]
        assert found[0].message == f"Abschnitt «{heading.split('  ')[0]}»; kein Handlungsfeld darunter erfasst"


def test_handlungsfelder_in_a_sentence_are_no_section_heading() -> None:
    doc = _doc("Vorlage\n\nDas Konzept entsteht in zwei Werkstätten je Handlungsfeld.\nDie Handlungsfelder\nfolgen.\n")
    assert _misses(field_misses.misses, doc, []) == []
    # a noun in brackets after words that name no field group: a phrase, no heading of fields
    doc = _doc("Vorlage\n\nBericht der Verwaltung (Handlungsfelder)\n\nDie Arbeit geht weiter.\n")
    assert _misses(field_misses.misses, doc, []) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(FIELDS), st.sampled_from(OFFICES))
def test_a_lead_in_of_another_list_is_no_field_list(field: str, office: str) -> None:
    """Goals and participants after a colon are lists of another kind, even in a concept."""
    text = f"Integrationskonzept\n\nFolgende Ziele wurden vereinbart:\n- {field}\n- {office}\n- Wohnen\n- Arbeit\n"
    doc = _doc(text)
    assert _misses(field_misses.concept_misses, doc, []) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(GROUPS), st.sampled_from(["Produktgruppe", "Zielgruppe", "Arbeitsgruppe"]), st.booleans())
def test_a_set_up_word_belongs_to_the_group_word_nearest_it(g: str, other: str, between: bool) -> None:
    """ "die Einrichtung einer Steuerungsgruppe vorzunehmen. Bezug zum Haushalt Produktgruppe 11.14"
    run into one sentence (an export without paragraph breaks): the set-up is the read group's,
    not the later group word's; with no group word between them, it is that word's."""
    lead = f"die Einrichtung einer {g} vorzunehmen " if between else "die Einrichtung vorzunehmen "
    doc = _doc(f"Integrationskonzept der Stadt\n\nDer Rat beschließt {lead}Bezug zum Haushalt {other} 11.14\n")
    records: list[Record] = [_group(doc, g, [])] if between else []
    found = [m.message for m in _misses(steering_misses.concept_misses, doc, records) if other in m.message]
    assert found == ([] if between else [f"{other} wird eingerichtet oder beauftragt; keine Gruppe erfasst"])


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(GROUPS), st.booleans())
def test_a_beratungsfolge_after_a_group_s_colon_is_no_member_list(g: str, read: bool) -> None:
    """ "Einrichtung einer Steuerungsgruppe" / "Beratungsfolge:" / "Gremium: …" (no blank line, as
    pypdf sets a head): "Beratungsfolge:" is a section's label that ends the block above it, so its
    lines are no members lost, whether they were read as consultations or not."""
    rows = ["Gremium: Beirat für Migration", "Termin: 08.02.2023", "Gremium: Stadtrat", "Termin: 09.03.2023"]
    doc = _doc(f"Betreff: Einrichtung einer {g}\nBeratungsfolge:\n" + "\n".join(rows) + "\n")
    records: list[Record] = [_group(doc, g, [])]
    if read:
        for name in ("Beirat für Migration", "Stadtrat"):
            at = doc.text.index(name)
            records.append(Consultation(span=doc.span(at, at + len(name)), body=name))
    found = [m.reason for m in _misses(steering_misses.concept_misses, doc, records)]
    assert found == []
    # the same lines after the group's own colon ("… mit folgenden Mitgliedern:") are members lost
    own = _doc(f"Einrichtung einer {g} mit folgenden Mitgliedern:\n" + "\n".join(rows) + "\n")
    found = [m.reason for m in _misses(steering_misses.concept_misses, own, [_group(own, g, [])])]
    assert found == ["group_without_members"]


def test_a_field_s_heading_run_into_its_sentence_is_not_the_sentence_s_lead() -> None:
    """ "Handlungsfeld „Engagement“" run into the next sentence that lists topics ("zu Themen wie
    Arbeit, Schule und Beruf, Wohnen, Bildung"): the heading's field noun does not announce them."""
    text = (
        "Integrationskonzept\n\nHandlungsfeld „Bürgerschaftliches Engagement“\nFür alle Interessierten soll ein Treff"
        " mit Informationen zu Themen wie Arbeit, Schule und Beruf, Wohnen, Gesundheit, Bildung und Erziehung"
        " etabliert werden.\n"
    )
    doc = _doc(text)
    assert [m for m in _misses(field_misses.concept_misses, doc, []) if "Satz" in m.message] == []
    named = _doc(text.replace("Themen wie", "den Handlungsfeldern"))  # the sentence's own field noun
    assert [m for m in _misses(field_misses.concept_misses, named, []) if "Satz" in m.message]


@given(st.sampled_from(list(ANSWERS)), st.booleans())
@settings(max_examples=20, deadline=None)
def test_a_financial_impact_marked_yes_without_a_cost_is_the_costs_miss(label: str, read: bool) -> None:
    doc = _doc(f"Beschlussvorlage\n\n{label}\n\nDie Maßnahme kostet 12.000 € im Jahr 2024.\n")
    records: list[Record] = []
    if read:
        at = doc.text.index("12.000 €")
        records = [Cost(span=doc.span(at, at + 8), amount_eur=12000.0, raw_text="12.000 €")]
    found = _misses(cost_misses.misses, doc, records)
    expected = ANSWERS[label] and not read
    assert [m.reason for m in found] == (["financial_impact_without_amount"] if expected else [])


def test_every_family_with_misses_is_registered_and_the_review_keeps_no_family_words() -> None:
    """The families' misses are in the registries; the review's words are of the whole document
    only (the head of a submission), and its modules import no family's readers or words."""
    from extractors.resources import load_yaml

    assert [name for name, _ in MISSES] == ["consultations", "steering", "action_fields", "costs"]
    assert [name for name, _ in CONCEPT_MISSES] == ["steering", "action_fields", "costs"]
    kinds = {e["kind"] for e in load_yaml(ROOT / "pipeline/extract/resources/review.yaml")["entries"]}
    assert kinds == {"submission_head"}
    res = load_resources()
    for family in ("steering", "taxonomy", "costs"):
        assert res[family]["misses"], family
    for name in ("review", "review_signs", "review_text"):
        tree = ast.parse((ROOT / "pipeline/extract" / f"{name}.py").read_text(encoding="utf-8"))
        imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        family = [m for m in imported if m.startswith(("extractors.steering", "extractors.action_fields"))]
        assert family == [] and "extractors.costs" not in imported, name


def _words(pattern: str) -> set[str]:
    """The literal words of a pattern or list (three letters or more, not an escape or a placeholder)."""
    import re

    return {w.casefold() for w in re.findall(r"(?<![\\\w{])([A-Za-zÄÖÜäöüß]{3,})(?![\w}])", pattern)}


def test_the_misses_name_the_family_s_words_and_copy_none() -> None:
    """One source per word: the nouns of the taxonomy, the readers' lead-in blockers, the costs'
    cue words, the heads of the group nouns and the steering readers' words for a group set up or
    tasked stand in the ``misses`` blocks as placeholders ("{field_nouns}", "{lead_blockers}",
    "{cost_words}", "{group_heads}", "{establish}"), filled from the family's own lists when the
    patterns are compiled; a noun added to ``field_nouns`` is a sign of a miss at once."""
    from extractors.resources import load_yaml

    taxonomy = load_yaml(ROOT / "extractors/resources/taxonomy.yaml")
    nouns = set().union(*(_words(" ".join(taxonomy[k])) for k in ("field_nouns", "weak_nouns", "passing_nouns")))
    for key, pattern in taxonomy["misses"].items():
        assert not _words(pattern) & nouns, key
    steering = load_yaml(ROOT / "extractors/resources/steering.yaml")
    readers = _words(steering["establish"]) | _words(steering["task"])
    for key, pattern in steering["misses"].items():
        assert not _words(pattern) & readers, key
    other = _words(" ".join(taxonomy["other_lists"]))
    for key in ("lead_blockers", "not_field_leads"):  # two extensions of one list, neither a copy of it
        assert not _words(" ".join(taxonomy[key])) & other, key
    assert not _words(taxonomy["misses"]["not_fields"]) & (other | _words(" ".join(taxonomy["not_field_leads"])))
    costs = load_yaml(ROOT / "extractors/resources/costs.yaml")
    cues = [*costs["generic"]["patterns"], *(p for e in costs["entries"] for p in e["patterns"])]
    cue = re.compile("|".join(f"(?:{p})" for p in cues), re.I)
    assert "{cost_words}" in costs["misses"]["cost_word"]
    assert not [w for w in _words(costs["misses"]["cost_word"]) if cue.fullmatch(w)]  # none a cue already is
    heads = {e["head"] for e in steering["entries"]}
    assert not _words(steering["misses"]["group_head"]) & heads  # the group nouns' heads, by name
    res = load_resources()
    words = field_misses.words(res)
    assert words.not_fields.search("Folgende Maßnahmen wurden vereinbart")  # a list of another kind
    assert not words.not_fields.search("für folgende Wirkungsbereiche Leitziele entwickelt")  # goals per field
    readers = vocabulary(res).blockers
    assert readers.search("Folgende Maßnahmen") and readers.search("Leitziele für die Handlungsfelder")
    assert cost_misses.words(res).cost_word.search("Die Honorarkosten betragen")
    group_head = steering_misses.words(res).group_head
    assert group_head.search("Die Lenkungsgruppe tagt") and group_head.search("Das Integrationsforum tagt")
    assert not group_head.search("Der Sozialausschuss tagt")  # a council's committee is no group by its head
    words = field_misses.words(res)
    assert words.action_field_line.match("Handlungsschwerpunkt 2: Bildung")  # a field noun, not one word
    assert not words.action_field_line.match("Themenfeld 2: Bildung")  # a noun used in passing
    assert steering_misses.words(res).group_setup.search("eine Lenkungsgruppe ins Leben gerufen")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(GROUPS), st.booleans())
def test_a_group_read_with_members_named_again_in_an_enumerating_sentence_is_no_miss(g: str, read: bool) -> None:
    """The Beschlussvorschlag sets the group up in a sentence that enumerates other things ("ein Leitbild
    zu erarbeiten, hierfür einen Lenkungskreis einzurichten, die Mittel bereitzustellen und …"); its
    members stand in a list of their own further on. Read there, the sentence lost none of them; read
    nowhere, the group is still a miss."""
    text = (
        f"Der Kreistag beschließt, ein Leitbild zu erarbeiten, hierfür einen {g} einzurichten, Mittel"
        " bereitzustellen und die Verwaltung mit der Ausschreibung, der Vergabe und der Abrechnung zu beauftragen.\n\n"
        f"3. {g}\nDem {g} gehören an:\n- Frau Amelie Brandstätter, Sozialamt\n- Herr Tobias Quandt, Jobcenter\n"
        "- Frau Nuray Kılıç, Migrantenverein\n"
    )
    doc = _doc(text)
    members = ["Amelie Brandstätter", "Tobias Quandt", "Nuray Kılıç"] if read else []
    group = _group(doc, g, members)
    found = [m.reason for m in _misses(steering_misses.concept_misses, doc, [group])]
    assert ("group_without_members" in found) != read, found


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Steuerungsgruppe", "Lenkungsgruppe", "Koordinierungsgruppe"]), st.booleans())
def test_a_group_the_paper_sets_aside_for_another_is_no_miss_where_the_motion_quoted_sets_it_up(
    g: str, aside: bool
) -> None:
    """A motion quoted sets a group up ("Eine Steuerungsgruppe … begleitet die Arbeit."); the answer sets
    it aside for another, read with its members ("Statt einer Steuerungsgruppe … schlägt die Verwaltung
    einen Steuerungskreis Integration vor"): the readers drop the first, and so does the review. Where the
    answer does not set it aside, the group set up and not read is still a miss."""
    before = f"Statt einer {g} aller Fraktionen" if aside else f"Neben der {g} aller Fraktionen"
    text = (
        "Integrationskonzept der Stadt Neustadt\n\n"
        f"„3. Eine {g} unter Beteiligung aller Fraktionen begleitet die Arbeit.“\n\n"
        f"{before} schlägt die Verwaltung einen Steuerungskreis Integration mit sechs Sitzen vor:\n"
        "- Frau Amelie Brandstätter, Sozialamt\n- Herr Tobias Quandt, Jobcenter\n- Frau Nuray Kılıç, Migrantenverein\n"
    )
    doc = _doc(text)
    group = _group(doc, "Steuerungskreis Integration", ["Amelie Brandstätter", "Tobias Quandt", "Nuray Kılıç"])
    found = [m.reason for m in _misses(steering_misses.concept_misses, doc, [group])]
    assert ("group_without_members" in found) != aside, found


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Auswahlgremium", "Vergabegremium", "Baubegleitkreis", "Begleitgremium"]))
def test_a_group_of_other_works_given_members_is_no_miss(g: str) -> None:
    """A panel that chose a bidder or a group that follows the building works, its members named in
    brackets ("dem Auswahlgremium (Abteilungsleitung, Vergabestelle, zwei Mitglieder der
    Lenkungsgruppe)"), is no group of the process, whoever sits in it; a group of the process named so
    is a miss."""
    text = (
        "Integrationskonzept der Stadt Neustadt\n\n"
        f"Drei Büros haben sich am 19.01.2027 dem {g} (Abteilungsleitung Integration, Vergabestelle,"
        " Jobcenter, zwei Mitglieder des Integrationsbeirats) vorgestellt.\n"
    )
    doc = _doc(text)
    found = [m.reason for m in _misses(steering_misses.concept_misses, doc, [])]
    assert ("group_without_members" in found) == (g == "Begleitgremium"), found
