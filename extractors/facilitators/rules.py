"""The facilitator rules of ``resources/facilitators.yaml``, compiled once per resource set."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered, prefiltered_with
from extractors.german.membership import membership
from extractors.resources import Resources, typed


@dataclass(frozen=True)
class Agency:
    """Who the subject of a role verb is (``agency`` of ``facilitators.yaml``)."""

    question: re.Pattern[str]  # an indirect question: ", ob …" names no one
    clause: re.Pattern[str]  # a subordinate clause with a subject of its own: ", dass …"
    participle: re.Pattern[str]  # the role verbs that may be a passive's participle
    passive: re.Pattern[str]  # a passive's auxiliary: "wird", "wurden", …
    agent: re.Pattern[str]  # a passive's agent: "von", "durch"
    listed: re.Pattern[str]  # the verb's subject named after a colon: "… begleiten werden:"
    noun_agent: Matcher  # a support noun's agent: "die Begleitung durch …", tried only where a support noun stands
    asker: re.Pattern[str]  # after a person asking in minutes: "möchte wissen", "fragt"
    front: re.Pattern[str]  # a passive opening with its participle: "Begleitet wird der Prozess von …"
    lead: re.Pattern[str]  # the lead of the work after its engagement: "Die Projektleitung hatte Dr. X"
    staff: re.Pattern[str]  # the organisation's person in its sentence: "(Projektleitung: Dr. X)", group `person`
    there: re.Pattern[str]  # persons at the organisation engaged before: "Die Begleitung übernehmen dort Frau X …"
    office: re.Pattern[str]  # the office a person runs, after the name: ", die in Ort ein Büro für X führt"
    greeting: re.Pattern[str]  # a letter's salutation before the name it is written to: "Sehr geehrter Herr"
    closing: re.Pattern[str]  # a letter's complimentary close over its signer: "Mit freundlichen Grüßen"
    writer: re.Pattern[str]  # the first person plural: a quoted letter's writer
    field: re.Pattern[str]  # a form's label of the one paid for the work: "Auftragnehmer", "Kreditor"
    field_contact: re.Pattern[str]  # the label of its person in the same form: "Ansprechpartner", "z. Hd."
    reference: re.Pattern[str]  # a label of a quoted letter's reference block: "Ihr Zeichen", "Unser Zeichen"
    letter_offer: re.Pattern[str]  # a letter's subject opening with an offer: "Angebot …"
    letter_award: re.Pattern[str]  # a letter awarding the work to the one it is written to: "Zuschlag"
    credit: re.Pattern[str]  # a title page's credit of the drafting: "Erarbeitet im Auftrag der Stadt X von"
    credit_title: re.Pattern[str]  # the title of the process's concept above it: "Integrationskonzept"


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
    net: re.Pattern[str]  # a net amount's mark right after it: "… € netto"
    tax: re.Pattern[str]  # the tax on a fee right before its amount: "zuzüglich 19 % Umsatzsteuer ("
    change: re.Pattern[str]  # the amount a fee changes by, right before it: "erhöht sich um"
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
    construction: Matcher  # a sentence about building work ("Bauüberwachung durch …")
    deliberation: re.Pattern[str]  # a body that deliberates: "Der Aufsichtsrat … berät"
    action_value: re.Pattern[str]  # a key-value line's value that is an action: "Überprüfung der …"
    owned_before: re.Pattern[str]  # what precedes a name of the town's own: "das städtische …"
    office_name: re.Pattern[str]  # a name with no proper name that an office of the town may bear
    own_context: re.Pattern[str]  # a sentence that places such a name in the town's administration
    official_after: re.Pattern[str]  # an apposition making a person an official: ", Leiterin des …amts"
    group_abbreviation: re.Pattern[str]  # a group named by its head's abbreviation: "AG Innenstadt"
    indefinite: re.Pattern[str]  # an indefinite article before a name: a kind of office ("eines externen Büros")
    subject_matter: re.Pattern[str]  # an action noun before its genitive: the name acted on ("Gründung der X eG")
    client_before: re.Pattern[str]  # the agent of a passive "beauftragt" commissions: "durch das Amt X … beauftragt"
    client_after: re.Pattern[str]
    offer: re.Pattern[str]  # advice offered to others as a service ("kostenlose Beratung durch …")
    cooperation: re.Pattern[str]  # an engagement word of cooperation only ("Zusammenarbeit mit")
    advised_by: re.Pattern[str]  # the agent of a passive "beraten": a group advised, not deliberating
    presented: re.Pattern[str]  # an offer only presented, not accepted ("stellt ihr Angebot … vor")
    other_task: re.Pattern[str]  # a task that is no facilitation ("Übersetzungen", "Druck")
    post_after: re.Pattern[str]  # an apposition naming a post of an organisation's staff: ", Koordinatorin des …"
    volunteered: re.Pattern[str]  # an offer to do a thing oneself: "hat angeboten, … einzurichten"
    bidders: re.Pattern[str]  # a table of bidders by its header: "Bieter   Angebot (brutto)   Rang"
    winner: re.Pattern[str]  # a bidder's row marked as the winner by its last cell: "… 1", "… Zuschlag"
    contractors: re.Pattern[str]  # a table of those engaged by its header: "Auftragnehmerin   Ansprechperson   …"
    contact: re.Pattern[str]  # its column of the contractor's person: "Ansprechperson", "Projektleitung"
    payees: re.Pattern[str]  # a list of payments by its header: "… Empfänger   Verwendungszweck   Betrag €"
    payee_contact: re.Pattern[str]  # a payee's person named in a row's purpose: "Ansprechp. H. Marx"
    withdrawn: re.Pattern[str]  # an offer withdrawn: "hat ihr Angebot zurückgezogen"
    kind_noun: re.Pattern[str]  # the noun of its kind before an organisation's name: "Firma X"
    joint_bid: re.Pattern[str]  # a joint bid's word before a member's own name: "Bietergemeinschaft X GmbH"
    genitive: re.Pattern[str]  # a name's head in the genitive, group 1 without its "-s": "Instituts"
    genitive_key: re.Pattern[str]  # the same in any case, in a name's comparison key
    # a row of a seat table an export flattened: a name and a count ("Jobcenter 2", "Jugendamt ........ 2 Personen")
    counted: re.Pattern[str]
    agency: Agency
    role_spaceless: bool = False  # the role words are known and none has a space
    finite_verbs: frozenset[str] = frozenset()  # a text holding one is a statement, no name


def rules(res: Resources) -> Rules:
    """The compiled rules of ``facilitators.yaml`` (built once per resource set)."""
    return res.compiled(build_rules)


def build_rules(res: Resources) -> Rules:
    d = typed.facilitators(res)  # its patterns checked on load, ``{legal_form}`` filled in
    rx, plain = prefiltered, re.compile  # tried only where their leading words occur; as written

    legal = "|".join(f"(?:{e.pattern})" for e in d.legal_forms)
    cands = tuple((e.kind, e.id, prefiltered_with(e.pattern, "legal_form", legal)) for e in d.entries)
    bare = frozenset(w.casefold() for w in d.bare)
    groups = "|".join(f"(?:{e.pattern})" for e in d.groups)
    own = d.exclude.removeprefix("(?i)")
    staff = d.staff.removeprefix("(?i)")
    heads = f"(?:{groups}|{staff}|{own})"

    role = rx(d.role_terms)
    words = getattr(role, "literals", ())
    return Rules(
        role,
        rx(d.anaphora),
        rx(d.engagement),
        re.compile(d.labels, re.M),
        cands,
        rx(d.link),
        rx(d.exclude),
        rx(d.funding),
        bare,
        rx(d.officials),
        rx(d.approx),
        rx(d.fee),
        rx(d.fee_back),
        plain(d.net),
        plain(d.tax),
        plain(d.change),
        rx(d.acting),
        re.compile(d.object_first),
        prefiltered(rf"(?<![\wäöüß-])(?:{groups})(?![\wäöüß])", re.I),
        re.compile(rf"(?:{legal})$"),
        plain(d.object_after),
        plain(d.object_before),
        plain(d.engaged_after),
        plain(d.relative),
        prefiltered(rf"(?i)(?<![\wäöüß-])[\wäöüß-]*?(?:{heads})(?:in|innen|en|e|n|s)?(?![\wäöüß])"),
        membership(res).sentence_lead,
        membership(res).sentence_lead_end,
        plain(d.agent_person),
        plain(d.agent_org),
        plain(d.agent_after),
        plain(d.agent_before),
        plain(d.not_agents),
        plain(d.owned),
        rx(d.construction),
        plain(d.deliberation),
        plain(d.action_value),
        plain(d.town["before"]),
        plain(d.town["office"]),
        plain(d.town["context"]),
        plain(d.town["official_after"]),
        plain(d.group_abbreviation),
        plain(d.not_engaged["indefinite"]),
        plain(d.not_engaged["subject_matter"]),
        plain(d.not_engaged["client_before"]),
        plain(d.not_engaged["client_after"]),
        plain(d.not_engaged["offer"]),
        plain(d.not_engaged["cooperation"]),
        plain(d.not_engaged["advised_by"]),
        plain(d.not_engaged["presented"]),
        plain(d.not_engaged["other_task"]),
        plain(d.not_engaged["post_after"]),
        plain(d.not_engaged["volunteered"]),
        plain(d.not_engaged["bidders"]),
        plain(d.not_engaged["winner"]),
        plain(d.not_engaged["contractors"]),
        plain(d.not_engaged["contact"]),
        plain(d.not_engaged["payees"]),
        plain(d.not_engaged["payee_contact"]),
        plain(d.not_engaged["withdrawn"]),
        plain(rf"^(?:{_words(d.kind_nouns)})\s+"),
        plain(rf"^(?:{_words(d.joint_bids)})\s+(?![„\"»])"),
        plain(rf"^(\S*?(?:{d.genitive_heads}))e?s\b"),
        plain(rf"^(\S*?(?:{d.genitive_heads}))e?s\b", re.I),
        plain(rf"[^\d\n]*[^\d\s]\s\d{{1,2}}(?:\s+(?:{_words(typed.membership(res).count_nouns)})\b)?"),
        Agency(
            question=plain(d.agency["question"]),
            clause=plain(d.agency["clause"]),
            participle=plain(d.agency["participle"]),
            passive=plain(d.agency["passive"]),
            agent=plain(d.agency["agent"]),
            listed=plain(d.agency["listed"]),
            noun_agent=rx(d.agency["noun_agent"]),  # asked of every facilitation sentence
            asker=plain(d.agency["asker"]),
            front=plain(d.agency["front"]),
            lead=plain(d.agency["lead"]),
            staff=plain(d.agency["staff"]),
            there=plain(d.agency["there"]),
            office=plain(d.agency["office"]),
            greeting=plain(d.agency["greeting"], re.M),
            closing=plain(d.agency["closing"], re.M),
            writer=plain(d.agency["writer"]),
            field=plain(d.agency["field"], re.M),
            field_contact=plain(d.agency["field_contact"], re.M),
            reference=plain(d.agency["reference"]),
            letter_offer=plain(d.agency["letter_offer"]),
            letter_award=plain(d.agency["letter_award"]),
            credit=plain(d.agency["credit"]),
            credit_title=plain(d.agency["credit_title"]),
        ),
        bool(words) and not any(" " in w for w in words),
        frozenset(w for w in typed.taxonomy(res).finite_verbs if w.islower()),
    )


def _words(words: tuple[str, ...]) -> str:
    """A list of words as an alternation, as written."""
    return "|".join(map(re.escape, words))
