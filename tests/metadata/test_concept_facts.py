"""The concept's facts belong to a document about the policy's field: fields, a steering group
with its members and a facilitator are kept only where the subject or the decision proposal
names integration or participation (pipeline/extract/rows.py, ``about_concept``;
pipeline/extract/relevance.py, ``about_the_field``). A paper on another matter written the
same way (a sports plan's "Handlungsbereiche", its working group, a forum's moderator with a
fee) yields none of them; the same body under an integration subject yields all four.
"""

from __future__ import annotations

import pytest

from pipeline.extract.relevance import about_the_field
from pipeline.extract.rows import extract_document
from tests.helpers import document

BODY = """STADT NEUENWALDE
Der Oberbürgermeister

Beschlussvorlage                                Vorlagen-Nr.: 2031/0457
                                                Datum: 03.02.2031

Beratungsfolge:
Sozialausschuss ................ 17.02.2031 ........ Vorberatung (ö)
Stadtrat ....................... 10.03.2031 ........ Beschluss (ö)

Betreff:
{subject}

Beschlussvorschlag:
Der Stadtrat stimmt dem Konzept (Anlage 1) zu.

Sachverhalt:

1. Handlungsfelder des Konzepts
Das Konzept ordnet die Maßnahmen vier Handlungsfeldern zu:

  a) Bildung und Sprache in den Stadtteilen
  b) Arbeit und Ausbildung junger Erwachsener
  c) Wohnen und Nachbarschaft im Quartier
  d) Gesundheit und Sport für alle Generationen

2. Steuerungsgruppe
Das Konzept hat die Steuerungsgruppe vorbereitet. Ihr gehören das Jobcenter Neuenwalde, die
Volkshochschule Neuenwalde, der Stadtsportbund Neuenwalde und die Diakonie Neuenwalde an.

3. Moderation
Die Moderation übernimmt Herr Dr. Konrad Wellbrock vom Büro Stadtdialog, Lübeck; sein Honorar
beträgt 2.300,00 €.
"""

FACTS = ("action_fields", "steering_groups", "steering_group_members", "facilitators")


def facts(subject: str) -> dict[str, int]:
    tables, _, _ = extract_document(document(BODY.format(subject=subject)))
    return {name: len(tables.get(name, [])) for name in FACTS}


@pytest.mark.parametrize(
    "subject",
    [
        "Integrationskonzept der Stadt Neuenwalde 2031–2035",
        "Konzept „Teilhabe in Neuenwalde“ – Bildung einer Steuerungsgruppe",
        "Fortschreibung der Strategie für Vielfalt und Zusammenleben",
        "Handlungsprogramm für Geflüchtete und Zugewanderte",
    ],
)
def test_a_concept_of_the_field_keeps_its_facts(subject: str) -> None:
    found = facts(subject)
    assert all(found[name] for name in FACTS), found


@pytest.mark.parametrize(
    "subject",
    [
        "Sportentwicklungsplan der Stadt Neuenwalde 2031–2035",
        "Fortschreibung des Seniorenpolitischen Gesamtkonzepts und Durchführung eines Seniorenforums",
        "Spielplatzkonzept – Bildung einer Arbeitsgruppe und Vergabe der Moderation",
    ],
)
def test_a_concept_of_another_matter_yields_none(subject: str) -> None:
    assert facts(subject) == dict.fromkeys(FACTS, 0)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"subject": "Bericht des Arbeitskreises Integration"}, True),
        ({"subject": "Kreisintegrationskonzept 2031"}, True),
        ({"subject": "Neubau einer Kita", "decision_proposal": "Der Rat beschließt das Konzept „Ankommen“."}, True),
        ({"subject": "Neubau einer Kita", "decision_proposal": "Der Rat beschließt den Neubau."}, False),
        ({"subject": "Haushaltssatzung 2031"}, False),
        # a concept of the field named only as not the paper's matter, in a note after the proposal
        (
            {
                "subject": "Spielplatzkonzept Nord",
                "decision_proposal": "Der Rat stimmt dem Spielplatzkonzept zu. Hinweis: Das Integrationskonzept "
                "der Stadt ist nicht Gegenstand dieser Vorlage; es wird im Herbst vorgelegt.",
            },
            False,
        ),
        # the negation in another sentence leaves the concept's sentence standing
        (
            {
                "subject": "Neubau einer Kita",
                "decision_proposal": "Der Rat beschließt das Integrationskonzept. Eine Kita wird nicht gebaut.",
            },
            True,
        ),
    ],
)
def test_subject_and_decision_proposal_decide(fields: dict[str, str], expected: bool) -> None:
    text = "Stadt Auental\nBeschlussvorlage\n\nSachverhalt\nIm Text: Integrationskonzept, Geflüchtete, Migration."
    assert about_the_field(text, fields) is expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a subject an export cut short under the concept's name in the title block
        ("Integrationskonzept der Stadt Auental\nEvaluation 2026 – Abschlussbericht", True),
        # a body of the field in the head's Beratungsfolge names no field of the paper
        ("Beratungsfolge: Integrationsbeirat 12.05.2031\nNeubau einer Kita", False),
    ],
)
def test_the_head_above_a_cut_subject_is_read(head: str, expected: bool) -> None:
    text = f"Stadt Auental\n{head}\n\nSachverhalt\nDie Kita hat vier Gruppen."
    assert about_the_field(text, {"subject": "Evaluation 2026 – Abschlussbericht"}) is expected


def test_without_subject_the_head_is_read() -> None:
    text = "STADT NEUENWALDE\nVorlage 2031/1\nTeilhabeplan für Zugewanderte\n\nSachverhalt:\nDer Sportplatz …"
    assert about_the_field(text, {})
    assert not about_the_field("STADT NEUENWALDE\nVorlage 2031/1\nSportplatz Nord\n\nSachverhalt:\nText", {})


