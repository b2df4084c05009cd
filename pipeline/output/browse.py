"""The output in the browser (``vorlagen serve``): a copy of the SQLite file made for browsing
with Datasette, and its metadata.

The copy lives in ``<out>/cache/browse/`` (the run's own outputs stay as they are) and adds
- ``zaehlung``: how the report counts each file (:func:`counting`): its submission, whether
  the submission is relevant, whether this file's rows are the ones counted;
- ``texte``: the text of every document, with full-text search (FTS5);
- ``belege``: the evidence (snippet) of every extracted row, with full-text search;
- views that put the municipality, the state and the submission next to every member, cost,
  consultation and Handlungsfeld, with German column names and the German names of the codes,
  each with full-text search: ``mitglieder`` etc. count as the report does (each relevant
  submission once), ``alle_mitglieder`` etc. hold every file with the columns to filter on;
- canned queries for the first questions of a journalist, with the report's numbers (the
  municipalities and timelines tables of the comparison, the counted rows), and facets for
  state, sector, Handlungsfeld and body type.
It is built again when a table or a text is newer than it, or its views and queries changed.
Search takes any text typed (:mod:`pipeline.output.search`).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from ..schema import COST_TYPES, FACT_TABLES
from .chrome import TEMPLATE_DIR, write_templates
from .files import SQLITE_NAME
from .search import PLUGIN, PLUGIN_DIR

BROWSE_DIR = Path("cache") / "browse"
METADATA_NAME = "metadata.json"
DATABASE = Path(SQLITE_NAME).stem

# Every view row names its municipality, state and submission, and how the comparison counts
# it (table ``zaehlung``): ``vorgang`` the submission (its counted file's doc_id), ``relevant``
# whether the submission is about an integration concept, ``gezaehlt`` whether the report
# counts this file's rows (one file per relevant submission), ``dateien`` the submission's files.
DOC = """TRIM(d.municipality) AS kommune, d.state AS land, d.doc_number AS vorlage, d.doc_date AS datum_vorlage,
               z.vorgang, z.relevant, z.gezaehlt, z.dateien"""
COUNTED = "z.gezaehlt = 1"
# name → (the view's rows: rowid of its table as ``zeile``, for full-text search; the table;
# the columns its full-text index holds)
VIEWS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "mitglieder": (
        f"""SELECT {DOC}, g.group_name AS gruppe, m.member AS mitglied, m.sector AS sektor_code,
               COALESCE(l.bezeichnung, m.sector) AS sektor, m.is_chair AS vorsitz, m.snippet AS beleg,
               m.page AS seite, m.method AS methode, m.confidence AS konfidenz, m.doc_id, m.group_id, m.seq,
               m.rowid AS zeile
        FROM steering_group_members m JOIN documents d USING (doc_id) JOIN zaehlung z USING (doc_id)
        LEFT JOIN steering_groups g USING (group_id)
        LEFT JOIN legende l ON l.spalte = 'sector' AND l.code = m.sector""",
        "steering_group_members",
        ("member", "snippet"),
    ),
    "kosten": (
        f"""SELECT {DOC}, c.amount_eur AS betrag_eur, c.raw_text AS betrag_wie_geschrieben,
               c.cost_type AS kostenart_code, COALESCE(l.bezeichnung, c.cost_type) AS kostenart,
               c.qualifier AS zusatz, c.fiscal_year AS haushaltsjahr, c.snippet AS beleg, c.page AS seite,
               c.method AS methode, c.confidence AS konfidenz, c.doc_id, c.seq, c.rowid AS zeile
        FROM costs c JOIN documents d USING (doc_id) JOIN zaehlung z USING (doc_id)
        LEFT JOIN legende l ON l.spalte = 'cost_type' AND l.code = c.cost_type""",
        "costs",
        ("raw_text", "snippet"),
    ),
    "beratungen": (
        f"""SELECT {DOC}, b.body AS gremium, b.body_type AS gremientyp_code,
               COALESCE(lt.bezeichnung, b.body_type) AS gremientyp, b.meeting_date AS sitzung,
               b.role AS rolle_code, COALESCE(lr.bezeichnung, b.role) AS rolle, b.public AS oeffentlich,
               b.is_decision AS entscheidung_der_vorlage, b.decision_inferred AS entscheidung_erschlossen,
               (t.doc_id IS NOT NULL) AS entscheidung_der_kommune,
               b.snippet AS beleg, b.page AS seite, b.method AS methode, b.confidence AS konfidenz, b.doc_id, b.seq,
               b.rowid AS zeile
        FROM consultations b JOIN documents d USING (doc_id) JOIN zaehlung z USING (doc_id)
        LEFT JOIN timelines t ON t.doc_id = b.doc_id AND t.seq = b.seq AND t.is_decision = 1
        LEFT JOIN legende lt ON lt.spalte = 'body_type' AND lt.code = b.body_type
        LEFT JOIN legende lr ON lr.spalte = 'role' AND lr.code = b.role""",
        "consultations",
        ("body", "snippet"),
    ),
    "handlungsfelder": (
        f"""SELECT {DOC}, a.label AS handlungsfeld_wie_geschrieben, h.code AS handlungsfeld_code,
               COALESCE(l.bezeichnung, h.code) AS handlungsfeld, a.snippet AS beleg, a.page AS seite,
               a.method AS methode, a.confidence AS konfidenz, a.doc_id, a.seq, a.rowid AS zeile
        FROM action_fields a JOIN documents d USING (doc_id) JOIN zaehlung z USING (doc_id)
        LEFT JOIN handlungsfeld_codes h ON h.doc_id = a.doc_id AND h.seq = a.seq
        LEFT JOIN legende l ON l.spalte = 'categories' AND l.code = h.code""",
        "action_fields",
        ("label", "snippet"),
    ),
}
ALL_FILES = "alle_"  # the prefix of each view's twin over every file: alle_mitglieder, ...
FACETS = {
    "mitglieder": ["land", "sektor"],
    "kosten": ["land", "kostenart"],
    "beratungen": ["land", "gremientyp", "rolle", "entscheidung_der_kommune"],
    "handlungsfelder": ["land", "handlungsfeld"],
    "documents": ["state", "doc_type", "relevant"],
    "texte": ["land", "relevant", "gezaehlt"],
}
COUNTED_NOTE = (
    " Gezählt wie im Bericht: jede Vorlage zum Thema einmal (die Zeilen ihrer gezählten Datei, auch wenn sie als "
    "Text und PDF vorliegt). Alle Dateien, auch solche nicht zum Thema: Ansicht „{all}“."
)
ALL_NOTE = (
    " Jede Datei, auch weitere Dateien derselben Vorlage und Vorlagen nicht zum Thema: filtern mit „relevant“ "
    "(die Vorlage handelt von einem Integrationskonzept), „gezaehlt“ (der Bericht zählt diese Zeile) und "
    "„vorgang“ (dieselbe Vorlage)."
)
VIEW_COLUMNS = {
    "vorgang": "die Vorlage, zu der die Datei gehört (Kennung ihrer gezählten Datei); gleiche Vorlage, gleicher Wert",
    "relevant": "1: die Vorlage handelt von einem Integrationskonzept (der Bericht zählt nur solche)",
    "gezaehlt": "1: der Bericht zählt diese Zeile (eine Datei je Vorlage zum Thema, mit erkannter Kommune)",
    "dateien": "in wie vielen Dateien die Vorlage vorliegt (Text, PDF, Scan)",
    "entscheidung_der_vorlage": "1: die Beratung, die in dieser Vorlage entscheidet",
    "entscheidung_erschlossen": "1: als Entscheidung gewertet (letzte Sitzung des Rats), nicht so angegeben",
    "entscheidung_der_kommune": "1: der Beschluss der Kommune, wie ihn der Bericht nennt",
    "zeile": "Zeile der zugrunde liegenden Tabelle (für die Suche)",
}
SEARCH_NOTE = " Die Suche oben findet Wörter in der Spalte und im Beleg (z. B. Caritas-Zentrum)."
TITLES = {
    "mitglieder": ("Mitglieder mit Kommune", "Jedes Mitglied einer Steuerungsgruppe mit Kommune, Land und Vorlage."),
    "kosten": ("Kosten mit Kommune", "Jeder Betrag mit Kommune, Land und Vorlage."),
    "beratungen": (
        "Beratungsfolge mit Kommune",
        "Jede Beratung mit Kommune, Land und Vorlage; „entscheidung_der_kommune“: der Beschluss, den der Bericht "
        "nennt, „entscheidung_erschlossen“: als Beschluss gewertet (letzte Sitzung des Rats), nicht so angegeben.",
    ),
    "handlungsfelder": ("Handlungsfelder mit Kommune", "Jedes Handlungsfeld je Code der Systematik, mit Kommune."),
    "texte": (
        "Volltexte",
        "Der Text jeder Datei; Suche im Feld oben (z. B. Caritas-Zentrum). Jede Datei einzeln: „gezaehlt“ = 1 "
        "zeigt jede Vorlage zum Thema einmal.",
    ),
    "belege": ("Belege", "Der Textausschnitt jeder erkannten Zeile, mit Tabelle und Kommune; durchsuchbar."),
}
COST_ORDER = "CASE k.kostenart_code " + " ".join(f"WHEN '{t}' THEN {i}" for i, t in enumerate(COST_TYPES)) + " END"
# An amount in German form: 25.000 €, 1.234,50 €.
GERMAN_EURO = (
    "REPLACE(PRINTF('%,d', CAST(k.betrag_eur AS INTEGER)), ',', '.') || CASE WHEN k.betrag_eur = "
    "CAST(k.betrag_eur AS INTEGER) THEN '' ELSE ',' || SUBSTR(PRINTF('%.2f', k.betrag_eur), -2) END || ' €'"
)
QUERIES: dict[str, dict[str, str]] = {
    "migrantenorganisationen": {
        "title": "Welche Kommunen haben Migrantenorganisationen in der Steuerungsgruppe?",
        "description": "Je Kommune die verschiedenen Mitglieder ihrer Steuerungsgruppe aus dem Sektor "
        "Migrantenorganisationen, gezählt wie im Bericht (jede Vorlage zum Thema einmal, begleitende Gruppen nicht).",
        "sql": "SELECT kommune, land, COUNT(*) AS anzahl, GROUP_CONCAT(mitglied, '; ') AS mitglieder FROM ("
        "SELECT DISTINCT m.municipality AS kommune, m.state AS land, v.mitglied FROM municipalities m "
        "JOIN mitglieder v ON v.kommune = m.municipality AND v.group_id = m.steering_group_id "
        "WHERE v.sektor_code = 'migrant_organisation' ORDER BY v.doc_id, v.seq) "
        "GROUP BY kommune, land ORDER BY anzahl DESC, kommune",
    },
    "kosten_je_kommune": {
        "title": "Was kosten die Konzepte?",
        "description": "Je Kommune die Kosten insgesamt wie im Bericht (berechnet: kein Gesamtbetrag genannt, "
        "die Summe einer Art über die Jahre) und die verschiedenen Beträge mit ihrer Art "
        "(jede Vorlage zum Thema einmal); externe Begleitung 1, wo eine Vorlage sie nennt, sonst leer "
        "(keine Angabe ist kein Nein).",
        "sql": "SELECT m.municipality AS kommune, m.state AS land, m.total_cost_eur AS kosten_eur, "
        "m.cost_total_computed AS berechnet, CASE WHEN m.external_support THEN 1 END AS externe_begleitung, "
        "m.facilitator AS begleitung, "
        "(SELECT GROUP_CONCAT(eintrag, '; ') FROM (SELECT DISTINCT k.kostenart_code, k.betrag_eur, "
        f"k.kostenart || ' ' || {GERMAN_EURO} AS eintrag FROM kosten k "
        f"WHERE k.kommune = m.municipality AND k.betrag_eur IS NOT NULL ORDER BY {COST_ORDER}, k.betrag_eur DESC)) "
        "AS betraege FROM municipalities m ORDER BY m.total_cost_eur IS NULL, m.total_cost_eur DESC, m.municipality",
    },
    "entscheidungen": {
        "title": "Welches Gremium hat wann entschieden?",
        "description": "Je Kommune der Beschluss wie im Bericht: die letzte Beratung mit der Rolle Entscheidung, "
        "sonst die letzte Sitzung des Rats (dann „erschlossen“).",
        "sql": "SELECT t.municipality AS kommune, m.state AS land, t.body AS gremium, "
        "COALESCE(l.bezeichnung, t.body_type) AS gremientyp, t.meeting_date AS sitzung, "
        "CASE WHEN t.decision_inferred THEN 'erschlossen: letzte Sitzung des Rats' ELSE 'als Entscheidung angegeben' "
        "END AS beschluss, t.decision_inferred AS erschlossen, d.doc_number AS vorlage, c.snippet AS beleg "
        "FROM timelines t JOIN municipalities m ON m.municipality = t.municipality "
        "LEFT JOIN documents d ON d.doc_id = t.doc_id "
        "LEFT JOIN consultations c ON c.doc_id = t.doc_id AND c.seq = t.seq "
        "LEFT JOIN legende l ON l.spalte = 'body_type' AND l.code = t.body_type "
        "WHERE t.is_decision = 1 ORDER BY t.meeting_date, t.municipality",
    },
    "volltextsuche": {
        "title": "Suche in den Texten der Vorlagen",
        "description": "Jede Vorlage zum Thema einmal; jedes Wort wie eingegeben (auch Caritas-Zentrum, "
        "Baden-Württemberg). Alle Dateien durchsucht die Tabelle „texte“.",
        "sql": "SELECT t.kommune, t.vorlage, t.betreff, snippet(texte_fts, 0, '[', ']', ' … ', 12) AS fundstelle, "
        "t.doc_id "
        "FROM texte_fts JOIN texte t ON t.rowid = texte_fts.rowid "
        "WHERE texte_fts MATCH escape_fts(:suche) AND t.gezaehlt = 1 "
        "ORDER BY rank LIMIT 100",
    },
}


MADE_BY = "made_by.txt"  # what the copy was made by: a changed view or query makes it again


def made_by() -> str:
    """A fingerprint of the views, queries and plugin that a browsing copy is made with."""
    import hashlib

    made = json.dumps([VIEWS, QUERIES, PLUGIN, ALL_FILES, COUNTED], sort_keys=True)
    return hashlib.sha256(made.encode("utf-8")).hexdigest()[:16] + "\n"


def browse_folder(out: Path) -> Path:
    return out / BROWSE_DIR


def sources(out: Path) -> list[Path]:
    """The files the browsing copy is made from."""
    found = [out / SQLITE_NAME] if (out / SQLITE_NAME).exists() else sorted(out.glob("*.csv"))
    text = out / "text"
    return [*found, *(sorted(text.glob("*.txt")) if text.is_dir() else [])]


def up_to_date(out: Path) -> bool:
    """Whether the browsing copy is newer than the tables and texts, and made by this version
    of its views and queries."""
    target = browse_folder(out) / SQLITE_NAME
    if not target.exists() or not (browse_folder(out) / METADATA_NAME).exists():
        return False
    made = browse_folder(out) / MADE_BY
    if not made.exists() or made.read_text(encoding="utf-8") != made_by():
        return False
    newest = max((p.stat().st_mtime_ns for p in sources(out)), default=0)
    return target.stat().st_mtime_ns >= newest


def build(out: Path, force: bool = False) -> tuple[Path, Path]:
    """The browsing copy of ``out``'s tables and its Datasette metadata (made when out of date)."""
    from ..atomic import write_text, write_text_if_changed

    folder = browse_folder(out)
    target, meta = folder / SQLITE_NAME, folder / METADATA_NAME
    (folder / PLUGIN_DIR).mkdir(parents=True, exist_ok=True)
    write_text_if_changed(folder / PLUGIN_DIR / "suche.py", PLUGIN)
    write_templates(folder / TEMPLATE_DIR)  # Datasette's own texts in German
    if not force and up_to_date(out):
        return target, meta
    tmp = folder / f".{SQLITE_NAME}.tmp"
    tmp.unlink(missing_ok=True)
    if (out / SQLITE_NAME).exists():
        shutil.copyfile(out / SQLITE_NAME, tmp)
    else:  # a run with --format csv: the SQLite file is made from the CSVs, the comparison's tables too
        from ..analysis.compare import compare_frames
        from .store import read_tables, write_sqlite

        frames = read_tables(out)
        write_sqlite({**frames, **compare_frames(frames)}, tmp)
    con = sqlite3.connect(tmp)
    try:
        add_browsing(con, out)
        con.commit()
    finally:
        con.close()
    os.replace(tmp, target)
    write_text(meta, json.dumps(metadata(out), ensure_ascii=False, indent=2) + "\n")
    write_text(folder / MADE_BY, made_by())
    return target, meta


