"""The Beratungsfolge as a PDF's text layer gives it, every gap closed to one space: a result wrapped under its row
beside a whole name ("Magistrat beschlossen, an die" / "StVV weiterzuleiten") or beside the name's own rest
("Zustimmung mit" / "Teilhabe Hinweisen (Anl. 3)"); a header whose column words are cut at their hyphens among whole
ones, the rests on the next line; a rule under the header longer than a line of text; a history's state between
dashes under each row ("– terminiert –"); the columns "öff./nichtöff." and "Votum erbeten als"; entries with their
attribute lines, no longer indented; a star after a date that a legend under the table explains ("* nichtöffentliche
Sitzung; alle übrigen Sitzungen sind öffentlich"). Near misses: a star's note that names no status; a name's rest
that goes on by a link word is the name's; a line of a role under a row is the row's role (invented examples)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import Case, run

HEAD = "Kreisstadt Musterhausen\nMagistratsvorlage\n\nBetreff: Integrationskonzept\n\n"
END = "\n\nBeschlussvorschlag:\nDie Stadtverordnetenversammlung beschließt.\n"
RULE = "─" * 76
CASES = [
    Case(
        "a-result-wrapped-beside-a-whole-name",
        HEAD + "Beratungsweg\n\nSitzung am Beratungsorgan Beratungsergebnis\n\n"
        "12.05.2026 * Magistrat beschlossen, an die\nStVV weiterzuleiten\n"
        "20.05.2026 Sozialausschuss (Vorberatung)\n"
        "02.06.2026 Stadtverordnetenversammlung (Beschlussfassung)" + END,
        [
            ("Magistrat", "2026-05-12", None, None),
            ("Sozialausschuss", "2026-05-20", "preliminary", None),
            ("Stadtverordnetenversammlung", "2026-06-02", "decision", None),
        ],
    ),
    Case(
        "a-result-wrapped-beside-the-name-s-rest-under-a-cut-header",
        HEAD + "Beratungsverlauf:\n\nGremium Sitzungs- Sitzungs- Beratung Ergebnis\ntag art\n" + RULE + "\n"
        "Beirat für Migration und 10.05.26 öff. Anhörung Zustimmung mit\nTeilhabe Hinweisen (Anl. 3)\n"
        "Ausschuss für Bildung, 01.06.26 öff. Beratung verschoben auf\nJugend und Sport die Sitzung am\n"
        "Stadtvertretung 06.07.26 öff. Entscheidung\n" + RULE + END,
        [
            ("Beirat für Migration und Teilhabe", "2026-05-10", "deliberation", True),
            ("Ausschuss für Bildung, Jugend und Sport", "2026-06-01", "deliberation", True),
            ("Stadtvertretung", "2026-07-06", "decision", True),
        ],
    ),
    Case(
        "a-name-s-rest-opening-with-a-link-word-beside-a-role",
        HEAD + "Beratungsverlauf\nTermin Gremium Sitzung Stand\n" + RULE + "\n"
        "Mo 31.05.2026 Ausschuss für Bildung, Soziales, Kultur öffentl. vorgesehen –\nund Sport (BSKS) Vorberatung\n"
        "Do 24.06.2026 Stadtrat öffentl. vorgesehen –\nBeschlussfassung\n" + RULE + END,
        [
            ("Ausschuss für Bildung, Soziales, Kultur und Sport (BSKS)", "2026-05-31", None, True),
            ("Stadtrat", "2026-06-24", "decision", True),
        ],
    ),
    Case(
        "a-history-s-state-between-dashes",
        HEAD
        + "Vorgangshistorie (neueste Einträge zuerst)\n"
        + RULE
        + "\nlfd. Termin Gremium Zuständigkeit Sitzungsstatus\n"
        + RULE
        + "\n2 Mo 12.07.2026 Gemeinderat Beschluss öffentl.\n– terminiert –\n"
        "1 Mi 16.06.2026 Ausschuss für Soziales, Bildung, Vorberatung öffentl.\nIntegration und Sport – beraten –"
        + END,
        [
            ("Gemeinderat", "2026-07-12", "decision", True),
            ("Ausschuss für Soziales, Bildung, Integration und Sport", "2026-06-16", "preliminary", True),
        ],
    ),
    Case(
        "status-and-requested-vote-columns",
        HEAD + "Sitzungsplan für diese Vorlage\nDatum Beginn Gremium öff./nichtöff. Votum erbeten als\n"
        "08.06.2026 17:00 Seniorenbeirat öff. Stellungnahme\n"
        "22.06.2026 17:00 Haupt- und Finanzausschuss nichtöff. Empfehlung\n"
        "01.07.2026 17:00 Stadtrat öff. Beschluss" + END,
        [
            ("Seniorenbeirat", "2026-06-08", "deliberation", True),
            ("Haupt- und Finanzausschuss", "2026-06-22", "preliminary", False),
            ("Stadtrat", "2026-07-01", "decision", True),
        ],
    ),
    Case(
        "entries-with-attribute-lines-not-indented",
        HEAD + "Beratungsfolge\n\nDi, 12.05.2026 – Ausschuss für Soziales\n"
        "Beratungsart: Vorberatung | Sitzung: öffentlich\n\n"
        "Di, 02.06.2026 – Stadtverordnetenversammlung\nBeratungsart: Beschlussfassung | Sitzung: öffentlich" + END,
        [
            ("Ausschuss für Soziales", "2026-05-12", "preliminary", True),
            ("Stadtverordnetenversammlung", "2026-06-02", "decision", True),
        ],
    ),
    Case(
        "a-star-after-the-date-and-its-legend",
        HEAD + "Beratungsweg\n\n  Sitzung am       Beratungsorgan                 Beratungsergebnis\n"
        "  12.05.2026 *     Magistrat                      beschlossen\n"
        "  20.05.2026       Sozialausschuss                (Vorberatung)\n"
        "  02.06.2026       Stadtverordnetenversammlung    (Beschlussfassung)\n"
        "  * nichtöffentliche Sitzung; alle übrigen Sitzungen sind öffentlich." + END,
        [
            ("Magistrat", "2026-05-12", None, False),
            ("Sozialausschuss", "2026-05-20", "preliminary", True),
            ("Stadtverordnetenversammlung", "2026-06-02", "decision", True),
        ],
    ),
    Case(
        "a-star-s-footnote-of-a-place-says-no-status",
        HEAD + "Beratungsweg\n\n  Sitzung am       Beratungsorgan                 Beratungsergebnis\n"
        "  12.05.2026 *     Magistrat                      beschlossen\n"
        "  02.06.2026       Stadtverordnetenversammlung    (Beschlussfassung)\n"
        "  * Sitzung im Bürgerhaus; Beginn 17:00 Uhr." + END,
        [("Magistrat", "2026-05-12", None, None), ("Stadtverordnetenversammlung", "2026-06-02", "decision", None)],
    ),
    Case(
        "one-entry-alone-is-none-of-this-form",
        HEAD + "Termin\n\nDi, 12.05.2026 – Ausschuss für Soziales\nRaum: Ratssaal | Beginn: 17:00 Uhr" + END,
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_flattened_history_rows(case: Case) -> None:
    doc, found = run(case.text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == case.expected
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
