"""Exports that drop blank lines run a members table, a section's lettered title and the
section's first sentence together. A title on a line of its own ("D. Wissenschaftliche
Begleitung") still heads its section, so the support its sentences name is read under it and
the rows above it are no part of them; the rows under a membership lead-in are members, and
their header's "vertreten durch" is no passive's agent of a later sentence."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

TITLED = (
    "Stadt Lindenau\nBeschlussvorlage\n\nIntegrationskonzept\n\n"
    "C. Steuerungsgruppe Integration\n"
    "Die Besetzung:\n"
    "Stadtverwaltung Fachbereichsleiterin Soziales, Dr. Ute Berg (Vorsitz)\n"
    "Bildung Berufsschulzentrum Lindenau, Schulleiter Jens Koch\n"
    "D. Wissenschaftliche Begleitung: Hochschule Nordstadt\n"
    "Die Umsetzung des Programms soll extern wissenschaftlich begleitet\n"
    "werden. Auf die Anfrage der Stadt hat die Hochschule Nordstadt, Fakultät Soziale Arbeit, ein\n"
    "Angebot über 30.000,00 Euro abgegeben. Die Begleitung leitet Frau Prof. Dr.\n"
    "Karin\nLindner. Andere Hochschulen haben kein Angebot abgegeben.\n"
    "E. Finanzielle Auswirkungen\n"
    "Anlagen:\n1 Entwurf der Kooperationsvereinbarung\nIn Vertretung\nDr. Ute Berg\nBeigeordnete\n"
)

MEMBER_ROWS = (
    "Landkreis Lindenau\nBeschlussvorlage\n\nIntegrationskonzept\n\n"
    "Das dritte Feld zielt auf Sprachmittlung in Arztpraxen und auf den Fahrdienst zu Fachärzten, das\n"
    "vierte\nauf Patenschaften, Vereine und Begegnungsorte in den Dörfern.\n"
    "Lenkungskreis Integration\n"
    "Der Lenkungskreis steuert die Umsetzung und tagt zweimal im Jahr. Er hat höchstens\n"
    "zwölf\nMitglieder; zunächst werden die folgenden Institutionen und Personen berufen:\n"
    "Institution vertreten durch\n"
    "Landkreis, Dezernat II Dr. Ute Berg, Dezernentin (Leitung)\n"
    "Landkreis, Amt für Soziales und Integration Eva Lemke, Integrationskoordinatorin\n"
    "Jobcenter Lindenau Bereichsleitung Markt und Integration\n"
    "AWO Kreisverband Lindenau e. V. Tom Weber, Migrationsberatung\n"
    "Kreisvolkshochschule Lindenau Leiterin der Kreisvolkshochschule\n"
    "Die Sitzungen bereitet die Integrationskoordination vor und moderiert sie; eine\n"
    "externe\nModeration ist nicht vorgesehen. Die Städte und Gemeinden können zu einzelnen\n"
    "Themen Gäste\nentsenden, die nicht Mitglied des Lenkungskreises sind.\n"
)


def test_a_lettered_title_run_into_a_table_heads_its_section() -> None:
    found = run(TITLED)
    assert [(name, org) for name, org, _ in found] == [
        ("Prof. Dr. Karin Lindner", "Hochschule Nordstadt, Fakultät Soziale Arbeit")
    ], found


def test_member_rows_under_a_lead_in_name_no_passive_agent() -> None:
    assert run(MEMBER_ROWS) == []


LETTER_ALONE = (
    "Stadt Lindenau\nBeschlussvorlage\n\nIntegrationskonzept\n\n"
    "C Lenkungsgruppe Integration\n"
    "Entsendende Stelle Person\n"
    "Referat Jugend und Sport Markus Kettenring\n"
    "Technische Hochschule Lindenau Prof. Dr. Emre Kaplan\n"
    "Handwerkskammer Lindenau N. N.\n"
    "D Prozessbegleitung\n"
    "Für die Moderation der Werkstätten und die Redaktion des Konzepts wurden\n"
    "vier Büros um ein Angebot gebeten; drei haben angeboten.\n"
    "Das Auswahlgremium empfiehlt, den\nAuftrag an die\nWerkstatt für Beteiligung GmbH, Neustadt, zu vergeben.\n"
    "Das Angebot beläuft sich auf 38.556,00 € brutto.\n"
)


def test_a_title_marked_by_a_letter_alone_heads_its_section() -> None:
    """A title marked by a letter without a stop ("D Prozessbegleitung") heads its section too: the
    rows above it are no part of its sentence, and the award under it is read."""
    assert [org for _, org, _ in run(LETTER_ALONE)] == ["Werkstatt für Beteiligung GmbH"]


def test_an_agent_cut_before_its_head_noun_is_none() -> None:
    """An item cut after an adjective ("durch die Brandenburgische Technische" / "Universität", a blank
    line set between) names no organisation: the name lost its head."""
    text = (
        "Landkreis Lindenau\nBeschlussvorlage\n\nDer Kreistag beschließt:\n\n"
        "1. Die Einrichtung der Steuerungsgruppe.\n\n"
        "2. Die wissenschaftliche Begleitung durch die Brandenburgische Technische\n\nUniversität\n\n"
        "Lindenau nach Nr. 4.\n"
    )
    assert all(org != "Brandenburgische Technische" for _, org, _ in run(text)), run(text)
