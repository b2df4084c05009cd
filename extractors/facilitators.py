"""facilitators: persons or organisations engaged to accompany, moderate or evaluate the process.

A sentence names a facilitator when it speaks of facilitation (a role word in it, in the
sentence before it when it points back with "hierfür", or in the heading above it) and
of engaging someone (beauftragt, gewonnen, Angebot, Vereinbarung mit, durch ...), or when a
key-value line says so ("Moderation: Firma X GmbH"). The municipality, its offices and
officials are never facilitators, and neither are the process's own groups: nothing is read when
the engagement goes to one ("Die Projektsteuerung liegt bei einer Begleitgruppe, …"), and an
organisation in a relative clause after one is its member ("…, der Vertreter der Agentur für Arbeit
angehören"); steering or leading alone ("Projektsteuerung", "Leitung") is no facilitation.
A table or list under a group's membership lead-in ("Ihm gehören an:") names members, never
facilitators, and a table set right before a sentence is no part of it ("Jobcenter …  Herr Dirk
Wendland" over "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH").
An organisation keeps its legal form as written ("Gebit Münster GmbH & Co. KG", "Interkultur e. V.").
Repeated mentions become one row with the fullest name, and the fee stated in the sentence or
the one after it ("Die Kosten hierfür ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from extractors.fastre import Matcher, prefiltered
from extractors.german.closed_class import DEFINITE_ARTICLES, alternation
from extractors.german.membership import membership
from extractors.german.money import find_money
from extractors.german.names import is_first_name
from extractors.resources import Resources, require
from pipeline.document import Document
from pipeline.errors import ResourceError
from pipeline.records import Facilitator, Record
from pipeline.structure import GAP, Line, View, lines, person_row, view
from pipeline.structure.prose import Layout, Unit


@dataclass(frozen=True)
class Rules:
    role: Matcher
    anaphora: Matcher
    engagement: Matcher
    labels: re.Pattern[str]
    candidates: tuple[tuple[str, str, Matcher], ...]  # (kind, entry id, pattern with group `name`)
    link: Matcher
    exclude: Matcher
    funding: Matcher
    bare: frozenset[str]
    officials: Matcher
    approx: Matcher
    fee: Matcher
    fee_back: Matcher
    acting: Matcher
    object_first: re.Pattern[str]
    group: Matcher  # a group word, the whole word
    legal: re.Pattern[str]  # a name ending in a legal form
    object_after: re.Pattern[str]
    object_before: re.Pattern[str]
    engaged_after: re.Pattern[str]
    relative: re.Pattern[str]
    heads: Matcher  # a word naming a group, the staff or an office of the municipality
    member_lead: re.Pattern[str]  # a sentence leading in a group's members ("Ihm gehören an:", membership.yaml)
    member_lead_end: re.Pattern[str]  # how such a lead-in ends: a colon or the verb's particle
    agent_person: re.Pattern[str]  # a bare personal name: a given name and a surname
    agent_org: re.Pattern[str]  # an organisation after its article, with no legal form
    agent_after: re.Pattern[str]  # the words before an agent's place ("übernimmt", "durch")
    agent_before: re.Pattern[str]  # the words after it ("… beauftragt", "… moderiert")
    not_agents: re.Pattern[str]  # heads of such a phrase that name no organisation
    owned: re.Pattern[str]  # what follows a name of the town's own: "… der Stadt"
    role_spaceless: bool = False  # the role words are known and none has a space


def rules(res: Resources) -> Rules:
    """The compiled rules of ``facilitators.yaml`` (built once per resource set)."""
    return res.compiled(build_rules)


def build_rules(res: Resources) -> Rules:
    d = res["facilitators"]

    def rx(name: str, pattern: str | None = None) -> Matcher:
        try:
            return prefiltered(pattern if pattern is not None else require(d, name, "facilitators.yaml"))
        except re.error as exc:
            raise ResourceError(f"facilitators.yaml {name}: bad pattern: {exc}") from exc

    forms = require(d, "legal_forms", "facilitators.yaml")
    legal = "|".join(f"(?:{require(e, 'pattern', 'facilitators.yaml legal form ' + repr(e.get('id')))})" for e in forms)
    cands = tuple(
        (
            str(require(e, "kind", f"facilitators.yaml entry {e['id']!r}")),
            str(e["id"]),
            rx(e["id"], str(e["pattern"]).replace("{legal_form}", legal)),
        )
        for e in require(d, "entries", "facilitators.yaml")
    )
    bare = frozenset(str(w).casefold() for w in require(d, "bare", "facilitators.yaml"))
    groups = "|".join(f"(?:{e['pattern']})" for e in require(d, "groups", "facilitators.yaml"))
    own = str(require(d, "exclude", "facilitators.yaml")).removeprefix("(?i)")
    staff = str(require(d, "staff", "facilitators.yaml")).removeprefix("(?i)")
    heads = f"(?:{groups}|{staff}|{own})"

    def plain(name: str) -> re.Pattern[str]:
        try:
            return re.compile(require(d, name, "facilitators.yaml"))
        except re.error as exc:
            raise ResourceError(f"facilitators.yaml {name}: bad pattern: {exc}") from exc

    role = rx("role_terms")
    words = getattr(role, "literals", ())
    return Rules(
        role,
        rx("anaphora"),
        rx("engagement"),
        re.compile(d["labels"], re.M),
        cands,
        rx("link"),
        rx("exclude"),
        rx("funding"),
        bare,
        rx("officials"),
        rx("approx"),
        rx("fee"),
        rx("fee_back"),
        rx("acting"),
        re.compile(d["object_first"]),
        prefiltered(rf"(?<![\wäöüß-])(?:{groups})(?![\wäöüß])", re.I),
        re.compile(rf"(?:{legal})$"),
        plain("object_after"),
        plain("object_before"),
        plain("engaged_after"),
        plain("relative"),
        prefiltered(rf"(?i)(?<![\wäöüß-])[\wäöüß-]*?(?:{heads})(?:in|innen|en|e|n|s)?(?![\wäöüß])"),
        membership(res).sentence_lead,
        membership(res).sentence_lead_end,
        plain("agent_person"),
        plain("agent_org"),
        plain("agent_after"),
        plain("agent_before"),
        plain("not_agents"),
        plain("owned"),
        bool(words) and not any(" " in w for w in words),
    )


@dataclass
class Found:
    """One facilitator as gathered from its mentions."""

    unit: int
    name: str | None = None
    organisation: str | None = None
    amounts: list[tuple[bool, Decimal]] = field(default_factory=list)  # (approximate, amount)
    best_unit: int = 0
    method: str = "prose"
    rule_id: str = ""  # the entry of `entries` that found the mention the row is read from

    def same(self, other: Found) -> bool:
        if self.name and other.name and _surname(self.name) == _surname(other.name):
            return True
        return bool(self.organisation and other.organisation and _same_org(self.organisation, other.organisation))


def _surname(name: str) -> str:
    return name.split()[-1].casefold()


def _org_key(org: str) -> tuple[str, str]:
    """(normalised name, abbreviation) of an organisation; hyphens do not count ("Baden-Württemberg"
    and "BadenWürttemberg", as an export may join a word broken at its hyphen)."""
    abbr = re.search(r"\(([^)]+)\)", org)
    prefix = re.match(r"([A-Za-zÄÖÜäöü]{2,10})-[A-ZÄÖÜ]", org)
    base = re.sub(r"\s*\([^)]*\)", "", org).casefold().replace("-", "")
    base = re.sub(r"^(\S*?(?:institut|akademie|büro|agentur))e?s\b", r"\1", base)
    return base, (abbr.group(1) if abbr else prefix.group(1) if prefix else "").casefold()


def _same_org(a: str, b: str) -> bool:
    (x, ax), (y, ay) = _org_key(a), _org_key(b)
    return x in y or y in x or bool(ax and ax == ay)


def extract(doc: Document, res: Resources, sv: View | None = None) -> Iterator[Record]:
    r = rules(res)
    layout = (view(doc) if sv is None else sv).layout
    text = layout.flat.text
    found: list[Found] = []
    heading_role = prev_role = open_label = False
    units, kinds = pieces(layout, sentences(layout))
    lead_in = False  # the last sentence led in a group's members ("Ihm gehören an:")
    members: str | None = None  # the mark of the table or list of members we are in
    for n, unit in enumerate(units):
        kind = kinds[n]
        sentence = text[unit.start : unit.end]
        mark = _mark(layout, unit, kind)
        if mark == "item" and _SENTENCE.fullmatch(sentence.strip()) and _role(sentence, text, unit, r):
            # a line without a mark under the list that is a sentence about facilitation ("… Frau
            # Ilona Brettschneider" / "Die Evaluation erfolgt durch die Prognos AG. Das" / …): the
            # list has ended, the view took the sentence's line for one more of its items
            mark = None
        if mark is not None and (lead_in or mark == members):
            members, lead_in, prev_role, open_label = mark, False, False, False
            continue
        members, lead_in = None, _lead_in(sentence, r)
        role = _role(sentence, text, unit, r)
        if kind == "heading":
            heading_role = role
        label = r.labels.match(sentence)
        value_at = unit.start + label.end() if label else unit.end
        context = role or heading_role or (prev_role and bool(r.anaphora.search(sentence)))
        acting = r.acting.search(sentence) if _may(r.acting, text, unit) else None
        if value_at < unit.end:  # "Moderation: Firma X GmbH"
            found.extend(_candidates(text, value_at, unit.end, n, r, whole=True, method="key_value"))
        elif open_label:  # "Moderation:" with the name on the next line
            found.extend(_candidates(text, unit.start, unit.end, n, r, whole=True, method="key_value"))
        elif context and r.engagement.search(sentence) and not _group_engaged(sentence, r):
            found.extend(_candidates(text, unit.start, unit.end, n, r, method=_method(kind)))
        elif acting:  # "Die Fachhochschule Münster begleitet den Prozess": names before the verb
            verb = unit.start + acting.start()
            if r.object_first.match(text[unit.start : verb]):  # "Den Prozess moderiert die X GmbH"
                found.extend(_candidates(text, unit.start + acting.end(), unit.end, n, r, method=_method(kind)))
            else:
                found.extend(_candidates(text, unit.start, verb, n, r, method=_method(kind), subject=True))
        prev_role, open_label = role, label is not None and value_at >= unit.end
    merged: list[Found] = []
    for f in found:
        _fees(f, layout, units, r)
        target = next((m for m in merged if m.same(f)), None)
        if target is None:
            merged.append(f)
            continue
        if f.name and (not target.name or len(f.name.split()) > len(target.name.split())):
            target.name, target.best_unit, target.rule_id = f.name, f.unit, f.rule_id
        if f.organisation and (not target.organisation or len(f.organisation) > len(target.organisation)):
            target.organisation = f.organisation
            if not target.name:
                target.best_unit, target.rule_id = f.unit, f.rule_id
        target.amounts.extend(f.amounts)
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


def _role(sentence: str, text: str, unit: Unit, r: Rules) -> bool:
    """Whether the sentence ``unit`` speaks of facilitation, its group words put aside:
    "Begleitgruppe" names a group, not its facilitation. Most sentences have none of the role
    words and are settled without rewriting them; a role word with no space in it cannot arise
    where a group word became a space."""
    if r.role_spaceless and not _may(r.role, text, unit):
        return False
    plain = r.group.sub(" ", sentence) if _may(r.group, text, unit) else sentence
    return r.role.search(plain) is not None


def _may(pattern: Matcher, text: str, unit: Unit) -> bool:
    """Whether ``pattern`` may match in the sentence ``unit`` of ``text`` (False: its words do not occur)."""
    may_occur = getattr(pattern, "may_occur", None)
    return may_occur is None or bool(may_occur(text, unit.start, unit.end))


def _group_engaged(sentence: str, r: Rules) -> bool:
    """Whether the engagement in a sentence goes to a group of the process or the municipality's
    own staff: "Die Projektsteuerung liegt bei einer Begleitgruppe, …", "Die Moderation übernimmt
    der Arbeitskreis Integration", "Mit der Begleitung wurde die Lenkungsgruppe beauftragt"."""
    for m in r.heads.finditer(sentence):
        before = sentence[: m.start()]
        if r.object_after.search(before) or r.object_before.search(before) and r.engaged_after.match(sentence, m.end()):
            return True
    return False


