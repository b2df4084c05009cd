"""Generated steering passages where words beside a group's members read like members but name no
body, family by family; each passage says which members a reader must recover, exactly.

- ``relative``: a relative clause between the group and its members, closed by its verb and a
  comma ("In der Lenkungsgruppe, die alle 14 Tage zusammenkommt, sind A und B vertreten"), or
  opening with a preposition after the group's purpose ("eine Projektgruppe zur Strategie der
  Stadt installiert, an der A und B beteiligt werden"): the time and the purpose are no members.
- ``seats``: seats and shares, no body named ("je zur Hälfte Mitglieder der Zivilgesellschaft
  sowie Vertreterinnen und Vertreter der Verwaltung", "drei von den Ämtern benannten Personen
  sowie einer Vertreterin oder einem Vertreter je Dezernat"), or beside named members ("A und B
  mit je einer benannten Person").
- ``points``: a lead-in of points after the group ("Dazu gehören folgende Punkte:") over a
  numbered list of statements, a page's running head with its number among them; or a lead-in
  whose only cue word is a noun of persons belonging to something ("bei der Entschädigung von
  Feuerwehrangehörigen werden drei Bereiche unterschieden:") over a list of topics. No member.
- ``attribute``: after the members, a sentence going on with a phrase whose head names no body
  ("Ebenso wird auch das im Konzern vorhandene Know-how eingebunden").
- ``closed``: the object of the sentence's verb after the members' last item ("bestehend aus A,
  B und C mit den Perspektiven und Entwicklungsmöglichkeiten der Schulen").
- ``agent``: the agent of a passive that names the group or a body beside it ("was von der
  ehemaligen Lenkungsgruppe wie auch dem Sozialamt als Standpunkt vertreten wurde", "Die
  Lenkungsgruppe kann von Stadt und Gemeinderat als Berater hinzugezogen werden"). No member.
- ``one_name``: a name whose "und" the enumeration must keep: a noun and its compound ("der Mieter
  und Vermieter"), words an abbreviation spells ("Landesbetrieb Vermögen und Bau (VB-BW)"); and
  one whose "und" it must cut: after a number that closes a name ("neben Dezernat 3 und Amt für
  Integration"); a name holding "mit" and a capital after "aus Mitgliedern" ("dem Beirat für
  Menschen mit Behinderungen"), a genitive in "-sses" ("des Integrationsausschusses").
- ``labels``: a composition set as labelled lines ("Vorsitz:" / the chair's office / "Stimmberechtigte
  Mitglieder:" / bullets): the labels are glued to no member; the chair and the bullets are members.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.generators.steering_far import SINGLE, Expected, _article, _cap, _members, intro
from tests.generators.steering_pool import GROUPS, Draw, GroupNoun, Org

FAMILIES = ("relative", "seats", "points", "attribute", "closed", "agent", "one_name", "labels")

ROUNDS = ["alle 14 Tage", "einmal im Monat", "seit 2019 vierteljährlich", "regelmäßig"]
MEETS = ["zusammenkommt", "tagt", "sich trifft"]
PURPOSES = ["zur Immobilienstrategie der Stadt", "zum Ausbau der Ganztagsschulen", "zur Umsetzung des Konzepts"]
STATEMENTS = [
    "Die Angebote werden schrittweise ausgebaut.",
    "Horte bleiben weiterhin bestehen.",
    "Die Träger erhalten eine Pauschale, die jährlich angepasst wird.",
    "Lehrkräfte und Fachkräfte arbeiten als Team zusammen.",
    "Die Ganztagsschule ist das Basismodell der Betreuung.",
]
HEADS = ["Ergänzende Erläuterungen", "Begründung", "Sachverhalt"]
TOPICS = [
    "Entschädigung von Funktionsträgern",
    "Entschädigung für Einsätze und Fortbildungen",
    "Aufwand für Wachdienste",
]
KNOWHOW = [
    "das im Konzern vorhandene Know-how",
    "das in der Verwaltung vorhandene Wissen",
    "die beim Land gesammelte Erfahrung",
]


def _names(items: list[Org], case: str) -> str:
    return ", ".join(o.case(case) for o in items[:-1]) + " und " + items[-1].case(case)


def _expected(g: GroupNoun, items: list[Org]) -> Expected:
    return Expected({g.name: [(o.name, o.sector) for o in items]})


def relative(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 3, SINGLE)
    pronoun = g.nom.split()[0]
    if draw(st.booleans()):
        when, meets = draw(st.sampled_from(ROUNDS)), draw(st.sampled_from(MEETS))
        text = f"{intro(draw, g)} {_cap(g.in_)}, {pronoun} {when} {meets}, sind {_names(items, 'nom')} vertreten.\n"
    else:
        an = "an " + g.dat.split()[0]
        text = (
            f"Im Rahmen des Prozesses wurde {_article(g)} {g.name} {draw(st.sampled_from(PURPOSES))} installiert, "
            f"{an} {_names(items, 'nom')} beteiligt werden.\n"
        )
    return text, _expected(g, items)


def seats(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    kind = draw(st.sampled_from(["share", "persons", "each"]))
    if kind == "share":
        return (
            f"{intro(draw, g)} {_cap(g.in_)}, {g.nom.split()[0]} sich mit einem festen Kreis von etwa 20 Personen "
            "etabliert hat, wirken je zur Hälfte Mitglieder der Zivilgesellschaft sowie Vertreterinnen und Vertreter "
            "der Verwaltung mit.\n",
            Expected(),
        )
    if kind == "persons":
        return (
            f"{intro(draw, g)} {_cap(g.nom)} setzt sich aus drei weiteren von den Dezernaten benannten Personen "
            "(meist auf Amtsleitungsebene) sowie einer Vertreterin oder einem Vertreter je Dezernat zusammen.\n",
            Expected(),
        )
    items = _members(draw, 2, 3, SINGLE)
    return (
        f"{intro(draw, g)} {_cap(g.in_)} sind {_names(items, 'nom')} mit je einer benannten Person vertreten.\n",
        _expected(g, items),
    )


def points(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    if draw(st.booleans()):
        said = draw(st.lists(st.sampled_from(STATEMENTS), min_size=3, max_size=5, unique=True))
        lines = [f"{k + 1}. {s}" for k, s in enumerate(said)]
        at = draw(st.integers(1, len(lines) - 1))
        head = f"{draw(st.sampled_from(HEADS))}{' ' * draw(st.integers(8, 60))}Seite {draw(st.integers(2, 9))}"
        lines[at:at] = ["", head, ""]
        return (
            f"Die Fortschreibung wurde {g.in_}, bestehend aus den beteiligten Ämtern, erörtert. "
            "Dazu gehören folgende Punkte:\n\n" + "\n".join(lines) + "\n",
            Expected(),
        )
    persons = draw(st.sampled_from(["Feuerwehrangehörigen", "Vereinsangehörigen", "Angehörigen"]))
    topics = "\n".join(f"- {t}" for t in TOPICS)
    return (
        f"Die Sätze beruhen auf dem Ergebnis {g.gen}.\n\n3. Höhe der Entschädigung\nGrundsätzlich werden bei "
        f"der Entschädigung von {persons} drei Bereiche unterschieden:\n\n{topics}\n",
        Expected(),
    )


def attribute(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 3, SINGLE)
    return (
        f"{intro(draw, g)} {_cap(g.in_)} werden {_names(items, 'nom')} eingebunden. "
        f"Ebenso wird auch {draw(st.sampled_from(KNOWHOW))} eingebunden, um Synergien zu nutzen.\n",
        _expected(g, items),
    )


OBJECTS = [
    "den Perspektiven und Entwicklungsmöglichkeiten der Schulen im Stadtgebiet",
    "der Zukunft der Standorte",
    "den Fragen der Schulentwicklung und der Raumplanung",
]
SPELT = [  # (genitive, nominative): words an abbreviation spells across an "und"
    ("des Landesbetriebs Vermögen und Bau (VB-BW)", "Landesbetrieb Vermögen und Bau (VB-BW)"),
    ("des Instituts Arbeit und Technik (IAT)", "Institut Arbeit und Technik (IAT)"),
]
PAIRS = [  # a body of a noun and its compound
    ("der Interessenverbände der Mieter und Vermieter", "Interessenverbände der Mieter und Vermieter"),
    ("der Verbände der Eigentümer und Miteigentümer", "Verbände der Eigentümer und Miteigentümer"),
]


def closed(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 3, SINGLE)
    return (
        f"{intro(draw, g)} Vor diesem Hintergrund beschäftigte sich {g.nom} bestehend aus {_names(items, 'dat')} "
        f"mit {draw(st.sampled_from(OBJECTS))}.\n",
        _expected(g, items),
    )


def agent(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 1, 2, SINGLE)
    if draw(st.booleans()):
        return (
            f"{intro(draw, g)} Der Ansatz war lange umstritten, was von {g.dat.split()[0]} ehemaligen "
            f"{g.dat.split()[-1]} wie auch {items[0].dat} als Standpunkt weiter vertreten wurde.\n",
            Expected(),
        )
    return (
        f"{intro(draw, g)} {_cap(g.nom)} kann von {_names(items, 'dat') if len(items) > 1 else items[0].dat} als "
        "Berater in Fragen zur Weiterentwicklung des Standorts hinzugezogen werden.\n",
        Expected(),
    )


def one_name(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 2, SINGLE)
    kind = draw(st.sampled_from(["spelt", "number", "with"]))
    if kind == "number":
        n = draw(st.integers(1, 6))
        return (
            f"{intro(draw, g)} Mitglieder {g.gen} waren neben Dezernat {n} und {items[0].name} auch {items[1].nom}.\n",
            Expected({g.name: [(f"Dezernat {n}", "")] + [(o.name, o.sector) for o in items]}),
        )
    if kind == "with":
        committee = draw(st.sampled_from(["Integrationsausschuss", "Sozialausschuss", "Jugendhilfeausschuss"]))
        return (
            f"Zur Steuerung wurde {_article(g)} {g.name} aus Mitgliedern des {committee}es, {items[0].dat} und dem "
            "Beirat für Menschen mit Behinderungen gebildet.\n",
            Expected({g.name: [(committee, ""), (items[0].name, ""), ("Beirat für Menschen mit Behinderungen", "")]}),
        )
    gen, nom = draw(st.sampled_from(SPELT + PAIRS))
    return (
        f"{intro(draw, g)} {_cap(g.dat)} gehören Vertreterinnen und Vertreter {items[0].gen}, {items[1].gen} "
        f"sowie {gen} an.\n",
        Expected({g.name: [(o.name, o.sector) for o in items] + [(nom, "")]}),
    )


CHAIR_LABELS = ["Vorsitz:", "Leitung:", "Vorsitzender:"]
OFFICES = [
    ("Sozialdezernent als stimmberechtigtes Mitglied des Gremiums", "Sozialdezernent"),
    ("Oberbürgermeisterin der Stadt", "Oberbürgermeisterin der Stadt"),
    ("Erster Bürgermeister als geborenes Mitglied", "Erster Bürgermeister"),
]


def labels(draw: Draw) -> tuple[str, Expected]:
    g, items = draw(st.sampled_from(GROUPS)), _members(draw, 2, 3, SINGLE)
    office, chair = draw(st.sampled_from(OFFICES))
    blank = draw(st.sampled_from(["\n", " \n"]))
    bullets = "\n".join(f"- {o.name}" for o in items)
    return (
        f"{intro(draw, g)}\n\nDie Verwaltung schlägt folgende Zusammensetzung {g.gen} vor:\n\n"
        f"{draw(st.sampled_from(CHAIR_LABELS))}\n{office}\n{blank}Stimmberechtigte Mitglieder:\n\n{bullets}\n\n"
        "Die Geschäftsstelle übernimmt die Organisation.\n",
        Expected({g.name: [(chair, "")] + [(o.name, o.sector) for o in items]}),
    )


GENERATORS = {
    "labels": labels,
    "relative": relative,
    "seats": seats,
    "points": points,
    "attribute": attribute,
    "closed": closed,
    "agent": agent,
    "one_name": one_name,
}
