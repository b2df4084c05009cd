"""A generator of Beratungsfolgen grouped by body, as a council information system's submission
page gives them when saved or copied as text (ALLRIS's ``vo020``): a line per body with its role at
the line's end, then a line per meeting of that body: the date alone with the meeting's name and
result on the next line, or the date and the meeting's name (or only its result) on one line. A body
may have several meetings (adjourned, read twice) or none yet (planned: no consultation).

The axes: the page's head (a site title or none, the number, the subject, status and type glued to
their labels as a page's text runs them together), the body names (with a head word, a place after
it, an abbreviation, or a committee named by its subject alone, placed by its role and date), the role
at the line's end (or none, or a reading "1. Lesung", no role of the vocabulary), the meetings of each
body and the form of each meeting's lines, trailing spaces, and how the block ends: a blank line and
the section headings, or the attachments' label at once, whose dated titles must yield nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hypothesis import strategies as st

# (name, its genitive in a meeting's name)
BODIES = [
    ("Ausschuss für Soziales, Gesundheit und Integration", "des Ausschusses für Soziales, Gesundheit und Integration"),
    ("Jugendhilfeausschuss", "des Jugendhilfeausschusses"),
    ("Rat der Stadt Musterstadt", "des Rates der Stadt Musterstadt"),
    ("Bezirksverordnetenversammlung Musterbezirk", "der Bezirksverordnetenversammlung Musterbezirk"),
    ("BVV Musterbezirk", "der Bezirksverordnetenversammlung Musterbezirk"),
    ("Integrationsbeirat", "des Integrationsbeirates"),
    ("FA Stadtentwicklung und Bau", "des Fachausschusses Stadtentwicklung und Bau"),
    ("Ortsrat Nord", "des Ortsrates Nord"),
    # a committee named by its subject alone: only its role and the date below place it
    ("Bildung, Kultur und Sport", "des Ausschusses für Bildung, Kultur und Sport"),
    ("Partizipation und Integration", "des Ausschusses für Partizipation und Integration"),
]
UNHEADED = {"Bildung, Kultur und Sport", "Partizipation und Integration"}
# (the words at the line's end, the role read from them)
ROLES = [
    ("Vorberatung", "preliminary"),
    ("Empfehlung", "preliminary"),
    ("zur Vorberatung", "preliminary"),
    ("Entscheidung", "decision"),
    ("Beschlussfassung", "decision"),
    ("zur Kenntnisnahme", "information"),
    ("Information zur Kenntnis", "information"),
    ("Anhörung", "deliberation"),
    ("Stellungnahme", "deliberation"),
    ("1. Lesung", None),
    ("", None),
]
RESULTS = ["ungeändert beschlossen", "vertagt", "zur Kenntnis genommen", "überwiesen", "", "mit Änderungen beschlossen"]
# how a meeting's lines are set: the date alone over the meeting's name and result; the date and the
# meeting's name on one line; the date and the result on one line
MEETING_FORMS = ("below", "same_line", "result_only")
HEADS = [
    "",
    "Ratsinformationssystem\n\n",
    "Bürgerinfo - Stadt Musterstadt\n\n",
]
AFTER = {
    "sections": "\n\nBeschlussvorschlag\nSachverhalt\nFinanzielle Auswirkungen\nAnlage/n\n\n"
    "Beschlussvorschlag:\n\nDer Rat beschließt das Konzept.\n",
    # the attachments' label at once, dated titles under it
    "attachments": "\nAnlagen:\n1. Antrag vom 12.02.2021\n2. Beschluss vom 21.04.2021\n\n"
    "Das Bezirksamt wird ersucht, bis zum 30.06.2021 zu berichten.\n",
}


@dataclass(frozen=True)
class Meeting:
    date: datetime.date
    number: int
    form: str
    result: int  # index into RESULTS


@dataclass(frozen=True)
class Group:
    body: int  # index into BODIES
    role: int  # index into ROLES
    meetings: tuple[Meeting, ...]  # none: planned


@dataclass(frozen=True)
class GroupedPage:
    head: int
    groups: tuple[Group, ...]
    trailing: bool  # spaces after the date and the meeting lines, as the page's text keeps them
    after: str

    def text(self) -> str:
        pad = "   " if self.trailing else ""
        out = [
            f"{HEADS[self.head]}Vorlage - 2021/0123  \n\n \n"
            "Betreff: Integrationskonzept der Stadt Musterstadt\n"
            "Status:öffentlichVorlage-Art:Beschlussvorlage\n"
            "Federführend:Büro für Integration Bearbeiter/-in: Muster, Erika\n"
            "Beratungsfolge:"
        ]
        for g in self.groups:
            name, genitive = BODIES[g.body]
            words = ROLES[g.role][0]
            out.append(f"{name} {words}".rstrip())
            for m in g.meetings:
                day = m.date.strftime("%d.%m.%Y")
                meeting = f"{m.number}. öffentliche Sitzung {genitive}"
                result = RESULTS[m.result]
                if m.form == "below":
                    out.extend([day + (" " if self.trailing else ""), f"{meeting} {result}".rstrip() + pad])
                elif m.form == "same_line":
                    out.append(f"{day}    {meeting} {result}".rstrip() + pad)
                else:
                    out.append(f"{day}      {result or 'vertagt'}" + pad)
        return "\n".join(out) + AFTER[self.after]

    def html(self) -> str:
        """The same page as its system serves it: the Beratungsfolge a table, a row of the body (its
        name over two columns) and its role, a row of each meeting's date, name and result."""
        rows = ['<tr><th colspan="3">Beratungsfolge:</th></tr>']
        for g in self.groups:
            name, genitive = BODIES[g.body]
            rows.append(f'<tr><td colspan="2">{name}</td><td>{ROLES[g.role][0]}</td></tr>')
            for m in g.meetings:
                meeting, result = f"{m.number}. öffentliche Sitzung {genitive}", RESULTS[m.result]
                if m.form == "result_only":  # no meeting's name: its result stands, as on the text page
                    meeting, result = "", result or "vertagt"
                rows.append(f"<tr><td>{m.date:%d.%m.%Y}</td><td>{meeting}</td><td>{result}</td></tr>")
        return (
            '<html><head><meta charset="utf-8"><title>Vorlage - 2021/0123</title></head><body>'
            "<h1>Vorlage - 2021/0123</h1><table><tr><td>Betreff:</td><td>Integrationskonzept</td></tr>"
            "<tr><td>Status:</td><td>öffentlich</td><td>Vorlage-Art:</td><td>Beschlussvorlage</td></tr></table>"
            f"<table>{''.join(rows)}</table><h2>Sachverhalt</h2><p>Der Rat beschließt das Konzept.</p>"
            "<h2>Anlagen:</h2><p>1. Antrag vom 12.02.2021</p></body></html>"
        )

    def expected(self) -> list[tuple[str, str, str | None]]:
        return [(BODIES[g.body][0], m.date.isoformat(), ROLES[g.role][1]) for g in self.groups for m in g.meetings]


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    return Meeting(
        date=draw(st.dates(datetime.date(2005, 1, 1), datetime.date(2026, 12, 31))),
        number=draw(st.integers(1, 60)),
        form=draw(st.sampled_from(MEETING_FORMS)),
        result=draw(st.integers(0, len(RESULTS) - 1)),
    )


@st.composite
def groups(draw: st.DrawFn) -> Group:
    body = draw(st.integers(0, len(BODIES) - 1))
    # a name without a head word is placed by its role and its meeting's date below it
    unheaded = BODIES[body][0] in UNHEADED
    roles = [k for k, (words, rid) in enumerate(ROLES) if rid is not None] if unheaded else range(len(ROLES))
    return Group(
        body=body,
        role=draw(st.sampled_from(list(roles))),
        meetings=tuple(
            draw(st.lists(meetings(), min_size=1 if unheaded else 0, max_size=3, unique_by=lambda m: m.date))
        ),
    )


@st.composite
def grouped_pages(draw: st.DrawFn) -> GroupedPage:
    drawn = draw(st.lists(groups(), min_size=1, max_size=5, unique_by=lambda g: g.body))
    if not any(g.meetings for g in drawn):  # a block of this form has a dated meeting
        drawn[0] = Group(drawn[0].body, drawn[0].role, (draw(meetings()),))
    return GroupedPage(
        head=draw(st.integers(0, len(HEADS) - 1)),
        groups=tuple(drawn),
        trailing=draw(st.booleans()),
        after=draw(st.sampled_from(sorted(AFTER))),
    )