# where a relative clause ends: a comma before a verb or conjunction ("…, angehören, wird …")
_CLAUSE_END = re.compile(r",\s+(?!(?:" + alternation(*DEFINITE_ARTICLES) + r"|ein\w*)\b)(?=[a-zäöüß])")


def _member(text: str, start: int, a: int, r: Rules) -> bool:
    """Whether ``text[a:]`` stands in a relative clause about a group ("einer Begleitgruppe, der
    Vertreter der Agentur für Arbeit … angehören"): it names a member, not a facilitator."""
    for g in r.group.finditer(text, start, a):
        rel = r.relative.match(text, g.end(), a)
        if rel and not _CLAUSE_END.search(text, rel.end(), a):
            return True
    return False


# a title the sentence reader took for a sentence end: "Frau Dipl.-Soz. Katrin Albrecht"
_TITLE_END = re.compile(r"\b(?:Dipl|Dr|Prof|Ing)\.(?:-[A-ZÄÖÜ]?[a-zäöü]{1,6}\.)+$")


def sentences(layout: Layout) -> list[Unit]:
    """The layout's sentences, with one cut after a compound title ("Dipl.-Soz.") joined again."""
    out: list[Unit] = []
    for u in layout.units:
        prev = out[-1] if out else None
        if prev is not None and prev.seg == u.seg and _TITLE_END.search(layout.flat.text, prev.start, prev.end):
            out[-1] = Unit(prev.seg, prev.start, u.end)
        else:
            out.append(u)
    return out


