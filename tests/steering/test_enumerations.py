"""Enumerations: splitting, the nominative of member phrases, counts, and a generator of enumerations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.german import enumerations
from extractors.german.enumerations import nominative, read
from extractors.german.nlp import entities
from tests.generators.steering_pool import POOL, Org

# phrase as it stands in a sentence -> name in the nominative
NOMINATIVE = {
    "des Jobcenters": "Jobcenter",
    "dem Jobcenter": "Jobcenter",
    "das Jobcenter": "Jobcenter",
    "des Diakonischen Werks": "Diakonisches Werk",
    "dem Diakonischen Werk": "Diakonisches Werk",
    "das Diakonische Werk": "Diakonisches Werk",
    "des Deutschen Roten Kreuzes": "Deutsches Rotes Kreuz",
    "dem Deutschen Roten Kreuz": "Deutsches Rotes Kreuz",
    "das Deutsche Rote Kreuz": "Deutsches Rotes Kreuz",
    "der Katholischen Kirche": "Katholische Kirche",
    "die Katholische Kirche": "Katholische Kirche",
    "des Paritätischen Wohlfahrtsverbands": "Paritätischer Wohlfahrtsverband",
    "dem Paritätischen Wohlfahrtsverband": "Paritätischer Wohlfahrtsverband",
    "den Paritätischen Wohlfahrtsverband": "Paritätischer Wohlfahrtsverband",
    "der Paritätische Wohlfahrtsverband": "Paritätischer Wohlfahrtsverband",
    "des Paritätischen": "Paritätischer",
    "der Paritätische": "Paritätischer",
    "der Handwerkskammer Ulm": "Handwerkskammer Ulm",
    "des Amtes für Integration": "Amt für Integration",
    "dem Amt für Integration": "Amt für Integration",
    "den Wohlfahrtsverbänden": "Wohlfahrtsverbände",
    "den Schulen": "Schulen",
    "den Vereinen": "Vereine",
    "den Kirchen": "Kirchen",
    "der Wohlfahrtsverbände": "Wohlfahrtsverbände",
    "den Migrantenorganisationen": "Migrantenorganisationen",
    "des Sozialdezernenten": "Sozialdezernent",
    "der Sozialdezernentin": "Sozialdezernentin",
    "dem Oberbürgermeister": "Oberbürgermeister",
    "des Oberbürgermeisters": "Oberbürgermeister",
    "der Oberbürgermeisterin": "Oberbürgermeisterin",
    "des Landrats": "Landrat",
    "dem Landrat": "Landrat",
    "den Landrat": "Landrat",
    "der Landrätin": "Landrätin",
    "des Integrationsbeauftragten": "Integrationsbeauftragte",
    "der Integrationsbeauftragten": "Integrationsbeauftragte",
    "die Integrationsbeauftragte": "Integrationsbeauftragte",
    "des Integrationsbeirats": "Integrationsbeirat",
    "des Integrationsbeirates": "Integrationsbeirat",
    "dem Integrationsrat": "Integrationsrat",
    "des Hauses der Familie": "Haus der Familie",
    "des Hauses International": "Haus International",
    "des Kreisjugendrings": "Kreisjugendring",
    "des Vereins Mosaik e.V.": "Verein Mosaik e.V.",
    "der Volkshochschule": "Volkshochschule",
    "der Volkshochschule Ulm": "Volkshochschule Ulm",
    "des BAMF": "BAMF",
    "der IHK": "IHK",
    "des DRK": "DRK",
    "der AWO": "AWO",
    "der Agentur für Arbeit": "Agentur für Arbeit",
    "der Stadtverwaltung": "Stadtverwaltung",
    "der lokalen Wirtschaft": "lokale Wirtschaft",
    "des örtlichen Jobcenters": "örtliches Jobcenter",
    "der freien Träger": "freie Träger",
    "den freien Trägern": "freie Träger",
    "des Staatlichen Schulamtes": "Staatliches Schulamt",
    "des Kommunalen Integrationszentrums": "Kommunales Integrationszentrum",
    "dem Kommunalen Integrationszentrum": "Kommunales Integrationszentrum",
    "des Bündnisses für Familie": "Bündnis für Familie",
    "des Internationalen Bundes": "Internationaler Bund",
    "der Evangelischen Kirchengemeinde": "Evangelische Kirchengemeinde",
    "Vertreterinnen und Vertreter des Jobcenters": "Jobcenter",
    "Vertreter/-innen des Jobcenters": "Jobcenter",
    "ein Vertreter der Caritas": "Caritas",
    "eine Vertreterin der Volkshochschule": "Volkshochschule",
    "je eine Vertretung der Kreishandwerkerschaft": "Kreishandwerkerschaft",
    "zwei Mitglieder des Integrationsbeirats": "Integrationsbeirat",
    "ein Mitglied des Seniorenbeirats": "Seniorenbeirat",
    "Vertreter*innen der Polizei": "Polizei",
    "VertreterInnen des Landratsamtes": "Landratsamt",
    "Vertretern aus Politik": "Politik",
    "je ein Vertreter der Kreistagsfraktionen": "Kreistagsfraktionen",
    "ein/e Vertreter/in pro Fraktion": "Fraktion",
    "der Leiterin des Fachbereichs Soziales": "Leiterin des Fachbereichs Soziales",
    "der Amtsleitung des Jugendamtes": "Amtsleitung des Jugendamtes",
    "verschiedenen Repräsentanten der Stadtverwaltung": "Repräsentanten der Stadtverwaltung",
    "der Migrantenorganisationen": "Migrantenorganisationen",
    "neben Herrn Oberbürgermeister": "Oberbürgermeister",
    "Herr Özdemir": "Herr Özdemir",
    "Herrn Özdemir": "Herr Özdemir",
    "der Zweite Bürgermeister Herr Dr. Haslinger": "Zweiter Bürgermeister Dr. Haslinger",
    "des Leiters des Sozialamtes": "Leiter des Sozialamtes",
    "von Kreisrätinnen und Kreisräten": "Kreisrätinnen und Kreisräte",
    "der Oberbürgermeistern der großen Kreisstädte": "Oberbürgermeister der großen Kreisstädte",
    "aus den Wohlfahrtsverbänden": "Wohlfahrtsverbände",
    "von Schulen": "Schulen",
    "der Kammern": "Kammern",
    "den Handwerkskammern": "Handwerkskammern",
    "des Ausländer- und Integrationsbeirats": "Ausländer- und Integrationsbeirat",
    "der Industrie- und Handelskammer": "Industrie- und Handelskammer",
    "dem Caritasverband für die Diözese Mainz e.V.": "Caritasverband für die Diözese Mainz e.V.",
    "des Caritasverbandes": "Caritasverband",
    "den Dezernenten": "Dezernent",
    "dem Beigeordneten": "Beigeordnete",
    "der Stadt Ulm": "Stadt Ulm",
    "des Landkreises": "Landkreis",
    "des Polizeipräsidiums Ulm": "Polizeipräsidium Ulm",
    "des Gesundheitsamts": "Gesundheitsamt",
    "dem Gesundheitsamt": "Gesundheitsamt",
    "der Hochschule Landshut": "Hochschule Landshut",
    "der Universität": "Universität",
    "des Instituts für Soziale Innovation": "Institut für Soziale Innovation",
    "des Büros für Integration": "Büro für Integration",
    "des Referats für Migration": "Referat für Migration",
    "des Dezernats III": "Dezernat III",
    "die Ausländerbehörde": "Ausländerbehörde",
    "der Ausländerbehörde": "Ausländerbehörde",
    "sowohl das Sozialamt": "Sozialamt",
    "seit 2023 das Sozialamt": "Sozialamt",
    "insbesondere das Schulverwaltungsamt": "Schulverwaltungsamt",
    "das Jobcenter mit": "Jobcenter",
    "des Jugendmigrationsdienstes": "Jugendmigrationsdienst",
    "des Netzwerks Integration": "Netzwerk Integration",
    "des Arbeitskreises Asyl": "Arbeitskreis Asyl",
    "des Kreisverbands der AWO": "Kreisverband der AWO",
    "dem Stadtjugendring": "Stadtjugendring",
    "der Liga der Freien Wohlfahrtspflege": "Liga der Freien Wohlfahrtspflege",
    "des Zentrums für Migration": "Zentrum für Migration",
    "des Migrationsbeirats": "Migrationsbeirat",
    "der Regionalkoordinator:innen des BAMF": "Regionalkoordinator:innen des BAMF",
    "eines Vertreters des Jobcenters": "Jobcenter",
    "einer Vertreterin des Jobcenters": "Jobcenter",
    "den Vertreterinnen und Vertretern der Fraktionen": "Fraktionen",
    "mit Vertreterinnen und Vertretern der Kirchen": "Kirchen",
    "ehrenamtlich Engagierten": "ehrenamtlich Engagierten",
}


@pytest.mark.parametrize("phrase", list(NOMINATIVE), ids=lambda p: p[:40])
def test_nominative(phrase: str) -> None:
    assert nominative(phrase).name == NOMINATIVE[phrase]


# enumeration -> names of its items
ENUMERATIONS = [
    (
        "neben der Sozialdezernentin und dem Amt für Integration auch Vertreterinnen und Vertreter des Jobcenters, "
        "der Caritas, des Diakonischen Werks sowie zwei Mitglieder des Integrationsbeirats",
        ["Sozialdezernentin", "Amt für Integration", "Jobcenter", "Caritas", "Diakonisches Werk", "Integrationsbeirat"],
    ),
    ("das Sozialamt, die Ausländerbehörde und das Jobcenter", ["Sozialamt", "Ausländerbehörde", "Jobcenter"]),
    (
        "je eine Vertretung der Kreishandwerkerschaft und der Volkshochschule",
        ["Kreishandwerkerschaft", "Volkshochschule"],
    ),
    (
        "das Amt für Soziales und Wohnen, die Kinder- und Jugendhilfe sowie die Caritas",
        ["Amt für Soziales und Wohnen", "Kinder- und Jugendhilfe", "Caritas"],
    ),
    ("Amt für Integration und Jobcenter", ["Amt für Integration", "Jobcenter"]),
    ("Caritas und Diakonie", ["Caritas", "Diakonie"]),
    (
        "das Amt für Jugend, Familie und Soziales, das Jobcenter und die Caritas",
        ["Amt für Jugend, Familie und Soziales", "Jobcenter", "Caritas"],
    ),
    ("Agentur für Arbeit / Jobcenter", ["Agentur für Arbeit / Jobcenter"]),
    ("die Agentur für Arbeit bzw. das Jobcenter", ["Agentur für Arbeit", "Jobcenter"]),
    ("sowohl das Sozialamt als auch das Jugendamt", ["Sozialamt", "Jugendamt"]),
    (
        "der Oberbürgermeistern der großen Kreisstädte und Vorsitzender des Bürgermeister-Sprengels",
        ["Oberbürgermeister der großen Kreisstädte", "Vorsitzender des Bürgermeister-Sprengels"],
    ),
    (
        "neben Herrn Oberbürgermeister mit der Amtsleitung Amt für Migration und Integration, verschiedenen "
        "Repräsentanten der Stadtverwaltung, der Migrantenorganisationen, des Hauses International, der Caritas sowie "
        "der Hochschule Landshut",
        [
            "Oberbürgermeister",
            "Amtsleitung Amt für Migration und Integration",
            "Repräsentanten der Stadtverwaltung",
            "Migrantenorganisationen",
            "Haus International",
            "Caritas",
            "Hochschule Landshut",
        ],
    ),
    (
        "dem Oberbürgermeister, der Sozialdezernentin, zwei Vertretern des Integrationsrates, dem Jobcenter sowie der "
        "Agentur für Arbeit",
        ["Oberbürgermeister", "Sozialdezernentin", "Integrationsrat", "Jobcenter", "Agentur für Arbeit"],
    ),
    (
        "der Landrat, die Leiterin des Fachbereichs Soziales, je ein Vertreter der Kreistagsfraktionen sowie "
        "Vertreterinnen und Vertreter der Wohlfahrtsverbände",
        ["Landrat", "Leiterin des Fachbereichs Soziales", "Kreistagsfraktionen", "Wohlfahrtsverbände"],
    ),
    (
        "Vertreterinnen und Vertreter aus Politik, Verwaltung, Wohlfahrtsverbänden und Migrantenorganisationen",
        ["Politik", "Verwaltung", "Wohlfahrtsverbände", "Migrantenorganisationen"],
    ),
    (
        "das Kommunale Integrationszentrum, das Sozialamt, die Ausländer- und Einbürgerungsbehörde, das Jugendamt, "
        "das Gesundheitsamt, die Arbeitsagentur, das Jobcenter, die Freie Wohlfahrtspflege, Sprachkursträger",
        [
            "Kommunales Integrationszentrum",
            "Sozialamt",
            "Ausländer- und Einbürgerungsbehörde",
            "Jugendamt",
            "Gesundheitsamt",
            "Arbeitsagentur",
            "Jobcenter",
            "Freie Wohlfahrtspflege",
            "Sprachkursträger",
        ],
    ),
    (
        "Vertreter des Stadtrats, der Stadtverwaltung, der Wohlfahrtsverbände, Religionsgemeinschaften, des "
        "Migrationsbeirats, der Schulen, Vereine, der Polizei, der lokalen Wirtschaft, der Agentur für Arbeit und des "
        "Jobcenters",
        [
            "Stadtrat",
            "Stadtverwaltung",
            "Wohlfahrtsverbände",
            "Religionsgemeinschaften",
            "Migrationsbeirat",
            "Schulen",
            "Vereine",
            "Polizei",
            "lokale Wirtschaft",
            "Agentur für Arbeit",
            "Jobcenter",
        ],
    ),
    ("Kreisrätinnen und Kreisräte", ["Kreisrätinnen und Kreisräte"]),
    (
        "ProfeS GmbH (Bildungsträger, Sprachkurse), die Caritas",
        ["ProfeS GmbH (Bildungsträger, Sprachkurse)", "Caritas"],
    ),
    (
        "das Bundesamt für Migration und Flüchtlinge (BAMF) und die Industrie- und Handelskammer",
        ["Bundesamt für Migration und Flüchtlinge (BAMF)", "Industrie- und Handelskammer"],
    ),
    ("das Sozialamt und das Jugendamt", ["Sozialamt", "Jugendamt"]),
    ("Sozialamt und Jugendamt", ["Sozialamt", "Jugendamt"]),
    ("Schulen und Kitas", ["Schulen", "Kitas"]),
    ("Amt für Jugend und Schule", ["Amt für Jugend und Schule"]),
    ("der Caritas / des Diakonischen Werks", ["Caritas", "Diakonisches Werk"]),
    ("CJD / JMD Neustadt – Landau", ["CJD / JMD Neustadt – Landau"]),
    (
        "die (Ober-)Bürgermeisterinnen und (Ober-)Bürgermeister, die Landrätinnen und Landräte",
        ["(Ober-)Bürgermeisterinnen und (Ober-)Bürgermeister", "Landrätinnen und Landräte"],
    ),
    ("Vertreter/-innen des Jobcenters und der Agentur für Arbeit", ["Jobcenter", "Agentur für Arbeit"]),
    (
        "Herr Müller (Sozialamt), Frau Yilmaz (Caritas) und Herr Braun",
        ["Herr Müller (Sozialamt)", "Frau Yilmaz (Caritas)", "Herr Braun"],
    ),
    (
        "die Volkshochschule Landau in der Pfalz und der Verein Mosaik e. V.",
        ["Volkshochschule Landau in der Pfalz", "Verein Mosaik e. V."],
    ),
    ("Haus International, Café Asyl und Caritas", ["Haus International", "Café Asyl", "Caritas"]),
    ("die Stadt Ulm und der Alb-Donau-Kreis", ["Stadt Ulm", "Alb-Donau-Kreis"]),
    ("der Integrationsbeirat und der Seniorenbeirat", ["Integrationsbeirat", "Seniorenbeirat"]),
    ("Politik und Verwaltung", ["Politik", "Verwaltung"]),
    (
        "das Staatliche Schulamt sowie Schulleitungen der Grund- und Mittelschulen",
        ["Staatliches Schulamt", "Schulleitungen der Grund- und Mittelschulen"],
    ),
]


@pytest.mark.parametrize("text,names", ENUMERATIONS, ids=[t[:40] for t, _ in ENUMERATIONS])
def test_read(text: str, names: list[str]) -> None:
    assert [i.name for i in read(text, entities=entities(text))] == names


def test_doctests_of_the_module() -> None:
    import doctest

    assert doctest.testmod(enumerations).failed == 0


# --- generated enumerations ------------------------------------------------------------------

LEADS = {  # how a member is introduced in each case, and the count that gives
    "nom": [("", None), ("zwei Mitglieder ", 2), ("ein Vertreter ", 1), ("Vertreterinnen und Vertreter ", None)],
    "dat": [("", None), ("zwei Mitgliedern ", 2), ("einem Vertreter ", 1), ("Vertreter/-innen ", None)],
}


@st.composite
def enumerations_in_a_case(draw: st.DrawFn) -> tuple[str, list[tuple[str, int | None]]]:
    items: list[Org] = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=6, unique_by=lambda o: o.name))
    case = draw(st.sampled_from(["nom", "dat", "gen"]))
    parts, expected = [], []
    for o in items:
        if case == "gen":
            parts.append(o.gen)
            expected.append((o.name, None))
            continue
        lead, count = draw(st.sampled_from(LEADS[case]))
        parts.append(lead + (o.gen if lead else o.case(case)))
        expected.append((o.name, count))
    joiner = draw(st.sampled_from([" und ", " sowie ", " bzw. ", "; "]))
    text = ", ".join(parts[:-1]) + joiner + parts[-1] if len(parts) > 1 else parts[0]
    if case == "gen":
        text = draw(st.sampled_from(["Vertreterinnen und Vertreter ", "Mitglieder ", "je eine Vertretung "])) + text
        if text.startswith("je"):
            expected = [(name, 1) for name, _ in expected]
    elif len(items) == 2 and draw(st.booleans()):
        text = f"sowohl {parts[0]} als auch {parts[1]}"
    return text, expected


@settings(max_examples=300, deadline=None)
@given(enumerations_in_a_case())
def test_generated_enumerations_read_back(sample: tuple[str, list[tuple[str, int | None]]]) -> None:
    """Members of the pool in the nominative, dative or genitive, with counts and "Vertreter"
    leads, joined by commas, und, sowie, bzw., semicolons or sowohl ... als auch: each comes
    back named in the nominative with its count, and its evidence inside the text."""
    text, expected = sample
    items = read(text, entities=entities(text))
    assert [(i.name, i.count) for i in items] == expected
    for i in items:
        assert 0 <= i.start <= i.name_start < i.end <= len(text)


def test_a_malformed_organisation_entry_is_named() -> None:
    from extractors.german.nlp import Lexicon
    from extractors.resources.typed import OrganisationEntry, Organisations
    from pipeline.errors import ResourceError

    def lexicon(ident: str, label: str, suffixes: tuple[str, ...]) -> Lexicon:
        return Lexicon(Organisations((), {}, (OrganisationEntry(ident, label, suffixes, (), None, False, False),)))

    with pytest.raises(ResourceError, match="'kammer'.*label"):
        lexicon("kammer", "BODY", ("kammer",))
    with pytest.raises(ResourceError, match="'leer'.*suffixes or words"):
        lexicon("leer", "ORG", ())


@pytest.mark.parametrize(
    "text,heads",
    [
        (
            "der Kreisjugendring und die Industrie- und Handelskammer",
            [("Kreisjugendring", "ring"), ("Handelskammer", "kammer")],
        ),
        (
            "des Diakonischen Werks, dem Deutschen Roten Kreuz",
            [("Diakonischen Werks", "diakonie"), ("Deutschen Roten Kreuz", "drk")],
        ),
        (
            "Herrn Dr. Müller und die Sozialdezernentin",
            [("Herrn Dr. Müller", "person"), ("Sozialdezernentin", "dezernent")],
        ),
        ("das Ehrenamt insgesamt", []),
    ],
    ids=["compounds", "names-declined", "person-office", "no-head"],
)
def test_entities_find_heads(text: str, heads: list[tuple[str, str]]) -> None:
    assert [(e.text, e.id) for e in entities(text)] == heads
