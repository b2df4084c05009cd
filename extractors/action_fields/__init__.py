"""action_fields: the Handlungsfelder a document names, each mapped to taxonomy codes.

Fields are read from the flat text of the structure view (words broken at line ends joined,
page furniture left out) in four layout families, strongest first; a later family only adds
fields that are not near-duplicates of earlier ones (the same content words or a subset of
them, as "Bildung und Sprache" after "Sprache und Bildung"), and a label counts once per
document (a table of contents repeating the headings adds nothing):

1. ``list``: a list after a lead-in that names the fields ("Folgende Handlungsfelder wurden
   definiert:", "Das Konzept umfasst die Handlungsfelder:", a heading "4. Handlungsfelder")
   — marked, unmarked or run-in (``field_lists``), the ticked boxes under a form's line naming the fields
   ("☒ Sprache und Bildung   ☐ Gesundheit", read before a list's marks, ``ticked_options``) or under a paragraph
   whose last sentence names them ("Angekreuzt sind die Schwerpunkte, die das Leitbild …"), tiles that run on
   like text, the boxes of a
   drawn diagram around a hub holding the concept's name (``diagram``); the lines of an acrostic ("W  wie  Wohnen
   im Dorf", the letter left out, :mod:`.acrostics`); sentences each opened by a field's name and a
   colon after a lead ("Frühe Förderung: Krippen und Kitas …", ``labelled``), and a marked list
   after a lead-in that counts the fields, as many items as the count (``tallied``), or a series of
   lines each repeating a weak noun that counts them ("vier Säulen:" / "SÄULE I  SPRACHE …",
   ``counted_series``); a quoted outline's entries ("2.3.1  Sprache", ``entries``); the first level
   of a tree drawn like a directory listing (``tree``); the names after the arrows of a drawn
   mapping from old fields to new ones under a lead naming the fields (``mapped``); the rows
   of figures after a lead-in ending in "je Handlungsfeld:", one field a row (``per_field``); the names
   of a key of codes ("SP   Sprache", "SP = Sprache · AA = Arbeit") that a table's "HF" column uses, under a
   lead naming the fields, or whose codes head the columns of a matrix under a paragraph naming them, or that head
   the columns of a matrix of marks ("SPR  BIL  ARB" over "x  (x)"), the key maybe set in two columns
   (``keyed_fields``, :mod:`.matrix_keys`); the names of working groups numbered under
   a lead that ties one to each field ("Zu jedem Handlungsfeld tagt eine Facharbeitsgruppe …:" / "AG 1   Spracherwerb
   und Bildung", ``grouped_fields``); the captions under rows of picture placeholders ("[Piktogramm: Haus]" over
   "Gut wohnen im" / "Quartier") after a paragraph naming or counting the fields (``pictured_fields``); the parts of a
   concept in the list of annexes where a sentence gives one part to each field ("Je Handlungsfeld ein
   Teilkonzept" / "2.1  Teilkonzept Sprache und frühe Bildung (14 Seiten)", ``annexed_parts``); the items of a
   survey question about the fields ("7. Wie wichtig sind Ihnen die folgenden Handlungsfelder …?" / "a) Sprache
   und Bildung  ☐ ☐ ☐", ``survey_items``); the filter buttons of a web page's print view under the field noun
   ("Ideen nach Handlungsfeld filtern:" / "[ Sprache & Bildung (84) ]", ``filter_buttons``); the bullets of a
   presentation's handout slides titled with the field noun ("│ Handlungsfelder (1/2) │" / "│ ▪ Sprache … │",
   points under another marker left out, ``slide_bullets``); the entries of a map's legend under a caption
   naming the fields ("Karte 1: Angebote nach Handlungsfeldern" / "│ ▲  Sprache und Bildung │", the base map's
   entries left out, ``legend_entries``), or of a chart's legend set under its caption without the word ("■ Sprache
   und Bildung (11)", ``chart_legends``); the marked items of a list that a sentence runs through after the noun
   in the plural, no colon before it ("… in den Handlungsfeldern" / "a) Sprache und Bildung," … "d) Gesundheit
   sowie" / "e) Wohnen" / "des Konzepts …", ``sentence_items``); the entries of a list of abbreviations that stand for
   the noun and a name ("HF-AB Handlungsfeld Arbeit und Beruf", ``abbreviated_fields``); the subjects of an FAQ's
   questions ("Was gehört zum Handlungsfeld X?", ``question_subjects``); the header cards of a transcribed pin-board
   that its legend names ("( ) = Überschriftenkarte", ``pin_board_headers``); the sub-entries of the noun's entry in
   an index ("Handlungsfeld" / "– Sprache und frühe Bildung 15–20", ``index_entries``); the entries of a list set
   in two columns, each opened by the field's code ("HF 1  Ankommen …   HF 5  Gesundheit …", ``two_column_entries``);
2. ``table``: the column under a field-noun header ("Handlungsfeld | Ziel | Maßnahme")
   (``field_tables``), the merged first cells of a single-spaced table of measures grouped by rules
   (``merged_groups``), a single-spaced table of a name and figures a row (``figure_rows``), a
   numbered table an export set one cell a line (``stacked_rows``), or
   the column heads of a matrix of marks under the noun alone
   (``column_heads``) or under a paragraph naming the fields, stacked and hyphenated over a few lines
   (``lead_column_heads``), also where a PDF closed the head lines' gaps, the words parted among the
   columns by the grammar of a name (``closed_column_heads``), or the cells of a ruled table's row labelled with the
   noun, names parted by semicolons (a synopsis of a motion and a proposal, ``row_cells``), or the row labels of a
   chart of marks (a timetable by quarters, a bar chart of progress) whose label column's head or caption names the
   fields (``charted_rows``), or the lettered divider rows in capitals that part a table of goals into groups, each
   group's rows coded with its letter ("▸ A   SPRACHE UND BILDUNG" over "A1 …", ``divider_rows``),
   or the axis labels of a radar chart whose caption names the fields ("Abbildung 2: … nach Handlungsfeldern
   (Netzdiagramm)", ``chart_axes``), or the main branches in capitals of a mind map said to hold the fields,
   its centre left out ("Themenlandkarte … Hauptäste in Großbuchstaben", ``map_branches``), or the branches in round
   brackets of a mind map drawn with ASCII signs under a paragraph naming the map and the fields ("( Sprache und
   Bildung )", ``drawn_branches``), or the values of the
   field column of a raw CSV export quoted in the text ("ID;Handlungsfeld;Maßnahme" over records parted by
   semicolons, ``delimited_records``), or the column of a
   table drawn with box bars under a head naming the noun (a synopsis, ``synopsis_column``), or the rows of a
   dot-vote tally its key or threshold proposes ("Rang 1–6 = vorgeschlagene Handlungsfelder", ``dot_votes``), or the
   rows of a ranked list of counts over a dashed threshold line, the text by it naming the fields ("─ ─ Schwelle: 10
   Nennungen ─ ─", ``threshold_rows``), or the
   fields of a numbered table whose next column names a person, its gaps closed by a PDF ("1 Sprache und Bildung
   Jana Brückner monatlich", ``person_rows``), or the new column of a table setting the new fields beside the old
   ones, its heads marked "(bisher)" and "(neu)" or dated by years, the later the new (``compared_columns``), or the
   entries set with bullets into the
   cells of a drawn matrix under a caption naming the fields ("│   ● Wohnraum   │   ● Deutsch im Alltag",
   ``quadrant_entries``);
3. ``heading``: "Handlungsfeld 4: Gesundheit", "3.2 Handlungsfeld Wohnen", "HF 2 – Arbeit",
   "Handlungsfeld „X“", a name in a left margin under "Handlungsfeld 2" beside its paragraph
   (``margins``), and the numbered sub-headings of a section about the fields
   (``field_headings``); the titles of framed profile cards ("| Handlungsfeld 1 |" over the name,
   ``framed_cards``); the entries of a table of contents under an entry naming the fields
   (``field_contents``); the titles set into the top borders of drawn boxes ("┌─ Handlungsfeld 1: Sprache ──┐",
   ``box_titles``); letter-spaced headings after a lead naming the fields ("S p r a c h e   u n d   B i l d u n g",
   ``letterspaced_headings``); the running heads of a concept's excerpted pages ("Integrationskonzept … · Teil B
   Handlungsfeld 1 · Sprache und Bildung", ``running_heads``); the check-box options of a form, each naming a
   field after a designation ("☐  Werkstatt A   Handlungsfeld Sprache …", ``form_options``); the distinct
   bracketed tags set at the right of a list's items ("(3) … anerkannt.      [HF Arbeit]", ``end_tags``);
4. ``prose``: an enumeration after the field noun ("… verteilen sich auf die Handlungsfelder
   Sprache und Bildung, Arbeitsmarkt, Wohnen sowie Gesundheit und Sport.") or quoted names the
   text calls fields, or a name in capitals right after the singular noun ("im Handlungsfeld ARBEIT UND
   AUSBILDUNG", ``field_prose``), or an enumeration in a clause whose subject or
   complement is the field noun ("Handlungsfelder des Konzepts sind Sprache und Bildung, Arbeit
   sowie Wohnen.", "Als Handlungsfelder wurden … festgelegt", "Zu den Handlungsfeldern gehören …",
   "Bildung, Arbeit und Wohnen sind die Handlungsfelder des Konzepts.") (``field_clauses``), or
   counted with ordinal adverbs after the noun ("… auf drei Handlungsfelder: erstens A, zweitens B
   und drittens C.") (``ordinals``), or by sentences each opened by an ordinal adverb after a
   sentence naming the fields ("… vier Handlungsfeldern zu. Erstens dem Handlungsfeld A: … Zweitens
   …") (``ordinal_sentences``), or one field ranked by a sentence of its own ("Als sechstes
   Handlungsfeld tritt X hinzu.") (``ranked``), or named one by one by rank and in quotes ("Das
   erste Handlungsfeld, „A“, … Das zweite, „B“, …") (``ranked_quotes``), or named last in a
   sentence that counts the fields ("… sechs Handlungsfeldern: den fünf bisherigen und dem neuen
   Handlungsfeld X.") (``added_field``), or named in a footnote to the noun ("… in den fünf Handlungsfeldern des
   Konzepts¹" over "¹ A; B; …", ``noted_fields``), or counted and opened a clause after the noun ("… vier
   Handlungsfeldern zu, nämlich „A“, „B“, „C“ sowie „D“.", "… sechs Handlungsfeldern zu, die … abgestimmt
   wurden: A (HF 1), B (HF 2), …") (``deferred_enumerations``).
A field said to be renamed or replaced ("… soll umbenannt werden", "An die Stelle des Handlungsfeldes „X“ …")
and a place named after the noun ("weil die Handlungsfelder Grone … betreffen" beside "Ortsrat Grone") are no
fields. A print of tracked changes is read with its balloons and change bars blanked (:mod:`.markups`), a summary in
Leichte Sprache with the middle dots inside its words left out and its box's frame blanked (:mod:`.easy_read`).
A mark in brackets that the document quotes as its mark of changes ("mit „(neu)“ oder „(geändert)“
gekennzeichnet") is no part of a label it ends.
5. ``topics``, only where none of these read a field of a document about integration: the set of
   topic names of most kinds of field that the structure gives in a form no reader knows (the first
   cells of lined-up lines, the cells of one line) under a strong field noun (``topic_sets``).
Goals, measures, guidelines, agenda items and mere mentions ("In allen Handlungsfeldern …")
yield nothing. Each label gets the taxonomy codes of its synonyms, ``other`` when none fits
(``field_vocab``, ``resources/taxonomy.yaml``).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterator

from extractors.base import clean_label
from extractors.german.markups import unmarked
from extractors.resources import Resources, typed
from pipeline.document import Document
from pipeline.records import ActionField
from pipeline.structure import View

from .abbreviations import abbreviated_fields, abbreviation_regions
from .added import added_field
from .annexes import annexed_parts
from .axes import axis_regions, chart_axes
from .box_titles import box_titles
from .branches import drawn_branches, map_branches, map_regions
from .buttons import filter_buttons
from .captions import pictured_fields
from .cards import framed_cards
from .charted import chart_regions, charted_rows
from .clauses import predicated
from .closed_heads import closed_column_heads
from .column_heads import column_heads, lead_column_heads
from .columned import two_column_entries, two_column_regions
from .compared import compared_columns
from .contents import contents_fields, contents_spans
from .counted_boxes import counted_boxes
from .deferred import deferred_enumerations
from .delimited import delimited_records
from .divided import divider_rows
from .dot_votes import dot_votes
from .easy_read import undotted
from .figured import figure_rows
from .grouped import grouped_fields
from .headings import noun_headings, run_in_headings, section_headings
from .indexes import index_entries, index_regions
from .keyed import key_regions, keyed_fields
from .labelled import labelled_sentences
from .legends import chart_legends, legend_entries
from .letterspaced import letterspaced_headings
from .lists import fields_after_lead_ins
from .mapped import mapped_fields
from .merged import merged_groups
from .noted import noted_fields
from .options import form_options, ticked_options
from .ordinal_sentences import counted_sentences
from .ordinals import counted, counted_regions
from .per_field import per_field_lists
from .person_rows import person_rows
from .pin_boards import pin_board_headers
from .prose import enumerated, quoted
from .pyramids import pyramid_levels
from .quadrants import quadrant_entries
from .questionnaire import survey_items
from .questions import question_subjects
from .ranked import ranked
from .ranked_quotes import ranked_quotes
from .row_cells import row_cells
from .running_heads import running_heads
from .sentence_items import sentence_items
from .slides import slide_bullets
from .spaced import spaced_tables, table_regions
from .stacked import stacked_rows
from .structure_boxes import structure_boxes
from .synopses import synopsis_column
from .tables import field_tables
from .tags import end_tags
from .tallied import counted_series, tallied_lists
from .text import Candidate, FieldText
from .themed_groups import themed_groups
from .thresholds import threshold_rows
from .topics import topic_sets
from .tree import tree_fields
from .vocab import categories, content_words

Source = Callable[[FieldText], Iterator[Candidate]]
# families in order of strength; the sources of one family share its duplicate test
FAMILIES: tuple[tuple[Source, ...], ...] = (
    (ticked_options, fields_after_lead_ins),  # a form's ticked boxes before a list's marks
    (
        labelled_sentences,
        tallied_lists,
        counted_boxes,
        counted_series,
        tree_fields,
        mapped_fields,
        per_field_lists,
        keyed_fields,
        grouped_fields,
        pictured_fields,
        annexed_parts,
        survey_items,
        filter_buttons,
        slide_bullets,
        legend_entries,
        chart_legends,
        structure_boxes,
        pyramid_levels,
        themed_groups,
        sentence_items,
        abbreviated_fields,
        question_subjects,
        pin_board_headers,
        index_entries,
        two_column_entries,
    ),
    (
        field_tables,
        spaced_tables,
        merged_groups,
        figure_rows,
        stacked_rows,
        column_heads,
        lead_column_heads,
        closed_column_heads,
        charted_rows,
        row_cells,
        person_rows,
        compared_columns,
        divider_rows,
        chart_axes,
        map_branches,
        drawn_branches,
        delimited_records,
        synopsis_column,
        dot_votes,
        threshold_rows,
        quadrant_entries,
    ),
    (
        noun_headings,
        section_headings,
        run_in_headings,
        framed_cards,
        box_titles,
        contents_fields,
        letterspaced_headings,
        running_heads,
        form_options,
        end_tags,
    ),
    (
        enumerated,
        predicated,
        quoted,
        counted,
        counted_sentences,
        ranked,
        ranked_quotes,
        added_field,
        deferred_enumerations,
        noted_fields,
    ),
)


def _historical(ft: FieldText, cand: Candidate) -> bool:
    """Whether a field named in running text stands in a sentence about an older or another plan."""
    if not ft.layout.units:
        return False
    unit = ft.layout.units[ft.layout.unit_at(cand.start)]  # the view's sentence (flat offsets, as ft.text)
    return ft.vocab.history.search(ft.text, unit.start, unit.end) is not None


def _place(ft: FieldText, cand: Candidate) -> bool:
    """Whether a one-word name read from running text is a place the document names after a place noun
    ("Ortsrat Grone"): the sentence says which places fields concern, not which fields there are."""
    words = cand.label.split()
    if len(words) != 1:
        return False
    nouns = "|".join(re.escape(n) for n in typed.taxonomy(ft.res).place_nouns)
    return re.search(rf"\b(?:{nouns})[ \t\n]+{re.escape(words[0])}(?!\w)", ft.text) is not None


def candidates(ft: FieldText) -> list[Candidate]:
    """The fields of a document in document order, near-duplicates left out; fields named in
    running text about an older plan ("Im ersten Integrationskonzept waren …") left out too, and
    a table of contents that lists the fields is read by ``contents_fields`` alone. A number
    names one field: "Handlungsfeld 2: Infrastruktur" keeps its label when "HF2: Infrastruktur
    (WLAN) 89 %" or "Handlungsfeld 2" over a cost table's row come later."""
    kept: list[Candidate] = []
    keys: list[frozenset[str]] = []
    starts: set[int] = set()
    numbers: set[str] = set()  # a field's number names one field: a later label for it is a variant or another column
    contents = contents_spans(ft)
    regions = table_regions(ft)  # a single-spaced table is read by its own reader
    charts = [(a, b) for a, b, _ in chart_regions(ft)]  # and so is a chart of the fields
    counts = counted_regions(ft)  # so is an enumeration counted with ordinal adverbs
    legends = [(a, b) for a, b, _ in key_regions(ft)]  # and a key of the codes a table's field column uses
    legends += abbreviation_regions(ft)  # and a list of abbreviations
    indexes = index_regions(ft)  # and an index
    columned = [(a, b) for a, b, _ in two_column_regions(ft)]  # and a list set in two columns
    for family in FAMILIES:
        added: list[tuple[Candidate, frozenset[str]]] = []
        for source in family:
            for cand in source(ft):
                if cand.method == "prose" and (_historical(ft, cand) or _place(ft, cand)):
                    continue
                if source is not contents_fields and any(a <= cand.start < b for a, b in contents):
                    continue  # a table of contents naming the fields is read by its own reader
                if cand.method != "table" and any(a <= cand.start < b for a, b in regions):
                    continue
                if source is not counted and any(a <= cand.start < b for a, b in counts):
                    continue
                if source not in (keyed_fields, abbreviated_fields) and any(a <= cand.start < b for a, b in legends):
                    continue
                if source is not index_entries and any(a <= cand.start < b for a, b in indexes):
                    continue
                if source is not two_column_entries and any(a <= cand.start < b for a, b in columned):
                    continue
                if source is not charted_rows and any(a <= cand.start < b for a, b in charts):
                    continue  # "Wohnen ███████ 14 %" where an export closed the gap before the bar
                key = content_words(cand.label)
                if not key or any(key <= k for k in keys) or any(key == k for _, k in added):
                    continue
                if cand.number and cand.number in numbers:
                    continue
                if cand.start in starts:
                    continue  # a place names one field: a heading's reading of a list's item adds nothing
                if cand.method == "heading" and _header_over(ft, cand, kept):
                    continue
                starts.add(cand.start)
                numbers.add(cand.number)
                added.append((cand, key))
        kept += [c for c, _ in added]
        keys += [k for _, k in added]
    # a radar chart or a mind map whose labels were not read gives no other set of names
    axes = axis_regions(ft) + map_regions(ft)
    axes += index_regions(ft)
    return sorted(kept) or [c for c in topic_sets(ft) if not any(a <= c.start < b for a, b in axes)]


