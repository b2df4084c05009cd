"""The typed loader of ``steering.yaml``: the nouns of steering groups and the words around their
chair, size, seats, members and tasks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import Resources
from .values import PatternEntry, as_mapping, as_tuple, pattern_entries


@dataclass(frozen=True)
class GroupNoun:
    """A noun that names a group (any compound ending in ``stem``), the last part of the compound
    (``head``), its tier and a plural not made with the file's endings; ``compound``: the noun
    names a group only after a first part that names one (not alone)."""

    id: str
    stem: str
    head: str
    tier: str
    compound: bool
    plural: str | None


@dataclass(frozen=True)
class Steering:
    """``steering.yaml``: the nouns of steering groups and the words around their chair, size,
    seats, members and tasks (patterns may hold ``{number}``)."""

    flags: int
    entries: tuple[GroupNoun, ...]
    plural_endings: Mapping[str, tuple[str, ...]]
    not_group_modifiers: tuple[str, ...]
    profile: Mapping[str, str]
    misses: Mapping[str, str]
    qualifier_stopwords: tuple[str, ...]
    indefinite: tuple[str, ...]
    demonstrative: tuple[str, ...]
    chair_patterns: tuple[PatternEntry, ...]
    size_patterns: tuple[PatternEntry, ...]
    seat_sectors: tuple[PatternEntry, ...]
    steer: str
    qualifier: str
    establish: str
    anaphora: str
    number: str
    seat_nouns: str
    continuation: str
    group_words: str
    chair_phrase: str
    lead_in: str
    tail: str
    relative: str
    not_members: str
    table_headers: str
    org_header: str
    person_header: str
    total_row: str
    person_column: str  # the last column word of a flattened table of persons' header
    count_header: str  # the count column word of a flattened seat table's header
    seat_number_header: str  # the first column word of a table numbering its seats
    body_header: str  # its last column word, the bodies'
    member_header: str  # the column a members table names its members by
    deputy_header: str  # the column of their deputies
    representative_header: str  # the column of the persons representing the bodies
    provided_lead_in: str  # "Vorgesehen sind:", a lead-in among a group's sentences
    task: str
    task_object: str
    process_context: str
    with_members: str
    with_members_end: str
    round_table: str
    acted: str
    council_heads: tuple[str, ...]  # heads the council's bodies share: a group by them only as its stem
    not_a_member: str
    not_a_body: str
    attribute_opening: str
    agent_clause: str
    not_process_modifiers: tuple[str, ...] = ()  # first parts naming other works a group steers ("Bau")
    deputy_patterns: tuple[PatternEntry, ...] = ()  # a sentence naming the chair's deputy, a member
    bank_header: str = "$^"  # the column of the parts a table of persons sorts them in ("Bank")
    function_header: str = "$^"  # the column of each person's part in the group ("Funktion")
    function_chair: str = "$^"  # a function naming the chair ("Leitung der AG", "Vorsitz")
    co_chair_patterns: tuple[PatternEntry, ...] = ()  # a sentence naming two chairs, both members
    members_column: str = "$^"  # a column of members set beside another ("Beratende Mitglieder")
    genitive_singular: tuple[str, ...] = ()  # articles before a noun whose "-s" is no plural ("des Forums")
    inverted_header: str = "$^"  # a persons' column of names set surname first ("Name, Vorname")
    revised_old: str = "$^"  # the former composition's column beside the new one ("Bisherige Besetzung")
    revised_new: str = "$^"  # the new composition's column ("Neufassung")
    revised_same: str = "$^"  # a new cell saying its seat is unchanged ("unverändert")
    revised_dropped: str = "$^"  # a new cell saying its seat is dropped ("entfällt")
    revised_mark: str = "$^"  # the mark of a change after a cell's words ("(neu)")
    vacant_seat: str = "$^"  # a seat's holder saying it is not filled ("vakant")
    replaced_before: str = "$^"  # the words before a group set aside for another ("Statt einer")
    successor_before: str = "$^"  # the body taking a former group's place before it ("X ersetzt den bisherigen")
    factions_each: str = "$^"  # a seat each for the factions named after it ("je ein Sitz der Fraktionen A, B")
    copies_label: str = "$^"  # a label over those who get copies, no members ("Nachrichtlich:")
    caption_order: str = "$^"  # a caption's cue naming the persons in the picture in order ("v. l. n. r.:")
    caption_absent: str = "$^"  # a caption's cue naming those missing from the picture ("nicht im Bild:")
    signed_members: str = "$^"  # a sentence making a declaration's signatories the members ("Die Unterzeichnenden")
    # the organisation kinds a group steers for, named in its genitive ("Lenkungsgruppe des Bündnisses")
    steered_bodies: tuple[str, ...] = ()
    successor_after: str = "$^"  # the same in the passive, after the former group ("wird durch eine X ersetzt")
    dissolved_after: str = "$^"  # the words after a former group dissolving it ("wird aufgelöst")
    sending_header: str = "$^"  # the column of the bodies sending a seat's holder ("entsandt von")
    mail_header: str = "$^"  # the label opening a line of a quoted mail's header ("Von:", "Betreff:")
    seats_filled: str = "$^"  # a lead-in naming the holders of the seats set out before ("Für die Sitze …:")
    minutes_head: str = "$^"  # the head of the minutes of a meeting of the group, up to its mention
    attendance_status: str = "$^"  # a label of an attendance list naming members present or excused
    attendance_members: str = "$^"  # a heading of an attendance list over members ("Stimmberechtigte Mitglieder")
    attendance_others: str = "$^"  # a label over others who attend ("Gäste", "Protokoll", "Beratende Mitglieder")
    attendance_head: str = "$^"  # a label of the meeting's own lines ("Datum", "Ort")
    mark_chair: str = "$^"  # a mark's meaning in a matrix's legend making its person the chair ("Vorsitz")
    mark_not_member: str = "$^"  # a mark's meaning making its person no member ("beratend")
    reply_member: str = "$^"  # the members' field of a reply form ("Mitglied:")
    reply_body: str = "$^"  # the sending body's field of a reply form ("Stelle:")
    reply_declined: str = "$^"  # a ticked option of a reply form declining to send a member ("entsendet nicht")
    portrait_role: str = "$^"  # the part a member holds, flush right after the name of their portrait
    letter_heading: str = "$^"  # the sender and date over a quoted letter nominating members
    letter_deputy: str = "$^"  # a clause of such a letter naming a deputy or a guest
    role_holders: str = "$^"  # a sentence making the counted holders of a role in other groups members
    raci_legend: str = "$^"  # an entry of a responsibility matrix's legend explaining a code ("R = führt durch")
    matrix_members: str = "$^"  # a paragraph's words saying a matrix shows the group's members ("angehört")
    seat_left: str = "$^"  # a sentence saying a member left ("hat das Jobcenter verlassen")
    seat_named: str = "$^"  # a sentence naming a person in a member's place ("hat Frau Y benannt")
    persons_header: str = "$^"  # the column of persons headed as persons, no one's representatives ("Person")
    election_header: str = "$^"  # the header of an election's result table ("Bewerber/in | Stimmen | Ergebnis")
    elected: str = "$^"  # the result of a row of it making its person a member ("gewählt")
    seating_caption: str = "$^"  # a caption naming a seating plan of the group's meeting ("Sitzordnung")
    chair_clause: str = "$^"  # a bracket after a member's name saying they chair ("(leitet die Gruppe)")
    steering_predicate: str = "$^"  # the copula naming a group a steering body ("X ist das Steuerungsgremium")


# the patterns a file may leave out, their defaults then matching nothing
_OPTIONAL = (
    *("successor_after", "dissolved_after", "sending_header", "mail_header", "seats_filled", "minutes_head"),
    *("attendance_status", "attendance_members", "attendance_others", "attendance_head"),
    *("mark_chair", "mark_not_member", "reply_member", "reply_body", "reply_declined", "portrait_role"),
    *("letter_heading", "letter_deputy", "role_holders", "raci_legend", "matrix_members"),
    *("seat_left", "seat_named"),
    *("persons_header", "election_header", "elected", "seating_caption", "chair_clause", "steering_predicate"),
)


def steering(res: Resources) -> Steering:
    return res.compiled(_steering)


def _steering(res: Resources) -> Steering:
    d = res["steering"]
    return Steering(
        res.flags("steering"),
        tuple(
            GroupNoun(e["id"], e["stem"], e["head"], e["tier"], bool(e.get("compound")), e.get("plural"))
            for e in d["entries"]
        ),
        as_mapping({k: as_tuple(v) for k, v in d["plural_endings"].items()}),
        as_tuple(d["not_group_modifiers"]),
        as_mapping(d["profile"]),
        as_mapping(d["misses"]),
        as_tuple(d["qualifier_stopwords"]),
        as_tuple(d["indefinite"]),
        as_tuple(d["demonstrative"]),
        pattern_entries(d["chair_patterns"]),
        pattern_entries(d["size_patterns"]),
        pattern_entries(d["seat_sectors"]),
        d["steer"],
        d["qualifier"],
        d["establish"],
        d["anaphora"],
        d["number"],
        d["seat_nouns"],
        d["continuation"],
        d["group_words"],
        d["chair_phrase"],
        d["lead_in"],
        d["tail"],
        d["relative"],
        d["not_members"],
        d["table_headers"],
        d["org_header"],
        d["person_header"],
        d["total_row"],
        d["person_column"],
        d["count_header"],
        d["seat_number_header"],
        d["body_header"],
        d["member_header"],
        d["deputy_header"],
        d["representative_header"],
        d["provided_lead_in"],
        d["task"],
        d["task_object"],
        d["process_context"],
        d["with_members"],
        d["with_members_end"],
        d["round_table"],
        d["acted"],
        as_tuple(d["council_heads"]),
        d["not_a_member"],
        d["not_a_body"],
        d["attribute_opening"],
        d["agent_clause"],
        as_tuple(d["not_process_modifiers"]),
        pattern_entries(d["deputy_patterns"]),
        d["bank_header"],
        d["function_header"],
        d["function_chair"],
        pattern_entries(d["co_chair_patterns"]),
        d["members_column"],
        as_tuple(d["genitive_singular"]),
        d["inverted_header"],
        d["revised_old"],
        d["revised_new"],
        d["revised_same"],
        d["revised_dropped"],
        d["revised_mark"],
        d["vacant_seat"],
        d["replaced_before"],
        d["successor_before"],
        d["factions_each"],
        d["copies_label"],
        d["caption_order"],
        d["caption_absent"],
        d["signed_members"],
        as_tuple(d["steered_bodies"]),
        **{k: d[k] for k in _OPTIONAL if k in d},
    )