# pieces that list things: a table, its rows, the items of a list
_LISTED = frozenset({"table", "row", "item"})


def _row(line: Line) -> bool:
    """Whether a line is a table row: cells apart at tabs, bars or wide gaps, or a members table's
    row whose gap an export flattened into one space ("Jobcenter Ludwigslust-Parchim Herr Dirk
    Wendland", :func:`pipeline.structure.person_row`) with its mark maybe wrapped onto a line of
    its own ("(Vorsitz)")."""
    return len(line.columns) >= 2 or person_row(line.text) is not None or bool(_MARK_LINE.fullmatch(line.text.strip()))


_MARK_LINE = re.compile(r"\([^()]{1,30}\)")
_SALUTATION = re.compile(r"\b(?:Herr|Frau)\b")  # a flattened members row holds one


# a sentence of its own: a capital, four words or more, a full stop
_SENTENCE = re.compile(r"[A-ZÄÖÜ]\w*(?:\s+\S+){3,}[.!?]")


def _after_row(kind: str, piece: str) -> str:
    """The kind of the lines cut from a table row: a whole sentence set on the line after the
    last row ("… Frau Ilona Brettschneider\nDie Evaluation erfolgt durch die Prognos AG.") is a
    paragraph; anything else stays part of the row (a cell wrapped over two lines)."""
    return "para" if kind in _LISTED and _SENTENCE.fullmatch(piece) else kind


