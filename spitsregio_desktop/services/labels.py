"""Dutch words for the stored codes, as they appear in documents and on the command line.

The window has its own words (ui/common/words.py, translated through Qt); for every code both
know, the Dutch word is the same (tests/test_labels.py holds them together). Answers and
presence are only shown in the window, so they have no entry here.
"""

from ..storage.enums import (
    ActionStatus,
    ItemKind,
    MeetingStatus,
    MinutesStatus,
    Role,
)

ROLE = {
    Role.CHAIR: "voorzitter",
    Role.MEMBER: "lid",
    Role.SECRETARY: "secretaris",
    Role.EXPERT: "deskundige",
    Role.OBSERVER: "waarnemer",
}
MEETING_STATUS = {
    MeetingStatus.PLANNED: "gepland",
    MeetingStatus.INVITED: "uitgenodigd",
    MeetingStatus.HELD: "gehouden",
    MeetingStatus.MINUTES_DRAFT: "conceptverslag",
    MeetingStatus.MINUTES_APPROVED: "verslag goedgekeurd",
    MeetingStatus.CANCELLED: "geannuleerd",
}
ITEM_KIND = {
    ItemKind.INFORMATION: "ter informatie",
    ItemKind.DISCUSSION: "ter bespreking",
    ItemKind.DECISION: "ter beslissing",
}
ACTION_STATUS = {
    ActionStatus.OPEN: "open",
    ActionStatus.IN_PROGRESS: "lopend",
    ActionStatus.DONE: "afgerond",
    ActionStatus.CANCELLED: "geannuleerd",
}
MINUTES_STATUS = {
    MinutesStatus.DRAFT: "concept",
    MinutesStatus.SENT_FOR_REMARKS: "verstuurd voor opmerkingen",
    MinutesStatus.APPROVED: "goedgekeurd",
    MinutesStatus.REOPENED: "heropend",
}
