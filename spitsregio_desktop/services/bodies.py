"""The consultation bodies: found by id or name, listed, and their usual order of items."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import (
    Body,
)
from .errors import ValidationError
from .views import (
    BodyInfo,
)


def get_body(session: Session, body: int | str) -> Body:
    """A body by id, name or short name ("BO", "TF")."""
    if isinstance(body, int):
        found = session.get(Body, body)
    else:
        found = session.scalar(select(Body).where((Body.name == body) | (Body.short == body)))
    if found is None:
        raise ValidationError(f"onbekend overlegorgaan '{body}'", "body")
    return found


def list_bodies(session: Session) -> list[BodyInfo]:
    return [body_info(b) for b in session.scalars(select(Body).order_by(Body.id))]


def body_info(b: Body) -> BodyInfo:
    return BodyInfo(b.id, b.name, b.short, b.secretariat, b.cofunding, tuple(b.theme_list))


def standard_agenda(body: Body) -> list[dict]:
    try:
        items = json.loads(body.standard_agenda or "[]")
    except ValueError:
        items = []
    return [i for i in items if isinstance(i, dict) and i.get("title")]
