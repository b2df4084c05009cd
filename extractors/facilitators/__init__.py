"""facilitators: persons or organisations engaged to accompany, moderate or evaluate the process.

A sentence names a facilitator when it speaks of facilitation (a role word in it, in the
sentence before it when it points back with "hierfür", or in the heading above it) and
of engaging someone (beauftragt, gewonnen, Angebot, Vereinbarung mit, durch ...), or when a
key-value line says so ("Moderation: Firma X GmbH", also in a block of label lines: :mod:`.labelled`), or
a form names the one paid for the work (a notice's or requisition's contractor field: :mod:`.fields`), a
quoted letter's head the one who offers or is awarded it (:mod:`.letterheads`), a concept's quoted
title page those who drafted it (:mod:`.credits`), a quoted business document by its form (the contractor
of a contract or a data-processing agreement, the payee of a payment order, the sender of an order
confirmation: :mod:`.documents`, whose other names are no facilitators, nor are a RACI matrix's rows), a
role's cell of a process plan's column of those responsible (:mod:`.process_plans`), or the entry of the
references list a facilitation sentence points to ("unter [4]": :mod:`.references`). The municipality, its offices and
officials are never facilitators, nor are those who supervise, plan or survey building work
("Bauüberwachung durch Ingenieurbüro X", "durch ein Fachbüro ökologisch begleitet"), and neither
are the process's own groups: nothing is read when
the engagement goes to one ("Die Projektsteuerung liegt bei einer Begleitgruppe, …"), and an
organisation in a relative clause after one is its member ("…, der Vertreter der Agentur für Arbeit
angehören"); steering or leading alone ("Projektsteuerung", "Leitung") is no facilitation.
A table or list under a group's membership lead-in ("Ihm gehören an:") names members, never
facilitators, and a table set right before a sentence is no part of it ("Jobcenter …  Herr Dirk
Wendland" over "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH").
No one is engaged where a name is a common noun alone ("das Moderationsbüro", "ein
Steuerberatungsbüro"), a kind after an indefinite article ("eines externen Begleitbüros"), the
matter an action acts on ("Durch die Kommunalisierung der X GmbH …", "Gründung der „X eG“"), or the
agent of a passive "beauftragt", who commissions ("durch das Amt X Verkehrszählungen beauftragt");
nor where advice is a service offered to others ("die kostenlose Erstberatung durch die Agentur"),
a document bears the role's name ("Evaluationsbericht"), or, under a heading of a role, the
sentence speaks of cooperation alone or of a task of its own ("Übersetzungen der Einladungen
übernimmt der Dolmetscherpool X" under "4. Moderation der Foren"). "wissenschaftlich" is a role
only with the support it gives ("wissenschaftliche Beratung", "wissenschaftlich begleitet"),
never a study ("im Rahmen einer wissenschaftlichen Studie untersucht"). A group that "berät"
deliberates unless someone advises it.
An organisation's sub-units in brackets after it are no rows of their own, and an institute of a
university is one organisation with it ("Institut für Kriminologie der Universität Heidelberg").
An organisation keeps its legal form as written ("Gebit Münster GmbH & Co. KG", "Interkultur e. V.").
A role verb names its own agent: its subject (also within a "dass" clause), the names after a
colon it leads to ("zwei Gäste, die den Prozess moderieren werden: Anna Beispiel sowie …"), or,
for a passive, the names after "von" or "durch"; a verb asked about ("Frau X möchte wissen, ob die
Projekte begleitet werden"), a passive without its agent and a person asking name no one. Where a
support noun or a passive names its agent ("die Begleitung durch das Institut X"), the names before
it are not the support's ("Herr Y bedankt sich für …"). Persons listed after a person of an
organisation are of it too ("Institut X (Prof. Dr. A. Berg, Dipl.-Soz. C. Dorn)"), each a row.
Repeated mentions become one row with the fullest name, and the fee stated in the sentence or
the one after it ("Die Kosten hierfür ..."); an institute named in the sentence right after its
university was engaged is that university's row ("… von der Universität X begleitet. Mit dem Institut
für Y (…) ist eine Vereinbarung abgestimmt.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from extractors.resources import Resources
from pipeline.document import Document
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, PASSIVE_AGENT, alternation, either
from pipeline.lang.de.money import find_money
from pipeline.lang.de.names import SALUTE, is_first_name
from pipeline.records import Facilitator, Record
from pipeline.structure import View
from pipeline.structure.prose import Layout, Unit

from .bidders import bidder_rows, drop_compared, drop_withdrawn
from .boxes import framed_rows
from .citations import cited
from .contractors import contractor_rows, payee_rows
from .credits import credited
from .documents import quoted_documents
from .fields import form_fields
from .footnotes import noted
from .labelled import inner_labels, label_value
from .letterheads import letter_heads
from .letters import first_person, signer
from .names import Found, candidates, fuller, hosted, professor_of
from .pieces import SENTENCE, group_engaged, is_role, leads_in, list_mark, may_match, method_of, pieces
from .price_columns import price_columns
from .process_plans import responsible_cells
from .references import referenced
from .rules import Rules, build_rules, rules
from .staff import join_staff, join_there, lead_alone, lead_pairs, own_office, owned, staff_person

__all__ = ["build_rules", "extract", "rules"]


def extract(doc: Document, res: Resources, sv: View) -> Iterator[Record]:
    r = rules(res)
    layout = sv.layout
    text = layout.flat.text
    found: list[Found] = []
    heading_role = prev_role = open_label = False
    para_role = (-1, False)  # (segment, a sentence of it so far has a role word)
    units, kinds = pieces(layout, layout.units, r)
    lead_in = False  # the last sentence led in a group's members ("Ihm gehören an:")
    members: str | None = None  # the mark of the table or list of members we are in
    engaged = -1  # the last sentence that engaged someone in a facilitation context and named no one read
    para_start = 0  # where the paragraph of the sentence starts
    for n, unit in enumerate(units):
        kind = kinds[n]
        if n == 0 or units[n - 1].seg != unit.seg:
            para_start = unit.start
        sentence = text[unit.start : unit.end]
        first = len(found)
        mark = list_mark(layout, unit, kind)
        if mark == "item" and SENTENCE.fullmatch(sentence.strip()) and is_role(sentence, text, unit, r):
            # a line without a mark under the list that is a sentence about facilitation ("… Frau
            # Ilona Brettschneider" / "Die Evaluation erfolgt durch die Prognos AG. Das" / …): the
            # list has ended, the view took the sentence's line for one more of its items
            mark = None
        if mark is not None and (lead_in or mark == members):
            members, lead_in, prev_role, open_label = mark, False, False, False
            continue
        if members is not None and (cut := _role_lines(text, unit, r, rows_above=True)) > unit.start:
            # the lead-in's list ran into the sentence's first lines: they are its rows, no part of it
            unit = Unit(unit.seg, cut, unit.end)
            sentence = text[unit.start : unit.end]
        members, lead_in = None, leads_in(sentence, r)
        role = is_role(sentence, text, unit, r)
        if kind == "heading" or _section_title(sentence, kinds, n):
            heading_role = role
        label = r.labels.match(sentence)
        value_at = unit.start + label.end() if label else unit.end
        # a sentence pointing back ("hierfür", "Der Zuschlag …") takes the role of the one before it
        # or of an earlier one of its paragraph ("… wurde ausgeschrieben. Drei Büros boten an. Der Zuschlag …")
        back = prev_role or para_role[0] == unit.seg and para_role[1]
        # a heading's role does not reach a sentence about a task of its own ("Übersetzungen … übernimmt …"),
        # nor one naming a lead alone ("Die Projektleitung liegt bei …": only the engaged one's, right after it)
        under_heading = heading_role and not r.other_task.search(sentence) and not r.agency.lead.match(sentence)
        context = role or under_heading or (back and bool(r.anaphora.search(sentence)))
        acting = r.acting.search(sentence) if may_match(r.acting, text, unit) else None
        if may_match(r.construction, text, unit) and r.construction.search(sentence):  # building work
            context, acting = False, None
        if acting and acting.group().startswith("ber") and _deliberates(sentence, acting.start(), r):
            acting = None  # "Der Aufsichtsrat der X GmbH berät …": a body deliberates
        if value_at < unit.end:  # "Moderation: Firma X GmbH"
            found.extend(label_value(text, value_at, unit.end, n, r))
        elif open_label and not _statement(sentence, r):  # "Moderation:" with the name on the next line
            found.extend(candidates(text, unit.start, unit.end, n, r, whole=True, method="key_value"))
        elif (hired := _contractors(text, units, n, context, r)) is not None:  # "Auftragnehmerin   Ansprechperson …"
            found.extend(hired)
        elif (won := bidder_rows(text, unit, n, r)) is not None:  # a table of bidders: the winner's row alone
            found.extend(won)
        elif context and (boxed := framed_rows(text, unit.start, unit.end, n, r)) is not None:  # "║ Auftragnehmerin: …"
            found.extend(boxed)
        elif context and _engaged(sentence, role, r) and not group_engaged(sentence, r):
            own = _role_lines(text, unit, r)
            at = _agent_at(text, unit, acting, r)
            at = max(at, own) if at is not None else None
            named = candidates(text, at, unit.end, n, r, method=method_of(kind)) if at is not None else []
            named = named or candidates(text, own, unit.end, n, r, method=method_of(kind))
            found.extend(owned(text, own, unit.end, n, r, named))  # "an Büro X & Y, Inhaberin Z, Ort, vergeben"
            if len(found) == first:  # "Das wirtschaftlichste Angebot liegt vor¹": the footnote names the one
                found.extend(noted(text, unit, n, r, method_of(kind)))
            engaged = n if len(found) == first else -1
        elif (
            (front := r.agency.front.match(sentence))
            and not r.funding.search(sentence)
            and (agent := r.agency.agent.search(text, unit.start + front.end(), unit.end))
        ):  # "Begleitet wird der Prozess vom Institut X": the agent after the passive's auxiliary
            found.extend(candidates(text, agent.start(), unit.end, n, r, method=method_of(kind)))
        elif role and (paid := _paid_rows(text, _row_run_on(text, units, n), n, r)):  # "Moderation (Büro X)  9.520 €"
            found.extend(paid)
        elif acting:  # "Die Fachhochschule Münster begleitet den Prozess": names before the verb
            found.extend(_acting(text, unit, acting, n, r, method_of(kind)))
        if len(found) == first and (
            context or acting
        ):  # "… das unter [4] genannte Institut …": the references list's entry
            found.extend(referenced(text, unit, n, r))
        if label is None:  # "Gäste: …" / "Moderation: Dr. X, Büro Y" in a paragraph the view did not part
            found.extend(inner_labels(text, unit.start, unit.end, n, r))
        # "Kreditor   300184  X GmbH": before the sentence's own rows, so that a lead's line after them joins those
        found[first:first] = form_fields(text, unit.start, unit.end, n, r, context)
        found[first:first] = letter_heads(text, unit.start, unit.end, n, r)  # "Ihr Zeichen …" beside an address
        found[first:first] = credited(text, unit.start, unit.end, n, r)  # "Erarbeitet … von" on a title page
        drop_withdrawn(text, unit, found, first, r)
        drop_compared(text, unit, found, first)
        join_staff(found, first, text, unit, n, r)
        join_there(found, first, text, unit, n, r)
        own_office(found, first, text, unit, r)
        cited(text, found, first, n, r)
        _project_lead(text, unit, n, found, first, r)
        if max(0, n - 2) <= engaged < n and units[engaged].seg == unit.seg and len(found) == first:
            lead_alone(text, unit, n, found, para_start, r)
        prev_role, open_label = role, label is not None and value_at >= unit.end
        para_role = (unit.seg, role or para_role[0] == unit.seg and para_role[1])
    found = _quoted(text, units, found, res, r)
    merged: list[Found] = []
    for i, f in enumerate(found):
        _fees(f, layout, units, r)
        target = next((m for m in merged if m.same(f, r)), None) or hosted(merged, f, r)
        target = target or professor_of(merged, found[i - 1] if i else None, f, r)
        if target is None:
            merged.append(f)
            continue
        if f.name and (not target.name or len(f.name.split()) > len(target.name.split())):
            target.name, target.best_unit, target.rule_id = f.name, f.unit, f.rule_id
        if f.organisation and (not target.organisation or fuller(f.organisation, target.organisation, r)):
            target.organisation = f.organisation
            if not target.name:
                target.best_unit, target.rule_id = f.unit, f.rule_id
        target.amounts.extend(f.amounts)
        target.aliases += f.aliases
    for f in merged:
        unit = units[f.best_unit]
        amount = min(f.amounts, key=lambda a: a[0])[1] if f.amounts else None
        yield Facilitator(
            layout.flat.span(doc, unit.start, unit.end),
            name=f.name,
            organisation=f.organisation,
            amount_eur=float(amount) if amount is not None else None,
            method=f.method,
            rule_id=f.rule_id,
        )


def _quoted(text: str, units: list[Unit], found: list[Found], res: Resources, r: Rules) -> list[Found]:
    """The rows read with the business documents quoted in the text (:mod:`.documents`): a document's
    form names the one engaged, and the rows read from its sentences otherwise are dropped; and the
    role's cells of a process plan's column of those responsible (:mod:`.process_plans`)."""
    quoted = quoted_documents(text, res, r)
    cells = responsible_cells(text, res, r)  # "Moderation: Institut X" in a process plan's column
    cells += price_columns(text, res, r)  # a price comparison's column its rank row marks first
    if not quoted and not cells:
        return found
    starts = [u.start for u in units]
    kept = [f for f in found if not any(q.start < units[f.unit].end and units[f.unit].start < q.end for q in quoted)]
    for at, f in [(q.at, q.found) for q in quoted if q.found is not None] + cells:
        f.unit = f.best_unit = max(0, bisect.bisect_right(starts, at) - 1)
        kept.append(f)
    return kept


def _contractors(text: str, units: list[Unit], n: int, context: bool, r: Rules) -> list[Found] | None:
    """The rows of a table of contractors opening the sentence ``units[n]``, its rows read to its
    paragraph's end: none outside a facilitation context, the table's own or the text's before it;
    None where no such table opens it."""
    unit = units[n]
    paid = r.payees.match(text[unit.start : unit.end]) is not None
    if not paid and not r.contractors.match(text[unit.start : unit.end]):
        return None
    k = n
    while k + 1 < len(units) and units[k + 1].seg == unit.seg:
        k += 1
    end = units[k].end
    if paid:  # a list of payments: each row's purpose is its own context
        return payee_rows(text, unit.start, end, n, r)
    rows = contractor_rows(text, unit.start, end, n, r)
    if rows is None or context or is_role(text[unit.start : end], text, Unit(unit.seg, unit.start, end), r):
        return rows
    return []


def _section_title(sentence: str, kinds: list[str], n: int) -> bool:
    """Whether a list item is a numbered section's title ("4. Externe Prozessbegleitung"): one line,
    a few words, no sentence's punctuation, and prose after it, not the list's next item."""
    return (
        kinds[n] == "item"
        and n + 1 < len(kinds)
        and kinds[n + 1] != "item"
        and "\n" not in sentence.strip()
        and 0 < len(sentence.split()) <= _TITLE_WORDS
        and not sentence.rstrip().endswith(tuple(".:;,"))
    )


_TITLE_WORDS = 6
_LOWER_WORD = re.compile(r"(?<![\wäöüß-])[a-zäöüß]+(?![\wäöüß-])")


def _statement(sentence: str, r: Rules) -> bool:
    """Whether the line under an open label ("Prozessbegleitung:") is a sentence with a finite
    verb ("Angefragt waren drei Büros; …"): the section's prose, no name standing as its value."""
    return SENTENCE.fullmatch(sentence.strip()) is not None and any(
        w in r.finite_verbs for w in _LOWER_WORD.findall(sentence)
    )


