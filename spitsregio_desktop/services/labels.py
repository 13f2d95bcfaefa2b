"""Dutch words for the stored codes, as they appear in documents and (through tr) the window."""

from ..storage.enums import (
    ActionStatus,
    Answer,
    ItemKind,
    MeetingStatus,
    MinutesStatus,
    Presence,
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
ANSWER = {
    Answer.COMING: "komt",
    Answer.EXCUSED: "verontschuldigd",
    Answer.SUBSTITUTED: "vervangen door",  # followed by the substitute's name
    Answer.NO_ANSWER: "geen antwoord",
}
PRESENCE = {
    Presence.PRESENT: "aanwezig",
    Presence.EXCUSED: "verontschuldigd",
    Presence.ABSENT: "afwezig",
    Presence.SUBSTITUTED: "vervangen",
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
