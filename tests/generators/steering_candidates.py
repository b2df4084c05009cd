"""Member lists and sentences with invented entries that are no members, form by form, and
members named every way a sector names them.

Each generator draws a passage in which a group and real members stand beside words a reader
might take for members, and says which members the passage names (``Expected``). The forms:

- ``label``: a label with its date or number in a list or under it ("Stand: 03/2026",
  "Datum 12.05.2025", "Anlage 2", "Seite 3 von 4").
- ``sectors``: sectors or kinds named after a person noun ("Vertreterinnen und Vertreter aus
  Politik, Verwaltung und Zivilgesellschaft", "Fachleute aus Wissenschaft und Ehrenamt"), with
  members named beside them or not.
- ``seats``: a seat phrase in a list ("je eine Person der Stadtverwaltung"): one seat of a body,
  the body is the member, the phrase is none.
- ``functions``: a function without its holder ("Vorsitz", "Geschäftsführung", "Stellvertretung")
  or a date ("März 2025", "Frühjahr 2026") as a list's line; a column header over the list's
  lines ("Institution", "Vertreter/in").
- ``headings``: a heading or a group word right after a list ("Zeitplan", "Weitere Schritte").
- ``roles``: persons named by their role or occupation, alone or of a body, in a sentence or a
  list ("Quartiersmanagerinnen", "Sprachmittler der Flüchtlingshilfe", "Bezirksvorsteher"):
  members, though the lexicon knows no body in them.
- ``named``: members as :func:`tests.generators.steering_pool.sector_name` names them (a migrant
  association by its origin, a council of a town, a district's authority, an academy) in a list
  or a sentence, with nothing else: every candidate is a member.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.generators.steering_far import BULLETS, LEADS, SINGLE, Expected, _members, intro
from tests.generators.steering_pool import GROUPS, Draw, Org, sector_name

LABELS = [
    "Stand: {m:02d}/{y}",
    "Stand {m:02d}/{y}",
    "Datum: {d}.{m:02d}.{y}",
    "Anlage {d}",
    "Seite {d} von {e}",
    "Version {d}.{e} vom {d}.{m:02d}.{y}",
]
SECTOR_WORDS = ["Politik", "Verwaltung", "Wirtschaft", "Zivilgesellschaft", "Wissenschaft", "Ehrenamt", "Bürgerschaft"]
PERSON_NOUNS = [
    "Vertreterinnen und Vertretern aus",
    "Fachleuten aus",
    "Vertretern aus",
    "Akteurinnen und Akteuren aus",
    "Personen aus",
]
SEAT_PHRASES = ["je eine Person {gen}", "je eine Vertretung {gen}", "jeweils ein Mitglied {gen}", "eine Person {gen}"]
FUNCTIONS = ["Vorsitz", "Geschäftsführung", "Stellvertretung", "Protokollführung", "Moderation", "Leitung"]
SEASONS = ["März 2025", "Frühjahr 2026", "Herbst 2024", "1. Quartal 2025", "ab Januar 2026"]
HEADERS = ["Institution", "Vertreter/in", "Funktion", "Einrichtung / Person", "Name"]
HEADINGS = ["Zeitplan", "Weitere Schritte", "Ausblick", "Finanzierung", "3. Arbeitsweise", "Anlagen"]


def _list(draw: Draw, entries: list[str]) -> str:
    mark = draw(st.sampled_from(BULLETS))
    return "\n".join(mark + e for e in entries)


def _with(draw: Draw, members: list[Org], extra: str) -> list[str]:
    """The members' names with an invented entry put among them."""
    names = [o.name for o in members]
    at = draw(st.integers(0, len(names)))
    return names[:at] + [extra] + names[at:]


def label(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 4, SINGLE)
    d, e, m, y = (
        draw(st.integers(1, 9)),
        draw(st.integers(2, 9)),
        draw(st.integers(1, 12)),
        draw(st.integers(2019, 2027)),
    )
    word = draw(st.sampled_from(LABELS)).format(d=d, e=e, m=m, y=y)
    inside = draw(st.booleans())
    body = _list(draw, _with(draw, items, word) if inside else [o.name for o in items])
    tail = "" if inside else f"\n{word}\n"
    text = f"{intro(draw, g)}\n\n{draw(st.sampled_from(LEADS))}\n\n{body}\n{tail}"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