_HOST = re.compile(r"\W*(?:(?:Die|Der)\s+)?\w+\s+(?:beim|im|bei\s+(?:der|dem)|in\s+der)\s+([A-ZÄÖÜ][\wäöüß-]+)\s")


def _named_host(text: str, unit: Unit, found: list[Found], first: int, r: Rules) -> Found | None:
    """The one organisation read before the sentence's rows (``found[:first]``) whose name opens with the noun a
    lead's sentence names its host by ("Die Projektleitung beim Institut liegt bei …": "Institut für …"), where it
    names no person yet; else None."""
    m = _HOST.match(text, unit.start, unit.end)
    if m is None or not r.agency.lead.match(text[unit.start : unit.end]):
        return None
    hosts = [f for f in found[:first] if f.organisation and not f.name and f.organisation.split()[0] == m.group(1)]
    return hosts[0] if len(hosts) == 1 else None


def _project_lead(text: str, unit: Unit, n: int, found: list[Found], first: int, r: Rules) -> None:
    """The person a sentence names as the lead of the work right after the sentence that engaged an
    organisation ("… wurde das Institut X mit der Evaluation beauftragt. Die Projektleitung hatte Dr.
    Y.", also with a sentence naming no one between them), or by a staff label where the sentence
    names no organisation ("Für 2028 liegt ein Angebot vor (Projektleitung: Frau Y)."), or by its label
    under the one engaged in a block of labels and values ("Auftragnehmerin   Institut X" /
    "Projektleitung   Prof. Dr. Y", the value ending at its line): the person of that organisation's row,
    where it names none yet. A row the lead's sentence
    read for that person of its own ("Projektleiterin ist Dr. Y; sie moderiert auch die Konferenz")
    is that person's mention, no second facilitator."""
    host = _named_host(text, unit, found, first, r)  # the rows before are copied only where the sentence names one
    last = host or (found[first - 1] if first else None)
    # right after it, or after one more sentence naming no one ("Sie hat das wirtschaftlichste Angebot abgegeben."),
    # or anywhere before where the sentence names it by its head noun ("Die Projektleitung beim Institut liegt bei …")
    if last is None or last.name or not last.organisation or (host is None and last.unit < n - 2):
        return
    own = found[first:]
    name: str | None = None
    if lead := r.agency.lead.match(text[unit.start : unit.end]):
        # a label's value ends at its line ("Projektleitung      Prof. Dr. Y" over "Leistung   …")
        line = text.find("\n", unit.start, unit.end) if _LABEL_END.search(lead.group()) else -1
        end = line if line >= 0 else unit.end
        if lead_pairs(text, unit, end, n, found, first, r):  # "Die Leitung haben Frau A (Büro X) und Herr B (Y)."
            return
        person = next((f for f in candidates(text, unit.start, end, n, r) if f.name and not f.organisation), None)
        name = person.name if person else None
    elif not any(f.organisation for f in own):  # "Ein Angebot … liegt vor (Projektleitung: Frau Y)."
        name = staff_person(text, unit, n, r)
    if name is None:
        return
    last.name, last.last = name, n
    surname = name.split()[-1].casefold()
    found[first:] = [f for f in own if f.organisation or not f.name or surname not in f.name.casefold().split()]


