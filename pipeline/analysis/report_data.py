"""What the report shows: each municipality's rows per table, the evidence list that every
value links to, and the German labels and number formats of charts and tables.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..output.labels import code_labels
from ..schema import COST_TYPES, SECTORS
from .compare import Meeting, most_common, present, table

# the German names of the codes: one home, pipeline/output/resources/labels_de.yaml
CODE_LABELS = code_labels()["categories"]
SECTOR_LABELS = code_labels()["sector"]
SECTOR_ORDER = ("politics", "administration", *(s for s in SECTORS if s not in ("politics", "administration")))
COST_LABELS = code_labels()["cost_type"]
ROLE_LABELS = code_labels()["role"]
BODY_TYPE_LABELS = code_labels()["body_type"]
QUALIFIER_LABELS = code_labels()["qualifier"]
Ref = tuple[str, int]


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def de_date(value: Any) -> str:
    """'2017-05-23' → '23.05.2017', '2019-06' → '06/2019'."""
    s = str(value) if present(value) else ""
    if len(s) == 10:
        return f"{s[8:10]}.{s[5:7]}.{s[0:4]}"
    return f"{s[5:7]}/{s[0:4]}" if len(s) == 7 else s


def de_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def euro(value: Any) -> str:
    if not present(value):
        return "–"
    v = float(value)
    return de_number(v, 0 if v == int(v) else 2) + " €"


def share(value: Any) -> str:
    return "–" if not present(value) else de_number(float(value) * 100, 1) + " %"


class Evidence:
    """The evidence list: each entry a set of table rows shown with document, page and snippet."""

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        self.frames = frames
        docs = table(frames, "documents")
        self.paths = dict(zip(docs["doc_id"], docs["source_path"]))
        self.records: dict[str, list[dict[str, Any]]] = {}
        self.entries: list[tuple[str, list[Ref]]] = []
        self.ids: dict[tuple[Ref, ...], str] = {}

    def anchor(self, title: str, refs: Iterable[Ref]) -> str:
        """The id of the entry for these rows (the first title given to them names it)."""
        key = tuple(refs)
        if key not in self.ids:
            self.ids[key] = f"ev-{len(self.entries) + 1}"
            self.entries.append((title, list(key)))
        return self.ids[key]

    def link(self, text: Any, title: str, refs: Iterable[Ref]) -> str:
        return f'<a class="ev" href="#{self.anchor(title, refs)}">{esc(text)}</a>'

    def source(self, ref: Ref) -> str:
        name, i = ref
        if name not in self.records:
            self.records[name] = table(self.frames, name).to_dict("records")
        row = self.records[name][i]
        if name == "documents":
            return (
                f"<code>{esc(row['source_path'])}</code> · {esc(row['n_pages'])} Seite(n) · "
                f"Text: {esc(row['text_source'])} · doc_id {esc(row['doc_id'])}"
            )
        snippet = str(row["snippet"]) if present(row["snippet"]) else ""
        snippet = snippet if len(snippet) <= 320 else snippet[:320] + " …"
        return (
            f"<code>{esc(self.paths.get(row['doc_id'], row['doc_id']))}</code>, S. {esc(row['page'])}, "
            f"Zeichen {esc(row['char_start'])}–{esc(row['char_end'])}: <q>{esc(snippet)}</q>"
        )

    def html(self) -> str:
        items = []
        for i, (title, refs) in enumerate(self.entries, 1):
            srcs = "".join(f"<li>{self.source(r)}</li>" for r in refs) or "<li>keine Fundstelle</li>"
            items.append(f'<li id="ev-{i}"><b>{esc(title)}</b><ul>{srcs}</ul></li>')
        return f'<ol class="evidence">{"".join(items)}</ol>'


@dataclass
class Data:
    frames: dict[str, pd.DataFrame]
    prep: dict[str, pd.DataFrame]
    munis: pd.DataFrame
    names: list[str]
    found: dict[str, list[Meeting]]
    ev: Evidence
    split: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)
    docs: dict[str, list[Ref]] = field(default_factory=dict)
    by_name: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_name = {str(r["municipality"]): r for r in self.munis.to_dict("records")}
        for name, df in self.prep.items():
            for muni, rows in df.groupby("municipality", sort=False):
                self.split[(name, str(muni))] = rows
        for i, m in enumerate(table(self.frames, "documents")["municipality"]):
            if present(m):
                self.docs.setdefault(str(m).strip(), []).append(("documents", i))

    def rows(self, name: str, muni: str) -> pd.DataFrame:
        return self.split.get((name, muni), self.prep[name].iloc[0:0])

    def row(self, muni: str) -> dict[str, Any]:
        return self.by_name[muni]

    def doc_refs(self, muni: str) -> list[Ref]:
        return self.docs.get(muni, [])

    def docs_link(self, muni: str, text_: Any) -> str:
        return self.ev.link(text_, f"{muni} · geprüfte Dokumente", self.doc_refs(muni))


def refs(name: str, df: pd.DataFrame) -> list[Ref]:
    return [(name, int(r)) for r in df["row"]]


BASIS_LABELS = {"seats": "Sitze", "members": "Mitglieder", "none": "keine Angabe"}


def sector_members(d: Data, muni: str) -> dict[str, pd.DataFrame]:
    """Member rows of the steering group (municipalities.steering_group_id) per sector, each
    distinct member under its most frequent sector; members of accompanying groups are not
    among them."""
    rows = d.rows("steering_group_members", muni)
    group = d.row(muni).get("steering_group_id")
    rows = rows[(rows["key"] != "") & (rows["group_id"] == group)] if present(group) else rows.iloc[0:0]
    sector_of = {k: (most_common(g["sector"]) or "other") for k, g in rows.groupby("key", sort=False)}
    by = rows.assign(main=rows["key"].map(sector_of))
    return {s: by[by["main"] == s] for s in SECTOR_ORDER}


def cost_items(d: Data, muni: str) -> list[dict[str, Any]]:
    """Distinct (cost type, amount, fiscal year) of a municipality, largest first within each
    type, then by year: equal amounts of different years are two items."""
    rows = d.rows("costs", muni).dropna(subset=["key"])
    items = []
    for (ctype, amount, year), g in rows.groupby(["cost_type", "key", "fiscal_year"], sort=False, dropna=False):
        items.append(
            {
                "type": ctype if present(ctype) else "other",
                "amount": float(amount),
                "qualifier": most_common(g["qualifier"]),
                "year": int(year) if present(year) else None,
                "account": most_common(g["budget_account"]),
                "refs": refs("costs", g),
            }
        )
    order = {t: i for i, t in enumerate(COST_TYPES)}
    return sorted(items, key=lambda it: (order.get(it["type"], 99), -it["amount"], it["year"] or 0))