def has_table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def counting(out: Path) -> list[tuple[str, str, bool, bool, int]]:
    """How the comparison counts each file: doc_id, its submission, whether the submission is
    relevant, whether this file's rows are counted (:func:`pipeline.analysis.compare.taken`,
    and a municipality named, as :func:`pipeline.analysis.compare.prepare` asks), the
    submission's number of files."""
    from ..analysis.compare import municipality_of, taken
    from .store import read_tables

    docs = read_tables(out, ["documents"]).get("documents")
    if docs is None or docs.empty:
        return []
    ids = docs["doc_id"].astype("string")
    subs = docs["submission_id"].astype("string").fillna(ids) if "submission_id" in docs else ids
    taken_ = taken(docs).to_numpy()
    relevant = subs.isin(set(subs[taken_]))
    counted = taken_ & ids.isin(set(municipality_of(docs))).to_numpy()
    files = subs.map(subs.value_counts())
    return [
        (str(d), str(s), bool(r), bool(c), int(n))
        for d, s, r, c, n in zip(ids, subs, relevant, counted, files, strict=True)
    ]


def add_browsing(con: sqlite3.Connection, out: Path) -> None:
    """How each file is counted, texts and evidence with full-text search, the code table of
    Handlungsfelder, the views with their full-text indexes."""
    from .labels import legend_rows, table_title

    if not has_table(con, "legende"):
        con.execute("CREATE TABLE legende (spalte TEXT, code TEXT, bezeichnung TEXT)")
        con.executemany("INSERT INTO legende VALUES (:spalte, :code, :bezeichnung)", legend_rows())
    con.executescript("""
        CREATE TABLE zaehlung (doc_id TEXT PRIMARY KEY, vorgang TEXT, relevant INTEGER, gezaehlt INTEGER,
                               dateien INTEGER);
        CREATE TABLE texte (doc_id TEXT PRIMARY KEY, kommune TEXT, land TEXT, vorlage TEXT, betreff TEXT, text TEXT,
                            vorgang TEXT, relevant INTEGER, gezaehlt INTEGER);
        CREATE VIRTUAL TABLE texte_fts USING fts5(text, betreff, kommune, content='texte');
        CREATE TABLE belege (tabelle TEXT, doc_id TEXT, seq INTEGER, kommune TEXT, land TEXT, vorlage TEXT,
                             seite INTEGER, beleg TEXT);
        CREATE VIRTUAL TABLE belege_fts USING fts5(beleg, kommune, content='belege');
        CREATE TABLE handlungsfeld_codes (doc_id TEXT, seq INTEGER, code TEXT);
    """)
    con.executemany("INSERT INTO zaehlung VALUES (?, ?, ?, ?, ?)", counting(out))
    docs = con.execute(
        """SELECT doc_id, TRIM(d.municipality), d.state, d.doc_number, d.subject, z.vorgang, z.relevant, z.gezaehlt
           FROM documents d LEFT JOIN zaehlung z USING (doc_id) ORDER BY doc_id"""
    )
    for doc_id, muni, state, number, subject, *counted in docs.fetchall():
        path = out / "text" / f"{doc_id}.txt"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        row = (doc_id, muni, state, number, subject, text, *counted)
        con.execute("INSERT INTO texte VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    for table in FACT_TABLES:
        if not has_table(con, table):
            continue
        seq = "seq" if table != "steering_groups" else "NULL"
        con.execute(
            f"""INSERT INTO belege SELECT ?, t.doc_id, {seq}, d.municipality, d.state, d.doc_number,
                t.page, t.snippet FROM "{table}" t JOIN documents d USING (doc_id) WHERE t.snippet IS NOT NULL""",
            (table_title(table),),
        )
    con.execute("INSERT INTO texte_fts (rowid, text, betreff, kommune) SELECT rowid, text, betreff, kommune FROM texte")
    con.execute("INSERT INTO belege_fts (rowid, beleg, kommune) SELECT rowid, beleg, kommune FROM belege")
    rows = con.execute("SELECT doc_id, seq, categories FROM action_fields").fetchall()
    con.executemany(
        "INSERT INTO handlungsfeld_codes VALUES (?, ?, ?)",
        [(d, s, code) for d, s, codes in rows for code in (codes or "").split(";") if code],
    )
    for name, (sql, table, indexed) in VIEWS.items():
        con.execute(f"CREATE VIRTUAL TABLE \"{name}_fts\" USING fts5({', '.join(indexed)}, content='{table}')")
        con.execute(f'INSERT INTO "{name}_fts" ("{name}_fts") VALUES (\'rebuild\')')
        con.execute(f'CREATE VIEW "{name}" AS {sql} WHERE {COUNTED}')
        con.execute(f'CREATE VIEW "{ALL_FILES}{name}" AS {sql}')


def metadata(out: Path) -> dict[str, Any]:
    """The run's Datasette metadata (German titles and column descriptions) with the views,
    the full-text tables, facets and canned queries."""
    from .exports import datasette_metadata
    from .labels import labels
    from .store import read_tables

    meta = datasette_metadata(read_tables(out))
    tables: dict[str, Any] = meta["databases"][DATABASE]["tables"]
    for name, (title, description) in TITLES.items():
        tables.setdefault(name, {}).update(title=title, description=description)
    for name, facets in FACETS.items():
        tables.setdefault(name, {})["facets"] = facets
    for name in VIEWS:
        title, description = TITLES[name]
        searched = {"fts_table": f"{name}_fts", "fts_pk": "zeile"}
        tables[name].update(description=description + COUNTED_NOTE.format(all=ALL_FILES + name) + SEARCH_NOTE)
        columns = {c: text for c, text in VIEW_COLUMNS.items() if c in VIEWS[name][0]}
        tables[name].update(searched, columns=columns)
        tables[ALL_FILES + name] = {
            "title": f"{title} (alle Dateien)",
            "description": description + ALL_NOTE + SEARCH_NOTE,
            "facets": [*FACETS[name], "relevant", "gezaehlt"],
            "columns": columns,
            **searched,
        }
        tables[f"{name}_fts"] = {"hidden": True}
    tables["texte"].update(fts_table="texte_fts", fts_pk="rowid")
    tables["belege"].update(fts_table="belege_fts", fts_pk="rowid", facets=["tabelle", "land"])
    for name in ("texte_fts", "belege_fts", "handlungsfeld_codes", "zaehlung"):
        tables.setdefault(name, {})["hidden"] = True
    meta["databases"][DATABASE]["queries"] = QUERIES
    meta["title"] = labels()["title"]
    meta["description"] = labels()["description"]
    return meta
