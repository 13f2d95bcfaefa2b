"""The minutes workflow: draft → sent for remarks → approved (frozen) → reopened (recorded).

What is frozen is the meeting's content as the meeting package serialises it; its SHA-256 is
kept with the approved version, so anyone can later verify that nothing changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import MeetingStatus, MinutesStatus
from ..storage.models import Meeting, MinutesRemark, MinutesVersion, Person
from .errors import ValidationError
from .lookup import get_or_raise
from .meetings import get_meeting
from .parse import require_text
from .roll_call import require_all_recorded


def current_version(session: Session, meeting_id: int) -> MinutesVersion:
    version = session.scalar(
        select(MinutesVersion)
        .where(MinutesVersion.meeting_id == meeting_id)
        .order_by(MinutesVersion.version.desc())
        .limit(1)
    )
    if version is None:
        get_meeting(session, meeting_id)
        version = MinutesVersion(meeting_id=meeting_id, version=1, status=MinutesStatus.DRAFT)
        session.add(version)
        session.flush()
    return version


def _editable(version: MinutesVersion) -> None:
    if version.status == MinutesStatus.APPROVED:
        raise ValidationError("het verslag is al goedgekeurd; heropen het eerst", "minutes")


def send_for_remarks(session: Session, meeting_id: int, on: dt.date | None = None) -> None:
    version = current_version(session, meeting_id)
    _editable(version)
    require_all_recorded(session, meeting_id, "voor u het verslag ter opmerkingen verstuurt")
    version.status = MinutesStatus.SENT_FOR_REMARKS
    version.sent_on = on or dt.date.today()
    meeting = get_meeting(session, meeting_id)
    meeting.status = MeetingStatus.MINUTES_DRAFT
    session.commit()


def add_remark(
    session: Session,
    meeting_id: int,
    person_id: int | None,
    text: str,
    received_on: dt.date | None = None,
) -> int:
    version = current_version(session, meeting_id)
    _editable(version)
    if person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError("die persoon bestaat niet", "person")
    remark = MinutesRemark(
        minutes_version_id=version.id,
        person_id=person_id,
        text=require_text(text, "text", "de opmerking", 100_000),
        received_on=received_on or dt.date.today(),
    )
    session.add(remark)
    session.commit()
    return remark.id


def set_remark_processed(session: Session, remark_id: int, processed: bool = True) -> None:
    remark = get_or_raise(
        session, MinutesRemark, remark_id, "remark", missing="die opmerking bestaat niet"
    )
    remark.processed = processed
    session.commit()


def frozen_text(session: Session, meeting_id: int) -> str:
    """The canonical text of the minutes' content: the meeting package, sorted, without ids."""
    from .package import export_package

    data = export_package(session, meeting_id)
    data.pop("minutes", None)  # the approval itself is not part of what is approved
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)


def approve(
    session: Session,
    meeting_id: int,
    at_meeting_id: int | None = None,
    on: dt.date | None = None,
) -> str:
    """Approve the minutes (usually at the next meeting); returns the SHA-256 of the text."""
    version = current_version(session, meeting_id)
    _editable(version)
    meeting = get_meeting(session, meeting_id)
    if at_meeting_id is not None:
        at = get_meeting(session, at_meeting_id)
        if at.id == meeting.id or at.date < meeting.date:
            raise ValidationError(
                "een verslag wordt goedgekeurd op een latere vergadering", "approved_at"
            )
    require_all_recorded(session, meeting_id, "voor u het verslag goedkeurt")
    unprocessed = [r for r in version.remarks if not r.processed]
    if unprocessed:
        raise ValidationError(
            f"er zijn nog {len(unprocessed)} opmerking(en) niet verwerkt", "remarks"
        )
    text = frozen_text(session, meeting_id)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    version.approved_text = text
    version.sha256 = digest
    version.status = MinutesStatus.APPROVED
    version.approved_on = on or dt.date.today()
    version.approved_at_meeting_id = at_meeting_id
    meeting.status = MeetingStatus.MINUTES_APPROVED
    session.commit()
    return digest


def reopen(session: Session, meeting_id: int, reason: str) -> int:
    """Reopen approved minutes: the reason is recorded and a new draft version starts."""
    reason = require_text(reason, "reason", "de reden om te heropenen", 2000)
    version = current_version(session, meeting_id)
    if version.status != MinutesStatus.APPROVED:
        raise ValidationError("alleen een goedgekeurd verslag kan heropend worden", "minutes")
    version.status = MinutesStatus.REOPENED
    version.reopened_on = dt.date.today()
    version.reopened_reason = reason
    new = MinutesVersion(
        meeting_id=meeting_id, version=version.version + 1, status=MinutesStatus.DRAFT
    )
    session.add(new)
    meeting = session.get(Meeting, meeting_id)
    meeting.status = MeetingStatus.MINUTES_DRAFT
    session.commit()
    return new.id


def verify(session: Session, meeting_id: int) -> bool:
    """True when approved minutes still hash to what was approved."""
    version = current_version(session, meeting_id)
    if version.status != MinutesStatus.APPROVED or not version.approved_text:
        return False
    return hashlib.sha256(version.approved_text.encode("utf-8")).hexdigest() == version.sha256


def approved_text(session: Session, meeting_id: int) -> str:
    """The frozen text of approved minutes ("" while they are a draft): what the PDF embeds."""
    version = current_version(session, meeting_id)
    if version.status != MinutesStatus.APPROVED:
        return ""
    return version.approved_text or ""


def find_approved(session: Session, digest: str) -> tuple[str, str] | None:
    """(which minutes, their frozen text) of the approved minutes with this SHA-256, if any.

    Which: "vergadering 12 van TF (10/12/2026), versie 1", for a person checking an archive.
    """
    row = session.execute(
        select(MinutesVersion, Meeting)
        .join(Meeting, Meeting.id == MinutesVersion.meeting_id)
        .where(
            MinutesVersion.sha256 == digest.lower(), MinutesVersion.status == MinutesStatus.APPROVED
        )
        .limit(1)
    ).first()
    if row is None:
        return None
    version, meeting = row
    which = (
        f"vergadering {meeting.number} van {meeting.body.short} "
        f"({meeting.date:%d/%m/%Y}), versie {version.version}"
    )
    return which, version.approved_text or ""
