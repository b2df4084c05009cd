"""facilitators: a college named once in full, its abbreviation leading the name and its sites joined by
slashes after it ("HSWK Hochschule für Soziale Wirtschaft und Kultur Nordheim/Elsfurt"), and once short by
the abbreviation and its sites, with the lead of the work: one facilitator, as two names of one
organisation led by one abbreviation are one when it spells the other's initials or one name's words are
all the other's; a legal form an export wrapped after its "e." ("Elsfurt e." / "V."); a footnote an export
set with no blank line after it ends at the page's end. Near misses: two organisations led by one
abbreviation whose names differ, and a table on the page after a footnote (invented examples)."""

from __future__ import annotations

from extractors.facilitators.names import _same_org
from extractors.facilitators.rules import rules
from extractors.resources import default_resources
from tests.facilitators.test_facilitators import run

HEAD = "Landkreis Nordheim\nBeschlussvorlage\n\nBetreff: Handlungsprogramm Integration\n\n"


def test_a_college_named_in_full_and_short_by_its_abbreviation_is_one_facilitator() -> None:
    text = (
        HEAD + "3. Die Landrätin wird beauftragt, mit der HSWK Hochschule für Soziale Wirtschaft und\n"
        "   Kultur Nordheim/Elsfurt eine Kooperationsvereinbarung über die wissenschaftliche Begleitung\n"
        "   des Programms abzuschließen.\n\n"
        "Wissenschaftliche Begleitung\n"
        "Die HSWK Nordheim/Elsfurt, Fakultät Soziale Arbeit, begleitet das Programm unter der Leitung von\n"
        "Frau Prof. Dr. Ilka Sommer. Sie wertet die Maßnahmen aus.\n"
    )
    assert run(text) == [
        ("Prof. Dr. Ilka Sommer", "HSWK Hochschule für Soziale Wirtschaft und Kultur Nordheim/Elsfurt", None)
    ]


def test_names_led_by_one_abbreviation() -> None:
    r = rules(default_resources())
    assert _same_org("HSWK Hochschule für Soziale Wirtschaft und Kultur", "HSWK Nordheim/Elsfurt", r)
    assert _same_org("DRK Nordheim", "DRK Kreisverband Nordheim e. V.", r)
    assert not _same_org("DRK Kreisverband Nordheim e. V.", "DRK Landesverband Süd e. V.", r)
    assert not _same_org("HSWK Nordheim/Elsfurt", "ABC Nordheim/Elsfurt", r)


def test_a_legal_form_wrapped_after_its_first_letter() -> None:
    text = (
        HEAD + "2. Verfahren\n"
        "   Die Moderation der Fachforen hat die\n"
        "   Verwaltung nach einem Preisvergleich an die Werkstatt für Dialog Elsfurt e.\n"
        "   V.\n"
        "   (Leitung: Tanja Reuter) vergeben; das Honorar beträgt 8.330,00 € einschließlich\n"
        "   Umsatzsteuer.\n"
    )
    assert run(text) == [("Tanja Reuter", "Werkstatt für Dialog Elsfurt e. V.", 8330.0)]


FOOTNOTE = (
    HEAD + "Beschlussvorschlag:\n"
    "1. Die Verwaltung wird beauftragt, die externe Prozessbegleitung¹ für die Jahre 2027 und 2028\n"
    "   zu vergeben.\n"
    "Die Kosten sind im Haushalt veranschlagt.\n"
    "____________________\n"
    "¹ Angebot der Kommunalberatung Elsfurt GbR, Nordheim (Dr. Jan Ott), vom\n"
    "02.02.2027:\n"
    "18.000,00 € netto, 21.420,00 € brutto; das wirtschaftlichste von drei eingeholten\n"
    "Angeboten.\n"
    "Seite 1 von 2\n"
)
TABLE = (
    "\fStadt Nordheim – Seite 2\n"
    "5. Lenkungsgruppe\n"
    "Vorsitz Stadträtin Dr. Mira Olsen, Vorständin für Soziales\n"
    "Mitglieder 1. Dr. Mira Olsen (Vorsitz)\n"
    "2. Nour Haddad, Verbund Nordheimer Migrantenorganisationen e. V.\n"
)


def test_a_footnote_ends_at_the_page_end_the_table_after_it_no_part_of_it() -> None:
    assert run(FOOTNOTE + TABLE) == [("Dr. Jan Ott", "Kommunalberatung Elsfurt GbR", 21420.0)]
