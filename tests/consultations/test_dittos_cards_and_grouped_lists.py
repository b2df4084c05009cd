"""A Beratungsfolge whose repeated cells are ditto marks, its year in the dates' column word on the line under a
heading that holds a legend; a list of rows grouped under headings of the bodies' kinds; figures under a dates'
column that read as no date; meetings set as cards between rules, as a council information system's page prints
them, each value after an icon."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

DITTOS = (
    "Stadt Neustadt\nBeschlussvorlage\n\n"
    "Beratungsfolge                                          〃 = wie in der Zeile darüber\n\n"
    "  Gremium                              Termin 2027   Zuständigkeit   Sitzungsart\n"
    "  Integrationsrat                      27.04.        Empfehlung      öffentlich\n"
    "│ Ortsrat Nord                         18.05.        Anhörung        〃\n"
    "│ Ortsrat Süd                          〃            〃              〃\n"
    "  Ausschuss für Soziales, Bildung      25.05.        Vorberatung     〃\n"
    "  und Kultur\n"
    "│ Verwaltungsausschuss                 08.06.        〃              nichtöffentlich\n"
    "  Rat der Stadt                        18.06.        Entscheidung    öffentlich\n\n"
    "Beschlussvorschlag\nDer Rat beschließt das Konzept.\n"
)


def test_ditto_marks_repeat_the_cell_above() -> None:
    _, rows = run(DITTOS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Integrationsrat", "2027-04-27", "preliminary", True),
        ("Ortsrat Nord", "2027-05-18", "deliberation", True),
        ("Ortsrat Süd", "2027-05-18", "deliberation", True),
        ("Ausschuss für Soziales, Bildung und Kultur", "2027-05-25", "preliminary", True),
        ("Verwaltungsausschuss", "2027-06-08", "preliminary", False),
        ("Rat der Stadt", "2027-06-18", "decision", True),
    ]


def test_ditto_words_and_quotation_marks() -> None:
    text = (
        "Beratungsfolge:\n\nGremium                 Datum         Zuständigkeit   Status\n"
        "Ortsbeirat Ost          03.05.2027    Anhörung        öffentlich\n"
        'Ortsbeirat West         "             dto.            "\n'
        "Stadtrat                21.06.2027    Beschluss       öffentlich\n\nBegründung:\nText.\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Ortsbeirat Ost", "2027-05-03", "deliberation", True),
        ("Ortsbeirat West", "2027-05-03", "deliberation", True),
        ("Stadtrat", "2027-06-21", "decision", True),
    ]


def test_quotation_marks_in_a_name_are_no_ditto() -> None:
    """A quoted word inside a cell, and a quotation mark after a word, repeat nothing."""
    text = (
        'Betreff: Konzept "Vielfalt"  und Beratung\n\nBeratungsfolge:\n\nGremium            Datum         Status\n'
        "Sozialausschuss    03.05.2027    öffentlich\n"
        'Beirat "Vielfalt"  -             öffentlich\n\nBegründung:\nText.\n'
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows if r.meeting_date] == [("Sozialausschuss", "2027-05-03")]


WRITTEN_MONTHS = (
    "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n"
    "  ─────────────────────────────────────────────────────────────────────\n"
    "  Termin 2027       Gremium                              Beratung        Sitzung\n"
    "  ─────────────────────────────────────────────────────────────────────\n"
    "  Mi, 2. Juni       Integrationsrat                      Empfehlung      öff.\n"
    "  Di, 8. Juni       Ortsbeirat Nord                      Anhörung        öff.\n"
    "  Mi, 16. Juni      Ausschuss für Soziales, Bildung      Vorberatung     öff.\n"
    "                    und Kultur\n"
    "  Do, 8. Juli       Rat der Stadt                        Entscheidung    öff.\n"
    "  ─────────────────────────────────────────────────────────────────────\n\n"
    "Beschlussvorschlag\nDer Rat beschließt das Konzept. Er hat am 9. Dezember 2026 den Auftrag erteilt.\n"
)


def test_days_with_written_months_take_the_year_of_the_header_under_a_rule() -> None:
    """The dates' column word with the year ("Termin 2027") on the header under the heading, a rule between them;
    the days' months written out ("Mi, 2. Juni"): dates of that year."""
    _, rows = run(WRITTEN_MONTHS)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Integrationsrat", "2027-06-02"),
        ("Ortsbeirat Nord", "2027-06-08"),
        ("Ausschuss für Soziales, Bildung und Kultur", "2027-06-16"),
        ("Rat der Stadt", "2027-07-08"),
    ]


