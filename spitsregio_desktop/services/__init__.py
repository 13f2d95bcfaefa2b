"""Use cases: plain functions that take a Session, validate, change and commit. No Qt here."""

from .errors import ValidationError

__all__ = ["ValidationError"]