# the end of a label before its value: a colon or a gap
_LABEL_END = re.compile(r"(?::|[ \t]{2,})[ \t]*$")

# a row of a cost table naming whom the service is paid to in brackets after it, its amount ending the
# line: "Moderation von drei Foren (Büro Stadtgrün, Ulm)      4.200,00 €"
_PAID_ROW = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\n()]+)\((?P<payee>[^()\n]{3,80}(?:\n[ \t]*[^()\n]{3,80})?)\)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<amount>[^\n]+)$"
)  # the payee wrapped onto the next line, the amount onto a line of its own, as a PDF's text sets a long row


def _paid_rows(text: str, unit: Unit, n: int, r: Rules) -> list[Found]:
    """The payees of the rows of a cost table that name a service of facilitation and its payee
    in brackets ("Moderation … (Büro X, Ort)  9.520,00 €"): the amount is the fee, the payee the
    one engaged. Not a grant's giver ("Förderung (Land X)")."""
    out: list[Found] = []
    line = text.rfind("\n", 0, unit.start) + 1
    start = line if not text[line : unit.start].strip() else unit.start  # the row's indent before the sentence
    for m in _PAID_ROW.finditer(text, start, unit.end):
        amount = m.group("amount")
        if not r.role.search(m.group("label")) or r.funding.search(m.group("label")):
            continue
        if not find_money(amount) or re.search(r"[^\W\d_]{4,}", amount):  # the amount alone after it
            continue
        if find_money(m.group("label")):  # amounts before it: a sentence's run of amounts, no row of a table
            continue
        if _PART.fullmatch(m.group("payee")):  # a part of the order ("Los 1"), not whom it is paid to
            continue
        if r.fee.search(m.group("payee").split(",")[0]):  # a note on the price ("Festpreis, inkl. USt."), no payee
            continue
        payees = candidates(text, m.start("payee"), m.end("payee"), n, r, whole=True, method="key_value")
        for f in payees:  # the row's own amount is the fee
            f.amounts.append((False, find_money(amount)[0].amount))
        out.extend(payees)
    return out