def _header_over(ft: FieldText, cand: Candidate, kept: list[Candidate]) -> bool:
    """Whether the unnumbered heading ``cand`` ("Handlungsfeld Patin / Pate im Koordinierungskreis") is the
    header row of a table whose gaps an export closed: the line under it opens with a field read before,
    and the rows under that with others ("Sprache und Bildung Schulamtsdirektor Florian Bäuml")."""
    row = ft.row_at(cand.start)
    if cand.number or ft.rows[row].end != cand.end and ft.text[cand.end : ft.rows[row].end].strip():
        return False
    labels = {c.label for c in kept}
    # the two filled lines under it (an export that sets a blank line after every line sets one between them)
    under = [k for k in range(row + 1, min(len(ft.rows), row + 5)) if ft.rows[k].text.strip()][:2]
    opened = 0
    for k in under:
        words = ft.rows[k].text.split()
        opened += any(" ".join(words[:n]) in labels for n in range(1, min(len(words), 8) + 1))
    return opened == 2


# a mark in brackets the document quotes to say how it marks its changes: "mit „(neu)“ gekennzeichnet"
_DECLARED_MARK = re.compile(r"[„\"»]\(([^()\n“”\"«]{1,20})\)[“”\"«]")


def _unmarked(ft: FieldText, cand: Candidate, marks: set[str]) -> tuple[str, int]:
    """The label and end of ``cand`` without a mark the document declared at its end ("Wohnen und
    Nachbarschaft (geändert)")."""
    m = re.search(r"\s*\(([^()]+)\)$", cand.label)
    raw = re.search(r"\s*\(([^()]+)\)\s*$", ft.text[cand.start : cand.end])
    if m is None or raw is None or m.group(1) not in marks or not m.start() or not raw.start():
        return cand.label, cand.end
    return cand.label[: m.start()], cand.start + raw.start()


