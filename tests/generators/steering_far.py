"""Generated steering-group passages of the layouts real submissions use, family by family.

Each generator draws one passage and says what a reader must recover from it: the groups by
name, each with its members (name and sector) and its size. The families:

- ``lead_in``: the members listed after a lead-in in a paragraph of its own that does not name
  the group ("Benannt sind folgende Mitglieder:"), as bullets or in sector sub-lists
  ("Politik:", "Verwaltung:"); the lead-in belongs to the group last introduced in its
  section (an earlier section may introduce another group with members of its own). The list
  ends at the next heading with an agenda list under it, a signature ("In Vertretung"), a
  sentence or a seat count ("je zwei Personen aus Rat und Verwaltung", seats and no members).
- ``seat_table``: a table institution | seats after a lead-in that distributes seats ("Die
  Plätze werden so vergeben:"), whose total row is the size.
- ``parenthesis``: the members in a parenthesis after the group inside a bullet ("(ständig
  dabei: …; auf Zeit gewählt: …)").
- ``long_sentence``: one sentence whose verb and "aus" are far apart, across a page break, with
  an apposition naming the members the group has had so far.
- ``head``: a group named by a compound or phrase whose head makes it a working body
  (…gruppe, …kreis, …runde, …forum, Runder Tisch) but which is in no list, with its members in a
  sentence (also "eine … mit Vertreterinnen des …, der … und des …"), or set up without
  members (a row without members).
- ``page_break``: a member list split by a page break with furniture (running head, page
  number, a print note at the page foot), a name hyphenated across the break.
- ``size``: the size in the next sentence with a pronoun ("Ihr gehören höchstens neun Personen an.").
- ``nested``: a member list nested as Word exports it, the sub-bullets a letter "o" or another
  mark than the level above ("•", "▪", "–"), indented or not: sector labels over their members
  (the labels are no members), or members over the persons who represent them (the persons are
  no members).
- ``hyphen``: a group word written with a hyphen ("Lenkungs-Gruppe", "Integrations-Forum"),
  found by its head like the closed compound, with its members.
- ``plural``: after a group with its members, a plural group word ("drei Arbeitskreise",
  "Integrationsforen") with a members list of its own: the plural names no group, and its list
  is not the first group's.

Lists are marked with "- ", "• ", "o " (a letter o as Word exports a bullet), "▪ " and others.

Negatives (``negative``): the same layouts where nothing is a member: a lead-in of attendees
or measures, a seat count by sector, a compound with a group head that names no body
("Zielgruppe", "Personenkreis", "Landkreis", also hyphenated: "Ziel-Gruppe"), a parenthesis that
refers elsewhere, a line in prose that starts with the letter "o" ("o. g.", "o. ä.").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

from tests.generators.steering_pool import GROUPS, POOL, Draw, GroupNoun, Org

FAMILIES = (
    "lead_in",
    "seat_table",
    "parenthesis",
    "long_sentence",
    "head",
    "page_break",
    "size",
    "nested",
    "hyphen",
    "plural",
)

NUMBERS = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]

# members a list can hold by name alone (plural collectives read as seats or categories)
SINGLE = [o for o in POOL if not o.plural and o.name not in ("Landrat", "Sozialdezernent")]


@dataclass
class Expected:
    """What a passage says: group name -> members (name, sector), and the sizes it states."""

    members: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _article(g: GroupNoun) -> str:
    return "eine" if g.nom.startswith("die") else "ein"


def _accusative(g: GroupNoun) -> str:
    return ("einen " if g.nom.startswith("der") else "eine ") + g.name


def _relative(g: GroupNoun) -> str:
    return g.nom.split()[0]


def intro(draw: Draw, g: GroupNoun) -> str:
    """A sentence that sets the group up and names no member."""
    a = _article(g)
    return draw(
        st.sampled_from(
            [
                f"Zur Steuerung des Integrationsprozesses wurde {a} {g.name} eingerichtet.",
                f"Für die Fortschreibung des Konzepts wird {a} {g.name} gebildet.",
                f"Die Umsetzung des Integrationskonzepts begleitet {a} {g.name}.",
                f"Die Verwaltung richtet {_accusative(g)} ein, {_relative(g)} die Erarbeitung des Konzepts steuert.",
            ]
        )
    )


def _members(draw: Draw, lo: int = 2, hi: int = 5, pool: list[Org] | None = None) -> list[Org]:
    return list(draw(st.lists(st.sampled_from(pool or SINGLE), min_size=lo, max_size=hi, unique_by=lambda o: o.name)))


LEADS = [
    "Benannt sind folgende Mitglieder:",
    "Folgende Mitglieder wurden benannt:",
    "Als Mitglieder sind vorgesehen:",
    "Die Mitglieder sind:",
    "Vertreten sind folgende Institutionen:",
    "Mitglieder:",
]
BULLETS = ["- ", "• ", "\uf0b7 ", "– ", "* ", "o ", "▪ "]
SECTOR_LABELS = {
    "politics": "Politik",
    "administration": "Verwaltung",
    "public_agency": "Behörden",
    "welfare": "Wohlfahrtsverbände",
    "education": "Bildung",
    "civil_society": "Zivilgesellschaft",
    "migrant_organisation": "Migrantenorganisationen",
    "research": "Wissenschaft",
    "business": "Wirtschaft",
}

# what stands after a member list: the reader must stop before it
AFTER = [
    "",
    "Die Geschäftsführung liegt beim Büro des Oberbürgermeisters.",
    "4. Zeitplan\n\n- Auftaktveranstaltung im März\n- Workshops zu den Handlungsfeldern\n- Beschluss im Rat",
    "In Vertretung\n\n\nDr. Weber\nBürgermeister",
    "Hinzu kommen je zwei Personen aus Rat und Verwaltung.",
    "Weitere Schritte\n\n- Bestandsaufnahme\n- Befragung der Träger",
]


def bullets(draw: Draw, items: list[Org]) -> list[str]:
    mark = draw(st.sampled_from(BULLETS))
    numbered = draw(st.booleans())
    return [(f"{k + 1}. " if numbered else mark) + o.name for k, o in enumerate(items)]


def lead_in(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    exp = Expected()
    parts: list[str] = []
    if draw(st.booleans()):  # an earlier section with another group and its own members
        other = draw(st.sampled_from([x for x in GROUPS if x.name != g.name]))
        first = _members(draw, 2, 3)
        names = ", ".join(o.nom for o in first[:-1]) + " und " + first[-1].nom
        parts += [
            "2. Bisherige Arbeit",
            f"{intro(draw, other)} {_cap(other.dat)} gehören {names} an.",
            "3. Neue Struktur",
        ]
        exp.members[other.name] = [(o.name, o.sector) for o in first]
    elif draw(st.booleans()):
        parts.append(draw(st.sampled_from(["3. Steuerung", "Organisation des Prozesses", "3.2 Gremien"])))
    parts.append(intro(draw, g) + draw(st.sampled_from(["", f" {_cap(g.nom)} tagt viermal im Jahr."])))
    items = _members(draw, 2, 6)
    lead = draw(st.sampled_from(LEADS))
    by_sector = draw(st.booleans()) and lead != "Mitglieder:"
    parts.append(lead)
    if by_sector:
        order: list[str] = []
        for o in items:
            if o.sector not in order:
                order.append(o.sector)
        items = [o for s in order for o in items if o.sector == s]
        block: list[str] = []
        for s in order:
            block.append(SECTOR_LABELS[s] + ":")
            block += bullets(draw, [o for o in items if o.sector == s])
        parts.append("\n".join(block))
    else:
        parts.append("\n".join(bullets(draw, items)))
    after = draw(st.sampled_from(AFTER))
    if after:
        parts.append(after)
    exp.members[g.name] = [(o.name, o.sector) for o in items]
    return "\n\n".join(parts) + "\n", exp


SEAT_LEADS = [
    "Die Plätze werden so vergeben:",
    "Die Sitze verteilen sich wie folgt:",
    "Die Sitze werden wie folgt verteilt:",
    "Die Plätze verteilen sich so:",
]


def seat_table(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    items = _members(draw, 2, 6)
    seats = [draw(st.integers(1, 3)) for _ in items]
    sep = draw(st.sampled_from(["\t", "    ", "  "]))
    org = draw(st.sampled_from(["Institution", "Einrichtung", "Organisation", "Bereich"]))
    col = draw(st.sampled_from(["Sitze", "Plätze", "Anzahl", "Personen"]))
    total = draw(st.sampled_from(["Gesamt", "Insgesamt", "Summe"]))
    rows = [f"{org}{sep}{col}", *(f"{o.name}{sep}{n}" for o, n in zip(items, seats, strict=True))]
    rows.append(f"{total}{sep}{sum(seats)}")
    text = "\n\n".join(
        [intro(draw, g), draw(st.sampled_from(SEAT_LEADS)), "\n".join(rows), draw(st.sampled_from(AFTER))]
    )
    exp = Expected({g.name: [(o.name, o.sector) for o in items]}, {g.name: sum(seats)})
    return text + "\n", exp


def parenthesis(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    items = _members(draw, 2, 6)
    cut = draw(st.integers(1, len(items) - 1))
    first, second = items[:cut], items[cut:]

    def join(xs: list[Org]) -> str:
        return xs[0].name if len(xs) == 1 else ", ".join(o.name for o in xs[:-1]) + " und " + xs[-1].name

    labels = draw(
        st.sampled_from(
            [("ständig dabei", "auf Zeit gewählt"), ("ständige Mitglieder", "beratend"), ("fest", "nach Bedarf")]
        )
    )
    mark = draw(st.sampled_from(BULLETS))
    bullet = f"{mark}{g.name} ({labels[0]}: {join(first)}; {labels[1]}: {join(second)})"
    other = draw(
        st.sampled_from(
            ["Arbeitsgruppen zu den einzelnen Handlungsfeldern", "Jährliche Integrationskonferenz", "Geschäftsstelle"]
        )
    )
    lines = [draw(st.sampled_from(["Der Prozess wird so organisiert:", "Gremien des Prozesses:"])), "", bullet]
    lines.insert(2 + draw(st.integers(0, 1)), f"{mark}{other}")
    text = "\n".join(lines) + "\n\n" + draw(st.sampled_from(AFTER[:2])) + "\n"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


FURNITURE = [
    ["Stadt Musterstadt – Integrationskonzept", "Seite {p} von 4"],
    ["Drucksache 2024/117", "- {p} -"],
    ["", "{p}"],
    ["Integrationskonzept 2024", "Gedruckt auf Recyclingpapier"],
    ["", "Druck vom 12.03.2024"],
]


def page_break(draw: Draw, before: str, after: str) -> str:
    """``before`` and ``after`` joined by a page break with furniture: a print note or page
    number at the foot, a running head on the next page."""
    head, foot = draw(st.sampled_from(FURNITURE))
    p = draw(st.integers(2, 3))
    foot = foot.format(p=p)
    top = head
    return before + "\n\n" + foot + "\n\f" + (top + "\n\n" if top else "") + after


def long_sentence(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from([x for x in GROUPS if not x.name.startswith("Arbeitskreis")]))
    items = _members(draw, 3, 6)
    old = items[:2]
    appo = draw(
        st.sampled_from(
            [
                f", bisher bestehend aus {old[0].dat} und {old[1].dat},",
                f" – bislang {old[0].nom} und {old[1].nom} –",
                f", in der bisher {old[0].nom} und {old[1].nom} mitwirken,"
                if g.nom.startswith("die")
                else f", in dem bisher {old[0].nom} und {old[1].nom} mitwirken,",
            ]
        )
    )
    verb = draw(st.sampled_from(["besteht", "setzt sich"]))
    middle = draw(
        st.sampled_from(
            [
                "nach dem Beschluss des Rates vom 12. März 2024 und der Neuordnung der Zuständigkeiten in der "
                "Verwaltung künftig",
                "seit der Fortschreibung des Konzepts im vergangenen Jahr und auf Vorschlag der Verwaltung",
            ]
        )
    )
    names = ", ".join(o.dat for o in items[:-1]) + " und " + items[-1].dat
    zusammen = " zusammen" if verb == "setzt sich" else ""
    head = f"{intro(draw, g)}\n\n{_cap(g.nom)}{appo} {verb} {middle}"
    text = page_break(draw, head, f"aus {names}{zusammen}.") + "\n\nSie tagt zweimal im Jahr.\n"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


# group words found by their head: name, nominative with article, dative with article
HEADS = [
    ("Integrationsrunde", "die Integrationsrunde", "der Integrationsrunde", "f"),
    ("Koordinierungsrunde", "die Koordinierungsrunde", "der Koordinierungsrunde", "f"),
    ("Integrationsforum", "das Integrationsforum", "dem Integrationsforum", "n"),
    ("Fachforum Integration", "das Fachforum Integration", "dem Fachforum Integration", "n"),
    ("Expertenkreis", "der Expertenkreis", "dem Expertenkreis", "m"),
    ("Integrationskreis", "der Integrationskreis", "dem Integrationskreis", "m"),
    ("Netzwerkgruppe", "die Netzwerkgruppe", "der Netzwerkgruppe", "f"),
    ("Runder Tisch Integration", "der Runde Tisch Integration", "dem Runden Tisch Integration", "m"),
    ("Planungsrunde", "die Planungsrunde", "der Planungsrunde", "f"),
    ("Fachgruppe Integration", "die Fachgruppe Integration", "der Fachgruppe Integration", "f"),
]


def head(draw: Draw) -> tuple[str, Expected]:
    name, nom, dat, gender = draw(st.sampled_from(HEADS))
    a = {"f": "Eine", "n": "Ein", "m": "Ein"}[gender]
    indef = a + (" " if name != "Runder Tisch Integration" else " ")
    items = _members(draw, 2, 4, [o for o in SINGLE if not o.name.startswith("Amt für Soziales")])
    style = draw(st.sampled_from(["mit", "set_up", "tasked", "gehoeren", "besteht"]))
    names_gen = ", ".join(o.gen for o in items[:-1]) + " und " + items[-1].gen
    names_nom = ", ".join(o.nom for o in items[:-1]) + " und " + items[-1].nom
    names_dat = ", ".join(o.dat for o in items[:-1]) + " und " + items[-1].dat
    vertreter = draw(st.sampled_from(["Vertreterinnen", "Vertretern", "Vertreterinnen und Vertretern"]))
    if name == "Runder Tisch Integration":
        indef = "Ein Runder Tisch Integration"
    else:
        indef = f"{a} {name}"
    members = [(o.name, o.sector) for o in items]
    if style == "mit":
        sentence = f"{indef} mit {vertreter} {names_gen} soll den Prozess begleiten."
    elif style == "set_up":
        sentence = f"Zur Steuerung des Integrationsprozesses wird {indef[0].lower() + indef[1:]} eingerichtet."
        members = []
    elif style == "tasked":
        sentence = f"{indef} soll die Umsetzung des Integrationskonzepts begleiten."
        members = []
    elif style == "gehoeren":
        sentence = (
            f"Zur Begleitung des Prozesses wird {indef[0].lower() + indef[1:]} gebildet. "
            f"{_cap(dat)} gehören {names_nom} an."
        )
    else:
        sentence = (
            f"Zur Begleitung des Prozesses wird {indef[0].lower() + indef[1:]} gebildet. "
            f"{_cap(nom)} besteht aus {names_dat}".rstrip(".")
            + "."
        )
    text = sentence + " " + draw(st.sampled_from(["", "Die Geschäftsstelle liegt beim Sozialamt."]))
    return text.strip() + "\n", Expected({name: members})


def page_break_list(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    items = _members(draw, 3, 6)
    lead = draw(st.sampled_from([f"{_cap(g.nom)} setzt sich wie folgt zusammen:", f"Mitglieder {g.gen}:"]))
    lines = bullets(draw, items)
    cut = draw(st.integers(1, len(lines) - 1))
    hyphen = draw(st.booleans())
    before, after = lines[:cut], lines[cut:]
    last = before[-1]
    name = items[cut - 1].name
    if hyphen and len(name) > 9 and " " not in name[-8:] and name[-5].islower():
        k = len(name) - 5  # "Volkshoch-" / "schule"
        before[-1] = last[: len(last) - len(name)] + name[:k] + "-"
        after = [name[k:], *after]
    text = page_break(draw, "\n".join([intro(draw, g), "", lead, "", *before]), "\n".join(after))
    text += "\n\n" + draw(st.sampled_from(AFTER[:2])) + "\n"
    return text, Expected({g.name: [(o.name, o.sector) for o in items]})


def size(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    n = draw(st.integers(0, len(NUMBERS) - 1))
    pron = {"die": "Ihr", "der": "Ihm"}[g.nom.split()[0]]
    nom_pron = {"die": "Sie", "der": "Er"}[g.nom.split()[0]]
    said = draw(
        st.sampled_from(
            [
                f"{pron} gehören höchstens {NUMBERS[n]} Personen an.",
                f"{pron} gehören {NUMBERS[n]} Mitglieder an.",
                f"{nom_pron} umfasst {NUMBERS[n]} Personen.",
                f"{nom_pron} hat maximal {NUMBERS[n]} Mitglieder.",
            ]
        )
    )
    text = f"{intro(draw, g)} {said} {_cap(g.nom)} tagt zweimal im Jahr.\n"
    return text, Expected({g.name: []}, {g.name: n + 2})


# the marks of a nested list: its top level, and its sub-bullets (another mark than the top's)
TOP_MARKS = ["• ", "- ", "\uf0b7 ", "▪ "]
SUB_MARKS = ["o ", "▪ ", "– ", "◦ ", "- "]
PERSONS = ["Frau Dr. Schmidt", "Herr Yilmaz", "Frau Becker", "Herr Dr. Wagner", "Frau Nowak", "Herr Hoffmann"]


def nested(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    items = _members(draw, 2, 6)
    top = draw(st.sampled_from(TOP_MARKS))
    sub = draw(st.sampled_from([m for m in SUB_MARKS if m != top]))
    indent = draw(st.sampled_from(["", "  ", "    "]))
    lines: list[str] = []
    if draw(st.booleans()):  # sector labels over their members
        order: list[str] = []
        for o in items:
            if o.sector not in order:
                order.append(o.sector)
        items = [o for s in order for o in items if o.sector == s]
        colon = draw(st.sampled_from(["", ":"]))
        for s in order:
            lines.append(f"{top}{SECTOR_LABELS[s]}{colon}")
            lines += [f"{indent}{sub}{o.name}" for o in items if o.sector == s]
    else:  # members over the persons who represent them
        for o in items:
            lines.append(f"{top}{o.name}")
            people = draw(st.lists(st.sampled_from(PERSONS), max_size=2, unique=True))
            lines += [f"{indent}{sub}{p}" for p in people]
    lead = draw(st.sampled_from([x for x in LEADS if x != "Mitglieder:"]))
    parts = [intro(draw, g), lead, "\n".join(lines)]
    after = draw(st.sampled_from(AFTER))
    if after:
        parts.append(after)
    return "\n\n".join(parts) + "\n", Expected({g.name: [(o.name, o.sector) for o in items]})


def _hyphenated(name: str) -> str:
    """ "Lenkungsgruppe" -> "Lenkungs-Gruppe", "Integrationsforum" -> "Integrations-Forum"."""
    for head_ in ("gruppe", "kreis", "runde", "forum"):
        if name.endswith(head_) and len(name) > len(head_) + 3:
            return name[: -len(head_)] + "-" + head_.capitalize()
    return name


def hyphen(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from([x for x in GROUPS if " " not in x.name and _hyphenated(x.name) != x.name]))
    name = _hyphenated(g.name)
    article = g.nom.split()[0]
    dat = {"die": "Der", "der": "Dem", "das": "Dem"}[article]
    indef = {"die": "eine", "der": "ein", "das": "ein"}[article]
    items = _members(draw, 2, 4)
    names_nom = ", ".join(o.nom for o in items[:-1]) + " und " + items[-1].nom
    sentence = draw(
        st.sampled_from(
            [
                f"Zur Steuerung des Integrationsprozesses wird {indef} {name} eingerichtet. "
                f"{dat} {name} gehören {names_nom} an.",
                f"Zur Begleitung des Prozesses wurde {indef} {name} gebildet.\n\nBenannt sind folgende "
                "Mitglieder:\n\n" + "\n".join(bullets(draw, items)),
            ]
        )
    )
    return sentence + "\n", Expected({name: [(o.name, o.sector) for o in items]})


PLURALS = [
    "Daneben werden drei Arbeitskreise zu den Handlungsfeldern gebildet.",
    "Zu den Handlungsfeldern arbeiten Integrationsforen.",
    "Für die Umsetzung werden Arbeitskreise eingerichtet, die viermal im Jahr tagen.",
    "Außerdem tagen zwei Fachforen zu Sprache und Arbeit.",
    "Daneben gibt es Projektgruppen zu den einzelnen Maßnahmen.",
]


def plural(draw: Draw) -> tuple[str, Expected]:
    g = draw(st.sampled_from(GROUPS))
    items = _members(draw, 4, 7)
    first, second = items[:2], items[2:]
    names = ", ".join(o.nom for o in first[:-1]) + " und " + first[-1].nom
    pron = {"die": "Ihr", "der": "Ihm"}[g.nom.split()[0]]
    lead = draw(st.sampled_from([x for x in LEADS if x != "Mitglieder:"]))
    parts = [
        f"{intro(draw, g)} {pron} gehören {names} an.",
        draw(st.sampled_from(PLURALS)),
        lead,
        "\n".join(bullets(draw, second)),
    ]
    return "\n\n".join(parts) + "\n", Expected({g.name: [(o.name, o.sector) for o in first]})


GENERATORS = {
    "nested": nested,
    "hyphen": hyphen,
    "plural": plural,
    "lead_in": lead_in,
    "seat_table": seat_table,
    "parenthesis": parenthesis,
    "long_sentence": long_sentence,
    "head": head,
    "page_break": page_break_list,
    "size": size,
}


# --- negatives: the same layouts where nothing is a member -------------------------------------

NOT_GROUPS = [
    ("Zielgruppe", "der Zielgruppe"),
    ("Ziel-Gruppe", "der Ziel-Gruppe"),
    ("Teilnehmer-Kreis", "dem Teilnehmer-Kreis"),
    ("Personengruppe", "der Personengruppe"),
    ("Personenkreis", "dem Personenkreis"),
    ("Teilnehmerkreis", "dem Teilnehmerkreis"),
    ("Landkreis", "dem Landkreis"),
    ("Altersgruppe", "der Altersgruppe"),
    ("Fragerunde", "der Fragerunde"),
]


def negative(draw: Draw, family: str) -> str:
    """A passage of ``family``'s layout that has no member to read."""
    items = _members(draw, 2, 4)
    g = draw(st.sampled_from(GROUPS))
    if family == "nested":  # a line of prose that starts with the letter "o" is no bullet
        line = draw(
            st.sampled_from(["o. g. Institutionen", "o. ä. Einrichtungen", "o.g. Träger", "o weh, Einrichtungen"])
        )
        return (
            f"{intro(draw, g)}\n\nDie Verwaltung wird gebeten, die Mitglieder aus den Kreisen der\n"
            f"{line} zu benennen. Die Benennung erfolgt bis zum Sommer.\n"
        )
    if family in ("hyphen", "plural"):  # a plural group word and a hyphenated one of another matter
        names = ", ".join(o.nom for o in items[:-1]) + " und " + items[-1].nom
        return draw(
            st.sampled_from(
                [
                    f"Für die Umsetzung werden Arbeitskreise gebildet. Den Arbeitskreisen gehören {names} an.\n",
                    "Zu den Handlungsfeldern tagen Integrationsforen.\n\nBenannt sind folgende Mitglieder:\n\n"
                    + "\n".join(bullets(draw, items))
                    + "\n",
                    f"Für die Ziel-Gruppe wird ein Angebot eingerichtet. Beteiligt sind {names}.\n",
                ]
            )
        )
    if family in ("lead_in", "page_break"):
        lead = draw(
            st.sampled_from(
                [
                    "Anwesend waren:",
                    "Folgende Maßnahmen sind vorgesehen:",
                    "Die Ziele sind:",
                    "Zur Sitzung wurden eingeladen:",
                ]
            )
        )
        body = "\n".join(bullets(draw, items))
        text = f"{intro(draw, g)}\n\n{lead}\n\n{body}\n"
        return page_break(draw, text, "Die Verwaltung berichtet jährlich.\n") if family == "page_break" else text
    if family == "seat_table":
        n = draw(st.sampled_from(NUMBERS[:4]))
        return (
            f"{intro(draw, g)} {_cap(g.dat)} gehören je {n} Personen aus Rat und Verwaltung an.\n\n"
            "Die Termine werden so vergeben:\n\nMonat\tThema\nMärz\tAuftakt\nMai\tWorkshop\n"
        )
    if family == "parenthesis":
        mark = draw(st.sampled_from(BULLETS))
        return f"Gremien des Prozesses:\n\n{mark}{g.name} (siehe Anlage 2)\n{mark}Jährliche Integrationskonferenz\n"
    if family == "head":
        noun, dat = draw(st.sampled_from(NOT_GROUPS))
        names = ", ".join(o.nom for o in items[:-1]) + " und " + items[-1].nom
        return (
            draw(
                st.sampled_from(
                    [
                        f"{_cap(dat)} gehören {names} an.",
                        f"Für {dat.split()[0] == 'dem' and 'den' or 'die'} {noun} wird ein Angebot eingerichtet.",
                        f"Die Arbeitsgruppen zu den Handlungsfeldern bestehen aus {items[0].dat} und {items[1].dat}.",
                        # a group word of another matter: a faction, a Kita group, an action group of a region
                        f"Beratungsfolge\nRatsgruppe SPD / Grüne Beratung\n\nDer Ratsgruppe gehören {names} an.",
                        "Die Verwaltung wird mit der Einrichtung einer Kindergartengruppe beauftragt.",
                        f"Innerhalb der Region wird eine Lokale Aktionsgruppe gegründet. Ihr gehören {names} an.",
                        "Am 13. September 2022 fand ein Lokalforum des Zweckverbands im Baugebiet statt.",
                    ]
                )
            )
            + "\n"
        )
    if family == "long_sentence":
        names = ", ".join(o.dat for o in items[:-1]) + " und " + items[-1].dat
        head_ = "Das Konzept, erarbeitet in vielen Gesprächen, besteht nach dem Beschluss des Rates vom 12. März 2024"
        return page_break(draw, head_, f"aus drei Teilen; beraten wurde es mit {names}.\n")
    # size
    return f"{intro(draw, g)} Die Stadt hat {draw(st.sampled_from(NUMBERS))} Stadtteile.\n"
