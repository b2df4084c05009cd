"""Steering members stated in sentence forms: a relative clause about the group, a group named
again by its head alone ("dieser Gruppe"), a noun of taking part ("unter Mitwirkung von"),
persons (also in a parenthesis after the group), who came to the group's constituent meeting, a
list whose last item runs on into a sentence. Each form with cases where it does not apply (a
relative clause about another noun, attendees, kinds of bodies, a reference)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import A, Case, E, P, S, W
from tests.steering.test_steering import test_steering_cases as check

C = "civil_society"

# members in a relative clause whose pronoun points at the group; none in one about another noun
RELATIVE = [
    Case(
        "zu-der-zaehlen-after-the-group",
        "Der Bürgermeister lobte die Arbeit der Planungsgruppe. Der Planungsgruppe, zu der Vertreterinnen des "
        "Stadtrates, Ortsvorsteher, die Volkshochschule und das Sozialamt zählen, gebührt Dank.",
        ["Planungsgruppe"],
        [("Stadtrat", P), ("Ortsvorsteher", P), ("Volkshochschule", E), ("Sozialamt", S)],
    ),
    Case(
        "der-angehoeren-after-the-verbs",
        "Zur Erarbeitung des Integrationskonzepts wurde eine Lenkungsgruppe eingerichtet, der das Sozialamt, "
        "der Caritasverband und das Jobcenter angehören. Sie tagt monatlich.",
        ["Lenkungsgruppe"],
        [("Sozialamt", S), ("Caritasverband", W), ("Jobcenter", A)],
    ),
    Case(
        "in-dem-vertreten-sind",
        "Zur Begleitung des Prozesses wurde ein Lenkungskreis gebildet, in dem die Volkshochschule, der "
        "Caritasverband und das Jobcenter vertreten sind.",
        ["Lenkungskreis"],
        [("Volkshochschule", E), ("Caritasverband", W), ("Jobcenter", A)],
    ),
    Case(
        "an-der-mitwirken-main-clause-goes-on",
        "Die Steuerungsgruppe Integration, an der das Sozialamt und die Diakonie mitwirken, tagt viermal im Jahr.",
        ["Steuerungsgruppe Integration"],
        [("Sozialamt", S), ("Diakonie", W)],
    ),
    Case(
        "relative-clause-about-the-committee-the-group-advises",
        "Die Lenkungsgruppe berät den Sozialausschuss, dem das Sozialamt und der Caritasverband angehören.",
        [],
    ),
    Case(
        "relative-clause-about-another-noun-of-a-kept-group",
        "Zur Steuerung des Prozesses wurde eine Lenkungsgruppe eingerichtet. Sie berichtet dem Sozialausschuss, "
        "zu dem Vertreter der Fraktionen und der Verwaltung zählen.",
        ["Lenkungsgruppe"],
    ),
    Case(
        "relative-clause-after-a-sentence-of-workshops",
        "Die Ergebnisse der Workshops wurden in der Steuerungsgruppe beraten, an der Vertreter des Jobcenters und "
        "der Caritas teilnehmen.",
        [],
    ),
    Case(
        "relative-clause-closed-before-the-main-verb",
        "Der Lenkungsgruppe, die im Jahr 2020 gegründet wurde, gehören das Sozialamt und das Jobcenter an.",
        ["Lenkungsgruppe"],
        [("Sozialamt", S), ("Jobcenter", A)],
    ),
]

# a group's head alone after "dies-" points back to the group named in the sentence before; a
# compound that names no group of its own is kept with members when named as a term ("sog. „…“")
POINTING_BACK = [
    Case(
        "dieser-gruppe-after-a-term",
        "Der Bürgermeister lobte die Arbeit der sogenannten „Vorbereitungsgruppe“. Die Mitglieder dieser Gruppe, "
        "zu der Vertreterinnen des Stadtrates, Ortsvorsteher, die Volkshochschule und natürlich das Sozialamt "
        "zählen, trafen sich zwölfmal.",
        ["Vorbereitungsgruppe"],
        [("Stadtrat", P), ("Ortsvorsteher", P), ("Volkshochschule", E), ("Sozialamt", S)],
    ),
    Case(
        "diesem-gremium-of-a-steering-group",
        "Im Mai wurde das Lenkungsgremium gebildet. Diesem Gremium gehören das Jobcenter und die Caritas an.",
        ["Lenkungsgremium"],
        [("Jobcenter", A), ("Caritas", W)],
    ),
    Case(
        "compound-without-term-or-process",
        "Der Bürgermeister lobte die Arbeit der Vorbereitungsgruppe. Die Mitglieder dieser Gruppe, zu der das "
        "Sozialamt und die Volkshochschule zählen, trafen sich zwölfmal.",
        [],
    ),
    Case(
        "dieser-gruppe-far-from-the-group",
        "Im Mai wurde eine Lenkungsgruppe eingerichtet. Sie tagt monatlich. Die Stadt fördert Vereine. Sie lobt "
        "die Theatergruppen. Dieser Gruppe gehören das Jugendamt und die Volkshochschule an.",
        ["Lenkungsgruppe"],
    ),
]

# a noun of taking part after the group and its purpose: one member per genitive, as written after its article
TAKING_PART = [
    Case(
        "unter-mitwirkung-von-vertretern-after-the-purpose",
        "Der Vorschlag zur Einrichtung einer Vorbereitungsgruppe zur Entwicklung eines Integrationskonzepts "
        "unter Mitwirkung von Vertretern des Sozialausschusses, der zuständigen Ämter der Stadtverwaltung, der "
        "Wohlfahrtsverbände sowie der Volkshochschule ziele in die richtige Richtung.",
        ["Vorbereitungsgruppe"],
        [("Sozialausschuss", P), ("zuständige Ämter der Stadtverwaltung", S), ("Wohlfahrtsverbände", W)]
        + [("Volkshochschule", E)],
    ),
    Case(
        "unter-beteiligung-des",
        "Zur Steuerung des Prozesses wird eine Lenkungsgruppe unter Beteiligung des Jobcenters und der Caritas "
        "eingerichtet.",
        ["Lenkungsgruppe"],
        [("Jobcenter", A), ("Caritas", W)],
    ),
    Case(
        "unter-mitwirkung-of-kinds-without-article",
        "Zur Steuerung des Prozesses wurde eine Lenkungsgruppe unter Mitwirkung unterschiedlicher Institutionen, "
        "Bildungseinrichtungen und Unternehmen eingerichtet.",
        ["Lenkungsgruppe"],
    ),
    Case(
        "unter-beteiligung-not-after-the-group",
        "Die Lenkungsgruppe wurde im Mai eingerichtet. Das Konzept wurde unter Beteiligung des Jobcenters und "
        "der Caritas erstellt.",
        [],
    ),
]

# persons named after a group: by salutation alone; a title of the administration gives its sector, a
# function after the person ("Leiter des Amtes …") or a role ("als Integrationsbeauftragter") too
PERSONS = [
    Case(
        "bestehend-aus-persons-then-the-verb",
        "Der Lenkungskreis, bestehend aus Frau Yilmaz, Frau Berger, Herrn Kowalski, Frau Lange, steuert das "
        "Projekt über Inhalte und Prozesse und legt die Struktur des Konzepts fest.",
        ["Lenkungskreis"],
        [("Frau Yilmaz", "other"), ("Frau Berger", "other"), ("Herr Kowalski", "other"), ("Frau Lange", "other")],
    ),
    Case(
        "gehoeren-persons-an",
        "Dem Steuerkreis gehören Frau Yilmaz, Herrn Kowalski und Frau Lange an.",
        ["Steuerkreis"],
        [("Frau Yilmaz", "other"), ("Herr Kowalski", "other"), ("Frau Lange", "other")],
    ),
    Case(
        "titles-functions-and-roles-of-the-administration",
        "An dem Konzept hat ein Steuerkreis mitgewirkt, dem Geschäftsbereichsleiterin Petra Berger, Jonas "
        "Kowalski, Leiter des Amtes für Jugend und Familie, die Ehrenamtsbeauftragte Eva Lange sowie Paul Weber "
        "als Integrationsbeauftragter angehören.",
        ["Steuerkreis"],
        [("Petra Berger", S), ("Jonas Kowalski", S), ("Eva Lange", S)] + [("Paul Weber", S)],
    ),
    Case(
        "an-organisation-after-a-person-is-a-member",
        "Dem Steuerkreis gehören Frau Lange, Caritasverband der Diözese, und das Sozialamt an.",
        ["Steuerkreis"],
        [("Frau Lange", "other"), ("Caritasverband der Diözese", W), ("Sozialamt", S)],
    ),
]

# persons in a parenthesis after the group's name, no label before them; a reference there names none
PARENTHESIS = [
    Case(
        "persons-in-a-parenthesis",
        "Zur Umsetzung wurde eine Projektstruktur entwickelt. Unter der Steuerungsgruppe (Landrat Herrn Dr. "
        "Abel/Frau Erste Bürgermeisterin Berg-Kurz) wurden vier Arbeitsgruppen etabliert, welche mit "
        "Mitarbeitenden des Landratsamtes und der Stadtverwaltung besetzt sind.",
        ["Steuerungsgruppe"],
        [("Landrat Herrn Dr. Abel", P), ("Frau Erste Bürgermeisterin Berg-Kurz", P)],
    ),
    Case(
        "a-reference-in-a-parenthesis",
        "Zur Steuerung des Prozesses wurde eine Lenkungsgruppe eingerichtet. Die Lenkungsgruppe (vgl. Kapitel 3 "
        "und Anlage 2) tagt viermal im Jahr.",
        ["Lenkungsgruppe"],
    ),
]

# who came together for the group's constituent meeting, without their counts; any other meeting's attendees not
MEETING = [
    Case(
        "counts-per-category-at-the-constituent-meeting",
        "Der Kreistag hatte beschlossen, eine Steuerungsgruppe Integration einzurichten. Auch die Zusammensetzung "
        "der Gruppe wurde damals beschlossen. Und so kamen in diesen Tagen drei Verwaltungsmitarbeitende, zwei "
        "Personen aus dem Seniorenbeirat, vier Kreistagsdelegierte, die Gleichstellungsbeauftragte sowie der "
        "Stellvertreter des Landrats zu ihrer konstituierenden Sitzung im Kreishaus zusammen.",
        ["Steuerungsgruppe Integration"],
        [("Verwaltungsmitarbeitende", S), ("Seniorenbeirat", P), ("Kreistagsdelegierte", P)]
        + [("Gleichstellungsbeauftragte", S), ("Stellvertreter des Landrats", P)],
    ),
    Case(
        "trafen-sich-zur-konstituierenden-sitzung",
        "Im März wurde eine Lenkungsgruppe eingerichtet. Am 5. Mai trafen sich das Sozialamt, der Caritasverband "
        "und das Jobcenter zur konstituierenden Sitzung der Lenkungsgruppe im Rathaus.",
        ["Lenkungsgruppe"],
        [("Sozialamt", S), ("Caritasverband", W), ("Jobcenter", A)],
    ),
    Case(
        "attendees-of-another-meeting",
        "Im März wurde eine Lenkungsgruppe eingerichtet. Am 5. Mai kamen das Sozialamt, der Caritasverband und "
        "das Jobcenter zu ihrer zweiten Sitzung zusammen.",
        ["Lenkungsgruppe"],
    ),
]

# a list's last item followed on its next line by a sentence: the item is a member, the sentence ends the list
LAST_ITEM = [
    Case(
        "last-item-then-a-sentence",
        "Der Lenkungsgruppe gehören folgende Mitglieder an:\n- die Leitung des Sozialamts (Vorsitz),\n"
        "- des Jobcenters (1),\n- aus dem Bereich der Wohlfahrtsverbände (2) sowie\n"
        "- aus den Kirchengemeinden der Stadt Ulm (1).\nInsgesamt besteht die Lenkungsgruppe somit aus fünf "
        "Mitgliedern, die folgende Aufgaben haben:\n- Umsetzung des Konzepts,\n- Beratung der Ergebnisse.\n",
        ["Lenkungsgruppe"],
        [
            ("Leitung des Sozialamts", S),
            ("Jobcenter", A),
            ("Wohlfahrtsverbände", W),
            ("Kirchengemeinden der Stadt Ulm", C),
        ],
        chair="Leitung des Sozialamts",
        size=5,
    ),
    Case(
        "last-item-then-a-sentence-without-the-group",
        "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n- Sozialamt\n- Volkshochschule.\n"
        "Die Gruppe tagt seit dem Frühjahr regelmäßig im Rathaus.\n",
        ["Steuerungsgruppe"],
        [("Sozialamt", S), ("Volkshochschule", E)],
    ),
    # an export that lost the blank line before the next section's heading: the heading no part of the item
    Case(
        "last-item-then-the-next-heading",
        "Lenkungsgruppe\nDie Lenkungsgruppe besteht aus vier Personen. Ihr gehören an:\n"
        "a) aus dem Stadtrat: Frau Anna Lindqvist und Herr Paul Dorner,\n"
        "b) für das Jobcenter Nordheide: Frau Erika Sommer,\n"
        "c) für die Verwaltung: Herr Jan Korte (Sozialamt).\nZeitplan\n"
        "Die Werkstätten finden im Herbst statt.\n",
        ["Lenkungsgruppe"],
        [("Anna Lindqvist", P), ("Paul Dorner", P), ("Erika Sommer", A), ("Jan Korte", S)],
    ),
    # a line after an abbreviation's full stop goes on with the item
    Case(
        "last-item-broken-after-an-abbreviation",
        "Lenkungsgruppe\nDie Lenkungsgruppe setzt sich zusammen aus:\n- Sozialamt,\n"
        "- Jobcenter,\n- Bürgerverein Lindenstr.\nNord\n\nDie Gruppe tagt monatlich.\n",
        ["Lenkungsgruppe"],
        [("Sozialamt", S), ("Jobcenter", A), ("Bürgerverein Lindenstr. Nord", C)],
    ),
]

# a member a relative clause says chairs ("neben dem Landrat, der den Vorsitz führt, …"): the chair, a member
CHAIRED = [
    Case(
        "neben-an-office-die-den-vorsitz-fuehrt",
        "Die Umsetzung begleitet ein Lenkungskreis Teilhabe. Ihm gehören neben der Bürgermeisterin und "
        "Beigeordneten für Bildung, Kultur und Sport, die den Vorsitz führt, das Jobcenter Musterstadt und "
        "der Caritasverband Musterstadt an.",
        ["Lenkungskreis Teilhabe"],
        [
            ("Bürgermeisterin und Beigeordneten für Bildung, Kultur und Sport", S),
            ("Jobcenter Musterstadt", A),
            ("Caritasverband Musterstadt", W),
        ],
        chair="Bürgermeisterin und Beigeordneten für Bildung, Kultur und Sport",
    ),
    Case(
        "dem-landrat-der-die-leitung-hat",
        "Der Lenkungsgruppe gehören neben dem Landrat, der die Leitung hat, die Volkshochschule und das Sozialamt an.",
        ["Lenkungsgruppe"],
        [("Landrat", P), ("Volkshochschule", E), ("Sozialamt", S)],
        chair="Landrat",
    ),
    Case(
        "a-chair-given-up-is-none",
        "Der Lenkungsgruppe gehören neben dem Landrat, der den Vorsitz abgegeben hat, die Volkshochschule und "
        "das Sozialamt an.",
        ["Lenkungsgruppe"],
        [("Volkshochschule", E), ("Sozialamt", S)],
    ),
]

FORMS = RELATIVE + POINTING_BACK + TAKING_PART + PERSONS + PARENTHESIS + MEETING + LAST_ITEM + CHAIRED


@pytest.mark.parametrize("case", FORMS, ids=[c.id for c in FORMS])
def test_members_in_sentence_forms(case: Case) -> None:
    check(case)
