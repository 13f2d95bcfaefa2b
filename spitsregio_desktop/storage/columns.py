"""Column helpers shared by the model modules: closed vocabularies and "now"."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Enum


def _enum(enum_cls: type[StrEnum], name: str) -> Enum:
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