def test_the_same_single_spaced_as_a_text_layer_gives_it() -> None:
    """The gaps closed to one space, the rules wrapped onto a second line: the year after "Termin" on the header's
    line is no column of its own, the header's columns are read without it."""
    lines = [" ".join(line.split()) for line in WRITTEN_MONTHS.split("\n")]
    flat = "\n".join(line + "\n──────" if line.startswith("────") else line for line in lines)
    _, rows = run(flat)
    assert [(r.body, r.meeting_date, r.role) for r in rows] == [
        ("Integrationsrat", "2027-06-02", "preliminary"),
        ("Ortsbeirat Nord", "2027-06-08", "deliberation"),
        ("Ausschuss für Soziales, Bildung und Kultur", "2027-06-16", "preliminary"),
        ("Rat der Stadt", "2027-07-08", "decision"),
    ]


def test_days_with_written_months_without_a_year_anywhere_get_none() -> None:
    """Without the header's year no day is dated by a guess (the prose's "9. Dezember 2026" no year of the rows)."""
    _, rows = run(WRITTEN_MONTHS.replace("Termin 2027", "Termin     "))
    assert [r.meeting_date for r in rows if r.meeting_date is not None] == []


def test_unread_date_gives_no_row() -> None:
    """Days and months of a year the paper does not name: the meetings' days are unknown, so no row is given
    (none undated)."""
    text = DITTOS.replace("Termin 2027", "Termin     ")
    _, rows = run(text)
    assert [r for r in rows if r.meeting_date is None] == []


def test_spaced_out_date_gives_no_row() -> None:
    text = (
        "Beratungsfolge\n\n  Nr.  Gremium                        Sitzungstag              ö    nö   Beratungsziel\n"
        "  1    Sozialausschuss                0 4 . 0 5 . 2 0 2 7      X         Vorberatung\n"
        "  2    Kreistag                       0 9 . 0 6 . 2 0 2 7      X         Beschluss\n\nBegründung\nText.\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows if r.meeting_date is None] == []


GROUPED = (
    "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n\n"
    "  Beiräte und Ortsbeiräte\n"
    "    ▸ Beirat für Migration und Integration              03.05.2027    Stellungnahme\n"
    "    ▸ Ortsbeirat Nord                                   11.05.2027    Anhörung\n"
    "  Ausschüsse\n"
    "    ▸ Ausschuss für Soziales, Jugend und Integration    18.05.2027    Vorberatung\n"
    "  Stadtrat\n"
    "    ▸ Stadtrat                                          21.06.2027    Entscheidung\n\n"
    "Beschlussvorschlag\nDer Stadtrat beschließt.\n"
)


@pytest.mark.parametrize("mark", ["▸", "•", "-"])
def test_list_rows_under_headings_of_kinds(mark: str) -> None:
    _, rows = run(GROUPED.replace("▸", mark))
    assert [(r.body, r.meeting_date, r.role) for r in rows] == [
        ("Beirat für Migration und Integration", "2027-05-03", "deliberation"),
        ("Ortsbeirat Nord", "2027-05-11", "deliberation"),
        ("Ausschuss für Soziales, Jugend und Integration", "2027-05-18", "preliminary"),
        ("Stadtrat", "2027-06-21", "decision"),
    ]


def test_a_legend_of_one_mark_gives_the_other_rows_the_other_status() -> None:
    text = GROUPED.replace("und Integration    18.05.2027", "und Integration 🔒 18.05.2027").replace(
        "\n\nBeschlussvorschlag",
        "\n\n  🔒 nichtöffentliche Sitzung – alle übrigen Sitzungen sind öffentlich\n\nBeschlussvorschlag",
    )
    _, rows = run(text)
    assert [r.public for r in rows] == [True, True, False, True]


def test_a_legend_of_one_mark_alone_says_nothing_of_the_others() -> None:
    text = GROUPED.replace("\n\nBeschlussvorschlag", "\n\n  🔒 nichtöffentliche Sitzung\n\nBeschlussvorschlag")
    _, rows = run(text)
    assert [r.public for r in rows] == [None, None, None, None]


def test_list_rows_keep_a_name_wrapped_under_its_mark() -> None:
    text = (
        "Beratungsfolge\n\n"
        "    ▸ Ausschuss für Soziales, Jugend       18.05.2027    Vorberatung\n"
        "      und Integration\n"
        "    ▸ Stadtrat                            21.06.2027    Entscheidung\n\nBegründung\nText.\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Ausschuss für Soziales, Jugend und Integration", "2027-05-18"),
        ("Stadtrat", "2027-06-21"),
    ]


