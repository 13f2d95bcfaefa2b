"""Closed vocabularies stored as short English codes; Dutch labels: services/labels.py."""

from enum import StrEnum


class OrganisationKind(StrEnum):
    MUNICIPALITY = "gemeente"
    UNION = "vakbond"
    EMPLOYERS = "werkgeversorganisatie"
    PROVINCE = "provincie"
    EXPERT = "deskundige"
    INTERMUNICIPAL = "intercommunale"
    SECRETARIAT = "secretariaat"
    OTHER = "andere"


class Role(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    EXPERT = "expert"
    OBSERVER = "observer"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    MINUTES_DRAFT = "minutes_draft"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


class Answer(StrEnum):
    COMING = "coming"
    EXCUSED = "excused"
    SUBSTITUTED = "substituted"  # excused, and announced who comes instead (migration 0006)
    NO_ANSWER = "no_answer"


class Presence(StrEnum):
    """A recorded attendance. Not recorded has no value: the invitee has no Attendance row."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    SUBSTITUTED = "substituted"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    SENT_FOR_REMARKS = "sent_for_remarks"
    APPROVED = "approved"
    REOPENED = "reopened"


class StandardItem(StrEnum):
    """The fixed items of a meeting's usual order, so documents and carry-over can find them."""

    OPENING = "opening"
    PREVIOUS_MINUTES = "previous_minutes"
    ANNOUNCEMENTS = "announcements"
    ACTIONS_FOLLOW_UP = "actions_follow_up"
    VARIA = "varia"
    QUESTIONS = "questions"
    NEXT_MEETING = "next_meeting"


class ActionEventKind(StrEnum):
    NOTE = "note"
    STATUS = "status"
    REASSIGNED = "reassigned"
    POSTPONED = "postponed"
