"""A generator of Beratungsfolge blocks along every layout axis, as text and as PDF.

A :class:`Block` holds the consultations to draw and how to draw them: the family (table,
stacked, key-value form, list, prose, flat), the separator between cells (tab, wide gap, single
space), the header words and column order, where the header stands (own line, on the
heading's line, absent), mark columns (x under ö / nö), empty result cells, body names
wrapped onto a line before or after their row (hyphen breaks included), page furniture in
the middle, and distractors around it (a header form with a date, prose with dates and
committee names, an agenda) that must yield nothing. ``Block.text()`` renders plain text;
The ``flat`` family is a table flattened into one line (heading, header and all rows
joined by single spaces, as PDF text exports and OParl ``text`` fields give it), maybe with
the whole header block of the document on the same line before it and the next section
after it, or wrapped at a page's width as a text export sets it. Prose is drawn in several
word orders (date or body first, the body as subject "Der Sozialausschuss berät die Vorlage
am ...", in the genitive "in der Sitzung des Hauptausschusses", and labelled clauses
"Vorberatung: Sozialausschuss (12.05.2021)").
``Block.pdf()`` renders a PDF with real columns (reportlab), with or without ruling lines.
``Block.expected()`` is what the extractor must recover, exactly.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import textwrap
from dataclasses import dataclass, field

from hypothesis import strategies as st

FIELDS = [
    "Bildung",
    "Soziales",
    "Sport",
    "Kultur",
    "Umwelt",
    "Integration",
    "Gesundheit",
    "Senioren",
    "Verkehr",
    "Wirtschaft",
    "Digitalisierung",
    "Teilhabe",
    "Stadtentwicklung",
    "Finanzen",
    "Information",
    "Kommunikation",
]
PREFIXES = [
    "Sozial",
    "Haupt",
    "Finanz",
    "Bau",
    "Jugendhilfe",
    "Schul",
    "Umwelt",
    "Kultur",
    "Sport",
    "Werk",
    "Rechnungsprüfungs",
    "Planungs",
    "Verkehrs",
    "Kreis",
    "Integrations",
]
PLACES = ["Nord", "Süd", "Mitte", "Hegnach", "Beinstein", "Neustadt", "Leverkusen", "Waiblingen"]
COUNCILS = [
    "Stadtrat",
    "Gemeinderat",
    "Kreistag",
    "Stadtverordnetenversammlung",
    "Bezirkstag",
    "Magistrat",
    "Stadtvorstand",
    "Gemeindevorstand",
    "Verwaltungsausschuss",
    "Kreisausschuss",
    "Integrationsrat",
    "Seniorenbeirat",
    "Jugendgemeinderat",
    "Ältestenrat",
]
FEMININE = ("kommission", "versammlung", "vertretung", "konferenz", "schaft")


@st.composite
def body_names(draw: st.DrawFn) -> str:
    """A real-looking body name built from a head word and qualifiers."""
    kind = draw(st.integers(0, 7))
    if kind == 0:
        return draw(st.sampled_from(PREFIXES)) + draw(st.sampled_from(["ausschuss", "beirat", "kommission"]))
    if kind == 1:
        fields = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=3, unique=True))
        joined = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " und " + fields[-1]
        return draw(st.sampled_from(["Ausschuss", "Beirat", "Kommission"])) + " für " + joined
    if kind == 2:
        return (
            draw(st.sampled_from(["Bezirksbeirat", "Ortschaftsrat", "Ortsbeirat", "Stadtbezirksbeirat"]))
            + " "
            + draw(st.sampled_from(PLACES))
        )
    if kind == 3:
        return "Bezirksvertretung für den Stadtbezirk " + draw(st.sampled_from(["I", "II", "III", "IV"]))
    if kind == 4:
        a, b = draw(st.lists(st.sampled_from(PREFIXES), min_size=2, max_size=2, unique=True))
        return f"{a}- und {b}ausschuss"
    if kind == 5:
        return "Rat der Stadt " + draw(st.sampled_from(PLACES[3:]))
    return draw(st.sampled_from(COUNCILS))


ROLE_WORDS = {
    "preliminary": ["Vorberatung", "Empfehlung"],
    "decision": ["Entscheidung", "Beschluss", "Beschlussfassung"],
    "deliberation": ["Beratung", "Anhörung"],
    "information": ["Kenntnisnahme"],
}
MARK_WORDS = ["x", "X", "☒", "✓"]  # a mark under the ö or nö column
PUBLIC_WORDS = {True: ["Ö", "öffentlich", "ö"], False: ["N", "nicht öffentlich", "nichtöffentlich", "nö"]}
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAYS = [
    ("Mo", "Montag"),
    ("Di", "Dienstag"),
    ("Mi", "Mittwoch"),
    ("Do", "Donnerstag"),
    ("Fr", "Freitag"),
    ("Sa", "Samstag"),
    ("So", "Sonntag"),
]
HEADER_WORDS = {
    "body": ["Gremium", "Gremien", "Beratungsgremium", "Beratungsfolge"],
    "date": ["Datum", "Termin", "Sitzungstermin", "Sitzung am"],
    "role": ["Zuständigkeit", "Art der Beratung"],
    "public": ["Ö/N", "Status", "Öffentlichkeitsstatus"],
    "top": ["TOP"],
    "result": ["Ergebnis", "Abstimmungsergebnis"],
}
# a header whose date column is only "am", with filler words (or nothing, between tabs) where the bodies' column
# word would stand: "Beratung im   am   Ö/N   Zuständigkeit"
AM_FILLERS = ["Beratung im", "in der Sitzung", "Beratung in", "zur Beratung im", ""]
KV_WORDS = {
    "body": ["Gremium", "Beratungsgremium", "Ausschuss"],
    "date": ["Termin", "Datum", "Sitzung am", "Sitzungstermin"],
    "role": ["Zuständigkeit", "Beratungsart", "Rolle"],
    "public": ["Sitzungsart", "Status", ""],
}  # "": a bare line
PASSIVE_SUBJECTS = [
    "Der Entwurf wird",
    "Das Konzept wird",
    "Die Vorlage wird",
    "Die Ergebnisse werden",
    "Der Bericht wird voraussichtlich",
]
PASSIVE_LINKS = [", anschließend ", " und ", ", danach "]
RESULTS = ["zugestimmt", "ungeändert beschlossen", "vertagt", "einstimmig", "zur Kenntnis genommen", ""]


@dataclass(frozen=True)
class Consult:
    body: str
    date: datetime.date
    role: str | None
    public: bool | None
    top: int
    result: str
    date_style: int  # 0 dd.mm.yyyy, 1 dd.mm.yy, 2 "5. Dezember 2024", 3 weekday, 4 long weekday + time
    role_word: int
    public_word: int

    def date_text(self) -> str:
        d = self.date
        if self.date_style == 1:
            return d.strftime("%d.%m.%y")
        if self.date_style == 2:
            return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
        if self.date_style == 3:
            return f"{WEEKDAYS[d.weekday()][0]}, {d:%d.%m.%Y}"
        if self.date_style == 4:
            return f"{WEEKDAYS[d.weekday()][1]}, {d:%d.%m.%Y} 17:00 Uhr"
        return d.strftime("%d.%m.%Y")

    def role_text(self) -> str:
        return "" if self.role is None else ROLE_WORDS[self.role][self.role_word % len(ROLE_WORDS[self.role])]

    def public_text(self, marks: bool = False) -> str:
        if self.public is None:
            return ""
        words = PUBLIC_WORDS[self.public]
        return words[self.public_word % len(words)]


@st.composite
def consults(draw: st.DrawFn, n: int) -> list[Consult]:
    start = draw(st.dates(datetime.date(2012, 1, 1), datetime.date(2025, 6, 1)))
    out = []
    names: set[str] = set()
    for k in range(n):
        name = draw(body_names().filter(lambda x: x not in names))
        names.add(name)
        out.append(
            Consult(
                name,
                start + datetime.timedelta(days=7 * k + draw(st.integers(0, 5))),
                draw(st.sampled_from([None, "preliminary", "decision", "deliberation", "information"])),
                draw(st.sampled_from([None, True, False])),
                draw(st.integers(1, 40)),
                draw(st.sampled_from(RESULTS)),
                draw(st.integers(0, 4)),
                draw(st.integers(0, 3)),
                draw(st.integers(0, 3)),
            )
        )
    return out


PREAMBLE = (
    "Sitzungsvorlage Nr. 2019/0815\nAmt/Abteilung: Sozialamt Datum: 14.03.2017\tAktenzeichen: 50-2\n"
    "Verfasser: Frau Beispiel\n\n"
)
AFTER = (
    "\nBetreff:\nFortschreibung des Integrationskonzeptes\n\nSachverhalt:\nAm 27.06.2016 hat der Kreistag das erste "
    "Konzept beschlossen. Der Sozialausschuss tagte zuletzt am 05.05.2017 und hat der Fortschreibung zugestimmt. "
    "Die Vorlage Nr. 2016/0815 wurde am 12.01.2017 im Hauptausschuss vorgestellt.\n\nZeitplan:\nJuni 2017\tSitzung der "
    "Steuerungsgruppe\n15.09.2017\tFachkonferenz\n\nTagesordnung der Sitzung am 20.05.2019:\n1. Bericht des "
    "Bürgermeisters\n2. Anfragen aus dem Stadtrat\n"
)


@dataclass
class Block:
    family: str  # table | stacked | key_value | list | prose
    rows: list[Consult]
    sep: str = "\t"  # "\t" | "gap" | " "
    columns: tuple[str, ...] = ("body", "date")
    words: dict[str, str] = field(default_factory=dict)
    header: str = "own"  # own | same (on the heading's line) | alone (no heading) | absent
    marks: bool = False  # public status as x under ö / nö columns
    wrap: str = ""  # "" | before | after
    furniture: int = -1  # page furniture before this row
    repeat_header: bool = False
    list_style: int = 0
    prose_style: int = 0  # 0 date first, 1 body first, 2 body as subject, 3 genitive, 4 labelled clauses, 5 passive
    one_line: bool = False  # flat: the document's header block on the same line
    width: int = 0  # flat, prose: wrapped at this many characters, as a text export sets it at the page's width

    # --- what must come back -------------------------------------------------------
    def expected(self) -> list[tuple[str, str, str | None, bool | None]]:
        out = []
        for r in self.rows:
            role = r.role if ("role" in self.columns or self.family in ("list", "prose")) else None
            public = r.public if ("public" in self.columns or self.family in ("list", "stacked", "key_value")) else None
            if self.family == "kv_blocks":
                role = r.role if "role" in self.columns else None
            if self.family == "flat" and "role" not in self.columns and self.header == "absent":
                role = None
            if self.family == "table" and self.marks:
                public = r.public if self.sep != " " else None  # single spaces lose the mark's column
            if self.family == "prose" or (self.family == "stacked" and any(x.public is None for x in self.rows)):
                public = None
            out.append((r.body, r.date.isoformat(), role, public))
        return out

    # --- plain text ----------------------------------------------------------------
    def heading_line(self) -> str:
        return "Beratungsfolge:" if self.header != "alone" else ""

    def cells(self, r: Consult) -> list[str]:
        out = []
        for kind in self.columns:
            if kind == "body":
                out.append(r.body)
            elif kind == "date":
                out.append(r.date_text())
            elif kind == "role":
                out.append(r.role_text())
            elif kind == "public":
                out.append(r.public_text())
            elif kind == "top":
                out.append(str(r.top))
            elif kind == "result":
                out.append(r.result)
            elif kind == "ö":
                out.append(MARK_WORDS[r.public_word % len(MARK_WORDS)] if r.public is True else "")
            elif kind == "nö":
                out.append(MARK_WORDS[r.public_word % len(MARK_WORDS)] if r.public is False else "")
        return out

    def head_cells(self) -> list[str]:
        return [self.words.get(k, k) for k in self.columns]

    def text(self) -> str:
        if self.family == "flat" and self.one_line:
            return (
                " ".join(PREAMBLE.split())
                + " "
                + self.block_text().strip()
                + " "
                + " ".join(AFTER.split()[:4])
                + "\n"
                + AFTER
            )
        return PREAMBLE + self.block_text() + "\n" + AFTER

    def key_value_text(self) -> str:
        """A header form by ``list_style``: 0 "Gremium: X" lines, 1 the label alone on its line
        over its value (as pypdf sets a form), 2 the same with blank lines (pdfminer.six), 3 the
        labels stacked over the values, 4 label and value apart by a tab, 5 the next label glued
        to the value before it ("Sozialausschuss Öffentlichkeitsstatus:"); a label of the form
        that is no consultation's ("Tagesordnungspunkt: 7") between them."""
        r = self.rows[0]
        pub = {True: "öffentlich", False: "nicht öffentlich"}.get(r.public)  # type: ignore[arg-type]
        pairs = [("Gremium:", r.body), ("Tagesordnungspunkt:", "7"), ("Sitzungsdatum:", f"{r.date:%d.%m.%Y}")]
        pairs += [("Öffentlichkeitsstatus:", pub)] if pub else []
        style = self.list_style
        if style == 3:
            return "\n".join([k for k, _ in pairs] + [v for _, v in pairs]) + "\n"
        if style == 5:
            out = pairs[0][0] + "\n"
            for k, (_, value) in enumerate(pairs):
                out += value + (" " + pairs[k + 1][0] if k + 1 < len(pairs) else "") + "\n"
            return out
        sep = {0: " ", 1: "\n", 2: "\n\n", 4: "\t"}[style]
        return "".join(f"{k}{sep}{v}\n" + ("\n" if style == 2 else "") for k, v in pairs)

    def block_text(self) -> str:
        rows = self.rows
        if self.family == "key_value":
            return self.key_value_text()
        if self.family == "kv_blocks":
            return self.kv_blocks_text()
        if self.family == "stacked":
            out = ["Beratungsfolge:", ""] + [r.body for r in rows] + [""] + [f"{r.date:%d.%m.%Y}" for r in rows]
            if all(r.public is not None for r in rows):
                out += [""] + [r.public_text() for r in rows]
            return "\n".join(out) + "\n"
        if self.family == "list":
            return "Beratungsfolge:\n" + "".join(self.list_line(k, r) + "\n" for k, r in enumerate(rows))
        if self.family == "flat":
            head = " ".join(h for h in self.head_cells()) + " " if self.header != "absent" else ""
            title = self.words.get("title", "Beratungsfolge:")
            line = f"{title} {head}".lstrip() + " ".join(" ".join(c for c in self.cells(r) if c) for r in rows)
            if self.width:
                line = textwrap.fill(line, self.width, break_long_words=False, break_on_hyphens=False)
            return line + "\n"
        if self.family == "prose" and self.prose_style >= 2:
            return self.prose_text()
        if self.family == "prose":
            parts = []
            for r in rows:
                fem = r.body.lower().endswith(FEMININE) or r.body.startswith(("Bezirksvertretung", "Kommission"))
                where = ("in der " if fem else "im ") + r.body
                to = ("der " if fem else "dem ") + r.body
                verb = {
                    "preliminary": [f"{where} vorberaten", f"{to} zur Vorberatung vorgelegt"][r.role_word % 2],
                    "decision": f"{to} zur Entscheidung vorgelegt",
                    "deliberation": f"{where} beraten",
                    "information": f"{to} zur Kenntnis gegeben",
                    None: f"{to} vorgelegt",
                }[r.role]
                parts.append(
                    f"am {r.date:%d.%m.%Y} {verb}"
                    if self.prose_style == 0
                    else verb.replace(r.body, f"{r.body} am {r.date:%d.%m.%Y}", 1)
                )
            sentence = (
                "Die Vorlage wird " + ", ".join(parts[:-1]) + (" und " if len(parts) > 1 else "") + parts[-1] + "."
            )
            if self.width:  # wrapped at a page's width: a line may end in a body and its date
                sentence = textwrap.fill(sentence, self.width, break_long_words=False, break_on_hyphens=False)
            return sentence + "\n"
        return self.table_text()

    def kv_blocks_text(self) -> str:
        """One key-value block per meeting; ``sep`` is ": ", ":\t", "pad" (colon, padded to a column)
        or "\t"; ``list_style`` odd: no blank line between the blocks; 2: a blank line between any
        two lines (as pdfminer.six sets a form)."""
        out = ["Beratungsfolge:", ""]
        for r in self.rows:
            for kind in self.columns:
                value = {
                    "body": r.body,
                    "date": r.date_text(),
                    "role": r.role_text(),
                    "public": {True: "öffentlich", False: "nichtöffentlich"}.get(r.public, ""),
                }[kind]  # type: ignore[arg-type]
                label = self.words[kind]
                if not value:
                    continue
                if not label:  # the status on a line of its own
                    out.append(value)
                elif self.sep == "pad":
                    out.append(f"{label + ':':<18}{value}")
                else:
                    out.append(f"{label}{self.sep}{value}")
            if self.list_style % 2 == 0:
                out.append("")
        if self.list_style == 2:
            out = [x for ln in out if ln for x in (ln, "")]
        return "\n".join(out).rstrip("\n") + "\n"

    def passive_text(self) -> str:
        """ "Der Entwurf wird am 8. März 2023 im Magistrat beraten, anschließend am ... vorberaten."""
        parts = []
        for k, r in enumerate(self.rows):
            where = ("in der " if _feminine(r.body) else "im ") + r.body
            verb = {
                "preliminary": "vorberaten",
                "decision": "beschlossen",
                "deliberation": ["beraten", "behandelt"][r.role_word % 2],
            }[r.role]  # type: ignore[index]
            date = r.date_text() if r.date_style in (0, 1, 2) else f"{r.date:%d.%m.%Y}"
            gap = "\n" if self.list_style // 2 % 2 and k == 1 else " "  # a line break before the date
            parts.append(f"am{gap}{date} {where} {verb}")
        subject = PASSIVE_SUBJECTS[self.list_style % len(PASSIVE_SUBJECTS)]
        link = PASSIVE_LINKS[self.list_style % len(PASSIVE_LINKS)]
        text = parts[0] + "".join((link if k < len(parts) - 1 else " und ") + p for k, p in enumerate(parts[1:], 1))
        return f"{subject} {text}.\n"

    def prose_text(self) -> str:
        """The other word orders: the body as subject, the genitive, labelled clauses."""
        if self.prose_style == 5:
            return self.passive_text()
        parts = []
        for k, r in enumerate(self.rows):
            date = f"{r.date:%d.%m.%Y}"
            fem = _feminine(r.body)
            if self.prose_style == 4:
                parts.append(f"{r.role_text()}: {r.body} ({date})")
                continue
            if self.prose_style == 3:
                where = f"in der Sitzung {'der' if fem else 'des'} {genitive(r.body)}"
                verb = {
                    "preliminary": f"am {date} {where} vorberaten",
                    "decision": f"am {date} {where} beschlossen",
                    "deliberation": f"am {date} {where} beraten",
                    "information": f"am {date} {where} zur Kenntnis gegeben",
                    None: f"am {date} der Sitzung {'der' if fem else 'des'} {genitive(r.body)} vorgelegt",
                }[r.role]
                parts.append(("Die Vorlage wird " if k == 0 else "") + verb)
                continue
            subject = ("Die " if fem else "Der ") + r.body
            obj = "die Vorlage" if k == 0 else "sie"
            clause = {
                "preliminary": f"{subject} berät {obj} am {date} vor",
                "decision": (
                    f"über die Vorlage entscheidet {subject[:1].lower() + subject[1:]} am {date}"
                    if k == 0
                    else f"die Entscheidung trifft {subject[:1].lower() + subject[1:]} am {date}"
                ),
                "deliberation": f"{subject} berät {obj} am {date}",
                "information": f"{subject} nimmt {obj} am {date} zur Kenntnis",
                None: f"{subject} erhält {obj} am {date}",
            }[r.role]
            parts.append(clause[:1].upper() + clause[1:] if k == 0 else clause)
        if self.prose_style == 4:
            return ("; " if self.list_style % 2 else ", ").join(parts) + "\n"
        if self.prose_style == 3:
            return ", ".join(parts[:-1]) + (" und " if len(parts) > 1 else "") + parts[-1] + ".\n"
        return "; ".join(parts) + ".\n"

    def list_line(self, k: int, r: Consult) -> str:
        bullet = ["- ", "• ", f"{k + 1}. ", ""][self.list_style % 4]
        extra = ", ".join(
            x
            for x in (
                r.public_text() and {True: "öffentlich", False: "nicht öffentlich"}[r.public],  # type: ignore[index]
                r.role_text(),
            )
            if x
        )
        paren = f" ({extra})" if extra else ""
        if self.list_style >= 4:
            return f"{bullet}{r.date:%d.%m.%Y} {r.body}{paren}"
        return f"{bullet}{r.body} am {r.date:%d.%m.%Y}{paren}"

    def table_text(self) -> str:
        head = self.head_cells()
        grid = [self.cells(r) for r in self.rows]
        widths = [max(len(x) for x in [h] + [g[j] for g in grid]) + 3 for j, h in enumerate(head)]

        def join(cells: list[str]) -> str:
            if self.sep == "\t":
                return "\t".join(cells)
            if self.sep == " ":
                return " ".join(c for c in cells if c)
            return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

        lines: list[str] = []
        title = self.heading_line()
        if self.header == "same":
            lines.append(
                title + " " + join(head).lstrip()
                if self.sep == " "
                else title + "\t" + "\t".join(head)
                if self.sep == "\t"
                else title + "   " + join(head)
            )
        else:
            if title:
                lines.append(title)
            if self.header != "absent":
                lines.append(join(head))
        for k, (r, cells) in enumerate(zip(self.rows, grid)):
            if k == self.furniture:
                lines.append("Seite 1 von 2\f")
                if self.repeat_header and self.header != "absent":
                    lines.append(join(head))
            j = self.columns.index("body")
            first, rest = self.wrapped(r.body)
            if rest and self.wrap == "before":
                cells = list(cells)
                cells[j] = rest
                lines += [first, join(cells)]
            elif rest and self.wrap == "after":
                cells = list(cells)
                cells[j] = first
                lines += [join(cells), rest]
            else:
                lines.append(join(cells))
        return "\n".join(lines) + "\n"

    def wrapped(self, body: str) -> tuple[str, str]:
        """A body name cut over two lines, or (body, "") when it is not wrapped."""
        if not self.wrap:
            return body, ""
        words = body.split(" ")
        if len(words) >= 3:
            k = max(1, len(words) // 2)
            if words[k - 1] in ("für", "und", "den", "der"):
                k += 0
            return " ".join(words[:k]), " ".join(words[k:])
        if len(body) > 12 and " " not in body and body[-8:].isalpha():
            return body[:-6] + "-", body[-6:]  # "Jugendhilfeaus-" / "schuss"
        return body, ""


def _feminine(body: str) -> bool:
    return body.lower().endswith(FEMININE) or body.startswith(("Bezirksvertretung", "Kommission"))


def genitive(body: str) -> str:
    """A body name in the genitive: "Sozialausschusses", "Rates der Stadt Hegnach", "Kreistages"."""
    if _feminine(body):
        return body
    words = body.split(" ")
    j = next(
        (
            j
            for j, w in enumerate(words)
            if w.lower().endswith(("ausschuss", "rat", "tag", "vorstand", "beirat", "kommission", "magistrat"))
        ),
        len(words) - 1,
    )
    w = words[j]
    words[j] = w + ("es" if w.endswith(("ss", "rat", "tag", "stand")) else "s")
    return " ".join(words)


@st.composite
def blocks(
    draw: st.DrawFn,
    families: tuple[str, ...] = (
        "table",
        "table",
        "table",
        "stacked",
        "key_value",
        "list",
        "prose",
        "prose",
        "flat",
        "flat",
        "kv_blocks",
    ),
) -> Block:
    family = draw(st.sampled_from(families))
    n = 1 if family == "key_value" else draw(st.integers(1, 5))
    rows = draw(consults(n))
    if family == "prose":
        style = draw(st.integers(0, 5))
        if style == 4:  # a labelled clause names its role
            rows = [r if r.role else dataclasses.replace(r, role="deliberation") for r in rows]
        if style == 5:  # a passive clause names its role by its verb
            rows = [
                r
                if r.role in ("preliminary", "decision", "deliberation")
                else dataclasses.replace(r, role="deliberation")
                for r in rows
            ]
        width = draw(st.sampled_from([0, 60, 78, 95])) if style < 2 else 0
        return Block(
            family, rows, prose_style=style, list_style=draw(st.integers(0, 1 if style < 5 else 59)), width=width
        )
    if family == "kv_blocks":
        return kv_blocks(draw, draw(consults(draw(st.integers(2, 5)))))
    if family == "flat":
        return flat_block(draw, rows)
    if family != "table":
        return Block(family, rows, list_style=draw(st.integers(0, 5)))
    sep = draw(st.sampled_from(["\t", "gap", " "]))
    header = draw(st.sampled_from(["own", "same", "alone", "absent"]))
    marks = header != "absent" and not (sep == "gap" and header == "same") and draw(st.booleans())
    extra = draw(st.lists(st.sampled_from(["role", "public", "top", "result"]), unique=True))
    if header == "absent":
        extra = [k for k in extra if k not in ("top", "result")]
    if marks:
        extra = [k for k in extra if k != "public"] + ["ö", "nö"]
    columns = ["body", "date", *extra]
    columns = draw(st.permutations(columns))
    if sep == " " and "top" in columns and columns.index("top") == columns.index("body") + 1:
        columns = [k for k in columns if k != "top"] + ["top"]  # "Bezirksvertretung ... I 7" cannot be told apart
    words = {k: draw(st.sampled_from(v)) for k, v in HEADER_WORDS.items()}
    if header == "same":
        words["body"] = draw(st.sampled_from(HEADER_WORDS["body"][:3]))
    words["ö"], words["nö"] = draw(st.sampled_from([("ö", "nö"), ("Ö", "N")]))
    wrap = "" if sep == " " and header == "absent" else draw(st.sampled_from(["", "", "before", "after"]))
    if sep == " " and wrap and "role" in columns and columns.index("role") == columns.index("body") + 1:
        # "Bezirksvertretung für Vorberatung" over "den Stadtbezirk II" cannot be told apart from a
        # name's noun after its link word ("Ausschuss für Information 15.01.2012")
        columns = [k for k in columns if k != "role"] + ["role"]
    furniture = draw(st.integers(-1, n - 1)) if n > 1 else -1
    return Block(
        "table",
        rows,
        sep,
        tuple(columns),
        words,
        header,
        marks,
        wrap,
        furniture if furniture > 0 else -1,
        draw(st.booleans()),
    )


@st.composite
def am_blocks(draw: st.DrawFn) -> Block:
    """A table under a header whose date column is only "am", the bodies' column holding filler words
    ("Beratung im   am   Ö/N   Zuständigkeit") or, between tabs, nothing; with or without a heading."""
    rows = draw(consults(draw(st.integers(1, 5))))
    sep = draw(st.sampled_from(["\t", "gap", " "]))
    extra = draw(st.lists(st.sampled_from(["role", "public", "top", "result"]), min_size=1, unique=True))
    words = {k: draw(st.sampled_from(v)) for k, v in HEADER_WORDS.items()}
    words["body"] = draw(st.sampled_from(AM_FILLERS if sep == "\t" else AM_FILLERS[:-1]))
    words["date"] = "am"
    header = draw(st.sampled_from(["own", "alone"]))
    wrap = draw(st.sampled_from(["", "before", "after"])) if sep != " " else ""
    return Block("table", rows, sep, ("body", "date", *extra), words, header, False, wrap)


def kv_blocks(draw: st.DrawFn, rows: list[Consult]) -> Block:
    """Repeated key-value blocks: labels in any order and wording, separators, blank lines or none."""
    extra = draw(st.lists(st.sampled_from(["role", "public"]), unique=True))
    columns = tuple(draw(st.permutations(["body", "date", *extra])))
    words = {k: draw(st.sampled_from(v)) for k, v in KV_WORDS.items()}
    blank = draw(st.integers(0, 2))
    if (
        blank
    ):  # without blank lines parting them a block is told from the next by a label coming again: every block has all
        rows = [
            dataclasses.replace(r, role=r.role or "deliberation", public=True if r.public is None else r.public)
            for r in rows
        ]
    return Block("kv_blocks", rows, draw(st.sampled_from([": ", ":\t", "pad", "\t"])), columns, words, list_style=blank)


def flat_block(draw: st.DrawFn, rows: list[Consult]) -> Block:
    """A Beratungsfolge flattened into one line, with or without its header words."""
    header = draw(st.sampled_from(["same", "absent"]))
    extra = draw(st.lists(st.sampled_from(["role", "public", "top", "result"]), unique=True))
    if header == "absent":  # without a header every row shows its cells, so that rows can be told apart
        extra = [k for k in extra if k not in ("top", "result")]
        columns = list(draw(st.permutations(["body", "date", *extra])))
        rows = [
            dataclasses.replace(r, role=r.role or "deliberation", public=True if r.public is None else r.public)
            for r in rows
        ]
    else:
        columns = list(draw(st.permutations(["body", "date", *extra])))
    if "top" in columns and columns.index("top") == columns.index("body") + 1:
        columns = [k for k in columns if k != "top"] + ["top"]  # "Bezirksvertretung ... I 7" cannot be told apart
    words = {k: draw(st.sampled_from(v)) for k, v in HEADER_WORDS.items()}
    words["body"] = draw(st.sampled_from(HEADER_WORDS["body"][:3]))
    words["title"] = draw(st.sampled_from(["Beratungsfolge:", "Beratungsfolge", "Beratungsweg:"]))
    one_line = draw(st.booleans())
    if one_line and header == "same" and len(columns) >= 3 and draw(st.booleans()):
        words["title"] = ""  # a header of three or more columns inside the line, without a heading
    # wrapped at a page's width: the header and a row's start on the heading's line, rows cut anywhere
    width = draw(st.sampled_from([0, 70, 85, 100])) if not one_line and header == "same" else 0
    return Block("flat", rows, " ", tuple(columns), words, header, one_line=one_line, width=width)


# --- PDF ---------------------------------------------------------------------------


def block_pdf(block: Block, ruled: bool) -> bytes:
    """The block as a PDF page with real columns (and ruling lines when ``ruled``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    y = height - 60
    c.setFont("Helvetica", 10)
    c.setLineWidth(0.5)
    for line in PREAMBLE.strip().split("\n"):
        c.drawString(60, y, line.replace("\t", "    "))
        y -= 14
    y -= 14
    c.drawString(60, y, "Beratungsfolge")
    y -= 20
    head = block.head_cells()
    # Helvetica has no box or check mark glyph: the page draws those marks as an "x"
    grid = [["x" if x in ("☒", "✓") else x for x in block.cells(r)] for r in block.rows]
    sizes = [max(c.stringWidth(x, "Helvetica", 10) for x in [h] + [g[j] for g in grid]) for j, h in enumerate(head)]
    j_body = block.columns.index("body")
    sizes[j_body] = min(sizes[j_body], 170)
    xs = [60.0]
    for s in sizes:
        xs.append(xs[-1] + s + 24)
    rows = [head] + grid
    top = y + 12
    for cells in rows:
        lines_in = [_fit(c, x, sizes[j]) for j, x in enumerate(cells)]
        n = max(len(x) for x in lines_in)
        for j, parts in enumerate(lines_in):
            for m, part in enumerate(parts):
                c.drawString(xs[j] + 4, y - 12 * m, part)
        bottom = y - 12 * (n - 1) - 6
        if ruled:
            c.line(xs[0], top, xs[-1], top)
        top = bottom
        y = bottom - 12
    if ruled:
        c.line(xs[0], top, xs[-1], top)
        first_top = (height - 60 - 14 * len(PREAMBLE.strip().split("\n")) - 14 - 20) + 12
        for x in xs:
            c.line(x, first_top, x, top)
    y -= 20
    for line in ["Betreff:", "Fortschreibung des Integrationskonzeptes"]:
        c.drawString(60, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _fit(c: object, text: str, width: float) -> list[str]:
    """A cell's text broken into lines that fit its column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, out, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, "Helvetica", 10) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out
