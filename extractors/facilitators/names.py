"""The persons and organisations a facilitation sentence names: the names the entries find, else
the phrase in the agent's place; the municipality's own offices, the process's groups, funders
and a group's members left out. ``Found`` gathers one facilitator's mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from extractors.fastre import Matcher
from extractors.misses import overlaps
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, NAME_LINKS, alternation
from pipeline.lang.de.money import NUMBER_WORDS
from pipeline.lang.de.names import SALUTE, is_first_name

from .addresses import address
from .rules import Rules

Hit = tuple[int, int, str, str, str]  # a name read: start, end, kind, value, entry id


@dataclass
class Found:
    """One facilitator as gathered from its mentions."""

    unit: int
    name: str | None = None
    organisation: str | None = None
    amounts: list[tuple[bool, Decimal]] = field(default_factory=list)  # (approximate or net, amount)
    best_unit: int = 0
    method: str = "prose"
    rule_id: str = ""  # the entry of `entries` that found the mention the row is read from
    last: int = -1  # the last sentence of the mention where a sentence after it names its lead, else -1
    aliases: tuple[str, ...] = ()  # other names of the organisation: a letterhead's subtitle ("An-Institut der …")

    def same(self, other: Found, r: Rules) -> bool:
        """Whether two mentions name one facilitator: persons by their surname (two persons of one
        organisation are two rows), else the organisation, or one of its other names."""
        if self.name and other.name:
            return _surname(self.name) == _surname(other.name)
        if not (self.organisation and other.organisation):
            return False
        mine, theirs = (self.organisation, *self.aliases), (other.organisation, *other.aliases)
        return any(_same_org(a, b, r) for a in mine for b in theirs)


def hosted(merged: list[Found], f: Found, r: Rules) -> Found | None:
    """The row of the university an institute's mention ``f`` belongs to: the university alone (its name
    as the ``university`` entry reads it), named in the sentence right before ("… von der Universität X
    begleitet werden. Mit dem Institut für Y …"), the institute named without a university of its own;
    the row takes the institute's name, the unit engaged. None otherwise."""
    last = merged[-1] if merged else None
    if last is None or last.name or not last.organisation or not f.organisation or not 0 < f.unit - last.unit <= 1:
        return None
    if f.rule_id != _INSTITUTE or not _university(last.organisation, r) or _university(f.organisation, r):
        return None
    last.organisation = f.organisation
    return last


def professor_of(merged: list[Found], before: Found | None, f: Found, r: Rules) -> Found | None:
    """The row of the university a professor named alone belongs to: the university named with no person
    by the mention ``before`` it, in one of the two sentences right before ("Die Hochschule X, Fachbereich Y,
    begleitet die Umsetzung wissenschaftlich. Nach der Kooperationsvereinbarung übernimmt Frau Prof. Dr. Z …
    die Moderation"); the row takes the name. None otherwise: a person without the professor's title is a
    row of one's own."""
    if before is None or before.name or not before.organisation or f.organisation or not f.name:
        return None
    if not _PROFESSOR.match(f.name) or not 0 < f.unit - before.unit <= 2 or not _university(before.organisation, r):
        return None
    return next((m for m in merged if not m.name and m.same(before, r)), None)


_PROFESSOR = re.compile(r"Prof\.")


def _university(value: str, r: Rules) -> bool:
    """Whether ``value`` names a university as the ``university`` entry reads one."""
    return any(rid == _UNIVERSITY and rx.search(value) is not None for _, rid, rx in r.candidates)


def _given_name_alone(value: str) -> bool:
    """Whether a person's name is a given name alone, its surname cut off ("Frau Carolin" where the
    sentence breaks off at a line's end): it names no one.

    >>> _given_name_alone("Carolin"), _given_name_alone("Carolin Wetzel"), _given_name_alone("Wetzel")
    (True, False, False)
    """
    words = value.split()
    return len(words) == 1 and is_first_name(words[0])


def _titled_given_cut(value: str, text: str, end: int) -> bool:
    """Whether a person's name is titles and a given name alone at a line's end, the surname set apart
    from it by an export's blank line ("Prof. Dr. Kerstin" / "" / "Albers)"): it names no one.

    >>> _titled_given_cut("Prof. Dr. Kerstin", "Prof. Dr. Kerstin\\n\\nAlbers", 17)
    True
    >>> _titled_given_cut("Dr. Werner", "Dr. Werner hat", 10), _titled_given_cut("Dr. Kerstin Albers", "x", 18)
    (False, False)
    """
    words = [w for w in value.split() if not w.endswith(".")]
    return len(words) == 1 and is_first_name(words[0]) and text[end : end + 80].lstrip(" \t")[:1] in ("\n", "")


def _surname(name: str) -> str:
    return name.split()[-1].casefold()


def _org_key(org: str, r: Rules) -> tuple[str, str]:
    """(normalised name, abbreviation) of an organisation; hyphens do not count ("Baden-Württemberg"
    and "BadenWürttemberg", as an export may join a word broken at its hyphen)."""
    abbr = re.search(r"\(([^)]+)\)", org)
    prefix = re.match(r"([A-Za-zÄÖÜäöü]{2,10})-[A-ZÄÖÜ]", org)
    base = re.sub(r"\s*\([^)]*\)", "", org).casefold().replace("-", "")
    base = r.genitive_key.sub(r"\1", base)
    return base, (abbr.group(1) if abbr else prefix.group(1) if prefix else "").casefold()


def _same_org(a: str, b: str, r: Rules) -> bool:
    (x, ax), (y, ay) = _org_key(a, r), _org_key(b, r)
    # an organisation named by its abbreviation and legal form ("KSB GmbH") is the one that brackets it
    # after its name ("Institut für … (KSB) GmbH")
    short = bool(ax and y.split()[:1] == [ax]) or bool(ay and x.split()[:1] == [ay])
    return (
        x in y
        or y in x
        or bool(ax and ax == ay)
        or short
        or _stems(x) == _stems(y)
        or _led_alike(a, b)
        or _spelled(a, b)
        or _spelled(b, a)
        or _kind_led(a, y, r)
        or _kind_led(b, x, r)
    )


def _kind_led(a: str, key: str, r: Rules) -> bool:
    """Whether ``a`` names by the noun of its kind before its own name the organisation whose key ``key``
    opens with that name, two words at least ("des Büros Kolb & Partner" and "Kolb & Partner Beratung und
    Moderation")."""
    head = re.match(r.genitive.pattern.replace(r"e?s\b", r"(?:e?s)?\b"), a)  # "Büro", "Büros"
    rest = a[head.end() :].lstrip() if head else ""
    if not rest[:1].isupper() or len(rest.split()) < 2:
        return False
    own = _org_key(rest, r)[0]
    return key == own or key.startswith(own + " ")


def _spelled(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` by its abbreviation, the words after it all ``b``'s: "OIMB GmbH" and "Ostbayerisches
    Institut für Moderation und Beteiligung GmbH".

    >>> _spelled("OIMB GmbH", "Ostbayerisches Institut für Moderation und Beteiligung GmbH")
    True
    >>> _spelled("OIMB GmbH", "Ostbayerisches Institut für Moderation und Beteiligung e. V.")
    False
    """
    m = _LED.match(a)
    if m is None or _LED.match(b) is not None:
        return False
    rest = {w.casefold() for w in _NAME_WORD.findall(m[2])}
    return rest <= {w.casefold() for w in _NAME_WORD.findall(b)} and spells(m[1], b)


# an abbreviation leading a name, and the words after it
_LED = re.compile(r"([A-ZÄÖÜ]{2,6})[ \t]+(\S.*)", re.DOTALL)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _led_alike(a: str, b: str) -> bool:
    """Whether two names led by one abbreviation name one organisation: the abbreviation spells the
    initials of the words of one of them ("HAWK Hochschule für angewandte Wissenschaft und Kunst
    Hildesheim/Holzminden/Göttingen" and "HAWK Hildesheim/Holzminden/Göttingen"), or the words after it
    in one are all the other's ("DRK Northeim" and "DRK Kreisverband Northeim"; not "DRK Kreisverband Uslar").

    >>> _led_alike("HAWK Hochschule für angewandte Wissenschaft und Kunst", "HAWK Göttingen")
    True
    >>> _led_alike("DRK Northeim", "DRK Kreisverband Northeim"), _led_alike("DRK Kreisverband Northeim", "DRK Uslar")
    (True, False)
    """
    m, n = _LED.match(a), _LED.match(b)
    if m is None or n is None or m[1] != n[1]:
        return False
    x, y = ({w.casefold() for w in _NAME_WORD.findall(k[2])} for k in (m, n))
    return x <= y or y <= x or spells(m[1], m[2]) or spells(n[1], n[2])


def spells(abbreviation: str, name: str) -> bool:
    """Whether an abbreviation is the initials of a name's words, the words that link them left out
    ("HAWK": "Hochschule für angewandte Wissenschaft und Kunst")."""
    words = [w for w in _NAME_WORD.findall(name) if w.casefold() not in _LINKS]
    return "".join(w[0] for w in words).casefold().startswith(abbreviation.casefold())


_LINKS = frozenset(NAME_LINKS)


def fuller(org: str, than: str, r: Rules) -> bool:
    """Whether ``org`` names an organisation better than ``than``, another mention of it: the
    longer name, but of one name declined, the shorter, its nominative ("Pädagogische Hochschule",
    not "der Pädagogischen Hochschule")."""
    (a, _), (b, _) = _org_key(org, r), _org_key(than, r)
    if a != b and _stems(a) == _stems(b):
        return len(org) < len(than)
    return len(org) > len(than)


def _stems(key: str) -> list[str]:
    """The words of an organisation's key without their case endings: the name declined in a
    sentence ("an die Pädagogische Hochschule" / "Beauftragung der Pädagogischen Hochschule") is
    the same name."""
    return [_ENDING.sub("", w) for w in key.split()]


_ENDING = re.compile(r"(?<=\w\w\w)e[nmrs]?$")


# where a relative clause ends: a comma before a verb or conjunction ("…, angehören, wird …")
_CLAUSE_END = re.compile(r",\s+(?!(?:" + alternation(*DEFINITE_ARTICLES) + r"|ein\w*)\b)(?=[a-zäöüß])")


def _member(text: str, start: int, a: int, r: Rules) -> bool:
    """Whether ``text[a:]`` stands in a relative clause about a group ("einer Begleitgruppe, der
    Vertreter der Agentur für Arbeit … angehören"): it names a member, not a facilitator. A finite
    verb right before the name is the main clause's, the article after the comma a conjunct's ("Mit
    der Moderation der Treffen eines Arbeitskreises, der Pflege der Daten … soll Frau X beauftragt werden")."""
    for g in r.group.finditer(text, start, a):
        rel = r.relative.match(text, g.end(), a)
        if rel and not _CLAUSE_END.search(text, rel.end(), a) and not _verb_before(text, rel.end(), a, r):
            return True
    return False


_LOWER = re.compile(r"(?<![\wäöüß-])[a-zäöüß]+(?![\wäöüß-])")


def _verb_before(text: str, lo: int, a: int, r: Rules) -> bool:
    """Whether the last lower-case word before the name at ``a`` (after ``lo``) is a finite verb with
    no mark after it, only capitalised words (a salutation, a title, a name the one at ``a`` stands
    in apposition to) between it and the name."""
    words = list(_LOWER.finditer(text, lo, a))
    return bool(words) and words[-1].group() in r.finite_verbs and _UNMARKED.match(text, words[-1].end()) is not None


_UNMARKED = re.compile(r"[ \t\n]+[A-ZÄÖÜ]")  # a word right after a verb, no mark between


OWN_REACH = 30  # characters before a name where "städtische" stands
AROUND = 120  # characters around another mention of an office's name that may place it in the town
_COMPLEMENT = re.compile(r"\s+(?:für|der|des|zur|zum)\s+")


# a count spelt out right before a name's head, also at the line's end before it: several of a kind ("drei
# Büros zur Abgabe …", "drei" / "Büros")
_COUNT = re.compile(r"(?<![\wäöüß])(?i:" + "|".join(NUMBER_WORDS) + r")[ \t]*\n?[ \t]*(?<=[ \t\n])\Z")


def _counted(text: str, a: int) -> bool:
    """Whether a count stands before the name at ``a``: a head counted names several of its kind and
    no one ("Zur Moderation wurden drei Büros zur Abgabe eines Angebots aufgefordert"); a name's
    number in a list is a digit and no word.

    >>> _counted("wurden drei Büros zur Abgabe", 12), _counted("drei\\nBüros", 5), _counted("das Büro Nord", 4)
    (True, True, False)
    """
    return _COUNT.search(text, max(0, a - 12), a) is not None


def _own(value: str, r: Rules) -> bool:
    """Whether a name is the municipality's own (its offices, bodies, officials): judged by its
    head, so that "Hochschule für öffentliche Verwaltung" or "Institut für Stadt- und
    Regionalforschung" are not, while "Amt für Integration" and "Stadtverwaltung" are; an apposition
    after a comma is no head ("Hochschule X, Fachbereich Soziale Arbeit")."""
    return r.exclude.search(_COMPLEMENT.split(value, 1)[0].split(",", 1)[0]) is not None


def _town_s(text: str, span: tuple[int, int, int, int], value: str, kind: str, r: Rules) -> bool:
    """Whether the name ``value`` at ``text[a:b]`` in the sentence ``text[start:end]`` is the
    town's own though its head does not say so: "das städtische Kinderbüro" (here or elsewhere in
    the document), an office's name with no name of its own that the document places among the
    town's administration, here or at another mention ("durch die Fachämter in Begleitung des
    Büros für Mitwirkung und Engagement"), a person an apposition makes an official ("Prof. Dr.
    X, Leiterin des Stadtplanungsamts")."""
    start, end, a, b = span
    if r.owned.match(text, b, end) or r.owned.search(value):  # "das Büro für Integration der Stadt"
        return True
    if kind == "person":
        return r.official_after.match(text, b, end) is not None
    if r.owned_before.search(text, max(0, a - OWN_REACH), a):
        return True
    first, *rest = value.split()
    mentions = list(re.finditer(r"\s+".join([re.escape(first) + "(?:e?s)?", *map(re.escape, rest)]), text))
    if any(r.owned_before.search(text, max(0, m.start() - OWN_REACH), m.start()) for m in mentions):
        return True
    if r.office_name.match(value) is None or r.legal.search(value):
        return False
    if r.own_context.search(text, start, end):
        return True
    return any(r.own_context.search(text, max(0, m.start() - AROUND), m.end() + AROUND) for m in mentions)


def _group(value: str, r: Rules) -> bool:
    """Whether a name is a group's ("Arbeitskreis Integration", "Lenkungsgruppe"), not an
    organisation's; one with a legal form is an organisation ("Netzwerk Integration e. V.");
    "AG Innenstadt" is an Arbeitsgruppe."""
    group = r.group.match(value) is not None or r.group_abbreviation.match(value) is not None
    return group and not r.legal.search(value)


def _tidy(value: str) -> str:
    """One space between words, no comma or full stop at the ends but that of a legal form.

    >>> _tidy("Interkultur e. V."), _tidy("Prognos AG."), _tidy(" Weber und\\nPartner, ")
    ('Interkultur e. V.', 'Prognos AG', 'Weber und Partner')
    """
    value = re.sub(r"\s+", " ", value).strip(" ,")
    return value if re.search(r"(?:^|[\s.])\w\.$", value) else value.strip(" ,.")


# a compound's first part left hanging after a name's last word, its rest after "und"/"oder" ("Sach-")
_SUSPENDED = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]*-$")
# a common noun: one word with no capital inside ("Beratungsbüro"; not "Fraunhofer-Institut", nor
# "LawaetzStiftung" as an export joins a name broken at its hyphen)
_COMMON_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
# a form's field before a name on its line: its label, dot leaders ("Bearbeitung ......... ")
_LEADER_FIELD = re.compile(rf"[ \t]*(?P<label>[^\n.…]{{2,40}}?)[ \t]*(?:\.{{4,}}|…{{2,}})[ \t]*(?:{SALUTE}[ \t]+)?")
UNENGAGED_REACH = 60  # characters before a name where its article or the noun it depends on stands


def _unengaged(text: str, span: tuple[int, int, int], value: str, kind: str, r: Rules, named: bool = False) -> bool:
    """Whether the name ``value`` at ``text[a:b]`` of the sentence from ``start`` names no one
    engaged: an organisation named by a common noun alone ("das Moderationsbüro", "ein
    Steuerberatungsbüro", "durch externes Marktforschungsinstitut"), a kind of office after an
    indefinite article ("eines externen Begleitbüros zur Erarbeitung des Konzepts"), the organisation
    a change is made to ("Durch die Kommunalisierung der X GmbH …", "Gründung der „X eG“"; not
    "unter Begleitung der Hochschule X", "der Beauftragung der X GmbH"), or the agent of a passive
    "beauftragt", who commissions the work ("werden durch das Amt X Verkehrszählungen beauftragt"),
    or the value of a form's field after dot leaders whose label is no role ("Bearbeitung ..... Herr X").
    A ``named`` organisation follows the noun of its kind and is no common noun ("die Firma Dialogwerk")."""
    start, a, b = span
    if kind == "organisation" and _COMMON_NOUN.fullmatch(value) and not named:
        return True
    if (field := _LEADER_FIELD.match(text, text.rfind("\n", 0, a) + 1, a)) and not r.role.search(field["label"]):
        return True  # the value of a form's field after dot leaders ("Bearbeitung ..... Herr X, Tel. …")
    before = text[max(start, a - UNENGAGED_REACH) : a]
    if kind == "organisation" and r.indefinite.search(before):
        return True
    acted_on = r.subject_matter.search(before)
    if acted_on and not r.role.search(acted_on.group("noun")):
        return True
    return kind == "organisation" and bool(r.client_before.search(before) and r.client_after.match(text, b))


# an organisation's sub-units in brackets after it ("Hochschule X (Institut für A, Institut für B)"),
# the organisation an institute belongs to ("Institut für A der Universität X", "… an der Universität X",
# its own name before its kind: "… der Weserland Hochschule für B"), and a second name of one organisation
# after a slash ("Verein für A e.V. / Institut für A") or a dash between spaces, its kind after its name
# ("Büro Raumgewinn – Agentur für Beteiligung")
_SUBUNITS = re.compile(r"\s*\([^()]*")
_OF = re.compile(
    r"\s+(?:an\s+der\s+|der\s+|des\s+)(?:[A-ZÄÖÜ][\w-]+\s+)?|\s*/\s*|\s+"
    + markers.charset(markers.DASHES + markers.EM_DASH)
    + r"\s+"
)
_SPACES = re.compile(r"\s+")
# a subtitle after a dash between spaces: capitalised words joined by a conjunction, ended by a comma,
# a bracket or a preposition before a place ("Büro X – Beteiligung und Dialog, Tübingen", "… und Dialog aus Y")
_SUBTITLE = re.compile(
    r"[ \t]+"
    + markers.charset(markers.DASHES + markers.EM_DASH)
    + r"\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:&|"
    + alternation("conjunctions")
    + r")\s+[A-ZÄÖÜ][\wäöüß-]+)+(?=\s*[,(]|\s+(?:"
    + alternation("prepositions")
    + r")\s+[A-ZÄÖÜ])"
)
# a university's institute after a comma ("Pädagogische Hochschule X, Institut für Y"): the entries' ids
_COMMA = re.compile(r"[ \t]*,\s*")
_UNIVERSITY, _INSTITUTE = "university", "institute"


def _whole(text: str, hits: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int, str, str, str]]:
    """The hits with one row per organisation: its sub-units in brackets after it are no rows of
    their own, an institute of a university is one organisation with it ("Institut für
    Kriminologie der Universität Heidelberg", "Universität Kassel, Institut für Soziologie"), and so
    are two names of one organisation parted by a slash ("Forschungsverein X e.V. / Institut für X") or
    a dash ("Büro X – Agentur für Y")."""
    out: list[tuple[int, int, str, str, str]] = []
    for hit in hits:
        a, b, kind, value, rid = hit
        last = next((h for h in reversed(out) if h[2] == "organisation"), None)
        if kind == "organisation" and last is not None:
            gap = text[last[1] : a]
            if _SUBUNITS.fullmatch(gap):
                continue
            unit_of = _COMMA.fullmatch(gap) and last[4] == _UNIVERSITY and rid == _INSTITUTE
            if (_OF.fullmatch(gap) or unit_of) and last is out[-1]:
                out[-1] = (last[0], b, kind, last[3] + _SPACES.sub(" ", gap) + value, last[4])
                continue
        out.append(hit)
    return [_subtitled(text, hit, hits) for hit in out]


def _subtitled(text: str, hit: Hit, hits: list[Hit]) -> Hit:
    """An organisation's hit with the subtitle after its dash ("Büro X – Beteiligung und Dialog, …")
    when no other name stands in it."""
    a, b, kind, value, rid = hit
    sub = _SUBTITLE.match(text, b) if kind == "organisation" else None
    if sub is None or any(b < h[0] < sub.end() for h in hits):
        return hit
    return (a, sub.end(), kind, value + _SPACES.sub(" ", sub.group()), rid)


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


_SURNAME_AGAIN = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]+)[ \t]*\n[ \t]*\1\b")  # a surname again after a line break


def _cleaned(value: str, kind: str, r: Rules) -> str:
    """A name as its row gives it: a line-end hyphen joined, no "Firma" nor a joint bid's word, a person's titles
    and degrees kept ("Dipl.-Psych. Anna Weil", "Prof. Dr. Jonas Berg"), an institute's genitive "-s" dropped."""
    if kind == "person" and (repeated := _SURNAME_AGAIN.search(value)):
        value = value[: repeated.end(1)]  # a signature's name over its office ("Dr. A. Berg" / "Berg Beratung")
    value = _tidy(re.sub(r"-\s*\n\s*(?=[A-ZÄÖÜ])", "-", value))
    value = r.kind_noun.sub("", value)
    # a joint bid's word before a member's own name ("Bietergemeinschaft Brigach Consult GmbH" is the GmbH); a
    # consortium named in quotation marks keeps it ("Bietergemeinschaft „Stadtdialog Nord“")
    value = r.joint_bid.sub("", value)
    if value.endswith(")") and "(" not in value:  # "Institut für X ISG)": its opening bracket lost
        value = value[:-1].rstrip()
    if kind == "person":
        return value
    return r.genitive.sub(r"\1", value)


def _named_span(m: re.Match[str], rx: Matcher, text: str, kind: str, r: Rules) -> tuple[int, int]:
    """Where the name ``m`` of an entry ``rx`` stands; an organisation's run from a numbered heading naming
    the role into the line under it read from that line (:func:`_after_heading_line`); an organisation's
    run over a line break into a line holding a person's name alone (:func:`_before_name_line`) read again
    before that line, an empty span where it names none there."""
    a, b = m.span("name")
    after = _after_heading_line(text, a, b) if kind == "organisation" else a
    heading = text[text.rfind("\n", 0, a) + 1 : text.find("\n", a, b)].split()[1:] if after > a else []
    if 1 <= len(heading) <= 2 and r.role.search(heading[-1]):
        # "3.5  Externe Begleitung" / "Werkhaus Teilhabe gGmbH": the heading's words name the role, not the one
        again = rx.search(text, after, m.end())
        if again is not None and again.end("name") == b:
            return again.span("name")
    if kind != "organisation" or (cut := _before_name_line(text, a, b)) >= b:
        return a, b
    again = rx.search(text, m.start(), cut)
    return again.span("name") if again else (a, a)


def _before_name_line(text: str, a: int, b: int) -> int:
    """The end of an organisation's name at ``text[a:b]`` that an export ran over a line break into a line
    holding a person's name alone, a given name first: a signature's name under an annex list whose blank
    line was lost ("2 Entwurf Kooperationsvertrag Westfälische Hochschule" / "Matthias Rensing" /
    "Bürgermeister"); the name ends before that line.

    >>> t = "Vertrag Westfälische Hochschule\\nMatthias Rensing\\nBürgermeister"
    >>> t[8 : _before_name_line(t, 8, 40)]
    'Westfälische Hochschule'
    """
    nl = text.rfind("\n", a, b)
    if nl < 0 or not text[a:nl].strip():
        return b
    eol = text.find("\n", nl + 1)
    words = text[nl + 1 : eol if eol >= 0 else len(text)].split()
    if 2 <= len(words) <= 3 and is_first_name(words[0]) and all(_COMMON_NOUN.fullmatch(w) for w in words[1:]):
        return len(text[:nl].rstrip())
    return b


def _after_heading_line(text: str, a: int, b: int) -> int:
    """The start of an organisation's name at ``text[a:b]`` that runs from a numbered heading's line into
    the line under it ("3.5  Externe Begleitung" / "Werkhaus Teilhabe gGmbH, Ort"): the name starts on the
    line under the heading; ``a`` where the name does not start on such a line. (:func:`_named_span` takes
    it only where the heading is one or two words, the last naming the role.)

    >>> t = "3.5  Externe Begleitung\\n     Werkhaus Teilhabe gGmbH"
    >>> t[_after_heading_line(t, 5, len(t)) :]
    'Werkhaus Teilhabe gGmbH'
    """
    nl = text.find("\n", a, b)
    if nl < 0 or not _HEADING_NUMBER.fullmatch(text, text.rfind("\n", 0, a) + 1, a):
        return a
    return nl + 1 + len(text[nl + 1 : b]) - len(text[nl + 1 : b].lstrip())


# a numbered heading's number before its words, up to two of its words before the name's start: "3.5  ", "2. Externe "
_HEADING_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+){0,2}")


def _addressed(text: str, a: int, r: Rules) -> bool:
    """Whether the person at ``a`` stands in a letter's address field: its line holds a label of the
    reference block at the right, past a gap ("Frau Anna Beispiel      Kundennummer:  10452") or, where
    a PDF's text layer closed the gap, with its colon ("Frau Anna Beispiel Kundennummer: 10452"). The
    one a letter or an invoice is written to is its addressee, never the one who does the work."""
    eol = text.find("\n", a)
    for label in r.agency.reference.finditer(text, a, len(text) if eol < 0 else eol):
        if _GAP_END.search(text, a, label.start()) or _COLON.match(text, label.end()):
            return True
    return False


_GAP_END = re.compile(r"[ \t]{3,}$")
_COLON = re.compile(r"[ \t]*:")


def candidates(
    text: str,
    start: int,
    end: int,
    unit: int,
    r: Rules,
    whole: bool = False,
    method: str = "prose",
    subject: bool = False,
    listed: bool = False,
) -> list[Found]:
    """Persons and organisations named in ``text[start:end]``; a person tied to an
    organisation ("Institut ... unter Leitung von Herrn ...", "Frau X (Firma Y)") joins its row,
    also over an apposition naming the organisation's department ("die Hochschule Neubrandenburg,
    Fachbereich Soziale Arbeit, Bildung und Erziehung, unter Leitung von Prof. Dr. Henrik Althaus",
    "das Büro Planwerk, vertreten durch Frau ...", "die Agentur X, geleitet von Herrn ..."); a person heading
    an address block has the organisation under the name (:func:`.addresses.address`)."""
    found = [
        (_named_span(m, rx, text, kind, r), kind, rid)
        for kind, rid, rx in r.candidates
        for m in rx.finditer(text, start, end)
    ]
    if listed:  # names listed after a colon: bare personal names too ("… werden: Anna Beispiel sowie …")
        found += [(span, "person", "listed_person") for span in _bare_persons(text, start, end, r)]
    spans = sorted(found, key=lambda h: h[0][0] - h[0][1])  # longest first
    hits: list[tuple[int, int, str, str, str]] = []  # (start, end, kind, value, entry id)
    unengaged: list[tuple[int, int]] = []  # names engaged by no one: no shorter name inside them is read
    for (a, b), kind, rid in spans:
        if a >= b:
            continue
        if any(a < y and x < b for x, y, *_ in hits) or overlaps(a, b, unengaged):
            continue
        value = _cleaned(text[a:b], kind, r)
        if kind == "organisation" and (cut := _SUSPENDED.search(text[a:b].rstrip())):
            # "der Hochschule Sach- und Personalkosten": the name ran into a compound's first part, no part of it
            b = a + cut.start()
            value = _cleaned(text[a:b], kind, r)
        if (
            _own(value, r)
            or _town_s(text, (start, end, a, b), value, kind, r)
            or value.casefold() in r.bare
            or kind == "person"
            and (_given_name_alone(value) or _titled_given_cut(value, text, b))
            or _counted(text, a)
            or _funded(text, start, end, a, b, r)
            or _member(text, start, a, r)
            or kind == "organisation"
            and _group(value, r)
            or kind == "person"
            and (
                r.officials.search(text[max(start, a - 60) : a])
                and not _role_apposition(text, b, end, r)
                or r.agency.asker.match(text, b, end)
                or r.post_after.match(text, b, end)
                or r.agency.greeting.search(text, text.rfind("\n", 0, a) + 1, a)  # "Sehr geehrter Herr X,"
                or _addressed(text, a, r)
            )
        ):
            continue
        if _unengaged(text, (start, a, b), value, kind, r, named=rid == "firm"):
            unengaged.append((a, b))
            continue
        hits.append((a, b, kind, value, rid))
    hits = _whole(text, sorted(hits + _persons_of(text, start, hits, r)))
    addressed: dict[int, str] = {}  # a person's start: the organisation under the name in an address block
    for i, (a, b, kind, _value, rid) in enumerate(hits):
        if kind == "person" and (block := address(text, a, b)) is not None:
            hits[i] = (a, block[0], kind, _cleaned(text[a : block[0]], kind, r), rid)
            addressed[a] = block[1]
    if not hits:
        agent = _agent(text, start, end, r, subject, unengaged)
        if agent is not None:
            a, b, kind, value = agent
            hits.append((a, b, kind, value, "agent_" + kind[:3]))
    if not hits and whole:
        value = _tidy(text[start:end].strip(" ;"))
        named = value and (value[0].isupper() or r.legal.search(value)) and not r.action_value.match(value)
        if named and value.casefold() not in r.bare and not _own(value, r) and not _group(value, r):
            return [Found(unit, organisation=value, best_unit=unit, method=method)]
    hits.sort()
    out: list[tuple[Found, int, str]] = []  # with the end of its mention and its kind
    for a, b, kind, value, rid in hits:
        gap = re.sub(r"[„“”\"»«]", "", text[out[-1][1] : a]) if out else ""  # "von der „Agentur X“"
        if out and out[-1][2] != kind and r.link.search(gap):
            last = out[-1][0]
            if kind == "person" and not last.name:
                last.name = value
                out[-1] = (last, b, kind)
                continue
            if kind == "organisation" and not last.organisation:
                last.organisation = value
                out[-1] = (last, b, kind)
                continue
        # the next person of an enumeration after a person of an organisation is one of it too:
        # "… Institut X (Prof. Dr. A. Berg, Dipl.-Soz. C. Dorn)", "… Herrn A und Frau B"
        of = out[-1][0].organisation if out and out[-1][2] == kind == "person" and _ENUMERATION.fullmatch(gap) else None
        out.append(
            (
                Found(
                    unit,
                    name=value if kind == "person" else None,
                    organisation=value if kind == "organisation" else addressed.get(a, of),
                    best_unit=unit,
                    method=method,
                    rule_id=rid,
                ),
                b,
                kind,
            )
        )
    return [f for f, _, _ in out]


# an apposition after a person's name, up to its next comma or bracket: ", freiberufliche Moderatorin aus X"
_APPOSITION = re.compile(r"[ \t]*,[ \t\n]*(?P<words>[^,()\n]{3,60}?)[ \t]*(?:[,(\n]|$)")


def _role_apposition(text: str, b: int, end: int, r: Rules) -> bool:
    """Whether the apposition after a person's name names the person's trade as a role of facilitation
    ("der Bürgermeister, Frau Jana Beispiel, freiberufliche Moderatorin, …": the person engaged, not the
    official named before)."""
    m = _APPOSITION.match(text, b, end)
    return m is not None and r.role.search(m.group("words")) is not None


_WORD = re.compile(r"(?<![\wäöüß.-])[A-ZÄÖÜ]")
# between a person and the organisation they come from: "Anna Beispiel von der „Agentur X“", "… vom Institut X"
_FROM_ORGANISATION = re.compile(r"[ \t]+(?:von[ \t]+(?:" + alternation("linking_articles") + r")|vom)[ \t]+[„\"»]?\Z")


def _persons_of(text: str, start: int, hits: list[Hit], r: Rules) -> list[Hit]:
    """A bare personal name right before "von der" or "vom" and an organisation read ("Anna Beispiel von
    der „Agentur X“, die …"): the organisation's person, a row with it."""
    out: list[Hit] = []
    for a, _b, kind, _value, _rid in hits:
        gap = _FROM_ORGANISATION.search(text, max(start, a - 60), a) if kind == "organisation" else None
        if gap is None:
            continue
        persons = _bare_persons(text, max(start, a - 60), gap.start(), r)
        if persons and persons[-1][1] == gap.start():
            x, y = persons[-1]
            out.append((x, y, "person", _cleaned(text[x:y], "person", r), "listed_person"))
    return out


def _bare_persons(text: str, start: int, end: int, r: Rules) -> list[tuple[int, int]]:
    """The spans of the bare personal names in ``text[start:end]``, a given name first, tried at
    every capitalised word ("die Trainerin Anna von Berg": not "Trainerin Anna")."""
    out: list[tuple[int, int]] = []
    pos = start
    for w in _WORD.finditer(text, start, end):
        m = r.agent_person.match(text, w.start(), end) if w.start() >= pos else None
        if m and is_first_name(m.group("first")):
            out.append((m.start("first"), m.end()))
            pos = m.end()
    return out


# between two persons of an enumeration: a comma, a conjunction, or only a space (a flattened list)
_ENUMERATION = re.compile(r"\s*(?:[,;]|[,;]?\s*\b(?:" + alternation("conjunctions") + rf")\b)?\s*(?:{SALUTE}\s+)?")


# where a sentence's subject may start: at its start, after a full stop, a colon, a number or a blank line
_OPENS = re.compile(r"(?:^|[.!?:]|\d|\n[ \t]*\n)\s*$")


# a phrase ending in an attributive adjective has lost its head noun ("die Brandenburgische Technische" /
# "Universität", its item cut where an export set a blank line): no organisation's name ends so
_HEADLESS = re.compile(r"\s[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)(?:e|en|er|es|em)$")


def _agent(
    text: str, start: int, end: int, r: Rules, subject: bool, unengaged: list[tuple[int, int]]
) -> tuple[int, int, str, str] | None:
    """The phrase in the agent's place of a facilitation sentence ``text[start:end]`` when no
    name of the entries is found: a bare personal name whose first word is a given name ("Die
    Moderation übernimmt Anna Beispiel.") or an organisation after its article whose head is in
    no list ("… wurde das Zentrum für Dialog und Beteiligung beauftragt"). The place is told by the
    words before the phrase ("übernimmt", "durch", "von") or after it ("beauftragt", "moderiert");
    the municipality's own offices, the process's groups and words for people or things of the
    process ("die Träger", "den Prozess") are none. With ``subject`` the text ends at the role verb
    ("Anna Beispiel | begleitet den Prozess"): a phrase that opens the sentence and ends there is
    its subject ("in den Ortsräten | beraten" is none). An office
    of the town ("das Büro für Integration der Stadt") is none either, nor a phrase within a name
    engaged by no one (``unengaged``)."""
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
            if overlaps(a[0], b, unengaged):
                continue
            if (
                _own(value, r)
                or _town_s(text, (start, end, a[0], b), value, kind, r)
                or r.role.search(value)
                or kind == "organisation"
                and _HEADLESS.search(value) is not None
                or r.not_agents.match(value)
                or r.heads.match(value.split(" ", 1)[0])
                or _group(value, r)
                or _unengaged(text, (start, a[0], b), value, kind, r)
                or _funded(text, start, end, a[0], b, r)
                or _member(text, start, a[0], r)
                or kind == "person"
                and r.officials.search(text[max(start, a[0] - 60) : a[0]])
            ):
                continue
            found.append((a[0], b, kind, value))
    # the phrase that starts first and is longest: "das Team Ewald Zukunftsplanung", not "Ewald Zukunftsplanung"
    return min(found, key=lambda f: (f[0], f[0] - f[1])) if found else None
