"""The marks of a list item, one set (:data:`MARKS`), and the shapes of an item's number.

Every reader that asks whether a line opens a list item, strips the marks off a label or reads
a mark OCR spoilt builds its character class here, from :data:`MARKS` and the named parts
below, with :func:`charset`: a reader that takes fewer marks says which ones it leaves out
(``charset(without(ITEM_MARKS, SQUARE))``), so that no copy of the glyphs stands beside it.

>>> import re
>>> bool(re.fullmatch(charset(ITEM_MARKS), "•")), bool(re.fullmatch(charset(without(ITEM_MARKS, SQUARE)), "■"))
(True, False)
"""

from __future__ import annotations

import re

# --- the glyphs, each named -----------------------------------------------------------------
MINUS = "−"  # the minus sign (U+2212), which some exports set for a dash
DASHES = "-–" + MINUS  # a hyphen, an en dash and a minus sign set as a bullet
EM_DASH = "—"
BULLET = "•"
SMALL_SQUARE = "▪"
SQUARE = "■"
BLACK_CIRCLE = "●"
STAR = "*"
MIDDLE_DOT = "·"
WHITE_CIRCLE = "○"
HOLLOW_BULLET = "◦"
ARROWS = "►▸"
ARROW = "►"
# the circled digits that number items set in a row ("① Sprache ② Arbeit"), white and black: each
# run counts on by one code point
CIRCLED_DIGITS = "".join(map(chr, range(0x2460, 0x2474))) + "".join(map(chr, range(0x2776, 0x2780)))
CIRCLED_FIRSTS = "\u2460\u2776"  # ① and ❶, the first of each run
# a dot leader between a table of contents' title and its page: three stops or more, a space
# between them allowed, or ellipses ("......", ". . . .", "…")
DOT_LEADER = r"(?:\.[ \t]?|…){3,}"
# the arrows between the steps of a path written on a line ("Ausschuss (08.04.) → Kreistag (14.05.)")
STEP_ARROWS = "→⇒➔➜"
OTHER_MARKS = "➢✓✔□☐→"  # an arrowhead, ticks, an empty box and an arrow set as bullets
# the round and square bullets as the private-use glyphs of the Symbol and Wingdings fonts in PDFs
# ("\uf0b7"), and an arrow of theirs
PRIVATE_ROUND = "\uf0a7\uf0b7"
PRIVATE = PRIVATE_ROUND + "\uf0d8\uf076\uf0fc"
PRIVATE_ARROW = "\uf0e0"
# a glyph a PDF's font maps to no character (a tick or a circled number of a symbol font), as the text
# layer's reader writes it: the replacement character
UNMAPPED = "\ufffd"
# the same font's arrows read as Latin-1 letters by an export that lost the font ("à Bildung")
LATIN1_ARROWS = "àØ"