def sectors(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    kinds = list(draw(st.lists(st.sampled_from(SECTOR_WORDS), min_size=2, max_size=4, unique=True)))
    kinds_text = ", ".join(kinds[:-1]) + " und " + kinds[-1]
    person = draw(st.sampled_from(PERSON_NOUNS))
    named = _members(draw, 1, 3, SINGLE) if draw(st.booleans()) else []
    names = "".join(f"{o.dat}, " for o in named)
    verb = draw(st.sampled_from(["besteht aus", "setzt sich zusammen aus"]))
    sentence = f"{g.nom[:1].upper()}{g.nom[1:]} {verb} {names}{person} {kinds_text}."
    return f"{intro(draw, g)} {sentence}\n", Expected({g.name: [(o.name, o.sector) for o in named]})


def seats(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 3, 5, SINGLE)
    seated = items[0]
    phrase = draw(st.sampled_from(SEAT_PHRASES)).format(gen=seated.gen)
    body = _list(draw, [phrase] + [o.name for o in items[1:]])
    text = f"{intro(draw, g)}\n\n{draw(st.sampled_from(LEADS))}\n\n{body}\n"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


def functions(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 4, SINGLE)
    if draw(st.booleans()):
        body = _list(draw, _with(draw, items, draw(st.sampled_from(FUNCTIONS + SEASONS))))
    else:
        body = draw(st.sampled_from(HEADERS)) + "\n" + "\n".join(o.name for o in items)
    text = f"{intro(draw, g)}\n\n{draw(st.sampled_from(LEADS))}\n\n{body}\n"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


def headings(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 4, SINGLE)
    heading = draw(st.sampled_from(HEADINGS))
    gap = draw(st.sampled_from(["\n", "\n\n"]))
    body = _list(draw, [o.name for o in items])
    lead = draw(st.sampled_from(LEADS))
    text = f"{intro(draw, g)}\n\n{lead}\n\n{body}{gap}{heading}\n\nDer Rat wird jährlich unterrichtet.\n"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


def named(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    drawn = [sector_name(draw) for _ in range(draw(st.integers(2, 4)))]
    members = list(dict(drawn).items())  # each name once
    names = [m for m, _ in members]
    if draw(st.booleans()):
        text = f"{intro(draw, g)}\n\n{draw(st.sampled_from(LEADS))}\n\n{_list(draw, names)}\n"
    else:
        text = f"{intro(draw, g)} Mitglieder {g.gen} sind: {', '.join(names[:-1])} und {names[-1]}.\n"
    return text, Expected({g.name: members})


ROLES = [
    "Quartiersmanagerinnen",
    "Sprachmittler",
    "Bezirksvorsteher",
    "Stadtteilmütter",
    "Jugendbeauftragte",
    "Familienhebammen",
    "Schulsozialarbeiterinnen",
    "Seniorenbegleiter",
    "Lehrkräfte",
    "Gleichstellungsbeauftragte",
]
OF = ["", " der Flüchtlingshilfe", " der Grundschulen", " des Begegnungscafés", " der Nachbarschaftshilfe"]
ROLE_VERBS = ["gehören {g} an", "arbeiten in {g} mit"]  # {g}: the group in the dative


def roles(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    picked = list(draw(st.lists(st.sampled_from(ROLES), min_size=1, max_size=3, unique=True)))
    people = [r + draw(st.sampled_from(OF)) for r in picked]
    orgs = _members(draw, 1, 2, SINGLE)
    names = people + [o.name for o in orgs]
    if draw(st.booleans()):
        text = f"{intro(draw, g)}\n\n{draw(st.sampled_from(LEADS))}\n\n{_list(draw, names)}\n"
    else:
        said = people + [o.nom for o in orgs]
        listed = ", ".join(said[:-1]) + " und " + said[-1]
        verb = draw(st.sampled_from(ROLE_VERBS)).format(g=g.dat)
        text = f"{intro(draw, g)} {listed[:1].upper()}{listed[1:]} {verb}.\n"
    return text, Expected({g.name: [(n, "") for n in people] + [(o.name, o.sector) for o in orgs]})


GENERATORS = {
    "roles": roles,
    "label": label,
    "sectors": sectors,
    "seats": seats,
    "functions": functions,
    "headings": headings,
    "named": named,
}
