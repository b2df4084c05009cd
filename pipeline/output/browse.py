"""The output in the browser (``vorlagen serve``): a copy of the SQLite file made for browsing
with Datasette, and its metadata.

The copy lives in ``<out>/cache/browse/`` (the run's own outputs stay as they are) and adds
- ``texte``: the text of every document, with full-text search (FTS5);
- ``belege``: the evidence (snippet) of every extracted row, with full-text search;
- views that put the municipality, the state and the submission next to every member, cost,
  consultation and Handlungsfeld, with German column names and the German names of the codes;
- canned queries for the first questions of a journalist, and facets for state, sector,
  Handlungsfeld and body type.
It is built again when a table or a text is newer than it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from ..schema import FACT_TABLES
from .files import SQLITE_NAME

BROWSE_DIR = Path("cache") / "browse"
METADATA_NAME = "metadata.json"
DATABASE = Path(SQLITE_NAME).stem

DOC = "d.municipality AS kommune, d.state AS land, d.doc_number AS vorlage, d.doc_date AS datum_vorlage"
VIEWS: dict[str, str] = {
    "mitglieder": f"""
        SELECT {DOC}, g.group_name AS gruppe, m.member AS mitglied, m.sector AS sektor_code,
               COALESCE(l.bezeichnung, m.sector) AS sektor, m.is_chair AS vorsitz, m.snippet AS beleg,
               m.page AS seite, m.method AS methode, m.confidence AS konfidenz, m.doc_id, m.group_id, m.seq
        FROM steering_group_members m JOIN documents d USING (doc_id)
        LEFT JOIN steering_groups g USING (group_id)
        LEFT JOIN legende l ON l.spalte = 'sector' AND l.code = m.sector""",
    "kosten": f"""
        SELECT {DOC}, c.amount_eur AS betrag_eur, c.raw_text AS betrag_wie_geschrieben,
               c.cost_type AS kostenart_code, COALESCE(l.bezeichnung, c.cost_type) AS kostenart,
               c.qualifier AS zusatz, c.fiscal_year AS haushaltsjahr, c.snippet AS beleg, c.page AS seite,
               c.method AS methode, c.confidence AS konfidenz, c.doc_id, c.seq
        FROM costs c JOIN documents d USING (doc_id)
        LEFT JOIN legende l ON l.spalte = 'cost_type' AND l.code = c.cost_type""",
    "beratungen": f"""
        SELECT {DOC}, b.body AS gremium, b.body_type AS gremientyp_code,
               COALESCE(lt.bezeichnung, b.body_type) AS gremientyp, b.meeting_date AS sitzung,
               b.role AS rolle_code, COALESCE(lr.bezeichnung, b.role) AS rolle, b.public AS oeffentlich,
               b.snippet AS beleg, b.page AS seite, b.method AS methode, b.confidence AS konfidenz, b.doc_id, b.seq
        FROM consultations b JOIN documents d USING (doc_id)
        LEFT JOIN legende lt ON lt.spalte = 'body_type' AND lt.code = b.body_type
        LEFT JOIN legende lr ON lr.spalte = 'role' AND lr.code = b.role""",
    "handlungsfelder": f"""
        SELECT {DOC}, a.label AS handlungsfeld_wie_geschrieben, z.code AS handlungsfeld_code,
               COALESCE(l.bezeichnung, z.code) AS handlungsfeld, a.snippet AS beleg, a.page AS seite,
               a.method AS methode, a.confidence AS konfidenz, a.doc_id, a.seq
        FROM action_fields a JOIN documents d USING (doc_id)
        LEFT JOIN handlungsfeld_codes z ON z.doc_id = a.doc_id AND z.seq = a.seq
        LEFT JOIN legende l ON l.spalte = 'categories' AND l.code = z.code""",
}
FACETS = {
    "mitglieder": ["land", "sektor"],
    "kosten": ["land", "kostenart"],
    "beratungen": ["land", "gremientyp", "rolle"],
    "handlungsfelder": ["land", "handlungsfeld"],
    "documents": ["state", "doc_type"],
}
TITLES = {
    "mitglieder": ("Mitglieder mit Kommune", "Jedes Mitglied einer Steuerungsgruppe mit Kommune, Land und Vorlage."),
    "kosten": ("Kosten mit Kommune", "Jeder Betrag mit Kommune, Land und Vorlage."),
    "beratungen": ("Beratungsfolge mit Kommune", "Jede Beratung mit Kommune, Land und Vorlage."),
    "handlungsfelder": ("Handlungsfelder mit Kommune", "Jedes Handlungsfeld je Code der Systematik, mit Kommune."),
    "texte": ("Volltexte", "Der Text jeder Vorlage; Suche im Feld oben (z. B. Caritas)."),
    "belege": ("Belege", "Der Textausschnitt jeder erkannten Zeile, mit Tabelle und Kommune; durchsuchbar."),
}
QUERIES: dict[str, dict[str, str]] = {
    "migrantenorganisationen": {
        "title": "Welche Kommunen haben Migrantenorganisationen in der Steuerungsgruppe?",
        "sql": "SELECT kommune, land, COUNT(*) AS anzahl, GROUP_CONCAT(mitglied, '; ') AS mitglieder "
        "FROM mitglieder WHERE sektor_code = 'migrant_organisation' GROUP BY kommune, land "
        "ORDER BY anzahl DESC, kommune",
    },
    "kosten_je_kommune": {
        "title": "Was kosten die Konzepte?",
        "sql": "SELECT m.municipality AS kommune, m.state AS land, m.total_cost_eur AS kosten_eur, "
        "m.external_support AS externe_begleitung, m.facilitator AS begleitung, "
        "(SELECT GROUP_CONCAT(betrag_wie_geschrieben || ' (' || kostenart || ')', '; ') FROM kosten k "
        "WHERE k.kommune = m.municipality) AS betraege FROM municipalities m "
        "ORDER BY m.total_cost_eur IS NULL, m.total_cost_eur DESC",
    },
    "entscheidungen": {
        "title": "Welches Gremium hat wann entschieden?",
        "sql": "SELECT kommune, land, gremium, gremientyp, sitzung, vorlage, beleg FROM beratungen "
        "WHERE rolle_code = 'decision' ORDER BY sitzung, kommune",
    },
    "volltextsuche": {
        "title": "Suche in den Texten der Vorlagen",
        "sql": "SELECT t.kommune, t.vorlage, t.betreff, snippet(texte_fts, 0, '[', ']', ' … ', 12) AS fundstelle "
        "FROM texte_fts JOIN texte t ON t.rowid = texte_fts.rowid WHERE texte_fts MATCH :suche "
        "ORDER BY rank LIMIT 100",
    },
}


def browse_folder(out: Path) -> Path:
    return out / BROWSE_DIR


def sources(out: Path) -> list[Path]:
    """The files the browsing copy is made from."""
    found = [out / SQLITE_NAME] if (out / SQLITE_NAME).exists() else sorted(out.glob("*.csv"))
    text = out / "text"
    return [*found, *(sorted(text.glob("*.txt")) if text.is_dir() else [])]


def up_to_date(out: Path) -> bool:
    target = browse_folder(out) / SQLITE_NAME
    if not target.exists() or not (browse_folder(out) / METADATA_NAME).exists():
        return False
    newest = max((p.stat().st_mtime_ns for p in sources(out)), default=0)
    return target.stat().st_mtime_ns >= newest


def build(out: Path, force: bool = False) -> tuple[Path, Path]:
    """The browsing copy of ``out``'s tables and its Datasette metadata (made when out of date)."""
    folder = browse_folder(out)
    target, meta = folder / SQLITE_NAME, folder / METADATA_NAME
    if not force and up_to_date(out):
        return target, meta
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{SQLITE_NAME}.tmp"
    tmp.unlink(missing_ok=True)
    if (out / SQLITE_NAME).exists():
        shutil.copyfile(out / SQLITE_NAME, tmp)
    else:  # a run with --format csv: the SQLite file is made from the CSVs
        from .store import read_tables, write_sqlite

        write_sqlite(read_tables(out), tmp)
    con = sqlite3.connect(tmp)
    try:
        add_browsing(con, out)
        con.commit()
    finally:
        con.close()
    os.replace(tmp, target)
    from ..atomic import write_text

    write_text(meta, json.dumps(metadata(out), ensure_ascii=False, indent=2) + "\n")
    return target, meta


