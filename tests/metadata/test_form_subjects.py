"""The subject in a numbered form ("(7)  Betreff  …" up to "(8)") and in a form that prints its
labels under their values, a rule between ("Neubau …" / "──────" / "Gegenstand"), each also as a
text layer closes the gaps to one space; and their near misses: a guideline's numbered paragraphs,
a decision's numbered items, a heading over a rule with its value below it (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_marked_heads import _closed
from tests.metadata.test_metadata import extract

TITLE = "Leitlinien für die Zusammenarbeit mit Migrantenorganisationen 2031–2035"

NUMBERED = """Stadt Musterhude
Fachbereich Bildung und Soziales

Beschlussvorlage für den Gemeinderat

 (1)  Sachbearbeitung    Koordinierungsstelle Integration
 (2)  Verfasser          Jan Muster, Telefon 01234 56-789
 (3)  Datum              21.05.2031
 (4)  Geschäftszeichen   50/IK – 041.20
 (5)  Betreff            Leitlinien für die Zusammenarbeit mit
                         Migrantenorganisationen 2031–2035
 (6)  Anlagen            1  Entwurf der Leitlinien
                         2  Stellungnahme des Beirats

Antrag:

1.  Die Leitlinien zu beschließen.
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
def test_the_subject_of_a_numbered_form_runs_to_the_next_number(closed: bool) -> None:
    got = extract(_closed(NUMBERED) if closed else NUMBERED)
    assert got.get("subject") == TITLE


GUIDELINE = """Stadt Musterhude
Sitzungsvorlage

§ 2 Gegenstand der Förderung
(1) Gegenstand der Förderung sind Vorhaben der Integration.
(2) Gefördert werden Vereine und Initiativen.
(3) Betreff der Anträge ist jeweils ein Vorhaben.
"""


def test_a_guidelines_numbered_paragraphs_give_no_subject() -> None:
    assert extract(GUIDELINE).get("subject") is None


UNDER = """STADT MUSTERHUDE
Referat 4 – Soziales


  Sitzungsvorlage        SV/2031/0318         19.05.2031           öffentlich
  ────────────────────   ──────────────────   ──────────────────   ──────────────
  Vorlagenart            Vorlagen-Nr.         Datum                Status

  Leitlinien für die Zusammenarbeit mit Migrantenorganisationen
  2031–2035
  ─────────────────────────────────────────────────────────────────────────────
  {label}


Beratungsfolge
Stadtrat   03.06.2031
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
@pytest.mark.parametrize("label", ["Gegenstand", "Betreff"])
def test_a_subject_over_its_label_under_a_rule_is_read(label: str, closed: bool) -> None:
    text = UNDER.format(label=label)
    got = extract(_closed(text) if closed else text)
    assert got.get("subject") == TITLE
    assert got.get("doc_number") == "SV/2031/0318"


HEADING_OVER_RULE = """STADT MUSTERHUDE
Referat 4 – Soziales

Sitzungsvorlage Nr. SV/2031/0318 vom 19.05.2031
──────────────────────────────────────
Betreff
Leitlinien für die Zusammenarbeit mit Migrantenorganisationen 2031–2035

Beratungsfolge
Stadtrat   03.06.2031
"""


def test_a_heading_under_a_rule_keeps_its_value_below() -> None:
    assert extract(HEADING_OVER_RULE).get("subject") == TITLE


LONE_RULE = """STADT MUSTERHUDE

Sitzungsvorlage SV/2031/0318

Der Ausschuss hat die Leitlinien beraten.
──────────────────────────────────────
Gegenstand

Beratungsfolge
Stadtrat   03.06.2031
"""


def test_a_label_under_a_rule_without_the_forms_other_rows_gives_no_subject() -> None:
    assert extract(LONE_RULE).get("subject") != "Der Ausschuss hat die Leitlinien beraten."


HISTORY = """Stadt Musterhude
Der Bürgermeister
Beschlussvorlage Nr. BV/2031/0482
Betreff
Leitlinien für die Zusammenarbeit mit Migrantenorganisationen
2031–2035
{caption}
Nr. Station Aufgabe Termin Stand
01 Integrationsbüro Entwurf 12.05.2031 erledigt
02 Stadtrat Beschluss 16.06.2031 geplant
Beschlussvorschlag
Der Rat beschließt die Leitlinien.
"""


@pytest.mark.parametrize(
    "caption",
    [
        "Vorlagenverlauf\n(Auszug aus dem Workflow des Ratsinformationssystems, Stand 21.05.2031, 09:42\nUhr)",
        "Verlauf der Vorlage (Auszug aus dem Sitzungsdienst, Stand 26.05.2031)",
    ],
    ids=["caption-over-its-remark", "caption-with-its-remark"],
)
def test_a_subject_ends_over_a_processing_historys_caption(caption: str) -> None:
    """A text layer without blank lines runs the Betreff on into the caption of the paper's processing
    history and its head."""
    assert extract(HISTORY.format(caption=caption)).get("subject") == TITLE


def test_a_remark_in_brackets_ending_a_title_stays_without_a_head_under_it() -> None:
    text = HISTORY.split("{caption}")[0] + "(Neufassung)\nBeschlussvorschlag\nDer Rat beschließt die Leitlinien.\n"
    assert extract(text).get("subject") == TITLE + " (Neufassung)"