# the readers of a drawn or set structure (a chart, framed cards, a mapping, a matrix's heads, counted sentences)
# whose lines an export that sets a blank line after every line parts
_DRAWN: tuple[Source, ...] = (
    charted_rows,
    framed_cards,
    mapped_fields,
    column_heads,
    lead_column_heads,
    counted_sentences,
)


def _drawn(ft: FieldText, found: list[Candidate]) -> bool:
    """Whether a field of ``found`` is one a reader of a drawn structure read."""
    kept = {(c.start, c.label) for c in found}
    return any((c.start, c.label) in kept for source in _DRAWN for c in source(ft))


def reading(doc: Document, res: Resources, sv: View) -> tuple[FieldText, list[Candidate]]:
    """The field text the fields are read from and its fields: the view's own, or, for an export that sets a
    blank line after nearly every line, the view with those blank lines closed up (offsets stay those of
    ``doc``) where the own reading finds no field, or where only the closed-up one reads a drawn structure (the
    blank lines part a chart's rows, a card's frame, a mapping's arrows; the own reading takes the lines
    of such a structure for a list or headings of their own). A margin numbering the lines (a motion printed
    as filed) is blanked first, so that its items and headings open their lines."""
    bare = sv.unnumbered(doc)
    if bare is not sv:
        doc, sv = dataclasses.replace(doc, text=bare.text), bare
    marked = unmarked(sv.text, typed.taxonomy(res).markup_balloons)
    if marked != sv.text:  # a print of tracked changes: its balloons and change bars blanked
        doc = dataclasses.replace(doc, text=marked)
        sv = sv.blanked(doc)
    joined = undotted(sv.text, typed.taxonomy(res).forms["easy_read"])
    if joined != sv.text:  # Leichte Sprache: a word's joints parted by the middle dot ("Aus·bildung")
        doc = dataclasses.replace(doc, text=joined)
        sv = sv.blanked(doc)
    ft = FieldText.of(doc, res, sv)
    own = candidates(ft)
    closed = sv.closed(doc)
    if closed is sv:
        return ft, own
    shut = FieldText.of(dataclasses.replace(doc, text=closed.text), res, closed)
    other = candidates(shut)
    if other and (not own or (_drawn(shut, other) and not _drawn(ft, own))):
        return shut, other
    return ft, own


# a typographic ligature a text may carry ("beruﬂiche Qualiﬁzierung"): a label spells its letters
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def extract(doc: Document, res: Resources, sv: View) -> Iterator[ActionField]:
    ft, found = reading(doc, res, sv)
    marks = {m.group(1) for m in _DECLARED_MARK.finditer(ft.text)}
    for cand in found:
        label, end = _unmarked(ft, cand, marks)
        label = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), label)
        codes = categories(label, res)  # the rule is the taxonomy entry of the first code
        yield ActionField(
            ft.layout.flat.span(doc, cand.start, end),
            label=label,
            categories=codes,
            method=cand.method,
            rule_id="" if codes == ("other",) else codes[0],
        )


__all__ = ["categories", "clean_label", "extract"]