def _row_run_on(text: str, units: list[Unit], n: int) -> Unit:
    """The sentence ``units[n]`` with the next one of its block where a bracket it opens closes there only:
    a cost table's row whose payee in brackets wrapped onto the next line, which the view set apart
    ("Moderation der Gespräche (Büro X" / "Beteiligung, Ort)      6.800 €")."""
    unit = units[n]
    sentence = text[unit.start : unit.end]
    if sentence.count("(") > sentence.count(")") and n + 1 < len(units) and units[n + 1].seg == unit.seg:
        return Unit(unit.seg, unit.start, units[n + 1].end)
    return unit


# a part of an order in brackets after a cost row's service, a word and its number ("Los 1", "Modul 2b")
_PART = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]*\.?[ \t]*\d+[a-z]?[ \t]*")

# a line that opens with a label: "Weitere Mitglieder: …", "Auftragnehmerin: …"
_LABEL_LINE = re.compile(r"(?m)^[ \t]*[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[\wäöüß-]+){0,3}[ \t]*:")
# a heading with its colon alone on the sentence's first line, leading it in: "Beschlussvorschlag:" / "Der Rat …"
_HEAD_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[\wäöüß-]+){0,3}[ \t]*:[ \t]*\n")


def _role_lines(text: str, unit: Unit, r: Rules, rows_above: bool = False) -> int:
    """Where the names of a facilitation sentence may stand: from the line of its first role word
    when an export ran labelled lines together into the sentence and a labelled line stands before
    that line ("Vorsitz: …" / "Weitere Mitglieder: A, B" / "Externe Prozessbegleitung" /
    "Auftragnehmerin: …": the lines before the role word are other labels' values), or rows of a
    members list stand before that line (``rows_above``: the sentence follows the list's rows, or
    :func:`_members_above`), or from a blank line before that line that a capital follows (a table the
    view ran into the sentence: "Dr. A, Universität X   x" / "" / "Das beauftragte Institut … moderiert …");
    else its start, also where a heading alone on its first line leads the sentence in ("Beschlussvorschlag:" / "Der
    Rat … beauftragt Frau X, Ort, mit der" / "Moderation …")."""
    sentence = text[unit.start : unit.end]
    groups = [m.span() for m in r.group.finditer(sentence)]  # a group word is no role word
    role = next((m for m in r.role.finditer(sentence) if not any(a <= m.start() < b for a, b in groups)), None)
    line = sentence.rfind("\n", 0, role.start()) + 1 if role else 0
    head = _HEAD_LINE.match(sentence)  # no label of a value of its own: the sentence is its value
    rows = _rows_after_lead_in(sentence, line)
    if rows is not None:  # "… schlägt folgende" / "Vergabe vor:" / "Auftragnehmerin X" / …: the rows name them
        return _name_across(text, unit, unit.start + rows, r)
    if line and (
        rows_above or _LABEL_LINE.search(sentence, head.end() if head else 0, line) or _members_above(sentence, line, r)
    ):
        return _name_across(text, unit, unit.start + line, r)
    opened = [m.end() for m in _NEW_PARAGRAPH.finditer(sentence, 0, line + 1)] if line else []
    return unit.start + opened[-1] if opened else unit.start  # a table the view ran into the sentence