def has_table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def add_browsing(con: sqlite3.Connection, out: Path) -> None:
    """Texts and evidence with full-text search, the code table of Handlungsfelder, the views."""
    from .labels import legend_rows, table_title

    if not has_table(con, "legende"):
        con.execute("CREATE TABLE legende (spalte TEXT, code TEXT, bezeichnung TEXT)")
        con.executemany("INSERT INTO legende VALUES (:spalte, :code, :bezeichnung)", legend_rows())
    con.executescript("""
        CREATE TABLE texte (doc_id TEXT PRIMARY KEY, kommune TEXT, land TEXT, vorlage TEXT, betreff TEXT, text TEXT);
        CREATE VIRTUAL TABLE texte_fts USING fts5(text, betreff, kommune, content='texte');
        CREATE TABLE belege (tabelle TEXT, doc_id TEXT, seq INTEGER, kommune TEXT, land TEXT, vorlage TEXT,
                             seite INTEGER, beleg TEXT);
        CREATE VIRTUAL TABLE belege_fts USING fts5(beleg, kommune, content='belege');
        CREATE TABLE handlungsfeld_codes (doc_id TEXT, seq INTEGER, code TEXT);
    """)
    docs = con.execute("SELECT doc_id, municipality, state, doc_number, subject FROM documents ORDER BY doc_id")
    for doc_id, muni, state, number, subject in docs.fetchall():
        path = out / "text" / f"{doc_id}.txt"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        con.execute("INSERT INTO texte VALUES (?, ?, ?, ?, ?, ?)", (doc_id, muni, state, number, subject, text))
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
    for name, sql in VIEWS.items():
        con.execute(f'CREATE VIEW "{name}" AS {sql}')


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
    tables["texte"].update(fts_table="texte_fts", fts_pk="rowid", searchmode="raw")
    tables["belege"].update(fts_table="belege_fts", fts_pk="rowid", facets=["tabelle", "land"])
    for name in ("texte_fts", "belege_fts", "handlungsfeld_codes"):
        tables.setdefault(name, {})["hidden"] = True
    meta["databases"][DATABASE]["queries"] = QUERIES
    meta["title"] = labels()["title"]
    meta["description"] = labels()["description"]
    return meta
