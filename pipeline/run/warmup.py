"""Made-up submissions the pool's fork server reads once before it forks the workers.

The extractors build their rules on first use: the resource files parsed, some thousand
patterns compiled, spaCy's German tokenizer and entity ruler set up (~0.35 CPU-s). Read once
in the fork server (:mod:`pipeline.run.preload`), all of it is in every worker's memory from
its start, instead of being built again in each worker over its first documents. The rules
built are the same whatever text first asks for them, so the tables do not change.

The texts are invented: a letterhead, a table of the committees that deliberate, a steering
group, the fields of action, costs and a signature, the parts the extractors read; a second
without costs for the rules that look for what was missed.
"""

from __future__ import annotations

from ..document import Document

PAGES = [
    """Gemeinde Beispielfeld                                   Drucksache Nr. 2031/117
Der Bürgermeister                                          Datum: 14.03.2031
Fachbereich Jugend und Familie

Beschlussvorlage

Beratungsfolge:
Datum        Gremium                                   Zuständigkeit
02.04.2031   Ausschuss für Jugend und Soziales          Vorberatung
16.04.2031   Hauptausschuss                             Vorberatung
30.04.2031   Gemeinderat                                Entscheidung

Betreff: Fortschreibung des Integrationskonzeptes

Beschlussvorschlag:
Der Gemeinderat beschließt die Fortschreibung des Integrationskonzeptes.

Sachverhalt:
Das Konzept wurde in einer Lenkungsgruppe unter der Leitung von Frau Dr. Marta Kieselbach erarbeitet.
In der Steuerungsgruppe arbeiten Herr Jonas Brettschneider, Frau Ilka Tammsen und Herr Ole Windmüller zusammen.
Die Moderation der Workshops übernahm das Büro Weitblick Planung aus Lindental.
Das Konzept umfasst folgende Handlungsfelder:
1. Bildung und Ausbildung
2. Wohnen und Quartier
3. Freizeit, Sport und Kultur
4. Gesundheit und Pflege
""",
    """Finanzielle Auswirkungen:
Die Kosten der Begleitung belaufen sich auf 24.500,00 EUR. Im Haushalt 2031 stehen 30.000 € zur Verfügung.
Für Sachkosten werden jährlich 4.000 Euro benötigt.

| Handlungsfeld | Maßnahme | Zuständig |
| Bildung | Lernpaten an Schulen | Fachbereich 2 |
| Wohnen | Quartierstreff | Amt für Soziales |

Anlagen:
Anlage 1: Integrationskonzept (Entwurf)

gez. Peter Holzapfel
Bürgermeister
""",
]
# a second, without costs: a financial impact marked yes, a group named without its members
SHORT = [
    """Stadt Musterau                                          Vorlage Nr. 88/2031
Mitteilungsvorlage

Betreff: Bericht zur Quartiersarbeit

Finanzielle Auswirkungen: ja

Eine Koordinierungsgruppe soll den Prozess der Quartiersarbeit begleiten.
Die Koordinierungsgruppe hat den Bericht beschlossen.
""",
]


def warm() -> None:
    """Read the made-up submissions as a worker reads a document, the results thrown away."""
    from ..extract.rows import extract_file
    from .jobs import document_result

    for n, pages in enumerate((PAGES, SHORT)):
        doc = Document.from_pages(f"{n:016}", "warmup.pdf", "0" * 64, [(page, "text_layer", None) for page in pages])
        for part, tables, errors, _ in extract_file(doc):
            document_result(part, tables, errors)
