"""Repairs of OCR text at ingest: each repair on the slips it is for, and on look-alikes it
must leave alone; repairs are traceable (offsets into the repaired text, what was read)."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.document import Document
from pipeline.ingest import ocr_text
from pipeline.ingest.readers import repair_ocr_pages
from pipeline.settings import Settings
from pipeline.structure import view
from tests.helpers import RAW

WORDS = frozenset(
    w.casefold()
    for w in "Jugendamt Familien Bereich Bürger Straße Entwicklung lokale soziale Institut Stadt Landau "
    "Sozialamt Jobcenter Caritas Schulen Vertreter Projektleiterin Rathaus Kinder Jugendhilfe Württemberg "
    "beschließt Handlungsfelder Beratungsstellen Maler".split()
)
LEX = ocr_text.Lexicon(WORDS, Counter())


def repaired(text: str) -> str:
    return ocr_text.repair_text(text, LEX)[0]


@pytest.mark.parametrize(
    "read,meant",
    [
        ("‚Betreff: Integrationskonzept", "Betreff: Integrationskonzept"),
        ("'- Vertreter des Jobcenters", "- Vertreter des Jobcenters"),
        ("Gremium\t‚Datum", "Gremium\tDatum"),
        ("Beschlussvorschlag ´", "Beschlussvorschlag"),
        ("Stadt ¸ Landau", "Stadt Landau"),
        ("Seite 3°", "Seite 3"),
        ("‚Seite 3", "Seite 3"),
        ("Selte 2 von 2", "Seite 2 von 2"),
        ("- 3 -'", "- 3 -"),
        ("am 20.11:2030 im Rat", "am 20.11.2030 im Rat"),
        ("am 20,11.2030 im Rat", "am 20.11.2030 im Rat"),
        ("am 2O.11.2030 im Rat", "am 20.11.2030 im Rat"),
        (
            "Ihr gehören das Sozialamt, das Jugendamt; das Jobcenter und die Caritas an.",
            "Ihr gehören das Sozialamt, das Jugendamt, das Jobcenter und die Caritas an.",
        ),
        ("das Institut für lokale. Entwicklung berät", "das Institut für lokale Entwicklung berät"),
        (
            "- Vertreter des Jugendamts und\n\nder Schulen\n- Caritas",
            "- Vertreter des Jugendamts und\nder Schulen\n- Caritas",
        ),
        (  # two blank lines in one item: the item goes on past the first
            "- Vertreter des Jugendamts,\n\nder Schulen und\n\nder Kitas\n- Caritas",
            "- Vertreter des Jugendamts,\nder Schulen und\nder Kitas\n- Caritas",
        ),
        ("Das Jugendamtfür Familien", "Das Jugendamt für Familien"),
        ("imBereich der Stadt", "im Bereich der Stadt"),
        ("desSozialamtes", "des Sozialamtes"),
        ("im Antrag desJugend- und Seniorenbeirates", "im Antrag des Jugend- und Seniorenbeirates"),
        ("der Biirger", "der Bürger"),
        ("an der StraBe", "an der Straße"),
        ("an sechs Handiungsfeldern orientiert", "an sechs Handlungsfeldern orientiert"),  # an "l" read "i"
        ("der Beratungsstelien", "der Beratungsstellen"),
        ("Frau Maier und Herr Wilke", "Frau Maier und Herr Wilke"),  # too short to swap: a name stays
        ("die Kinderﬁ", "die Kinderfi"),
        ("Federführung: Fachbereich Il - Bildung", "Federführung: Fachbereich II - Bildung"),
        ("der Fachbereich Il der Gemeindeverwaltung", "der Fachbereich II der Gemeindeverwaltung"),
        (
            "Bezirksvertretung für den Stadtbezirk Ill\t30.11.2017",
            "Bezirksvertretung für den Stadtbezirk III\t30.11.2017",
        ),
        (  # after a word in capitals that a true roman number follows elsewhere: a series
            "SÄULE II ARBEIT\n\nSÄULE Ill GESUNDHEIT UND PFLEGE\n\nSÄULE IV TEILHABE",
            "SÄULE II ARBEIT\n\nSÄULE III GESUNDHEIT UND PFLEGE\n\nSÄULE IV TEILHABE",
        ),
        ("Vorlagen-Nr.: V0/0734/2020", "Vorlagen-Nr.: VO/0734/2020"),
        ("Vorlage Nr 1V/27/2023", "Vorlage Nr IV/27/2023"),
        ("Drucksache lV-27-2023 vom", "Drucksache IV-27-2023 vom"),
        ("Nr. X1/3/2020", "Nr. XI/3/2020"),
        ("(BV0/0117/2022)", "(BVO/0117/2022)"),
        ("Vorlage SG/V0/2025/036 öffentlich", "Vorlage SG/VO/2025/036 öffentlich"),  # Bersenbrück, scanned
        ("die Führungsakademie Baden-Württemberqg leistet", "die Führungsakademie Baden-Württemberg leistet"),
        (
            "- F. Engagement und Freizeit, Kul-\ntur und Sport,\nG. Interkultureller Dialog,\n- H. Altern.",
            "- F. Engagement und Freizeit, Kul-\ntur und Sport,\n- G. Interkultureller Dialog,\n- H. Altern.",
        ),
        ("- 2. Bildung\n3. Arbeit", "- 2. Bildung\n- 3. Arbeit"),
        ("- Vertreter des Jugendamts und\n\n¸ der Schulen", "- Vertreter des Jugendamts und\nder Schulen"),
        ("Landshut besetzt.\n\nim Februar 2019 wurden", "Landshut besetzt.\n\nIm Februar 2019 wurden"),
        ("Vorsitz hat Frau Rieke Obst. ihr gehören an:", "Vorsitz hat Frau Rieke Obst. Ihr gehören an:"),  # in a line
        ("der Kreis, z. B. in Adorf", "der Kreis, z. B. in Adorf"),  # after an abbreviation: no sentence
        ("die Träger usw. in der Stadt", "die Träger usw. in der Stadt"),
        ("bis Ende des Jahres. jedoch nicht", "bis Ende des Jahres. Jedoch nicht"),
        ("Kosten tragen.\n\n‚ der Plan wird am", "Kosten tragen.\n\nDer Plan wird am"),  # a speck before it too
        (
            "Mitglieder sind:\n« Caritasverband\n» Fachbereich Jugend",
            "Mitglieder sind:\n• Caritasverband\n• Fachbereich Jugend",
        ),
        ("- Sozialamt\n« Jobcenter", "- Sozialamt\n• Jobcenter"),
        ("• Sozialamt\no Frau Dr. Schmidt\n« Jobcenter", "• Sozialamt\no Frau Dr. Schmidt\n• Jobcenter"),
        ("• Sozialamt\n\n2\n\f* Jugendamt\n* Jobcenter", "• Sozialamt\n\n2\n\f• Jugendamt\n• Jobcenter"),
        ("Text\n,• Sozialamt\n» Jobcenter\n\nDie Stadt", "Text\n• Sozialamt\n• Jobcenter\n\nDie Stadt"),
        ("Felder:\n• Sprache\n* Arbeit\n• Wohnen", "Felder:\n• Sprache\n• Arbeit\n• Wohnen"),
        ("l. Sprache\n· li. Bildung\nIl. Arbeit\nIV. Wohnen", "I. Sprache\nII. Bildung\nIII. Arbeit\nIV. Wohnen"),
        (
            "l. Sprache\n\nDer Zugang.\nli. Bildung\nIl. Arbeitsmarkt\nDie Arbeit.\nIV. Teilhabe",
            "I. Sprache\n\nDer Zugang.\nII. Bildung\nIII. Arbeitsmarkt\nDie Arbeit.\nIV. Teilhabe",
        ),
        (  # a stroke lost: "II." read "i."
            "I. Sprache\ni. Bildung\nIli. Arbeit\nIV. Teilhabe",
            "I. Sprache\nII. Bildung\nIII. Arbeit\nIV. Teilhabe",
        ),
        ("Ende.\n\ndie Stadt", "Ende.\n\nDie Stadt"),
        (
            "- Sozialamt\n- Caritas\nDie Geschäftsführung liegt beim Amt.",
            "- Sozialamt\n- Caritas\n\nDie Geschäftsführung liegt beim Amt.",
        ),
        ("- Caritas e. V.\nIn Vertretung\n\nDr. Weber", "- Caritas e. V.\n\nIn Vertretung\n\nDr. Weber"),
        (
            "- Caritas\nDie Stadt zahlt.\nDie Verwaltung berichtet.",
            "- Caritas\n\nDie Stadt zahlt.\nDie Verwaltung berichtet.",
        ),
        ("- Handwerkskammer Trier\n°Die Geschäftsführung", "- Handwerkskammer Trier\n\nDie Geschäftsführung"),
        (  # a numbered list counting on, its last item without a blank line after it
            "Mitglieder:\n1. Sozialamt\n2. Caritas\nDie Geschäftsführung liegt beim Amt.",
            "Mitglieder:\n1. Sozialamt\n2. Caritas\n\nDie Geschäftsführung liegt beim Amt.",
        ),
        ("a) Jobcenter\n\nb) Caritas\nDie Stadt zahlt.", "a) Jobcenter\n\nb) Caritas\n\nDie Stadt zahlt."),
        ("Jugendbeirat\t22.05‚2031\tAnhörung", "Jugendbeirat\t22.05.2031\tAnhörung"),  # a typewriter's stop
        ("geleitet von Dr. Anna Pfeig! mit der Stadt", "geleitet von Dr. Anna Pfeigl mit der Stadt"),
        ("Sitzungsvorlage Nr. 31-35 /K 2207 Seite 2", "Sitzungsvorlage Nr. 31-35 / K 2207 Seite 2"),
        ("Drucksache 12 /0815", "Drucksache 12 / 0815"),
        ("Vertretung: Frau OQelmann, Sozialamt", "Vertretung: Frau Oelmann, Sozialamt"),
        ("Kreisjugendamt Dr Lea Sommer Jan Wolf", "Kreisjugendamt Dr. Lea Sommer Jan Wolf"),
        ("Vorsitz: Prof Dr. Ole Rinke; Hr Brandt", "Vorsitz: Prof. Dr. Ole Rinke; Hr. Brandt"),
        ("Leitbild der Gemeinde Adorf -— „Vielfalt 2031“", "Leitbild der Gemeinde Adorf – „Vielfalt 2031“"),
        ("Leitbild der Gemeinde Adorf -—\n„Vielfalt 2031“", "Leitbild der Gemeinde Adorf –\n„Vielfalt 2031“"),
    ],
)
def test_repairs(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "„Betreff“ steht oben",  # German quotes
        "'Soziale Stadt' heißt das Programm",  # a quote with its partner
        "| Bildung | Wohnen |",  # a row drawn with bars
        "Der Rat beschließt.\nSeite 3 von 5",  # a page number as it should be
        "Punkt 3.",  # a number with its full stop is no page number with a speck
        "um 10:30 Uhr am 20.11.2030",  # a time, a right date
        "am 20.13.2030 und 41.11.2030",  # no dates: left alone
        "Erstens; zweitens; drittens.",  # semicolons of their own
        "Es arbeiten das Sozialamt, die Stadt und das Jobcenter mit; hinzu kommen je eine Vertretung und die VHS.",
        "Das Ziel ist sozial. Die Stadt handelt.",  # an uninflected adjective ends the sentence
        "Die Mittel sind kommunale. Die Stadt zahlt.",  # a sentence start after the full stop
        "- Vertreter des Jugendamts.\n\nder Absatz danach",  # the item ends with a full stop
        "Text\n\nVertreter des Jugendamts,\n\nder Schulen",  # no item: the paragraph's blank line stays
        "Wir schaffen das! Die Stadt hilft.",  # an exclamation before a capital
        "Herzlich willkommen!\nund danach",  # at a line's end
        "Fre!burg und Kie!",  # inside a word (an "i" or an "l"), or before no word
        "Nr. 31-35/K 2207 und 31-35 / K 2207",  # a slash set close, or spaced on both sides
        "Kinder /Jugend und 12 /ab",  # no number before, or no number's part after
        "OQuelle, Qatar und der IQ-Wert",  # a "Q" before a "u", a "Q" alone, a Q inside a word
        "Dr med. Anna Sommer, Drucker, Fr 12.05., Dr.",  # a faculty, a word, a weekday, a stop kept
        "Erster Absatz ohne Punkt\n\nder zweite",  # no list item
        "- Gelände Süd mit ca. 610 WE\n\nin 2019:\n- B-Plan",  # a heading after the item
        "- A. Sprache\nC. Arbeit",  # no letter in sequence
        "- 2. Bildung\n\n3. Arbeit",  # a blank line between: another list or a paragraph
        "1. Bildung\n2. Arbeit",  # no dash lost: none before either
        "Die Projektleiterin und das Rathaus",  # known words, and "-in" is no lost "in"
        "Jugendhilfeaus- schuss",  # a word broken at a hyphen
        "Kinder-und Jugendhilfe",  # a compound with a hyphen
        "Bundeslandamt",  # unknown, but no short word at its end to split off
        "Xylofonii",  # unknown, and the swap gives no known word either
        "Vorlage B1/2020 und A1/12",  # a 1 in a prefix that is no roman number: a part of its name
        "Vorlage 2023/KT/0451, 0815/2018/DS",  # digits first: a number's own part
        "Vorlage V01/2020",  # more than one letter read as a digit is no misreading
        "Vorlage SG/KT/2025 und 12/V0/2025",  # letters as read; a part of letters after digits
        "ll/3 und Il der Anlage",  # no capital letter besides look-alikes, no number after
        "Seite 1/2",
        "Sqgrafitto",  # "qg" in an unknown word that stays unknown without it
        "BürgerInnen und eGovernment",  # a capital inside a word after no short word
        '"Heime des\nLandkreises\nLörrach"',  # a quote wrapped over lines
        "‚Soziale\nStadt‘",
        "Erster Absatz ohne Punkt\n\nim Rathaus",  # no sentence ends before the paragraph
        "Siehe z. B.\n\ndie Anlage",  # an abbreviation's full stop
        "Das Amt.\nim Rathaus",  # no blank line: a line wrapped inside a paragraph
        "- Vertreter des Jobcenters,\nDie Tafel",  # the item runs on
        "- Vertreter des Jobcenters und\nDer Schulen",
        "- Sozialamt\nIm",  # the word alone on its line
        "Siehe Anlage\nDie Stadt zahlt.",  # no list before
        "- Sozialamt\nJobcenter",  # no word that starts sentences
        # numbered sections' headings, each with its paragraph under it: no list ends there
        "Sachverhalt:\n\n1. Anlass\nDer Rat hat beschlossen.\n\n2. Moderation\nDie Firma Xund berät.",
        "Der Beirat tagt.\n\n7. Prozessbegleitung\nDie Stadt vergibt den Auftrag.",
        "- Sozialamt\n- Caritas\n\n4. Kosten\nDie Stadt zahlt.",  # after a list of dashes
        "1. Sozialamt\n2. Caritas\n\n4. Kosten\nDie Stadt zahlt.",  # after items counting otherwise
        "a) Jobcenter\n\n3. Kosten\nDie Stadt zahlt.",  # letters, then a number
        "Er sagte:\n« Wir schaffen das »",  # a guillemet with its partner is a quote
        "Der Titel lautet\n« Vielfalt",  # no list: no colon before, no bullet beside
        "Hinweis:\n* Angaben ohne Gewähr *",  # a star with its partner
        "l. Sprache\nli. Bildung\nIl. Arbeit",  # no true roman number to count from
        "I. Sprache\nIII. Bildung\nIl. Arbeit",  # true numbers that do not count up one by one
        "Il Gattopardo, VILLA Ill",  # no name before, or a word in capitals before it
        "Fachbereich II und Stadtbezirk Illertal",  # a true number; a word going on
        "IV. Sprache\nV. Bildung",  # too few items
        "l. Sprache\nl. Bildung\nIV. Arbeit",  # an item lost before: the places do not fit the strokes
        "I. Sprache\n\n\n\n\nII. Bildung\nIl. Arbeit",  # too far apart to be one run
    ],
)
def test_left_alone(text: str) -> None:
    assert repaired(text) == text


def test_repairs_point_into_the_repaired_text() -> None:
    read = "‚Betreff: Jugendamtfür Familien\nSeite 3°\nam 20.11:2030, imBereich\n- Jugendamt und\n\nder Schulen"
    text, repairs = ocr_text.repair_text(read, LEX)
    assert [r.kind for r in repairs] == ["speck", "lost_space", "page_number", "date", "lost_space", "list_blank_line"]
    assert [(text[r.start : r.end], r.before) for r in repairs] == [
        ("", "‚"),
        (" ", ""),
        ("Seite 3", "Seite 3°"),
        ("20.11.2030", "20.11:2030"),
        (" ", ""),
        ("", "\n"),
    ]
    # undoing every repair gives the text as read
    undone = text
    for r in reversed(repairs):
        undone = undone[: r.start] + r.before + undone[r.end :]
    assert undone == read


def test_only_ocr_pages_are_repaired_and_the_document_keeps_the_repairs() -> None:
    pages = [
        ("‚Betreff: Jugendamt", "text_layer", None),
        ("Seite 2°\n‚Betreff: Jugendamt", "ocr", 90.0),
        ("", "ocr", None),
    ]
    fixed, repairs = repair_ocr_pages(pages, Settings())
    assert [t for t, _, _ in fixed] == ["‚Betreff: Jugendamt", "Seite 2\nBetreff: Jugendamt", ""]
    doc = Document.from_pages("d", "d.pdf", "0" * 64, fixed, repairs)
    assert [(doc.text[r.start : r.end], r.before, doc.page_at(r.start)) for r in doc.repairs] == [
        ("Seite 2", "Seite 2°", 2),
        ("", "‚", 2),
    ]


def test_text_pages_pass_untouched() -> None:
    pages = [((RAW / "004_ff3983e8347dd6ec.txt").read_text(encoding="utf-8"), "plain_text", None)]
    assert repair_ocr_pages(pages, Settings()) == (pages, {})


def test_a_speck_page_number_is_furniture_and_the_sentence_runs_on() -> None:
    pages = [
        ("Der Lenkungsgruppe gehören das Sozialamt und Vertreter des\n\nSeite 1°", "ocr", None),
        ("‚Seite 2\n\nJobcenters an.", "ocr", None),
    ]
    fixed, repairs = repair_ocr_pages(pages, Settings())
    v = view(Document.from_pages("d", "d.pdf", "0" * 64, fixed, repairs))
    assert [v.lines[i].text for i in sorted(v.furniture)] == ["Seite 1", "Seite 2"]
    units = [" ".join(v.layout.text(u).split()) for u in v.layout.units]
    assert "Der Lenkungsgruppe gehören das Sozialamt und Vertreter des Jobcenters an." in units


@pytest.mark.parametrize(
    "read,meant",
    [
        ("das Ju gendamt berät", "das Jugendamt berät"),
        ("die Bür ger der Stadt", "die Bürger der Stadt"),
        ("der Rat beschli eßt", "der Rat beschließt"),  # the piece before it is a word of its own
    ],
)
def test_spaces_read_inside_words(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize("text", ["die Stadt der Bürger", "Stadt rat", "Xy lofon"])  # known pieces, unknown whole
def test_known_pieces_stay_apart(text: str) -> None:
    assert repaired(text) == text


@pytest.mark.parametrize(
    "read,meant",
    [
        ("Jugend und Soziales. Gehörten an: das Amt für jugend, Soziales", "Amt für Jugend, Soziales"),
        ("Mitglieder:\njobcenter Bremerhaven | Frau Demir", "Jobcenter Bremerhaven | Frau Demir"),  # a "J" anywhere
        ("Das Integrationskonzept. Betreff: integrationskonzept der Stadt", "Integrationskonzept der Stadt"),
        ("Sitzung im januar", "Sitzung im Januar"),
        ("Die Jugend und die jugend der Stadt", "die Jugend der Stadt"),  # with its capital elsewhere
        # its capital only where a lost space ran it into the word before
        ("Einladung durch denIntegrationsrat.\nMitglied ist der integrationsrat Nord.", "der Integrationsrat Nord"),
    ],
)
def test_a_capital_read_in_lower_case_comes_back(read: str, meant: str) -> None:
    text = ocr_text.repair_text(read, ocr_text.lexicon([read], "deu"))[0]
    assert meant in text


@pytest.mark.parametrize(
    "text",
    [
        "Das Integrationskonzept ist integriert.",  # no capital elsewhere of this word
        "Die Interkulturelle Öffnung und interkulturelle Arbeit",  # an adjective, a name with it
        "Die Stadt zahlt jetzt jeweils jährlich für jeden jungen Menschen.",  # words written in lower case
        "Die Integrationskonzept-Gruppe und der integrationskonzept-Entwurf",  # part of a compound
        "Das Amt für Jugend. Das Amt für jugend und jugend",  # a "j" word twice in lower case
        "Die BürgerInnen und der integrationsrat tagen.",  # a run-in capital of another word
    ],
)
def test_capitals_are_not_made_up(text: str) -> None:
    assert ocr_text.repair_text(text, ocr_text.lexicon([text], "deu"))[0] == text


def test_repairs_side_by_side_both_stand() -> None:
    read = "- Zugang zu Bildunqg °\n"
    text, repairs = ocr_text.repair_text(read, ocr_text.lexicon([read], "deu"))
    assert text == "- Zugang zu Bildung\n"
    assert sorted(r.kind for r in repairs) == ["letter", "speck"]