def _rows_after_lead_in(sentence: str, line: int) -> int | None:
    """Where the rows under a sentence's lead-in start when an export ran them into it and the lead-in's
    last line, wrapped from the line above, ends with its colon before the line of the first role word
    ("… schlägt folgende" / "Vergabe vor:" / "Auftragnehmerin Hochschule X" / "Leistung Begleitung …"):
    that line looks like a label but is the sentence's own; None where no such line stands before ``line``.

    >>> s = "Die Verwaltung schlägt folgende\\nVergabe vor:\\nAuftragnehmerin Büro X\\nLeistung Begleitung"
    >>> s[_rows_after_lead_in(s, s.rfind("\\n") + 1) :]
    'Auftragnehmerin Büro X\\nLeistung Begleitung'
    """
    colon = _WRAPPED_LEAD_IN.search(sentence, 0, line)
    return colon.end() if colon is not None and colon.end() <= line else None


# the last line of a sentence's lead-in wrapped from the line above (no stop or colon at that line's end), its
# colon ending it: "… schlägt folgende" / "Vergabe vor:"
_WRAPPED_LEAD_IN = re.compile(r"[^\s.:;!?][ \t]*\n[ \t]*[A-ZÄÖÜ]?[\wäöüß-]*(?:[ \t]+[\wäöüß-]+){0,3}:[ \t]*\n")


