"""The one error type a person sees: a Dutch message that says what to change."""


class ValidationError(Exception):
    """Bad input: nothing was changed. `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


RETYPE = "Hieronder staat de huidige tekst: breng uw wijziging daarin opnieuw aan."
# a decision on the whole row (close, postpone, reassign): no text to retype, a new look
DECIDE_AGAIN = "Bekijk hoe het er nu voor staat en beslis opnieuw."


class ConflictError(ValidationError):
    """Someone else saved this row since it was shown: the save is refused, not merged.

    `current` holds the row's current values (e.g. {"notes": …}) and `version` its
    current row_version, so the window can show what is there now and offer it again.
    """

    def __init__(
        self, what: str, current: dict, version: int, field: str | None = None, advice: str = ""
    ):
        super().__init__(
            f"{what} is intussen door iemand anders gewijzigd; uw wijziging is niet bewaard. "
            + (advice or RETYPE),
            field,
        )
        self.current = current
        self.version = version


def check_version(
    row: object, expected: int | None, what: str, fields: tuple[str, ...], advice: str = ""
) -> None:
    """Refuse a save based on an older row_version than the row now has (None: no check).
    `advice`: what the person should do next, when not retyping the text shown."""
    if expected is None:
        return
    version = row.row_version  # type: ignore[attr-defined]
    if version != expected:
        current = {name: getattr(row, name) for name in fields}
        raise ConflictError(what, current, version, advice=advice)
