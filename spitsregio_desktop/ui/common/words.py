"""The window's words for the stored codes (English source, translated in context "Words").

services/labels.py holds the Dutch words for documents; the window translates through Qt
instead, so an English window says "coming" and a Dutch one "komt".
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...storage.enums import (
    ActionStatus,
    Answer,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    Presence,
    Role,
)

CONTEXT = "Words"

MEETING_STATUS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Words", "planned"),
    MeetingStatus.INVITED: QT_TRANSLATE_NOOP("Words", "invited"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Words", "held"),
    MeetingStatus.MINUTES_DRAFT: QT_TRANSLATE_NOOP("Words", "minutes in draft"),
    MeetingStatus.MINUTES_APPROVED: QT_TRANSLATE_NOOP("Words", "minutes approved"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("Words", "cancelled"),
}
ANSWER = {
    Answer.COMING: QT_TRANSLATE_NOOP("Words", "coming"),
    Answer.EXCUSED: QT_TRANSLATE_NOOP("Words", "excused"),
    Answer.SUBSTITUTED: QT_TRANSLATE_NOOP("Words", "substituted by…"),
    Answer.NO_ANSWER: QT_TRANSLATE_NOOP("Words", "no answer"),
}
PRESENCE = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("Words", "present"),
    Presence.EXCUSED: QT_TRANSLATE_NOOP("Words", "excused"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("Words", "absent"),
    Presence.SUBSTITUTED: QT_TRANSLATE_NOOP("Words", "substituted"),
}
ROLE = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Words", "chair"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Words", "member"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Words", "secretary"),
    Role.EXPERT: QT_TRANSLATE_NOOP("Words", "expert"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("Words", "observer"),
}
MINUTES_STATUS = {
    MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("Words", "draft"),
    MinutesStatus.SENT_FOR_REMARKS: QT_TRANSLATE_NOOP("Words", "sent for remarks"),
    MinutesStatus.APPROVED: QT_TRANSLATE_NOOP("Words", "approved"),
    MinutesStatus.REOPENED: QT_TRANSLATE_NOOP("Words", "reopened"),
}

ACTION_STATUS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Words", "open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Words", "in progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Words", "done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Words", "cancelled"),
}
ORGANISATION_KIND = {
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Words", "municipality"),
    OrganisationKind.UNION: QT_TRANSLATE_NOOP("Words", "trade union"),
    OrganisationKind.EMPLOYERS: QT_TRANSLATE_NOOP("Words", "employers' organisation"),
    OrganisationKind.PROVINCE: QT_TRANSLATE_NOOP("Words", "province"),
    OrganisationKind.EXPERT: QT_TRANSLATE_NOOP("Words", "expert body"),
    OrganisationKind.INTERMUNICIPAL: QT_TRANSLATE_NOOP("Words", "intermunicipal company"),
    OrganisationKind.SECRETARIAT: QT_TRANSLATE_NOOP("Words", "secretariat"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Words", "other"),
}


def word(table: dict, value: StrEnum | None) -> str:
    """The translated word for a code; the code itself when the table lacks it."""
    if value is None:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)