def _members_above(sentence: str, line: int, r: Rules) -> bool:
    """Whether a group's membership lead-in ends a line of the sentence before ``line`` with its
    colon: an export ran the lead-in, its members' rows and the next sentence into one ("… werden
    die folgenden Institutionen berufen:" / "Institution vertreten durch" / rows / "Die Sitzungen
    moderiert …"); the rows name members, and their header's "durch" is no passive's agent.

    >>> from extractors import load_resources
    >>> from extractors.facilitators.rules import rules
    >>> s = "Ihm gehören an:\\nInstitution vertreten durch\\nJobcenter X Frau A\\nDie Sitzungen moderiert Y."
    >>> _members_above(s, s.rfind("\\n") + 1, rules(load_resources()))
    True
    """
    colon = sentence.rfind(":\n", 0, line)
    return colon >= 0 and leads_in(sentence[: colon + 1], r)


def _name_across(text: str, unit: Unit, cut: int, r: Rules) -> int:
    """``cut`` moved back to the start of a person's name that a line break inside the sentence parts
    there: the line before ends with the salutation, degrees or given names alone ("… Frau Merle" /
    "Schulte-Brandt mit der Moderation …", a double surname hyphenated at the line's end is one word
    with its hyphen in the flat text). A name complete before the break stays cut off ("Weitere
    Mitglieder: Frau Anna Berg" / "Externe Prozessbegleitung …"), and so does a line after it that
    opens with a role word ("… Frau Anna" / "Externe Prozessbegleitung …")."""
    for kind, _rid, rx in r.candidates:
        if kind != "person":
            continue
        for m in rx.finditer(text, max(unit.start, cut - _NAME_REACH), min(unit.end, cut + _NAME_REACH)):
            if not m.start() < cut < m.end("name"):
                continue
            head = text[m.start("name") : cut].split()
            if all(w.endswith(".") or is_first_name(w) for w in head) and not r.role.search(text, cut, m.end("name")):
                return m.start()
    return cut


_NAME_REACH = 80  # characters either side of a line break where a name running across it may stand


def _passive(text: str, unit: Unit, acting: re.Match[str], start: int, r: Rules) -> bool:
    """Whether the role verb ``acting`` is a passive's participle in its clause from ``start``."""
    a = r.agency
    comma = text.find(",", unit.start + acting.end(), unit.end)
    return bool(
        a.participle.fullmatch(acting.group()) and a.passive.search(text, start, comma if comma >= 0 else unit.end)
    )


def _agent_at(text: str, unit: Unit, acting: re.Match[str] | None, r: Rules) -> int | None:
    """Where the agent of the support in a facilitation sentence is named: after the preposition
    of a support noun ("die Begleitung durch das Institut X") or of a passive before its
    participle ("die Workshops werden von Frau X moderiert"); None where the sentence has neither."""
    noun = r.agency.noun_agent.search(text, unit.start, unit.end)
    if noun:
        return noun.start("by")
    if acting is None:
        return None
    start = _clause_start(text, unit, acting, r)
    return _passive_agent(text, unit, acting, start, r) if _passive(text, unit, acting, start, r) else None


def _clause_start(text: str, unit: Unit, acting: re.Match[str], r: Rules) -> int:
    """Where the clause of the role verb ``acting`` starts: after the last subordinating
    conjunction before it (", dass die X GmbH den Prozess begleitet"), else at the sentence's start,
    or after the last blank line before the verb that a capital follows (a table run into the sentence)."""
    verb = unit.start + acting.start()
    start = max((m.end() for m in r.agency.clause.finditer(text, unit.start, verb)), default=unit.start)
    # a sentence opening after a blank line: the lines above it (a table the view ran into it) are no part of it
    opened = [m.end() for m in _NEW_PARAGRAPH.finditer(text, start, verb)]
    return opened[-1] if opened else start


# a blank line and a capital after it: a sentence opens there
_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*(?=[A-ZÄÖÜ])")


def _passive_agent(text: str, unit: Unit, acting: re.Match[str], start: int, r: Rules) -> int | None:
    """Where a passive's agent is named in the clause from ``start``, after "von" or "durch" before
    the participle ``acting``; None where it names none."""
    verb = unit.start + acting.start()
    return min((m.start() for m in r.agency.agent.finditer(text, start, verb)), default=None)


