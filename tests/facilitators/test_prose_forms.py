"""Facilitators as integration papers name them in running prose: an institute's whole name, titled
persons with initials and the persons listed after their institute, the agent of a role verb (not
who asks about it), persons listed after a colon, a company named after the noun of its kind.
Every example is invented."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

NAMES = [
    Case(
        "a capitalised adjective inside an institute's name",
        "Fachlich begleitet wurde die Fortschreibung durch das Institut für Interkulturelle Bildung mit Sitz in "
        "Kassel.",
        [(None, "Institut für Interkulturelle Bildung", None)],
    ),
    Case(
        "a capitalised adjective after 'und' inside the name",
        "Die Moderation übernimmt das Institut für Stadtforschung und Soziale Planung.",
        [(None, "Institut für Stadtforschung und Soziale Planung", None)],
    ),
    Case(
        "a noun in -ie after 'für' is no adjective: the titled person after it is no part of the name",
        "Moderation: Institut für Soziologie Prof. Dr. Karl Weiß",
        [("Prof. Dr. Karl Weiß", "Institut für Soziologie", None)],
    ),
    Case(
        "an abbreviation after the name, bare",
        "Die Evaluation wurde durch das Institut für Stadtforschung und Strukturpolitik IfS durchgeführt.",
        [(None, "Institut für Stadtforschung und Strukturpolitik IfS", None)],
    ),
    Case(
        "an abbreviation after the name whose opening bracket was lost",
        "Die Evaluation wurde durch das Institut für Stadtforschung und Strukturpolitik IfS) durchgeführt.",
        [(None, "Institut für Stadtforschung und Strukturpolitik IfS", None)],
    ),
    Case(
        "the university an institute belongs to, named by its abbreviation",
        "Die wissenschaftliche Begleitung übernimmt das Institut für Soziologie der TU Dortmund.",
        [(None, "Institut für Soziologie der TU Dortmund", None)],
    ),
    Case(
        "a titled person with an initial",
        "Die wissenschaftliche Begleitung übernimmt Prof. Dr. K. Meyer.",
        [("Prof. Dr. K. Meyer", None, None)],
    ),
    Case(
        "persons listed in brackets after their institute, one with a degree",
        "Die Begleitung erfolgt durch das Institut für Soziologie der TU Dortmund (Prof. Dr. A. Berg, "
        "Dipl.-Soz. C. Dorn).",
        [
            ("Prof. Dr. A. Berg", "Institut für Soziologie der TU Dortmund", None),
            ("Dipl.-Soz. C. Dorn", "Institut für Soziologie der TU Dortmund", None),
        ],
    ),
    Case(
        "a flattened imprint: a role with another task, the institute, its persons one after another",
        "Herausgeber: Stadt Beispielhausen\n\nModeration und Redaktion: Institut für Geographie der UDE Essen "
        "Prof. Dr. P. Lang Dipl.-Geogr. M. Kurz 2015",
        [
            ("Prof. Dr. P. Lang", "Institut für Geographie der UDE Essen", None),
            ("Dipl.-Geogr. M. Kurz", "Institut für Geographie der UDE Essen", None),
        ],
    ),
    Case(
        "two persons of one institute are two rows: a seat, 'in Person durch' and a function noun between",
        "Begleitet wurde die Stadt durch das Institut für Soziale Innovation mit Sitz in Kassel, in Person "
        "durch den Institutsleiter Herrn Jan Brandt und Frau Eva Kern.",
        [
            ("Jan Brandt", "Institut für Soziale Innovation", None),
            ("Eva Kern", "Institut für Soziale Innovation", None),
        ],
    ),
    Case(
        "a legal form whose full stop ends the sentence",
        "Die Moderation übernimmt die Lotse GmbH. Sie beginnt im Mai.",
        [(None, "Lotse GmbH", None)],
    ),
]

AGENTS = [
    Case(
        "who asks whether something is accompanied is no facilitator",
        "Frau Weber möchte wissen, ob die Projekte weiter begleitet werden.",
        [],
    ),
    Case(
        "an organisation in an indirect question is asked about, not engaged",
        "Herr Kurz fragt, ob die Lotse GmbH den Prozess begleitet.",
        [],
    ),
    Case(
        "a passive without its agent names no one",
        "Herr Kurz erklärt, die Projekte werden weiter begleitet.",
        [],
    ),
    Case(
        "the subject of a subordinate clause, not who reports it",
        "Frau Weber berichtet, dass die Lotse GmbH den Prozess begleitet.",
        [(None, "Lotse GmbH", None)],
    ),
    Case(
        "the agent of a passive after 'von'",
        "In der Sitzung erklärt Herr Kurz, die Workshops werden von Frau Anna Roth moderiert.",
        [("Anna Roth", None, None)],
    ),
    Case(
        "who asks about a support with its agent is no facilitator; the agent is",
        "Frau Weber fragt nach der Begleitung durch das Institut für Sozialplanung.",
        [(None, "Institut für Sozialplanung", None)],
    ),
    Case(
        "who thanks for a support with its agent is no facilitator; the agent is",
        "Herr Müller bedankt sich für die Begleitung durch das Institut für Sozialplanung.",
        [(None, "Institut für Sozialplanung", None)],
    ),
    Case(
        "the subject of the role verb named after a colon, bare names, a profession tying one to a university",
        "Zur Sitzung kamen zwei Gäste, die den Prozess künftig moderieren und begleiten werden: die Pädagogin "
        "und Trainerin Maria von Lenz sowie Jonas Weber, Politikwissenschaftler der Universität Trier, der die "
        "Befragung auswertet.",
        [("Maria von Lenz", None, None), ("Jonas Weber", "Universität Trier", None)],
    ),
    Case(
        "no names after the colon: no one",
        "Es werden die Arbeitskreise sein, die den Prozess begleiten werden: die Fachdienste und die Träger.",
        [],
    ),
]

COMPANIES = [
    Case(
        "a company named after 'Firma', a role word broken at a line end",
        "Mit der Mode-\nration der Workshops wurde die Firma Dialogwerk beauftragt.",
        [(None, "Dialogwerk", None)],
    ),
    Case(
        "a consulting company named after the noun of its kind, with its seat after it",
        "Mit dem Beratungsunternehmen Weitsicht aus Kassel wurde ein erfahrener Partner ausgewählt.",
        [(None, "Weitsicht", None)],
    ),
    Case(
        "the noun of a kind alone names no one",
        "Mit dem Beratungsunternehmen wurde ein Vertrag geschlossen.",
        [],
    ),
    Case(
        "an office has the concept drafted: 'hat … moderiert' with the office as subject",
        "Im Jahr 2019 hat das Büro Stadtdialog den Prozess moderiert.",
        [(None, "Büro Stadtdialog", None)],
    ),
    Case(
        "the drafting of the process's concept handed to a company",
        "Mit der Erstellung des Integrationskonzepts wurde die Firma Brückenwerk beauftragt.",
        [(None, "Brückenwerk", None)],
    ),
    Case(
        "the process's concept drafted by an institute, 'vom' its agent",
        "Das Handlungskonzept wurde vom Institut für Sozialforschung und Gesellschaftspolitik (ISG) erarbeitet.",
        [(None, "Institut für Sozialforschung und Gesellschaftspolitik (ISG)", None)],
    ),
    Case(
        "a concept of another matter is no facilitation",
        "Mit der Erstellung des Energiekonzepts wurde die Firma Brückenwerk beauftragt.",
        [],
    ),
    Case(
        "'vom' before a date engages no one",
        "Der Verein Lebenswert e. V. beantragt mit Schreiben vom 20.06.2023 einen Zuschuss zur Begleitung und "
        "Betreuung von Senioren.",
        [],
    ),
    Case(
        "the process's concept drafted by the administration: no one external",
        "Das Integrationskonzept wurde von der Verwaltung erarbeitet.",
        [],
    ),
]

OWN = [
    Case(
        "the town's own department leading an evaluation is no facilitator",
        "Die Evaluation erfolgt durch das Referat für Statistik und Wahlen.",
        [],
    ),
    Case(
        "an office called the municipality's by its adjective is no facilitator",
        "Die Evaluation erfolgt durch das Kommunale Integrationszentrum.",
        [],
    ),
]


@pytest.mark.parametrize("case", NAMES + AGENTS + COMPANIES + OWN, ids=lambda c: c.id)
def test_prose_forms(case: Case) -> None:
    assert run(case.text) == case.expected
