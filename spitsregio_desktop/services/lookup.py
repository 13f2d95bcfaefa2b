"""One way to fetch a row by its id or refuse in Dutch: `get_or_raise`.

Every service that takes an id from the window or the command line goes through here, so a
row deleted meanwhile (another window, a restore) always gives the same kind of message.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from .errors import ValidationError

T = TypeVar("T")


def get_or_raise(
    session: Session,
    model: type[T],
    row_id: int | None,
    field: str,
    *,
    what: str = "",
    missing: str = "",
) -> T:
    """The row of `model` with `row_id`, or a ValidationError naming `field`: "er is geen
    {what} met nummer N", or the `missing` message ("die bijlage bestaat niet meer")."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise ValidationError(missing or f"er is geen {what} met nummer {row_id}", field)
    return row
