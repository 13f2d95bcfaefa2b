"""Where the database is: a SQLite file on this computer, or a PostgreSQL server.

`--db` and Instellingen take either a path or a URL (`postgresql://user@host/dbname`, or a
local socket `postgresql://user@/dbname?host=/path/to/socket&port=N`). The URL a person
types is what we keep (without a password); the engine URL adds the driver, TLS and the
password from the operating system's credential store.

Passwords are never written to settings: a URL that carries one is used as given but
stored without it, and a URL without one looks it up in keyring under "user@host".
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

from .errors import StorageError

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
KEYRING_SERVICE = "Spitsregio Desktop"


class ServerUrl(str):
    """A PostgreSQL URL as typed (a str, so it prints and compares as the person wrote it)."""

    @property
    def url(self):  # sqlalchemy.engine.URL
        from sqlalchemy.engine import make_url

        text = str(self)
        for scheme in SCHEMES:
            if text.startswith(scheme):
                text = "postgresql+psycopg://" + text[len(scheme) :]
                break
        try:
            return make_url(text)
        except Exception as exc:  # ArgumentError, ValueError: a typo in the URL
            raise StorageError(f"'{self.redacted}' is geen geldig serveradres ({exc})") from None

    @property
    def is_socket(self) -> bool:
        """A local socket (no host, or a host that is a folder): no TLS needed."""
        u = self.url
        host = u.query.get("host") or u.host or ""
        if isinstance(host, tuple):
            host = host[0]
        return not host or str(host).startswith("/")

    @property
    def redacted(self) -> str:
        """The URL without its password: for messages, settings and the window title."""
        text = str(self)
        head, sep, rest = text.partition("://")
        if not sep:
            return text
        auth, at, tail = rest.partition("@")
        if at and ":" in auth:
            return f"{head}://{auth.split(':', 1)[0]}@{tail}"
        return text

    @property
    def label(self) -> str:
        u = self.url
        host = u.host or "lokale socket"
        return f"{u.database} op {host}"

    def engine_url(self):
        """The URL for create_engine: psycopg driver, sslmode=require over the network,
        and the password from keyring when the URL has none."""
        u = self.url
        if not u.database:
            raise StorageError(f"'{self.redacted}' noemt geen database (…/dbnaam)")
        query = dict(u.query)
        if not self.is_socket and "sslmode" not in query:
            query["sslmode"] = "require"
        u = u.set(query=query)
        if u.password is None and u.username and not self.is_socket:
            password = keyring_password(u.username, u.host or "")
            if password:
                u = u.set(password=password)
        return u


def keyring_password(user: str, host: str) -> str | None:
    """The password kept in the operating system's credential store, if keyring is there."""
    try:
        import keyring
    except ImportError:  # optional: without it the server must trust us another way
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
    except Exception:  # no usable backend (a bare Linux box): same as no password kept
        return None


def store_password(url: ServerUrl) -> ServerUrl:
    """Put a URL's password into keyring and return the URL without it, for settings.

    Without keyring the password is simply not kept: it is never written in plain text.
    """
    u = url.url
    if u.password is None:
        return url
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{u.username}@{u.host or ''}", u.password)
    except Exception:
        pass
    return ServerUrl(url.redacted)


def is_server_url(value: object) -> bool:
    return isinstance(value, str) and str(value).lower().startswith(SCHEMES)


def db_location(value: str | Path) -> Path | ServerUrl:
    """What `--db` or Instellingen holds: a ServerUrl for a URL, else a Path."""
    if isinstance(value, ServerUrl):
        return value
    if is_server_url(value):
        return ServerUrl(str(value))
    return Path(value)


def socket_url(user: str, dbname: str, socket_dir: str | Path, port: int | str) -> ServerUrl:
    return ServerUrl(f"postgresql://{user}@/{dbname}?host={socket_dir}&port={port}")


def query_value(url: ServerUrl, key: str) -> str | None:
    values = parse_qs(str(url).partition("?")[2]).get(key)
    return values[0] if values else None
