"""action_fields: a section about the fields whose fields are run-in headings ("Name. Text …")
set under a sentence that names them, or under a weak noun glossed by the field noun
("Schwerpunkte (Handlungsfelder)"); and a run-in enumeration whose fields stand in the case of
the sentence ("in vier Handlungsfeldern: der frühen Förderung, dem …"), named in the nominative.
Invented examples, with near misses that yield nothing."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "a numbered heading, a sentence naming the fields, run-in headings set close",
        "3. Handlungsfelder\n"
        "Die Strategie verteilt ihre 19 Vorhaben auf vier Handlungsfelder.\n"
        "Erstorientierung im Ort. Ein Begrüßungsordner in sechs Sprachen liegt im Bürgerbüro\n"
        "und in den Ortsteilbüros aus.\n"
        "Familie, Kita und Schule. Die Familienzentren bieten Elternkurse am Nachmittag an.\n"
        "Beruf und Qualifizierung. Die Kreishandwerkerschaft vermittelt Praktika in Betrieben.\n"
        "Freizeit und Vereine. Der Stadtsportbund begleitet Vereine bei der Öffnung.\n\n"
        "4. Kosten\nDie Kosten trägt die Stadt.\n",
        ["Erstorientierung im Ort", "Familie, Kita und Schule", "Beruf und Qualifizierung", "Freizeit und Vereine"],
    ),
    (
        "a sentence over two lines naming the fields, paragraphs apart by blank lines",
        "Handlungsfelder\n"
        "Aus den Bürgerforen im Frühjahr sind drei Handlungsfelder hervorgegangen, die der Rat\n"
        "nun festlegen soll.\n\n"
        "Gesundheit und Pflege. Ein Gesundheitslotse begleitet Familien zu Ärzten und Kliniken.\n\n"
        "Wohnen im Quartier. Die Wohnungsbaugesellschaft öffnet zwei Nachbarschaftstreffs.\n\n"
        "Digitale Teilhabe. Die Stadtbibliothek bietet Kurse für Smartphone und Tablet an.\n\n"
        "Lenkungskreis\nDem Lenkungskreis gehören neun Personen an.\n",
        ["Gesundheit und Pflege", "Wohnen im Quartier", "Digitale Teilhabe"],
    ),
    (
        "a weak noun glossed by the field noun, run-in headings apart by blank lines",
        "Themenschwerpunkte (Handlungsfelder)\n\n"
        "Lernen vor Ort. Die Volkshochschule richtet Kurse in den Dorfgemeinschaftshäusern ein.\n\n"
        "Arbeit und Betrieb. Die Wirtschaftsförderung sucht Betriebe für Praktikumsplätze.\n\n"
        "Dorfleben und Ehrenamt. Die Vereine erhalten Hilfe bei der Gewinnung neuer Mitglieder.\n\n"
        "Beteiligung\nDie Bürgerinnen und Bürger werden im Herbst erneut eingeladen.\n",
        ["Lernen vor Ort", "Arbeit und Betrieb", "Dorfleben und Ehrenamt"],
    ),
    (
        "a run-in enumeration in the dative, the fields named in the nominative",
        "2. Handlungsfelder\n"
        "Der Integrationsplan ordnet seine Maßnahmen fünf Handlungsfeldern zu: der frühen\n"
        "Förderung in Kita und Familie, dem Einstieg in Ausbildung und Beruf, der gesundheit-\n"
        "lichen Vorsorge, dem gemeinsamen Lernen und dem Vereinsleben sowie dem bürgerschaft-\n"
        "lichen Engagement und der Arbeit der Beiräte.\n\n"
        "3. Kosten\n",
        [
            "frühe Förderung in Kita und Familie",
            "Einstieg in Ausbildung und Beruf",
            "gesundheitliche Vorsorge",
            "gemeinsames Lernen und Vereinsleben",
            "bürgerschaftliches Engagement und Arbeit der Beiräte",
        ],
    ),
    (
        "a run-in enumeration in the dative, three fields joined by commas and a last 'und'",
        "Das Programm bündelt die Vorhaben des Integrationskonzepts in drei Handlungsfeldern: "
        "der sprachlichen Bildung, dem interkulturellen Dialog und der sozialen Beratung.\n\n",
        ["sprachliche Bildung", "interkultureller Dialog", "soziale Beratung"],
    ),
    (
        "a dative field whose words after the noun stay as written",
        "Der Plan des Integrationsbeirats setzt in drei Handlungsfeldern an: der Bildung von klein auf, "
        "der Vertretung der Interessen der Eltern und dem Lernen ein Leben lang.\n\n",
        ["Bildung von klein auf", "Vertretung der Interessen der Eltern", "Lernen ein Leben lang"],
    ),
    (
        "a page break inside a headed paragraph, the paragraphs apart by blank lines on the next page",
        "Schwerpunkte (Handlungsfelder)\n"
        "Lernen vor Ort. Die Volkshochschule richtet Kurse in den Dorfgemeinschaftshäusern ein.\n"
        "Arbeit und Betrieb. Die Wirtschaftsförderung sucht mit der Kammer nach\nörtlichen\n\n"
        "\fBetrieben mit freien Plätzen für ein Praktikum im Sommer.\n\n"
        "Dorfleben und Ehrenamt. Die Vereine erhalten Hilfe bei der Gewinnung neuer Mitglieder.\n\n"
        "Mobilität auf dem Land. Ein Bürgerbus fährt dreimal in der Woche in die Kreisstadt.\n\n"
        "Beteiligung\nDie Bürgerinnen und Bürger werden im Herbst erneut eingeladen.\n",
        ["Lernen vor Ort", "Arbeit und Betrieb", "Dorfleben und Ehrenamt", "Mobilität auf dem Land"],
    ),
    (
        "a dative enumeration with an export's blank line after an article and its adjective",
        "Das Integrationskonzept ordnet die Vorhaben vier Handlungsfeldern zu: der\nfrühen\n\n"
        "Förderung in der Familie, dem Einstieg in den Beruf, der gesundheitlichen Vorsorge sowie\n"
        "der politischen Beteiligung.\n\n",
        [
            "frühe Förderung in der Familie",
            "Einstieg in den Beruf",
            "gesundheitliche Vorsorge",
            "politische Beteiligung",
        ],
    ),
]

NEAR_MISSES = [
    (
        "run-in headings of a section about the group, not the fields",
        "3. Lenkungsgruppe\n"
        "Die Lenkungsgruppe trifft sich viermal im Jahr.\n"
        "Verwaltung. Die Leiterin des Sozialamts und der Leiter des Schulamts wirken mit.\n"
        "Politik. Jede Fraktion des Stadtrats entsendet ein Mitglied in die Gruppe.\n\n",
        [],
    ),
    (
        "a sentence naming the fields over paragraphs of prose",
        "3. Handlungsfelder\n"
        "Die Strategie verteilt ihre Vorhaben auf vier Handlungsfelder.\n"
        "Im vergangenen Jahr haben viele Familien in der Stadt eine Wohnung gefunden.\n"
        "Die Schulen melden steigende Anmeldezahlen für die Sprachklassen im Herbst.\n\n",
        [],
    ),
    (
        "two sentences before the run-in headings are a paragraph of their own, no lead",
        "3. Handlungsfelder\n"
        "Die Strategie hat vier Handlungsfelder. Sie wurde im Mai in drei Werkstätten beraten.\n"
        "Erstorientierung im Ort. Ein Begrüßungsordner in sechs Sprachen liegt im Bürgerbüro aus.\n"
        "Familie, Kita und Schule. Die Familienzentren bieten Elternkurse am Nachmittag an.\n\n",
        [],
    ),
    (
        "a weak noun glossed by another noun",
        "Schwerpunkte (Maßnahmen)\n\n"
        "Sprachcafé im Rathaus. Ehrenamtliche bieten jeden Dienstag ein Gespräch auf Deutsch an.\n\n"
        "Patenschaften für Familien. Paten begleiten neue Familien in den ersten Monaten.\n\n",
        [],
    ),
    (
        "a sentence naming goals in the fields, not the fields",
        "Das Integrationskonzept verfolgt in seinen Handlungsfeldern diese Ziele: dem Ausbau der\n"
        "Sprachkurse, der Vermittlung in Arbeit und der Öffnung der Vereine für neue Mitglieder.\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES + NEAR_MISSES, ids=lambda v: str(v)[:48])
def test_run_in_heading_sections_and_dative_series(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
