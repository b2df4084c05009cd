"""The person of an organisation a sentence engages, named in that sentence: a label in brackets after
the organisation ("… an das Büro Stadtwerkstatt (Projektleitung: Dr. Jan Ott) vergeben", "die Agentur
X (Ansprechpartnerin: Lea Brand)"), a lead after it ("… das Institut X unter der Projektleitung von Dr. Jan
Ott …"), a clause pointing back to it ("…; die Foren leitet dort Frau Eva
Kranz", "…; Ansprechpartnerin ist dort Frau Dipl.-Soz. Eva Kranz"), a clause of its lead after a semicolon
("…; die Projektleitung liegt bei Dr. Jan Ott", "…; verantwortlich ist Dr. Jan Ott") or its owner in an
apposition ("an das Büro X, Inhaber Jan Ott, Ulm, …") or a person with it as its lead ("das Büro X
mit Frau Dr. Eva Kranz als Projektleiterin") or the person serving the client in a passive clause ("…, Husum; die
Stadt wird von Frau Dr. Eva Kranz betreut") or the team of a person taking the work over ("…; die Begleitung
übernimmt das Team von Prof. Dr. Eva Kranz"). The person joins the organisation's row; read alone
they would be a row of their own. A sentence naming the lead right after an engagement that named no
organisation the readers take ("Die htw saar … hat ein Angebot vorgelegt. Verantwortlich ist Prof. Dr.
Y.") names the facilitator's person (:func:`lead_alone`)."""

from __future__ import annotations

import re

from pipeline.structure.prose import Unit

from .names import Found, candidates
from .rules import Rules


def staff_person(text: str, unit: Unit, n: int, r: Rules) -> str | None:
    """The person a staff label, a clause pointing back with "dort", a lead's clause or an owner's apposition
    names in the sentence, or None."""
    m = r.agency.staff.search(text, unit.start, unit.end)
    if m is None:
        return None
    group = next(
        g
        for g in ("person", "lead", "after", "clause", "owner", "with", "served", "row", "team", "label", "own", "rep")
        if m.group(g)
    )
    a, b = m.span(group)
    named = candidates(text, a, b, n, r, whole=True) + candidates(text, a, b, n, r, listed=True)
    return next((f.name for f in named if f.name and not f.organisation), None)


def join_staff(found: list[Found], first: int, text: str, unit: Unit, n: int, r: Rules) -> None:
    """The rows read from one sentence (``found[first:]``): where one names an organisation and no
    person and the sentence names that organisation's person, the person joins it."""
    new = found[first:]
    orgs = [f for f in new if f.organisation and not f.name]
    if len(orgs) != 1 or any(f.organisation and f.name for f in new):
        return
    person = staff_person(text, unit, n, r)
    if person is None:
        return
    surname = person.split()[-1].casefold()
    found[first:] = [f for f in new if not (f.name and not f.organisation and f.name.split()[-1].casefold() == surname)]
    orgs[0].name = person


def join_there(found: list[Found], first: int, text: str, unit: Unit, n: int, r: Rules) -> None:
    """The persons a sentence names at the organisation engaged in one of the two sentences before it,
    pointing back with "dort" ("… hat der Bieter B abgegeben, das Institut X, Ort." / "Die Prozessbegleitung
    übernehmen dort Frau Y und Herr Z."): the first becomes the person of that organisation's row, each
    other one a row of that organisation. Nothing changes where the sentence names an organisation itself."""
    new = found[first:]
    last = found[first - 1] if first else None
    if last is None or last.name or not last.organisation or last.unit < n - 2 or not new:
        return
    if any(f.organisation or not f.name for f in new) or not r.agency.there.search(text, unit.start, unit.end):
        return
    last.name = new[0].name
    for f in new[1:]:
        f.organisation = last.organisation
    found[first:] = new[1:]


def own_office(found: list[Found], first: int, text: str, unit: Unit, r: Rules) -> None:
    """The rows read from the sentence ``unit`` (``found[first:]``): a person named alone whose name a relative
    clause follows naming the office the person runs ("… von Frau Y moderiert, die in Ort ein Büro für
    Moderation und Organisationsberatung führt") takes that office as the organisation."""
    for f in found[first:]:
        if not f.name or f.organisation:
            continue
        surname = re.search(rf"(?<![\wäöüß-]){re.escape(f.name.split()[-1])}(?![\wäöüß-])", text[unit.start : unit.end])
        office = r.agency.office.match(text, unit.start + surname.end(), unit.end) if surname else None
        if office is not None:
            f.organisation = " ".join(office["org"].split())


def lead_alone(text: str, unit: Unit, n: int, found: list[Found], para_start: int, r: Rules) -> None:
    """The person a sentence naming the lead of the work gives ("Verantwortlich ist Prof. Dr. Y", "Leiten
    wird es Frau Y"), right after a sentence of the same paragraph that engaged someone and named no one
    the readers take (a name in lower case, or one cut by a full stop inside it): the person joins the
    row of an organisation read earlier and named again in the paragraph before the sentence ("Die
    Hochschule X, Fachbereich …, hat angeboten, …"), else is a row of their own."""
    if not r.agency.lead.match(text[unit.start : unit.end]):
        return
    person = next((f for f in candidates(text, unit.start, unit.end, n, r) if f.name and not f.organisation), None)
    if person is None:
        return
    before = text[para_start : unit.start]
    host = next((f for f in reversed(found) if f.organisation and not f.name and f.organisation in before), None)
    if host is None:
        found.append(person)
        return
    host.name, host.last = person.name, n


