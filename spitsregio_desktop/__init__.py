"""Spitsregio Desktop: meeting secretariat for regional consultation bodies."""


def __getattr__(name: str) -> str:
    """`__version__`, looked up on first use: importlib.metadata costs ~50 ms of every
    start (it imports the email package and scans the installed distributions)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("spitsregio-desktop")
    except PackageNotFoundError:  # running from a source tree or a frozen bundle
        found = "0.1.0"
    globals()["__version__"] = found
    return found


APP_NAME = "Spitsregio Desktop"
APP_ID = "spitsregio"
