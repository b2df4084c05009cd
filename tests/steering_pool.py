"""Members and group nouns in every case, for the generated steering-group texts of the tests.

Each member: its name in the nominative (as a document names it without the article), its
sector, and its phrase with the article in the nominative, genitive and dative.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Org:
    name: str
    sector: str
    nom: str  # "das Diakonische Werk"
    gen: str  # "des Diakonischen Werks"
    dat: str  # "dem Diakonischen Werk"
    plural: bool = False

    def case(self, case: str) -> str:
        return {"nom": self.nom, "gen": self.gen, "dat": self.dat}[case]


POOL = [
    Org("Sozialamt", "administration", "das Sozialamt", "des Sozialamts", "dem Sozialamt"),
    Org("Jugendamt", "administration", "das Jugendamt", "des Jugendamtes", "dem Jugendamt"),
    Org("Amt für Integration", "administration", "das Amt für Integration", "des Amtes für Integration",
        "dem Amt für Integration"),
    Org("Amt für Soziales und Wohnen", "administration", "das Amt für Soziales und Wohnen",
        "des Amtes für Soziales und Wohnen", "dem Amt für Soziales und Wohnen"),
    Org("Fachbereich Jugend, Familie und Soziales", "administration", "der Fachbereich Jugend, Familie und Soziales",
        "des Fachbereichs Jugend, Familie und Soziales", "dem Fachbereich Jugend, Familie und Soziales"),
    Org("Ausländerbehörde", "administration", "die Ausländerbehörde", "der Ausländerbehörde", "der Ausländerbehörde"),
    Org("Kommunales Integrationszentrum", "administration", "das Kommunale Integrationszentrum",
        "des Kommunalen Integrationszentrums", "dem Kommunalen Integrationszentrum"),
    Org("Jobcenter", "public_agency", "das Jobcenter", "des Jobcenters", "dem Jobcenter"),
    Org("Agentur für Arbeit", "public_agency", "die Agentur für Arbeit", "der Agentur für Arbeit",
        "der Agentur für Arbeit"),
    Org("Bundesamt für Migration und Flüchtlinge", "public_agency", "das Bundesamt für Migration und Flüchtlinge",
        "des Bundesamtes für Migration und Flüchtlinge", "dem Bundesamt für Migration und Flüchtlinge"),
    Org("Staatliches Schulamt", "public_agency", "das Staatliche Schulamt", "des Staatlichen Schulamts",
        "dem Staatlichen Schulamt"),
    Org("Polizeipräsidium Ulm", "public_agency", "das Polizeipräsidium Ulm", "des Polizeipräsidiums Ulm",
        "dem Polizeipräsidium Ulm"),
    Org("Caritas", "welfare", "die Caritas", "der Caritas", "der Caritas"),
    Org("Caritasverband", "welfare", "der Caritasverband", "des Caritasverbandes", "dem Caritasverband"),
    Org("Diakonisches Werk", "welfare", "das Diakonische Werk", "des Diakonischen Werks", "dem Diakonischen Werk"),
    Org("Deutsches Rotes Kreuz", "welfare", "das Deutsche Rote Kreuz", "des Deutschen Roten Kreuzes",
        "dem Deutschen Roten Kreuz"),
    Org("AWO", "welfare", "die AWO", "der AWO", "der AWO"),
    Org("Paritätischer Wohlfahrtsverband", "welfare", "der Paritätische Wohlfahrtsverband",
        "des Paritätischen Wohlfahrtsverbands", "dem Paritätischen Wohlfahrtsverband"),
    Org("Wohlfahrtsverbände", "welfare", "die Wohlfahrtsverbände", "der Wohlfahrtsverbände",
        "den Wohlfahrtsverbänden", plural=True),
    Org("Integrationsbeirat", "politics", "der Integrationsbeirat", "des Integrationsbeirats", "dem Integrationsbeirat"),
    Org("Integrationsrat", "politics", "der Integrationsrat", "des Integrationsrates", "dem Integrationsrat"),
    Org("Gemeinderatsfraktionen", "politics", "die Gemeinderatsfraktionen", "der Gemeinderatsfraktionen",
        "den Gemeinderatsfraktionen", plural=True),
    Org("Oberbürgermeisterin", "politics", "die Oberbürgermeisterin", "der Oberbürgermeisterin",
        "der Oberbürgermeisterin"),
    Org("Landrat", "politics", "der Landrat", "des Landrats", "dem Landrat"),
    Org("Erster Bürgermeister", "politics", "der Erste Bürgermeister", "des Ersten Bürgermeisters",
        "dem Ersten Bürgermeister"),
    Org("Sozialdezernentin", "administration", "die Sozialdezernentin", "der Sozialdezernentin",
        "der Sozialdezernentin"),
    Org("Sozialdezernent", "administration", "der Sozialdezernent", "des Sozialdezernenten", "dem Sozialdezernenten"),
    Org("Integrationsbeauftragte", "administration", "die Integrationsbeauftragte", "der Integrationsbeauftragten",
        "der Integrationsbeauftragten"),
    Org("Volkshochschule", "education", "die Volkshochschule", "der Volkshochschule", "der Volkshochschule"),
    Org("Schulen", "education", "die Schulen", "der Schulen", "den Schulen", plural=True),
    Org("Hochschule Landshut", "research", "die Hochschule Landshut", "der Hochschule Landshut",
        "der Hochschule Landshut"),
    Org("Universität Ulm", "research", "die Universität Ulm", "der Universität Ulm", "der Universität Ulm"),
    Org("Handwerkskammer Ulm", "business", "die Handwerkskammer Ulm", "der Handwerkskammer Ulm",
        "der Handwerkskammer Ulm"),
    Org("Industrie- und Handelskammer", "business", "die Industrie- und Handelskammer",
        "der Industrie- und Handelskammer", "der Industrie- und Handelskammer"),
    Org("Kreishandwerkerschaft", "business", "die Kreishandwerkerschaft", "der Kreishandwerkerschaft",
        "der Kreishandwerkerschaft"),
    Org("Migrantenorganisationen", "migrant_organisation", "die Migrantenorganisationen",
        "der Migrantenorganisationen", "den Migrantenorganisationen", plural=True),
    Org("Kreisjugendring", "civil_society", "der Kreisjugendring", "des Kreisjugendrings", "dem Kreisjugendring"),
    Org("Evangelische Kirchengemeinde", "civil_society", "die Evangelische Kirchengemeinde",
        "der Evangelischen Kirchengemeinde", "der Evangelischen Kirchengemeinde"),
    Org("Verein Mosaik e. V.", "civil_society", "der Verein Mosaik e. V.", "des Vereins Mosaik e. V.",
        "dem Verein Mosaik e. V."),
]


@dataclass(frozen=True)
class GroupNoun:
    name: str
    nom: str  # "die Lenkungsgruppe"
    acc: str  # "die Lenkungsgruppe"
    dat: str  # "der Lenkungsgruppe"
    gen: str  # "der Lenkungsgruppe"
    in_: str  # "in der Lenkungsgruppe"
    an: str  # "an der Lenkungsgruppe"


GROUPS = [
    GroupNoun("Lenkungsgruppe", "die Lenkungsgruppe", "die Lenkungsgruppe", "der Lenkungsgruppe", "der Lenkungsgruppe", "in der Lenkungsgruppe",
              "an der Lenkungsgruppe"),
    GroupNoun("Steuerungsgruppe", "die Steuerungsgruppe", "die Steuerungsgruppe", "der Steuerungsgruppe", "der Steuerungsgruppe",
              "in der Steuerungsgruppe",
              "an der Steuerungsgruppe"),
    GroupNoun("Steuerungskreis", "der Steuerungskreis", "den Steuerungskreis", "dem Steuerungskreis", "des Steuerungskreises",
              "im Steuerungskreis",
              "am Steuerungskreis"),
    GroupNoun("Lenkungskreis", "der Lenkungskreis", "den Lenkungskreis", "dem Lenkungskreis", "des Lenkungskreises", "im Lenkungskreis",
              "am Lenkungskreis"),
    GroupNoun("Begleitgruppe", "die Begleitgruppe", "die Begleitgruppe", "der Begleitgruppe", "der Begleitgruppe", "in der Begleitgruppe",
              "an der Begleitgruppe"),
    GroupNoun("Arbeitskreis Migration", "der Arbeitskreis Migration", "den Arbeitskreis Migration",
              "dem Arbeitskreis Migration",
              "des Arbeitskreises Migration", "im Arbeitskreis Migration", "am Arbeitskreis Migration"),
]

# Sentence frames: the case the list stands in and the sentence around it. {g} is a form of
# the group noun, {list} the enumeration.
FRAMES = [
    ("nom", "{G_dat} gehören {list} an."),
    ("nom", "{list} gehören {g_dat} an."),
    ("dat", "{G_nom} besteht aus {list}."),
    ("dat", "{G_nom} setzt sich aus {list} zusammen."),
    ("dat", "{G_nom} setzt sich zusammen aus {list}."),
    ("nom", "{G_in} sind {list} vertreten."),
    ("nom", "{G_in} sind vertreten: {list}."),
    ("nom", "Mitglieder {g_gen} sind {list}."),
    ("nom", "{G_in} arbeiten seit 2023 {list} mit."),
    ("nom", "{G_an} nehmen {list} teil."),
    ("dat", "{G_nom} wurde mit {list} besetzt."),
    ("nom", "{G_dat} gehören an: {list}."),
    ("nom", "{list} bilden {g_acc}."),
    ("gen", "{G_dat} gehören Vertreterinnen und Vertreter {list} an."),
    ("gen", "{G_nom} besteht aus Vertreter/-innen {list}."),
]