def pieces(layout: Layout, units: list[Unit]) -> tuple[list[Unit], list[str]]:
    """The sentences with a table inside one cut out as a piece of its own, and the kind of each
    (its segment's, "table" for a cut-out table). A table set without a blank line before the
    next sentence reads as one paragraph with it; its rows are no part of that sentence:

        Institution                       Vertreter/in
        Jobcenter Ludwigslust-Parchim     Herr Dirk Wendland
        Agentur für Arbeit Schwerin       Frau Ilona Brettschneider
        Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH, Rostock.

    A table is two or more lines in a row cut into cells (``Line.columns``)."""
    text = layout.flat.text
    out: list[Unit] = []
    kinds: list[str] = []
    for u in units:
        kind = layout.segs[u.seg].kind
        if "\n" not in text[u.start : u.end] or not (
            GAP.search(text, u.start, u.end) or _SALUTATION.search(text, u.start, u.end)
        ):
            out.append(u)
            kinds.append(kind)
            continue
        rows = [(ln, _row(ln)) for ln in lines(text, u.start, u.end)]
        blocks: list[tuple[int, int, bool]] = []  # (start, end, a table)
        k = 0
        while k < len(rows):
            j = k
            while j < len(rows) and rows[j][1] == rows[k][1]:
                j += 1
            # a row the view already took for one (kind "row") is a table of its own
            table = rows[k][1] and (j - k >= 2 or kind in _LISTED)
            if blocks and blocks[-1][2] == table:
                blocks[-1] = (blocks[-1][0], rows[j - 1][0].end, table)
            else:
                blocks.append((rows[k][0].start, rows[j - 1][0].end, table))
            k = j
        if not any(t for _, _, t in blocks):
            out.append(u)
            kinds.append(kind)
            continue
        for a, b, table in blocks:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append(Unit(u.seg, a, b))
                kinds.append("table" if table else _after_row(kind, text[a:b]))
    return out, kinds