RULE = "  " + "─" * 60 + "\n"
CARDS = (
    "Vorlage 0147/2027\nBeschlussvorlage\n\nBeratungsfolge\n"
    "  \uf073  Mi., 12.05.2027   \uf017  17:00 Uhr\n  \uf19c  Integrationsrat\n"
    "  \uf0e3  Anhörung            \uf09c  öffentlich       \uf3c5  Rathaus I, Ratssaal\n"
    + RULE
    + "  \uf073  Do., 20.05.2027   \uf017  16:30 Uhr\n  \uf19c  Ausschuss für Generationen, Soziales und Integration\n"
    "  \uf0e3  Vorberatung         \uf023  nicht öffentlich \uf3c5  Rathaus I, Ratssaal\n"
    + RULE
    + "  \uf073  Di., 15.06.2027   \uf017  17:00 Uhr\n  \uf19c  Rat der Stadt\n"
    "  \uf0e3  Entscheidung        \uf09c  öffentlich       \uf3c5  Theater\n"
    "Beschlussvorschlag\n1.  Der Rat beschließt.\n"
)


@pytest.mark.parametrize("icon", ["\uf073", "\ufffd", "📅", ""], ids=["private-use", "replacement", "symbol", "none"])
def test_cards_between_rules(icon: str) -> None:
    text = CARDS.replace("\uf073", icon).replace("\uf19c", icon).replace("\uf0e3", icon)
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Integrationsrat", "2027-05-12", "deliberation", True),
        ("Ausschuss für Generationen, Soziales und Integration", "2027-05-20", "preliminary", False),
        ("Rat der Stadt", "2027-06-15", "decision", True),
    ]


def test_cards_between_rules_wrapped_by_a_pdf() -> None:
    """A PDF's text layer without the indent, each rule wrapped over two lines."""
    text = CARDS.replace(RULE, "─" * 50 + "\n" + "─" * 10 + "\n")
    text = "\n".join(ln.strip() for ln in text.split("\n"))
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Integrationsrat", "2027-05-12", True),
        ("Ausschuss für Generationen, Soziales und Integration", "2027-05-20", False),
        ("Rat der Stadt", "2027-06-15", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a timetable's dated steps between rules: no body named
        "Zeitplan\n  Mo., 05.05.2027   18:00 Uhr\n  Auftaktveranstaltung\n  Rathaus, Ratssaal\n"
        + RULE
        + "  Di., 17.06.2027   18:00 Uhr\n  Werkstatt Wohnen\n  Bürgerhaus\n"
        + RULE
        + "Begründung\nText.\n",
        # one card alone
        "Termin\n  Mo., 05.05.2027   18:00 Uhr\n  Stadtrat\n  öffentlich\n" + RULE + "Begründung\nText.\n",
        # a sentence under the date: no name alone on its line
        "Termine\n  Mo., 05.05.2027\n  Der Stadtrat berät den Plan.\n"
        + RULE
        + "  Di., 17.06.2027\n  Der Kreistag beschließt den Plan.\n"
        + RULE
        + "Begründung\nText.\n",
    ],
    ids=["timetable", "one-card", "sentences"],
)
def test_no_cards(text: str) -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + text)
    assert [r for r in rows if r.method == "card"] == []