def _acting(text: str, unit: Unit, acting: re.Match[str], n: int, r: Rules, method: str) -> list[Found]:
    """The names a role verb's subject gives: before the verb ("Die Fachhochschule Münster
    begleitet den Prozess"), after it when the sentence opens with its object ("Den Prozess
    moderiert die X GmbH") or after a colon ("zwei Gäste, die den Prozess moderieren werden: Anna
    Beispiel sowie …"); within a subordinate clause ("…, dass die X GmbH den Prozess begleitet"),
    and after "von" or "durch" of a passive ("Der Prozess wird von der X GmbH begleitet"). A verb
    asked about names no one ("Frau X möchte wissen, ob die Projekte begleitet werden"), nor does
    a passive without its agent."""
    a = r.agency
    verb, after = unit.start + acting.start(), unit.start + acting.end()
    listed = a.listed.match(text, after, unit.end)
    if listed:
        return (
            []
            if _table_head(text, listed.end(), unit.end, n, r)
            else candidates(text, listed.end(), unit.end, n, r, method=method, listed=True)
        )
    if r.object_first.match(text[unit.start : verb]):
        return candidates(text, after, unit.end, n, r, method=method)
    if a.question.search(text, unit.start, verb):
        return []
    start = _clause_start(text, unit, acting, r)
    if first_person(text, start, verb, after) and (signed := signer(text, unit, n, r, method)) is not None:
        return signed  # "gern moderieren wir …" in a quoted letter: its signer
    if _passive(text, unit, acting, start, r):
        agent = _passive_agent(text, unit, acting, start, r)
        if agent is None:
            return []
        return candidates(text, agent, verb, n, r, method=method) or _abbreviated(
            _BY_ABBREVIATION.fullmatch(text, agent, verb), n, r, method
        )
    before = candidates(text, start, verb, n, r, method=method, subject=True)
    if before or start != unit.start:
        return before
    # the subject after the verb where the sentence opens with another part ("Im Mai moderierte die ABC
    # zwei Workshops"): the article and the capitalised words right after the verb
    inverted = _INVERTED.match(text, after, unit.end)
    if inverted is not None:
        return candidates(text, after, inverted.end(), n, r, method=method, subject=True) or _abbreviated(
            _ABBREVIATION.match(text, after, unit.end), n, r, method
        )
    # or a person a salutation names after the verb in the singular and the words of its time, where the
    # sentence opens with the verb's objects ("Die Foren und die Sitzungen moderiert ab 2026 Frau Anna Beispiel")
    saluted = _SALUTED.match(text, after, unit.end) if _SINGULAR.fullmatch(acting.group()) else None
    if saluted is not None:
        persons = candidates(text, saluted.end(), unit.end, n, r, method=method, listed=True)
        return [f for f in persons if f.name][:1]
    # or a person's bare name after the nouns of a profession, one of them a role's ("… moderiert die
    # freie Moderatorin und Mediatorin Anna Beispiel, Lindau"; not "… die zuständige Sachgebietsleiterin …")
    named = _PROFESSION_NAME.match(text, after, unit.end)
    if named is None or not r.role.search(named.group("trade")):  # a profession of facilitation
        return []
    persons = candidates(text, named.start("name"), named.end(), n, r, method=method, listed=True)
    return [f for f in persons if f.name and not f.organisation]


def _table_head(text: str, colon: int, end: int, n: int, r: Rules) -> bool:
    """Whether the colon a role verb leads to ends its line over a line opening in a capital that names no
    one: the head of a table an export set into the sentence ("… die oder der die Umsetzung begleitet:" /
    "Handlungsfeld Patin / Pate" / "Sprache und Bildung Herr Florian Beispiel (…)"), whose rows name the
    table's persons, not the verb's subject ("… moderieren werden:" / "die Soziologin Anna Beispiel …" is)."""
    line = text.find("\n", colon, end)
    if line < 0 or text[colon:line].strip():
        return False
    below = text.find("\n", line + 1, end)
    head = text[line + 1 : below].strip() if below >= 0 else ""
    return head[:1].isupper() and not candidates(text, line + 1, below, n, r, listed=True)


# an article and capitalised words right after a verb: its subject where the sentence opens with another part;
# a line break may stand for a space before or after the article where an export wrapped the line there
_ARTICLE = rf"(?:{alternation(*DEFINITE_ARTICLES)})"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_INVERTED = re.compile(rf"{_GAP}{_ARTICLE}{_GAP}(?:[A-ZÄÖÜ][\wäöüß&.-]*(?:[ \t]+|(?=[,.;:]|$)))+")
# up to four words without a comma after a role verb, then a salutation: "… moderiert bis Ende 2026 Frau …"
_SALUTED = re.compile(rf"(?:[ \t\n]+[^\s,.;:]+){{0,4}}?[ \t\n]+(?={SALUTE}[ \t\n])")
# a role verb in the third person singular, the present or the past; not "berät" (a body deliberates)
_SINGULAR = re.compile(r"(?!ber)[a-zäöüß]+te?")
# an article, attributive adjectives and one or two nouns of a profession right after a verb, then a person's
# name and the sentence's end or a comma: "… die freiberufliche Moderatorin und Beraterin Anna Beispiel, Lindau."
_PROFESSION_NAME = re.compile(
    rf"[ \t]+{_ARTICLE}[ \t]+(?:[a-zäöüß]+e[nr]?\s+)+(?P<trade>[A-ZÄÖÜ][\wäöüß-]+(?:\s+und\s+[A-ZÄÖÜ][\wäöüß-]+)?)"
    r"\s+(?P<name>[A-ZÄÖÜ][\wäöüß-]+\s+[A-ZÄÖÜ][\wäöüß-]+)(?=\s*[,.;]|\s*$)"
)
# an organisation named by its abbreviation alone: right after a role verb as its subject, or as a
# passive's agent right before the role's participle ("… wurde von ABC moderiert"); not a legal form
_NAME = r"(?P<name>(?!(?:AG|KG|SE|OHG|UG|EG)\b)[A-ZÄÖÜ]{2,6})(?![\wäöüß&-])"
_ABBREVIATION = re.compile(rf"[ \t]+{_ARTICLE}[ \t]+{_NAME}[ \t]+(?=[a-zäöüß\d])")
_BY_ABBREVIATION = re.compile(rf"(?:{either(PASSIVE_AGENT)})[ \t]+(?:{_ARTICLE}[ \t]+)?{_NAME}[ \t]+")


