"""Members set out in a form of their own that speaks of the group by its name: the attendance list of the
minutes of its meeting (:mod:`.attendance`), quoted letters nominating members (:mod:`.letters`), the reply
forms of the bodies asked to send a member, right after its paragraph (:mod:`.reply_forms`), short portraits
under its paragraph (:mod:`.portraits`), an information system's export of its memberships with their first
and last days (:mod:`.memberships`), a flattened table of bodies and names some blacked out
(:mod:`.name_columns`), the required attendees of a meeting request for its meeting
(:mod:`.meeting_requests`), a council's election proposal for its seats as a bar table (:mod:`.proposal_tables`),
a responsibility matrix (RACI) of its members (:mod:`.responsibilities`), the name cards of a seating
plan of its meeting (:mod:`.seat_cards`), or a matrix
of several bodies' members whose column it heads (:mod:`.matrix`)."""

from __future__ import annotations

from extractors.resources import Resources

from .attendance import attendance
from .letters import quoted_letters
from .matrix import mark_matrix
from .meeting_requests import meeting_request
from .memberships import memberships
from .mentions import Group
from .name_columns import flat_blacked_out
from .portraits import portraits
from .proposal_tables import proposal_table
from .reply_forms import reply_forms
from .responsibilities import responsibility_matrix
from .rules import Chair, MemberRow, member_rules
from .seat_cards import seat_cards


def apart_form(
    text: str, group: Group, res: Resources, members: list[MemberRow]
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair such a form gives the group (quoted letters nominating members beside
    ``members``, those the sentences name); None where none does. A working group's column
    in a matrix makes it no group of the process: the matrix sets its persons apart from the group that
    steers (an editorial team beside the steering group)."""
    for m in group.mentions:
        if (minutes := attendance(text, m.start, res)) is not None:
            return minutes
    spans = [(m.start, m.end) for m in group.mentions]
    if (letters := quoted_letters(text, spans, res)) is not None:  # the seats the sentences fill not among them
        named = {r.value.casefold() for r in members}
        return members + [r for r in letters if r.value.casefold() not in named], None
    if (replies := reply_forms(text, spans, res)) is not None:
        return replies, None
    if (portrayed := portraits(text, spans, res)) is not None:
        return portrayed
    if (exported := memberships(text, spans, res)) is not None:
        return exported
    if (blacked := flat_blacked_out(text, spans, member_rules(res), res)) is not None:
        return blacked
    if (requested := meeting_request(text, spans, res)) is not None:
        return requested
    if (proposed := proposal_table(text, spans, res, members)) is not None:
        return proposed
    if (raci := responsibility_matrix(text, spans, res)) is not None:
        return raci
    if (seated := seat_cards(text, spans, res)) is not None:
        return seated
    return None if group.first.tier == "working" else mark_matrix(text, spans, res)
