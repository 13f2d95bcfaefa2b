"""The one error type a person sees: a Dutch message that says what to change."""


class ValidationError(Exception):
    """Bad input: nothing was changed. `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message