def _lead_in(sentence: str, r: Rules) -> bool:
    """Whether a sentence leads in a group's members listed below it ("Ihm gehören an:",
    "Die Lenkungsgruppe setzt sich wie folgt zusammen:", "Mitglieder:"); "Die Mitglieder treffen
    sich viermal im Jahr." leads in nothing."""
    return r.member_lead_end.search(sentence) is not None and r.member_lead.search(sentence) is not None


def _mark(layout: Layout, unit: Unit, kind: str) -> str | None:
    """What marks a piece as one of a table's or list's: "table", "row", or an item's bullet with
    its digits as 0 ("- ", "0."): a list of members ends where the marks change (a numbered
    section "4. Prozessbegleitung" after a bulleted list of members). None for other pieces."""
    if kind not in _LISTED:
        return None
    if kind != "item":
        return kind
    seg = layout.segs[unit.seg]
    return re.sub(r"\d+", "0", layout.flat.text[seg.start : seg.body].strip()) or "item"


def _method(kind: str) -> str:
    return "list" if kind == "item" else "prose"


_COMPLEMENT = re.compile(r"\s+(?:für|der|des|zur|zum)\s+")


def _own(value: str, r: Rules) -> bool:
    """Whether a name is the municipality's own (its offices, bodies, officials): judged by its
    head, so that "Hochschule für öffentliche Verwaltung" or "Institut für Stadt- und
    Regionalforschung" are not, while "Amt für Integration" and "Stadtverwaltung" are."""
    return r.exclude.search(_COMPLEMENT.split(value, 1)[0]) is not None


def _group(value: str, r: Rules) -> bool:
    """Whether a name is a group's ("Arbeitskreis Integration", "Lenkungsgruppe"), not an
    organisation's; one with a legal form is an organisation ("Netzwerk Integration e. V.")."""
    return r.group.match(value.split(" ", 1)[0]) is not None and not r.legal.search(value)


