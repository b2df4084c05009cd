"""Facilitators as council submissions name them, and the names in the same sentences that are no
facilitators: a generator per family, each drawing a sentence (or a heading and a sentence) and
the rows the extractor must give, (name, organisation, fee).

Negatives (no one engaged, though a role word and an engagement word stand in the sentence):

- ``common_noun``: an organisation named by a common noun alone ("durch das Beratungsbüro
  begleitet"), also with a lower-case name after it that no pattern reads ("Das Moderationsbüro
  suedlicht, Freiburg, hat die Veranstaltungen moderiert");
- ``indefinite``: a kind of office after an indefinite article ("die Beauftragung eines externen
  Instituts für Sozialforschung zur Evaluation");
- ``subject_matter``: the organisation an action noun acts on ("Durch die Kommunalisierung der X
  GmbH …", "Die Vorbereitungen zur Gründung der „X eG“ werden … begleitet"), with the real
  facilitator of the sentence read when there is one;
- ``client``: the agent of a passive "beauftragt" commissions ("Die Evaluation wurde durch die X
  GmbH beauftragt");
- ``offer``: advice as a service offered to others ("die kostenlose Erstberatung durch die X",
  "die Möglichkeit auf Beratung durch das Y");
- ``study``: a study, no support ("wurde durch die Hochschule X im Rahmen einer wissenschaftlichen
  Studie untersucht", "wissenschaftliche Symposien");
- ``document``: a document named by a role ("die Bewertung durch den Evaluationsbericht");
- ``deliberation``: a group that "berät" deliberates ("einen Lenkungskreis aus Vertretern der X …
  zu bilden, um die Entscheidungen zu beraten");
- ``cooperation``: under a heading of a role, a sentence of cooperation alone ("Methodik der
  Evaluation" over "Der Fragebogen wurde in Zusammenarbeit mit der X übersetzt").
- ``offer_presented``: a consultant who only presents her offer ("Frau Dr. X von der Y stellt das Angebot
  ihres Büros zur Begleitung … vor");
- ``other_support``: support of other work ("Die Turnhalle wurde mit Unterstützung der X saniert").

Positives (the counterparts that must stay read):

- ``subunits``: sub-units in brackets after the organisation stay with it (one row);
- ``university``: a person and an institute of a university in an apposition, one row ("unter
  Begleitung von Professor X, Institut für Y der Universität Z");
- ``office_for``: an office's name with a name of its own and a "für" complement ("Das Büro
  Netzwerk für Planung und Kommunikation ist mit der Moderation beauftragt");
- ``role_genitive``: a role noun before the genitive is the agent ("unter Begleitung der X
  durchgeführt"), and so is an engagement noun ("der Beauftragung der X mit der Prozessbegleitung");
- ``advised_group``: a group advised by someone ("Die Begleitgruppe wird von der X beraten", "Die X
  berät die Lenkungsgruppe");
- ``role_cooperation``: cooperation in a sentence with a role word of its own ("Die Evaluation
  erfolgt in Zusammenarbeit mit der X").
- ``quoted_name``: a name in quotes after the noun of its kind, lower-case words too, kept whole;
- ``concept_support``: the drafting of the concept with an institute's support ("haben mit Unterstützung
  des Instituts X am Integrationskonzept gearbeitet").
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from tests.generators.field_layouts import wrap

Row = tuple[str | None, str | None, float | None]

COMMON_NOUNS = [  # (noun, gender)
    ("Beratungsbüro", "n"),
    ("Moderationsbüro", "n"),
    ("Marktforschungsinstitut", "n"),
    ("Kommunikationsagentur", "f"),
    ("Beteiligungsagentur", "f"),
    ("Sozialforschungsinstitut", "n"),
]
LOWER_NAMES = ["", "", " suedlicht, Freiburg,", " stadt|raum, Köln,", " sieber I partner"]
COMPANIES = [  # (name, gender): names with a legal form
    ("Planwerk Nord GmbH", "f"),
    ("Gebit Münster GmbH & Co. KG", "f"),
    ("Kommunalberatung Süd GmbH", "f"),
    ("Prognos AG", "f"),
]
MATTERS = [("Stadtmarketing Nord GmbH", "f"), ("Quartiersgenossenschaft Süd eG", "f"), ("Festival Kultur e. V.", "m")]
ACTIONS = ["Kommunalisierung", "Gründung", "Umwandlung", "Auflösung", "Fusion"]
UNIVERSITIES = [("Hochschule Esslingen", "f"), ("Universität Heidelberg", "f"), ("Hochschule Karlsruhe", "f")]
SUBUNITS = ["Institut für Alltagskultur und Gesundheit", "Institut für Ökonomie", "Institut für Sozialplanung"]
SURNAMES = ["Hermann", "Lindqvist", "Brandt"]
QUOTED = [
    "Organisationsberatung Lotse people and change",
    "Prozessberatung Weitsicht und Wandel",
    "Organisationsberatung Brücke",
]
# support of other work than the process: no facilitator
OTHER_SUPPORT = [
    "Die Turnhalle wurde mit Unterstützung der {company} saniert.",
    "Das Stadtfest fand mit Unterstützung der {uni} statt.",
]
OFFICES_FOR = [
    "Büro Netzwerk für Planung und Kommunikation",
    "Büro Weitblick für Beteiligung",
    "Agentur Nordlicht für Dialog",
]
ARTICLE = {"nom": {"f": "die", "n": "das", "m": "der"}, "dat": {"f": "der", "n": "dem", "m": "dem"}}
ACC = {"f": "die", "n": "das", "m": "den"}


@dataclass(frozen=True)
class Drawn:
    family: str
    text: str
    rows: list[Row]


def _wrapped(draw: st.DrawFn, text: str) -> str:
    """The paragraph at any width, hyphenated or not; a no-break space ("_") kept as a space."""
    return wrap(text, draw(st.integers(35, 100)), draw(st.booleans())).replace("_", " ") + "\n"


@st.composite
def not_engaged(draw: st.DrawFn) -> Drawn:
    """A sentence with a role and an engagement word whose names are no facilitators (a
    facilitator named beside the matter acted on is read)."""
    family = draw(st.sampled_from(NEGATIVE_FAMILIES))
    company, gender = draw(st.sampled_from(COMPANIES))
    uni, _ = draw(st.sampled_from(UNIVERSITIES))
    rows: list[Row] = []
    if family == "common_noun":
        noun, g = draw(st.sampled_from(COMMON_NOUNS))
        name = draw(st.sampled_from(LOWER_NAMES))
        text = draw(
            st.sampled_from(
                [
                    f"Der Prozess wird durch {ACC[g]} {noun}{name} begleitet.",
                    f"{ARTICLE['nom'][g].capitalize()} {noun}{name} hat die Veranstaltungen moderiert.",
                    f"Die Nutzerumfrage erfolgt durch externes {noun} zur Evaluation des Angebots.",
                ]
            )
        )
    elif family == "indefinite":
        kind = draw(st.sampled_from(["eines externen Instituts für Sozialforschung", "einer Agentur für Dialog"]))
        text = f"Vorgesehen ist die Beauftragung {kind} zur Evaluation des Konzepts."
    elif family == "subject_matter":
        matter, g = draw(st.sampled_from(MATTERS))
        action = draw(st.sampled_from(ACTIONS))
        quoted = draw(st.sampled_from([matter, f"„{matter}“"]))
        if draw(st.booleans()):
            text = f"Die Vorbereitungen zur {action} der {quoted} werden beratend von der {company} begleitet."
            rows = [(None, company, None)]
        else:
            text = f"Durch die {action} der {quoted} wird eine Einheit geschaffen, die städtische Projekte begleitet."
    elif family == "client":
        role = draw(st.sampled_from(["Die Evaluation", "Die Moderation", "Als Evaluationsmethode die Zählung"]))
        verb = "werden" if role.startswith("Als") else "wurde"
        text = f"{role} {verb} durch {ACC[gender]} {company} beauftragt."
    elif family == "offer":
        text = draw(
            st.sampled_from(
                [
                    f"Unternehmen werden auf die kostenlose Erstberatung durch {ACC[gender]} {company} hingewiesen.",
                    f"Weiterhin besteht jederzeit die Möglichkeit auf Beratung durch {ACC[gender]} {company}.",
                ]
            )
        )
    elif family == "study":
        text = draw(
            st.sampled_from(
                [
                    f"Die Auswirkung auf den ÖPNV wurde durch die {uni} im Rahmen einer wissenschaftlichen "
                    "Studie untersucht.",
                    f"Die {uni} wird wissenschaftliche Symposien aufsetzen und Masterarbeiten vergeben.",
                    f"Der Mietspiegel wurde nach wissenschaftlichen Kriterien erstellt und von der {company} "
                    "anerkannt.",
                ]
            )
        )
    elif family == "document":
        text = (
            "Auf der Basis der positiven Bewertung durch den Evaluationsbericht ist die "
            f"{company} zu einem weiteren Ausbau bereit."
        )
    elif family == "deliberation":
        text = (
            f"Vorgesehen ist, einen Lenkungskreis aus Vertretern der {uni} und der {company} zu bilden, "
            "um die weiteren Schritte abzustimmen und die Entscheidungen zu beraten."
        )
    elif family == "offer_presented":
        who = f"Frau Dr. {draw(st.sampled_from(SURNAMES))}"
        verb = draw(
            st.sampled_from(
                ["stellt das Angebot ihres Büros zur Begleitung {x} vor", "präsentiert ihr Angebot zur Moderation {x}"]
            )
        )
        text = f"{who} von der {company} {verb.format(x='der Erarbeitung eines Integrationskonzepts')}."
    elif family == "other_support":
        text = draw(st.sampled_from(OTHER_SUPPORT)).format(company=company, uni=uni)
    else:  # cooperation under a heading of a role
        body = _wrapped(draw, f"Der Fragebogen wurde in Zusammenarbeit mit der {company} in leichte Sprache übersetzt.")
        return Drawn(family, f"Methodik der Evaluation\n\n{body}", rows)
    return Drawn(family, _wrapped(draw, _nbsp(text)), rows)


@st.composite
def engaged(draw: st.DrawFn) -> Drawn:
    """A facilitation sentence whose facilitator must be read as one row."""
    family = draw(st.sampled_from(POSITIVE_FAMILIES))
    company, gender = draw(st.sampled_from(COMPANIES))
    uni, _ = draw(st.sampled_from(UNIVERSITIES))
    if family == "subunits":
        subs = draw(st.lists(st.sampled_from(SUBUNITS), min_size=1, max_size=2, unique=True))
        text = f"Die Evaluation wurde durch die {uni} ({', '.join(subs)}) durchgeführt."
        rows: list[Row] = [(None, uni, None)]
    elif family == "university":
        who = f"Professor {draw(st.sampled_from(SURNAMES))}"
        institute = draw(st.sampled_from(["Institut für Kriminologie", "Institut für Soziologie"]))
        text = f"Die Audits werden unter Begleitung von {who}, {institute} der {uni}, durchgeführt."
        rows = [(who, f"{institute} der {uni}", None)]
    elif family == "office_for":
        office = draw(st.sampled_from(OFFICES_FOR))
        gender_of = "f" if office.startswith("Agentur") else "n"
        text = (
            f"{ARTICLE['nom'][gender_of].capitalize()} {office} aus Stuttgart ist mit der Moderation des "
            "Beteiligungsprozesses beauftragt."
        )
        rows = [(None, office, None)]
    elif family == "role_genitive":
        text = f"Die Umsetzung wird unter Begleitung der {company} durchgeführt."
        rows = [(None, company, None)]
    elif family == "engaged_genitive":  # "Beauftragung der X": the one engaged, not a matter acted on
        text = f"Der Gemeinderat stimmt der Beauftragung der {company} mit der Prozessbegleitung zu."
        rows = [(None, company, None)]
    elif family == "advised_group":
        text = draw(
            st.sampled_from(
                [f"Die Begleitgruppe wird von der {company} beraten.", f"Die {company} berät die Lenkungsgruppe."]
            )
        )
        rows = [(None, company, None)]
    elif family == "quoted_name":  # a name in quotes after the noun of its kind, lower-case words too
        quoted = draw(st.sampled_from(QUOTED))
        text = (
            f"{draw(st.sampled_from(SURNAMES))} von der „{quoted}“, die das Konzept mit der Stadt entwickelt, "
            "stellte die Leitziele im Ausschuss vor."
        )
        rows = [(None, quoted, None)]
    elif family == "concept_support":  # the drafting of the concept supported by an institute
        institute = draw(st.sampled_from(SUBUNITS))
        genitive = institute.replace("Institut", "Instituts", 1)
        text = f"Fachleute aus Ämtern haben mit Unterstützung des {genitive} am Integrationskonzept gearbeitet."
        rows = [(None, institute, None)]
    else:  # cooperation with a role word of its own
        text = f"Die Evaluation erfolgt in Zusammenarbeit mit der {company}."
        rows = [(None, company, None)]
    return Drawn(family, _wrapped(draw, _nbsp(text)), rows)


def _nbsp(text: str) -> str:
    """Legal forms stay on one line, as typesetters keep them."""
    return text.replace("Co. KG", "Co._KG").replace("e. V.", "e._V.")


NEGATIVE_FAMILIES = [
    "common_noun",
    "indefinite",
    "subject_matter",
    "client",
    "offer",
    "study",
    "document",
    "deliberation",
    "cooperation",
    "offer_presented",
    "other_support",
]
POSITIVE_FAMILIES = [
    "subunits",
    "university",
    "office_for",
    "role_genitive",
    "engaged_genitive",
    "advised_group",
    "role_cooperation",
    "quoted_name",
    "concept_support",
]