def _abbreviated(m: re.Match[str] | None, n: int, r: Rules, method: str) -> list[Found]:
    """The organisation an abbreviation in the agent's place names, unless it is the town's own or a party."""
    if m is None or r.exclude.search(m["name"]):
        return []
    return [Found(n, organisation=m["name"], best_unit=n, method=method, rule_id="agent_abbreviation")]


# the words of an offer only presented that engage no one: the offer, and the presenter's affiliation ("Frau X
# von der Y stellt das Angebot … vor")
_PRESENTER = ("Angebot", "von ", "vom ")


def _engaged(sentence: str, role: bool, r: Rules) -> bool:
    """Whether a sentence says someone was engaged; under a heading of a role (``role`` False: the
    sentence has no role word of its own) cooperation alone says no one was ("Methodik der
    Evaluation" over "Der Fragebogen wurde in Zusammenarbeit mit dem Büro X übersetzt"); an offer only
    presented engages no one ("Frau X stellt das Angebot ihres Büros vor"), nor an offer to do a thing
    oneself ("Herr X hat angeboten, ein Café einzurichten")."""
    volunteered = r.volunteered.search(sentence)
    found = [
        m.group() for m in r.engagement.finditer(sentence) if not (volunteered and m.start() == volunteered.start())
    ]
    presented = r.presented.search(sentence) is not None and any(w.startswith("Angebot") for w in found)
    return any((role or not r.cooperation.match(w)) and not (presented and w.startswith(_PRESENTER)) for w in found)


def _deliberates(sentence: str, verb: int, r: Rules) -> bool:
    """Whether "beraten" in a sentence is a deliberation: of a council or board ("Der Aufsichtsrat
    der X GmbH berät …"), together with someone, or of a group named before the verb when no one
    advises it ("einen Lenkungskreis aus Vertretern der Hochschule X … zu bilden, um die
    Entscheidungen zu beraten"; not "Die Begleitgruppe wird von der Agentur X beraten", nor "Die
    Agentur X berät die Lenkungsgruppe")."""
    if r.deliberation.search(sentence):
        return True
    return r.group.search(sentence, 0, verb) is not None and r.advised_by.search(sentence, 0, verb) is None


# only a page break between two sentences: the paragraph goes on on the next page
_PAGE_BREAK = re.compile(r"[ \t]*\n?[ \t]*\f[ \t]*")


def _fees(f: Found, layout: Layout, units: list[Unit], r: Rules) -> None:
    """Amounts in the facilitator's sentence when it speaks of a fee, else in the next one of the same
    block (or the one after the sentence naming its lead) when that speaks of costs and points back
    ("Die Kosten hierfür ...") or follows an offer ("... ein Angebot eingeholt. Die Kosten betragen
    ..."). An approximate or a net amount gives way to another of them ("36.000 € netto (42.840 €
    brutto)")."""
    text = layout.flat.text
    unit = units[f.unit]
    own = bool(r.fee.search(text, unit.start, unit.end))
    chosen = [unit] if own else []
    # the sentence naming the lead is part of the mention: the fee may follow it too
    for at in sorted({f.unit, max(f.unit, f.last)}):
        if at + 1 >= len(units):
            break
        prev, nxt = units[at], units[at + 1]
        same_block = nxt.seg == prev.seg or _PAGE_BREAK.fullmatch(text, prev.end, nxt.start) is not None
        # a contract's clauses in the block under its title ("Nachtrag zum Vertrag über …" / "§ 2 Die Vergütung …")
        same_block = same_block or own and _CLAUSE.match(text, nxt.start, nxt.end) is not None
        if (
            same_block
            and r.fee.search(text, nxt.start, nxt.end)
            and (own or r.fee_back.search(text, nxt.start, nxt.end))
        ):
            chosen.append(nxt)
    for u in chosen:
        found = find_money(text, u.start, u.end)
        for money in found:
            approx = bool(r.approx.search(text[max(u.start, money.start - 12) : money.start]))
            net = bool(r.net.match(text, money.end, u.end)) or _net_before(text, u.start, money.start, r)
            before = max(u.start, money.start - CHANGE_REACH)
            # the tax on it ("zuzüglich 19 % Umsatzsteuer (902,50 €)") or what it changes by ("erhöht sich um …")
            net = net or bool(r.tax.search(text, before, money.start) or r.change.search(text, before, money.start))
            f.amounts.append((approx or net, money.amount))
        if found:
            return


def _net_before(text: str, start: int, at: int, r: Rules) -> bool:
    """Whether the net mark opens a bracket right before the amount at ``at`` ("(netto 15.900 €)"); one
    after another amount is that amount's ("30.000 € netto (35.700 € brutto)")."""
    mark = r.net.search(text, max(start, at - NET_REACH), at)
    return mark is not None and not text[mark.end() : at].strip() and text[: mark.start()].rstrip().endswith("(")


NET_REACH = 12  # characters before an amount where its net mark stands
CHANGE_REACH = 60  # characters before an amount where the tax it is or the change it makes is named
# a contract's clause opening a block: "§ 1 Der Leistungsumfang …"
_CLAUSE = re.compile(r"\s*§[ \t]*\d")
