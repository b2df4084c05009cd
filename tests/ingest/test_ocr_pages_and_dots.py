"""Repairs of OCR text: a table of contents' "S. 14" read "5.14" after its dot leaders, the middle
dots of a list of short items read as hyphens or colons, every part of a number's prefix with its
letters read as digits (invented examples; each beside look-alikes it must leave alone)."""

from __future__ import annotations

import pytest

from tests.ingest.test_ocr_text import repaired

LEADER = " " + "." * 20 + " "


def _toc(*pages: str) -> str:
    titles = ["Einleitung", "Ausgangslage", "Sprache und Bildung", "Arbeit", "Wohnen"]
    return "\n".join(f"{k + 1} {titles[k]}{LEADER}{p}" for k, p in enumerate(pages))


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (_toc("S. 3", "5.6", "S. 9", "5. 12", "S.14"), _toc("S. 3", "S. 6", "S. 9", "S. 12", "S.14")),
        (_toc("S.3", "S.6", "5,9"), _toc("S.3", "S.6", "S. 9")),
        (
            "Die Ziele gliedern sich in fünf Handlungsfelder:\n\nSprache und Bildung - Arbeit und Beruf : Wohnen im\n"
            "ländlichen Raum - Gesundheit - Sport und Ehrenamt\n\nDie Verwaltung berichtet.",
            "Die Ziele gliedern sich in fünf Handlungsfelder:\n\nSprache und Bildung · Arbeit und Beruf · Wohnen im\n"
            "ländlichen Raum · Gesundheit · Sport und Ehrenamt\n\nDie Verwaltung berichtet.",
        ),
        ("Themen:\n\nKita • Schule : Beruf • Freizeit\n", "Themen:\n\nKita · Schule · Beruf · Freizeit\n"),
        (  # hyphens only, four of them; the colon alone on its line; a word broken over lines; no blank line after
            "Die Gemeinde ordnet ihre Ziele fünf Feldern\nzu:\n\nSprache - Arbeit und Beruf - Wohnen und Mo-\n"
            "bilität im\nländlichen Raum - Gesundheit - Sport und Ehrenamt\nFür jedes Feld gibt es eine Stelle.",
            "Die Gemeinde ordnet ihre Ziele fünf Feldern\nzu:\n\nSprache · Arbeit und Beruf · Wohnen und Mo-\n"
            "bilität im\nländlichen Raum · Gesundheit · Sport und Ehrenamt\nFür jedes Feld gibt es eine Stelle.",
        ),
        (
            "1 Einleitung"
            + LEADER
            + "S. 3\n2 Ziele"
            + LEADER
            + "S. 5\n3 Teilhabe und Schutz vor Diskriminierung"
            + LEADER.rstrip()
            + "\n5.23\n4 Anhang"
            + LEADER
            + "S. 26",
            "1 Einleitung"
            + LEADER
            + "S. 3\n2 Ziele"
            + LEADER
            + "S. 5\n3 Teilhabe und Schutz vor Diskriminierung"
            + LEADER.rstrip()
            + "\nS. 23\n4 Anhang"
            + LEADER
            + "S. 26",
        ),
        ("Vorlage-Nr.: 0G-Z0/014/2025", "Vorlage-Nr.: OG-ZO/014/2025"),
        ("Drucksache SG/V0/2025/036", "Drucksache SG/VO/2025/036"),
    ],
)
def test_repaired(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        _toc("5.3", "5.6", "5.9"),  # no page of the table written "S. N": the fives may be pages of a section
        _toc("S. 3", "S. 6", "53"),  # digits alone are a page as read
        "Der Betrag von 5.14 Mio. Euro ........ wird gezahlt",  # no leader before it at the line's end
        # sentences apart by dashes or colons, no list
        "Ergebnis:\n\nDie Stadt zahlt - Das Land fördert : Der Bund prüft die Anträge genau - Alle berichten.\n",
        # no lead-in with a colon before the paragraph
        "Sprache und Bildung - Arbeit : Wohnen - Gesundheit\n",
        # items too long to be a list's
        "Themen:\n\nSprache - Arbeit und Beruf in den Betrieben der ganzen Region und mehr : Wohnen - Sport\n",
        "Ergebnis:\n\nSprache - Arbeit - Wohnen - Sport\n",  # three hyphens only
        "1 Einleitung" + LEADER + "S. 3\n2 Ziele" + LEADER + "S. 5\nDer Betrag\n5.23\n",  # no leader above it
        "Vorlage 12/V0/2025 und 2023/0451",  # digits first; digits alone
        "Vorlage V01/2020 und A1-B1/12",  # digits among letters that are no misreading
    ],
)
def test_left_alone(text: str) -> None:
    assert repaired(text) == text