def _tidy(value: str) -> str:
    """One space between words, no comma or full stop at the ends but that of a legal form.

    >>> _tidy("Interkultur e. V."), _tidy("Prognos AG."), _tidy(" Weber und\\nPartner, ")
    ('Interkultur e. V.', 'Prognos AG', 'Weber und Partner')
    """
    value = re.sub(r"\s+", " ", value).strip(" ,")
    return value if re.search(r"(?:^|[\s.])\w\.$", value) else value.strip(" ,.")


_DEGREE = re.compile(r"\bDipl\.(?:-[A-ZÄÖÜ]?[a-zäöü]{1,6}\.)*\s*")
_CLAUSE = re.compile(r"[,;]|\bund\b|\boder\b|\bsowie\b")


def _funded(text: str, start: int, end: int, a: int, b: int, r: Rules) -> bool:
    """Whether the clause around ``text[a:b]`` says it funds the process ("durch die X-Stiftung
    gefördert"); a funder named in another clause of the sentence does not count."""
    before = text[max(start, a - 40) : a]
    cuts = list(_CLAUSE.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    after = text[b : min(end, b + 40)]
    cut = _CLAUSE.search(after)
    after = after[: cut.start()] if cut else after
    return bool(r.funding.search(before) or r.funding.search(after))


def _candidates(
    text: str,
    start: int,
    end: int,
    unit: int,
    r: Rules,
    whole: bool = False,
    method: str = "prose",
    subject: bool = False,
) -> list[Found]:
    """Persons and organisations named in ``text[start:end]``; a person tied to an
    organisation ("Institut ... unter Leitung von Herrn ...", "Frau X (Firma Y)") joins its row,
    also over an apposition naming the organisation's department ("die Hochschule Neubrandenburg,
    Fachbereich Soziale Arbeit, Bildung und Erziehung, unter Leitung von Prof. Dr. Henrik Althaus",
    "das Büro Planwerk, vertreten durch Frau ...", "die Agentur X, geleitet von Herrn ...")."""
    spans = sorted(
        ((m.span("name"), kind, rid) for kind, rid, rx in r.candidates for m in rx.finditer(text, start, end)),
        key=lambda h: h[0][0] - h[0][1],
    )  # longest first
    hits: list[tuple[int, int, str, str, str]] = []  # (start, end, kind, value, entry id)
    for (a, b), kind, rid in spans:
        if any(a < y and x < b for x, y, *_ in hits):
            continue
        value = re.sub(r"-\s*\n\s*(?=[A-ZÄÖÜ])", "-", text[a:b])
        value = _tidy(value)
        value = re.sub(r"^Firma\s+", "", value)
        if kind == "person":  # a degree is no part of the name, a doctor's or professor's title is
            value = _DEGREE.sub("", value)
        if kind == "organisation":
            value = re.sub(r"^(\S*?(?:Institut|[Aa]kademie|Büro|Agentur))e?s\b", r"\1", value)
        if (
            _own(value, r)
            or r.owned.match(text, b, end)
            or r.owned.search(value)
            or value.casefold() in r.bare
            or _funded(text, start, end, a, b, r)
            or _member(text, start, a, r)
            or kind == "organisation"
            and _group(value, r)
            or kind == "person"
            and r.officials.search(text[max(start, a - 60) : a])
        ):
            continue
        hits.append((a, b, kind, value, rid))
    if not hits:
        agent = _agent(text, start, end, r, subject)
        if agent is not None:
            a, b, kind, value = agent
            hits.append((a, b, kind, value, "agent_" + kind[:3]))
    if not hits and whole:
        value = _tidy(text[start:end].strip(" ;"))
        if value and (value[0].isupper() or r.legal.search(value)) and not _own(value, r) and not _group(value, r):
            return [Found(unit, organisation=value, best_unit=unit, method=method)]
    hits.sort()
    out: list[tuple[Found, int, str]] = []  # with the end of its mention and its kind
    for a, b, kind, value, rid in hits:
        if out and out[-1][2] != kind and r.link.search(text[out[-1][1] : a]):
            last = out[-1][0]
            if kind == "person" and not last.name:
                last.name = value
                continue
            if kind == "organisation" and not last.organisation:
                last.organisation = value
                continue
        out.append(
            (
                Found(
                    unit,
                    name=value if kind == "person" else None,
                    organisation=value if kind == "organisation" else None,
                    best_unit=unit,
                    method=method,
                    rule_id=rid,
                ),
                b,
                kind,
            )
        )
    return [f for f, _, _ in out]


# where a sentence's subject may start: at its start, after a full stop, a colon, a number or a blank line
_OPENS = re.compile(r"(?:^|[.!?:]|\d|\n[ \t]*\n)\s*$")


def _agent(text: str, start: int, end: int, r: Rules, subject: bool) -> tuple[int, int, str, str] | None:
    """The phrase in the agent's place of a facilitation sentence ``text[start:end]`` when no
    name of the entries is found: a bare personal name whose first word is a given name ("Die
    Moderation übernimmt Anna Beispiel.") or an organisation after its article whose head is in
    no list ("… wurde das Zentrum für Dialog und Beteiligung beauftragt"). The place is told by the
    words before the phrase ("übernimmt", "durch", "von") or after it ("beauftragt", "moderiert");
    the municipality's own offices, the process's groups and words for people or things of the
    process ("die Träger", "den Prozess") are none. With ``subject`` the text ends at the role verb
    ("Anna Beispiel | begleitet den Prozess"): a phrase that opens the sentence and ends there is
    its subject ("in den Ortsräten | beraten" is none). An office
    of the town ("das Büro für Integration der Stadt") is none either."""
    found: list[tuple[int, int, str, str]] = []
    for kind, rx in (("person", r.agent_person), ("organisation", r.agent_org)):
        for m in rx.finditer(text, start, end):
            a, b = m.span("first" if kind == "person" else "name"), m.end()
            if kind == "person" and not is_first_name(m.group("first")):
                continue
            placed = subject and not text[b:end].strip() and _OPENS.search(text[start : m.start()]) is not None
            if not (
                placed
                or r.agent_after.search(text, max(start, m.start() - 40), m.start())
                or r.agent_before.match(text, b, end)
            ):
                continue
            value = _tidy(text[a[0] : b])
            if (
                _own(value, r)
                or r.owned.match(text, b, end)
                or r.owned.search(value)
                or r.role.search(value)
                or r.not_agents.match(value)
                or r.heads.match(value.split(" ", 1)[0])
                or _group(value, r)
                or _funded(text, start, end, a[0], b, r)
                or _member(text, start, a[0], r)
                or kind == "person"
                and r.officials.search(text[max(start, a[0] - 60) : a[0]])
            ):
                continue
            found.append((a[0], b, kind, value))
    # the phrase that starts first and is longest: "das Team Ewald Zukunftsplanung", not "Ewald Zukunftsplanung"
    return min(found, key=lambda f: (f[0], f[0] - f[1])) if found else None


# only a page break between two sentences: the paragraph goes on on the next page
_PAGE_BREAK = re.compile(r"[ \t]*\n?[ \t]*\f[ \t]*")


def _fees(f: Found, layout: Layout, units: list[Unit], r: Rules) -> None:
    """Amounts in the facilitator's sentence when it speaks of a fee, else in the next one of
    the same block when that speaks of costs and points back ("Die Kosten hierfür ...") or
    follows an offer ("... ein Angebot eingeholt. Die Kosten betragen ...")."""
    text = layout.flat.text
    unit = units[f.unit]
    own = bool(r.fee.search(text, unit.start, unit.end))
    chosen = [unit] if own else []
    if f.unit + 1 < len(units):
        nxt = units[f.unit + 1]
        same_block = nxt.seg == unit.seg or _PAGE_BREAK.fullmatch(text, unit.end, nxt.start) is not None
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
            f.amounts.append((approx, money.amount))
        if found:
            return
