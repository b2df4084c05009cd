"""facilitators: a process plan's column of those responsible names the one engaged in a cell opening with a
role's label ("Moderation: Institut X" wrapped over lines, its person in brackets), a cell of an office or
"wie Schritt 2" no one; a facilitation sentence pointing to an entry of the references list ("das unter [4]
genannte Institut") names the entry's author and the person of its "Bearbeitung:"; the rows of a RACI
matrix name those responsible for tasks, no one engaged; a sentence's run of amounts with a purpose in
brackets is no cost table's row naming a payee. Near misses: a cell labelled with a task that is no
facilitation, a pointer in a sentence about statistics, an entry whose authors are persons (invented
examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landratsamt Musterkreis\nSitzungsvorlage\n\nBetreff: Handlungskonzept Integration\n\n"

PLAN = (
    HEAD + "3.  Zeit- und Prozessplan\n"
    "Für die Umsetzung ist folgender Ablauf vorgesehen:\n\n"
    "  Schritt  Zeitraum          Inhalt                                 {head}\n"
    "  ───────  ────────────────  ─────────────────────────────────────  ─────────────────────────\n"
    "  1        Juli 2027         Sitzung der Lenkungsgruppe:            SG 22\n"
    "                             Reihenfolge der Maßnahmen\n"
    "  2        Sept./Okt. 2027   Auftaktkonferenz Handlungskonzept      {label}: Institut für\n"
    "                             (Landratsamt, großer Sitzungssaal)     Teilhabe und Raum\n"
    "                                                                    Talheim e. V.\n"
    "                                                                    (Dr. Anna Beispiel)\n"
    "  3        ab Nov. 2027      Fachrunden, je zweimal jährlich        Leitungen der Fachrunden\n"
    "  4        Juni 2028         1. Integrationskonferenz               wie Schritt 2\n"
    "  ───────  ────────────────  ─────────────────────────────────────  ─────────────────────────\n\n"
    "Die Kosten der Konferenzen trägt der Landkreis.\n"
)

REFERENCES = (
    HEAD + "2.  Bestandsaufnahme\n"
    "{sentence}\n\n"
    "Quellenverzeichnis\n\n"
    "[1]  Landkreis Musterkreis (2017): Integrationskonzept des Landkreises. Musterstadt.\n"
    "[2]  Statistisches Landesamt (2026): Bevölkerung nach Staatsangehörigkeit. Halle (Saale).\n"
    "[3]  {author} (2027): Integration im Landkreis – Werkstattbericht. Im Auftrag\n"
    "     des Landkreises Musterkreis. Bearbeitung: Dr. Franziska Rade, Paul Wenz. Magdeburg.\n"
    "[4]  Jobcenter Musterkreis (2026): Arbeitsmarktbericht. Musterstadt.\n"
)
POINTED = (
    "Die Bestandsaufnahme sowie vier Werkstätten hat das im Quellenverzeichnis unter [3] genannte\n"
    "Institut erarbeitet und moderiert."
)
INSTITUTE = "Institut für Sozialplanung und Teilhabe gGmbH"

MATRIX = (
    HEAD + "Die Arbeitsgruppe wird von der externen Moderation begleitet; sie ist kein Mitglied.\n\n"
    "Verantwortlichkeitsmatrix Umsetzung Integrationskonzept\n"
    "R = führt durch   A = verantwortet   C = wirkt beratend mit   I = wird informiert\n\n"
    "                                          Maß-      Jahres-   Integra-   Moni-     Fort-\n"
    "                                          nahmen-   bericht   tionstag   toring    schrei-\n"
    "                                          plan                                    bung\n"
    "  ────────────────────────────────────────  ───────  ───────  ────────  ───────  ───────\n"
    "  Norbert Grabe, Bürgermeister (Leitung)      A        A        I         I        A\n"
    "  Olena Marenko, Ukrainischer Verein          C        I        R         I        C\n"
    "    „Dnipro“ Musterstadt e. V.\n"
    "  Ralf Zühl, Volkshochschule Musterstadt      C        I        C         C        C\n"
    "  Maik Rosen, DEHOGA Kreisverband Musterstadt C        I        C         I        C\n"
    "  ────────────────────────────────────────  ───────  ───────  ────────  ───────  ───────\n"
    "  Katja Thiel, mitDenken (Moderation)         R        –        R         –        C\n"
    "  Stadtvertretung                             I        I        I         I        A\n"
)

# the same as a PDF's text layer gives it: the gaps closed into single spaces
FLAT_MATRIX = "\n".join(" ".join(line.split()) for line in MATRIX.split("\n"))

RUN_OF_AMOUNTS = (
    HEAD + "Die Kosten des Verfahrens 2027 betragen insgesamt 17.637,00 €: Zukunftswerkstatt\n"
    "2.737,00 €, Prozessbegleitung 11.900,00 €, Sachkosten (Raummieten, Dolmetscher,\n"
    "Kinderbetreuung, Druck) 3.000,00 €.\n"
)

CASES = [
    Case(
        "plan-moderation",
        PLAN.format(head="verantwortlich", label="Moderation"),
        [("Dr. Anna Beispiel", "Institut für Teilhabe und Raum Talheim e. V.")],
    ),
    Case(
        "plan-responsibility-head",
        PLAN.format(head="Zuständigkeit ", label="Prozessbegleitung"),
        [("Dr. Anna Beispiel", "Institut für Teilhabe und Raum Talheim e. V.")],
    ),
    Case("plan-no-role", PLAN.format(head="verantwortlich", label="Catering"), []),
    Case("reference-entry", REFERENCES.format(sentence=POINTED, author=INSTITUTE), [("Dr. Franziska Rade", INSTITUTE)]),
    Case(
        "reference-no-role",
        REFERENCES.format(sentence="Die Zahlen der Bevölkerung stammen aus [3] und [2].", author=INSTITUTE),
        [],
    ),
    Case("reference-authors-persons", REFERENCES.format(sentence=POINTED, author="Kaya, S.; Brock, M."), []),
    Case("matrix-rows", MATRIX, []),
    Case("matrix-rows-flattened", FLAT_MATRIX, []),
    Case("run-of-amounts", RUN_OF_AMOUNTS, []),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_plans_references_and_matrices(case: Case) -> None:
    found = {(name, org) for name, org, _ in run(case.text)}
    assert found == set(case.expected)