# the boxes of a form's check box, empty or ticked ("☒ öffentlich"), and the ticks of a table cell
CHECKBOXES = "☐☒☑□■"
TICKS = "✓✔☒☑"
# the cells of a chart drawn in text, filled, empty or half ("■ ■ □ ·" of a bar chart of progress, "□  ■"
# under the quarters of a timetable): squares and circles, and a middle dot for a cell left open
# the blocks of a bar drawn in text, full and shaded ("████████░░": the part done and the part open)
BAR_BLOCKS = "█▓▒░▉▊▋▌▍▎▏"
CHART_MARKS = SQUARE + "□" + SMALL_SQUARE + "▫" + BLACK_CIRCLE + WHITE_CIRCLE + "◐◑◯" + MIDDLE_DOT
# a check box typed with brackets: ticked with a cross ("[x] Stadtrat"), empty with a space ("[ ] Ortsrat")
ASCII_TICKED = ("[x]", "[X]")
ASCII_EMPTY = "[ ]"
# the upright lines of a box drawn with box-drawing glyphs ("│ Gremium │ Termin │"), light, heavy and double:
# the bar of a table between its cells
DRAWN_BARS = "│┃║"
# the dashed upright lines set down the left margin of a quoted passage ("┊ § 1  Gegenstand. Die …" /
# "┊      Migration …"): a quotation's margin, its lines one running text, no table's bars
QUOTE_BARS = "┆┇┊┋╎╏"
# glyphs set between a table's cells where a line has no gaps ("05.05.2026 ▸ Kreistag ▸ Beschluss")
CELL_SEPARATORS = ARROWS + "▶›»" + MIDDLE_DOT + BULLET
# the nodes of a timeline drawn down the page, a meeting at each, the bars of DRAWN_BARS between them
# ("02.03.2027  ●  Ortsrat …" / "│" / "22.03.2027  ◉  Rat …"): the deciding one's node a fisheye or a bullseye
TIMELINE_NODES = "◉◎"
# the symbols of a map's legend, one a kind of offer ("▲  Sprache und Bildung"), as the map sets them over its
# places ("Preetz" / "● ▲ ■ ◆ ★"): filled and hollow shapes, a fisheye for the seat of the district
MAP_SYMBOLS = BLACK_CIRCLE + SQUARE + WHITE_CIRCLE + "□▲◆★△◇☆♦▼" + TIMELINE_NODES
# the marks of a footnote after a word, its note under the table opening with the same mark ("Magistrat¹" /
# "¹ nichtöffentliche Sitzung"): the superscript digits and the asterisk
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*"
# the arrows down from one step of a path set as a column to the next ("Jugendhilfeausschuss" / "↓" / "Kreistag")
DOWN_ARROWS = "↓⬇⇓"
DOWN_TRIANGLE = "▼"  # an arrow down between the steps of a path, maybe with what passes it on ("▼  Empfehlung an …")
# the rest of such a box: its rules across ("─────"), solid or dashed ("┄┄┄┄┄"), and the joints where rules and
# bars meet, light, heavy and double ("├", "┼", "┤", "┌", "┬", "┐", "└", "┴", "┘")
DRAWN_RULES = "─━═┄┅┈┉╌╍"
DRAWN_JOINTS = "├┼┤┌┬┐└┴┘┣╋┫┏┳┓┗┻┛╠╬╣╔╦╗╚╩╝╞╪╡╟╫╢"
# the glyphs that open a line of such a box at its left edge
DRAWN_LEFT = DRAWN_BARS + "├┌└┣┏┗╠╔╚╞╟"
# a grid drawn with ASCII signs ("+------+------+" over "| 1    | 2    |"): its bars, the joints of its
# rules (a rule of a grid runs from joint to joint) and the signs a rule is drawn with
ASCII_BARS = "|"
ASCII_JOINTS = "+"
ASCII_RULES = "-="
# the number a text browser sets before a link's words, its address listed under the page ("[11]Senat der
# Hansestadt" / "References" / "11. https://…"): no word of the name
LINK_NUMBER = r"\[\d{1,3}\](?=\w)"
# a tick as OCR reads it in a scan ("Deutsch lernen   4   /" for "✓   ✓")
TICK_MISREADS = "4/√vV"

# --- the sets readers take ------------------------------------------------------------------
# what every reader takes for the mark of a list item
ITEM_MARKS = DASHES + BULLET + SMALL_SQUARE + SQUARE + BLACK_CIRCLE + STAR + MIDDLE_DOT
# ... and the arrows, the hollow bullet and the fonts' glyphs a text layer gives
WIDE_MARKS = ITEM_MARKS + ARROWS + HOLLOW_BULLET + PRIVATE + UNMAPPED
# the marks before a label of a letterhead or form ("■ Betreff:", "* Datum:")
LABEL_MARKS = SQUARE + BULLET + STAR
# the marks and Markdown signs that open a line of a text export ("# Vorlage", "> Betreff")
LINE_MARKS = LABEL_MARKS + "#>-"
DASH_MARKS = DASHES + BULLET  # a dash or a bullet before a labelled line ("- Beratungsfolge:")
# the marks OCR reads one for another: a round bullet as a star, a middle dot or a hyphen
OCR_LOOKALIKES = BULLET + STAR + MIDDLE_DOT + "-"
# the one set: every glyph a reader takes for a list item's mark
MARKS = WIDE_MARKS + EM_DASH + WHITE_CIRCLE + OTHER_MARKS + PRIVATE_ARROW + LATIN1_ARROWS

# --- the shapes of an item's number ----------------------------------------------------------
# a letter "o" before a capitalised word is a bullet as Word exports the sub-bullets of nested
# lists ("o Sozialamt"); "o. g." and "o. ä." are abbreviations, not bullets
LETTER_BULLET = r"o(?=[ \t]+[A-ZÄÖÜ„\"])"
ROMAN = r"[IVX]{1,4}"  # a Roman number of an item or heading ("II.")
ROMAN_GLYPHS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"  # Roman numbers one glyph each, as a word processor's numbering sets them ("Ⅳ")


def without(marks: str, *gone: str) -> str:
    """``marks`` without the glyphs of ``gone``, in their order."""
    out = "".join(gone)
    return "".join(c for c in marks if c not in out)


def escaped(marks: str) -> str:
    """``marks`` escaped to stand inside a regular-expression character class beside others."""
    return "".join(re.escape(c) for c in marks)


def charset(marks: str) -> str:
    """A regular-expression character class of ``marks`` ("[\\-–•]")."""
    return "[" + escaped(marks) + "]"
