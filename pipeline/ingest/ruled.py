"""Ruled tables from a PDF page's vector lines: cells found from the grid, text runs put in them.

A ruled table's cells are bounded by drawn lines. pdfium reports those lines as path
objects; clustering them gives each table's row and column boundaries, and every text run
inside the table lands in one cell. A cell whose text wraps onto several lines is read as
one line (joined by spaces; a word cut by a hyphen at a line's end joined again where its rest
starts lower-case: "Vor-" / "beratung"), so a Beratungsfolge row stays one tab-separated row. This is
what pdfplumber's table finder does, at a small fraction of its cost.
"""

from __future__ import annotations

import bisect
import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .layout import Glyph

THIN = 2.0  # pt: a path thinner than this is a rule
TOL = 2.0  # pt: rules closer than this are one boundary


@dataclass
class Rule:
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) < THIN and (self.x1 - self.x0) >= THIN

    def touches(self, other: Rule) -> bool:
        return not (
            self.x1 + TOL < other.x0
            or other.x1 + TOL < self.x0
            or self.bottom + TOL < other.top
            or other.bottom + TOL < self.top
        )


@dataclass
class Table:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[float]  # horizontal boundaries, top to bottom
    cols: list[float]  # vertical boundaries, left to right

    def contains(self, g: Glyph) -> bool:
        x = (g.x0 + g.x1) / 2
        y = (g.top + g.bottom) / 2
        return self.x0 - TOL <= x <= self.x1 + TOL and self.top - TOL <= y <= self.bottom + TOL


def page_rules(page: Any) -> list[Rule]:
    """Thin path objects of a page (lines and hairline rectangles), top-down coordinates,
    from the page and the form objects on it (one level deep)."""
    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError

    height = page.get_height()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    rules = []
    for obj in _path_objects(page.raw):
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            raise PdfiumError("Failed to locate pageobject.")
        rule = Rule(left.value, right.value, height - top.value, height - bottom.value)
        if (rule.bottom - rule.top) < THIN or (rule.x1 - rule.x0) < THIN:
            rules.append(rule)
    return rules


def _path_objects(page: Any) -> Iterator[Any]:
    """The raw path objects of a page, and of the form objects directly on it, in order."""
    import pypdfium2.raw as raw

    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            for j in range(raw.FPDFFormObj_CountObjects(obj)):
                inner = raw.FPDFFormObj_GetObject(obj, j)
                if raw.FPDFPageObj_GetType(inner) == raw.FPDF_PAGEOBJ_PATH:
                    yield inner


def find_tables(rules: list[Rule]) -> list[Table]:
    """Group touching rules into tables with at least two rows and two columns."""
    groups: list[list[Rule]] = []
    for rule in rules:
        hits = [g for g in groups if any(rule.touches(r) for r in g)]
        merged = [rule] + [r for g in hits for r in g]
        groups = [g for g in groups if g not in hits] + [merged]
    tables = []
    for group in groups:
        ys = boundaries([r.top for r in group if r.horizontal])
        xs = boundaries([r.x0 for r in group if not r.horizontal])
        if len(ys) >= 2 and len(xs) >= 3:
            tables.append(
                Table(
                    min(r.top for r in group),
                    max(r.bottom for r in group),
                    min(r.x0 for r in group),
                    max(r.x1 for r in group),
                    ys,
                    xs,
                )
            )
    return sorted(tables, key=lambda t: t.top)


def boundaries(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


# a lower-case line that goes on after a hyphen without closing the word: a link word ("Sozial-" / "und ...")
_LINKS = ("und", "oder", "bzw.", "sowie")


def cell_text(parts: list[Glyph]) -> str:
    """A cell's runs (in reading order) on one line: joined by spaces, a word cut by a hyphen at
    a line's end joined where the next line goes on lower-case ("Beratung und Beschluss-" /
    "fassung" -> "Beratung und Beschlussfassung"; "Sozial-" / "und Gesundheitsausschuss" stays)."""
    out = ""
    for k, p in enumerate(parts):
        text = p.text.strip()
        cut = (
            k > 0
            and round(p.top) != round(parts[k - 1].top)
            and len(out) > 2
            and out.endswith("-")
            and out[-2].isalpha()
            and text[:1].islower()
            and text.split()[0] not in _LINKS
        )
        out = out[:-1] + text if cut else (out + " " + text if out else text)
    return out


def table_rows(table: Table, runs: list[Glyph]) -> list[str]:
    """The table's rows as tab-separated lines; a cell's runs are joined by spaces."""
    n_cols = len(table.cols) - 1
    cells: dict[tuple[int, int], list[Glyph]] = {}
    for g in runs:
        row = bisect.bisect_right(table.rows, (g.top + g.bottom) / 2) - 1
        col = min(max(bisect.bisect_right(table.cols, (g.x0 + min(g.x1, g.x0 + 10)) / 2) - 1, 0), n_cols - 1)
        cells.setdefault((row, col), []).append(g)
    lines = []
    for row in sorted({r for r, _ in cells}):
        texts = []
        for col in range(n_cols):
            parts = sorted(cells.get((row, col), []), key=lambda g: (round(g.top), g.x0))
            texts.append(cell_text(parts))
        while texts and not texts[-1]:
            texts.pop()
        if any(texts):
            lines.append("\t".join(texts))
    return lines