# a bracket right after a person's name: the organisation the person is of, named short ("(Büro X)")
_BRACKET = re.compile(r"[ \t]*\n?[ \t]*\((?P<org>[^()\n]{2,60})\)")
_WORD = re.compile(r"[\wäöüß-]+")


def lead_pairs(text: str, unit: Unit, end: int, n: int, found: list[Found], first: int, r: Rules) -> bool:
    """The persons a sentence naming the lead of the work gives, each with a bracket naming their
    organisation short, right after a sentence that engaged several organisations ("… der
    Bietergemeinschaft Büro X GmbH und Institut Y e. V. …" / "Die Leitung haben Frau A (Büro X) und Herr
    B (Institut)."): each person joins the row of the organisation whose name holds the bracket's
    words, one organisation a person. Whether the persons were so placed; nothing is placed where a
    person has no bracket, or a bracket fits no row or several."""
    last = found[first - 1]
    hosts = [f for f in found[:first] if f.unit == last.unit and f.organisation and not f.name]
    persons = [f for f in candidates(text, unit.start, end, n, r) if f.name and not f.organisation]
    if len(hosts) < 2 or len(persons) < 2:
        return False
    placed: list[tuple[Found, str]] = []
    for person in persons:
        named = re.compile(r"\s+".join(map(re.escape, (person.name or "").split()))).search(text, unit.start, end)
        bracket = _BRACKET.match(text, named.end()) if named else None  # the name may wrap onto the next line
        if bracket is None:
            return False
        words = {w.casefold() for w in _WORD.findall(bracket["org"])}
        fits = [h for h in hosts if words <= {w.casefold() for w in _WORD.findall(h.organisation or "")}]
        if len(fits) != 1 or any(fits[0] is h for h, _ in placed):
            return False
        placed.append((fits[0], person.name or ""))
    surnames = {name.split()[-1].casefold() for _, name in placed}
    found[first:] = [f for f in found[first:] if not (f.name and f.name.split()[-1].casefold() in surnames)]
    for host, name in placed:
        host.name, host.last = name, n
    return True


# an organisation's name without a head word the entries know, its owner or manager after it in an apposition or
# a bracket ("an Pfalzplan – Moderation und Prozessberatung, Inhaberin Eva Kranz, Landau, vergeben", "Brückenschlag
# Moderation & Beratung (Inhaberin Dipl.-Soz.päd. Eva Kranz, Chemnitz)"): capitalised words, joined by a dash, an
# ampersand or "und"
_OWNED = re.compile(
    r"(?<![\w.-])(?P<org>[A-ZÄÖÜ][\wäöüß-]*(?:[ \t\n]+(?:[–&]|und|[A-ZÄÖÜ][\wäöüß-]*))*)[ \t\n]*[,(][ \t\n]*"
    r"(?:Inhaber(?:in)?|Geschäftsführer(?:in)?)[ \t\n]+(?P<person>[^,()]{3,80}?)[ \t\n]*[,)]"
)
# a sole trader's business name in apposition after the person, between her name and her town ("Frau Dipl.-Päd.
# Anna Beispiel, Dialog & Wandel, Kassel, abgegeben"): capitalised words joined by an ampersand
_TRADED = re.compile(
    r"(?P<person>\b(?:Herrn?|Frau)[ \t\n]+[^,()]{3,80}?)[ \t\n]*,[ \t\n]*"
    r"(?P<org>[A-ZÄÖÜ][\wäöüß-]*(?:[ \t\n]+[A-ZÄÖÜ][\wäöüß-]*)*"
    r"[ \t\n]+&[ \t\n]+[A-ZÄÖÜ][\wäöüß-]*(?:[ \t\n]+[A-ZÄÖÜ][\wäöüß-]*)*)"
    r"[ \t\n]*,[ \t\n]*[A-ZÄÖÜ][\wäöüß-]+(?:[ \t\n]*\([^()\n]{2,30}\))?[ \t\n]*[,.]"
)


def owned(text: str, start: int, end: int, n: int, r: Rules, named: list[Found]) -> list[Found]:
    """What an engagement sentence from ``start`` names: the ``named`` rows the entries read, but where they
    are none or only the owner of an organisation whose name no entry reads (see ``_OWNED``, ``_TRADED``), that
    organisation with its owner as its person."""
    if any(f.organisation for f in named):
        return named
    for m in (*_OWNED.finditer(text, start, end), *_TRADED.finditer(text, start, end)):
        if len(m["org"].split()) < 2 or m["org"].split()[-1] in ("und", "–", "&"):
            continue
        a, b = m.span("person")
        read = candidates(text, a, b, n, r, whole=True) + candidates(text, a, b, n, r, listed=True)
        person = next((f.name for f in read if f.name and not f.organisation), None)
        if person is not None and all(f.name and f.name.split()[-1] == person.split()[-1] for f in named):
            return [Found(n, person, " ".join(m["org"].split()), method=named[0].method if named else "prose")]
    return named