NOTE = """STADT NEUENWALDE
Der Oberbürgermeister

Beschlussvorlage                                Vorlagen-Nr.: 2031/0458

Betreff: {subject}

Sachverhalt:
1. Handlungsfelder
  a) Bewegung im Quartier
  b) Ernährung in Kita und Schule

2. Kernteam
Vorsitz: Frau Dr. Ilka Sommerfeld (Gesundheitsamt)
Mitglieder:
   1. Herr Bent Ahlers (Sportverein Neuenwalde)
   2. Frau Jale Demir (Familienzentrum Nord)

3. Moderation
Die Werkstätten moderiert Frau Nora Lindqvist von der Agentur „stadtgespräch“; ihr Honorar
beträgt 3.600,00 €.

Beschlussvorschlag:
Der Stadtrat stimmt dem Konzept zu und bewilligt 2.000,00 € für die Werkstätten.

{label}: Ein Integrationskonzept für das Quartier ist nicht Gegenstand dieser Vorlage; über die
Fortschreibung des Integrationskonzepts wird gesondert berichtet.

gez. Sommerfeld
"""


@pytest.mark.parametrize("label", ["Hinweis", "Anmerkung"])
def test_a_note_after_the_proposal_is_no_part_of_it(label: str) -> None:
    """A note after the decision proposal ("Hinweis: Ein Integrationskonzept … ist nicht Gegenstand dieser
    Vorlage") ends it: the concept it names as not concerned makes a health concept no paper of the field,
    so its group, members, fields and moderator are none of a concept's."""
    text = NOTE.format(subject="Stadtteilkonzept „Gesund aufwachsen“ – Zustimmung", label=label)
    tables, _, _ = extract_document(document(text))
    proposal = tables["documents"][0]["decision_proposal"]
    assert proposal == "Der Stadtrat stimmt dem Konzept zu und bewilligt 2.000,00 € für die Werkstätten."
    assert {name: len(tables.get(name, [])) for name in FACTS} == dict.fromkeys(FACTS, 0)


def test_the_same_paper_under_the_field_keeps_its_facts() -> None:
    """The near miss the other way: the same paper with a subject of the field keeps its group and moderator."""
    text = NOTE.format(subject="Teilhabekonzept für Zugewanderte – Zustimmung", label="Hinweis")
    tables, _, _ = extract_document(document(text))
    assert tables.get("steering_groups") and tables.get("facilitators")


BAVARIAN = """LANDRATSAMT OBERAUTAL
Sachgebiet 31 Altenhilfe

SITZUNGSVORLAGE Nr. 2031/212

Gegenstand: Seniorenpolitisches Gesamtkonzept – Fortschreibung und Arbeitsgruppe

Beschlussvorschlag:
Beschlossen wird die Überarbeitung des Gesamtkonzepts mitsamt einer Arbeitsgruppe.

Sachvortrag:

1. Felder der Fortschreibung
  Handlungsfeld                                  kurzfristig     langfristig
  Mobilität im ländlichen Raum                        x
  Teilhabe und Begegnung im Alter                                    x
  Pflege und Entlastung von Angehörigen               x              x

Ältere Zugewanderte werden über den Migrationsdienst erreicht; das Integrationskonzept des
Kreises ist nicht Gegenstand dieser Vorlage.

2. Arbeitsgruppe
Vorsitz: Frau Herta Waldhauser (Seniorenbeirat)
Mitglieder:
   1. Herr Korbinian Stadler (Kreisrat)
   2. Frau Aylin Kaya (Pflegestützpunkt)
"""


def test_a_bavarian_reasoning_heading_ends_the_proposal() -> None:
    """ "Sachvortrag:" on a line of its own opens the reasoning: the proposal ends before it, and the
    words of the field in the reasoning (a matrix's "Teilhabe", an integration concept named as not
    concerned) make the seniors' concept no paper of the field."""
    tables, _, _ = extract_document(document(BAVARIAN))
    proposal = tables["documents"][0]["decision_proposal"]
    assert proposal == ("Beschlossen wird die Überarbeitung des Gesamtkonzepts mitsamt einer Arbeitsgruppe.")
    assert {name: len(tables.get(name, [])) for name in FACTS} == dict.fromkeys(FACTS, 0)


LOWER_SAXON = """Gemeinde Harsefeld-Nord
Der Bürgermeister                                        Vorlage 2031/0077

Betreff
Spielplatzkonzept 2035 – Beschluss des Konzepts

Beschlussvorschlag
Der Rat beschließt das Spielplatzkonzept 2035 (Anlage).

Sach- und Rechtslage

1. Handlungsfelder des Konzepts
Das Konzept gliedert seine Maßnahmen in drei Handlungsfelder:
  a) Spielplätze in den Ortsteilen
  b) Bewegungsräume im Quartier
  c) Naturerlebnis am Waldrand

Das Integrationskonzept der Gemeinde bleibt von diesem Konzept unberührt.
"""


def test_a_reasoning_headed_sach_und_rechtslage_ends_the_proposal() -> None:
    """ "Sach- und Rechtslage" on a line of its own opens the reasoning: the proposal ends before it, and an
    integration concept named in the reasoning as not concerned makes a playground concept no paper of the
    field, so its fields are none of a concept's."""
    tables, _, _ = extract_document(document(LOWER_SAXON))
    proposal = tables["documents"][0]["decision_proposal"]
    assert proposal == "Der Rat beschließt das Spielplatzkonzept 2035 (Anlage)."
    assert not tables.get("action_fields")
