"""`--db` as a PostgreSQL URL: TLS by default over the network, none on a socket, and the
password from the credential store, never from (or into) the settings."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from spitsregio_desktop.storage.location import ServerUrl, db_location, store_password


def test_a_path_stays_a_path_and_a_url_becomes_a_server() -> None:
    assert db_location("C:/Users/anna/spitsregio.sqlite") == Path("C:/Users/anna/spitsregio.sqlite")
    url = db_location("postgresql://anna@db.interleuven.local/spitsregio")
    assert isinstance(url, ServerUrl)
    assert str(url) == "postgresql://anna@db.interleuven.local/spitsregio"  # not mangled


def test_network_connections_require_tls_unless_the_url_says_otherwise() -> None:
    network = ServerUrl("postgresql://anna@db.interleuven.local/spitsregio").engine_url()
    assert network.drivername == "postgresql+psycopg"
    assert network.query["sslmode"] == "require"
    chosen = ServerUrl("postgresql://anna@db/spitsregio?sslmode=verify-full").engine_url()
    assert chosen.query["sslmode"] == "verify-full"
    socket = ServerUrl("postgresql://anna@/spitsregio?host=/tmp/pg&port=5433").engine_url()
    assert "sslmode" not in socket.query
    assert socket.query["host"] == "/tmp/pg" and socket.query["port"] == "5433"


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> dict:
    vault: dict = {}
    module = types.SimpleNamespace(
        get_password=lambda service, user: vault.get((service, user)),
        set_password=lambda service, user, pw: vault.__setitem__((service, user), pw),
    )
    monkeypatch.setitem(sys.modules, "keyring", module)
    return vault


def test_a_typed_password_goes_to_the_credential_store_not_the_settings(fake_keyring) -> None:
    typed = ServerUrl("postgresql://anna:s3cr%C3%ABt@db.interleuven.local/spitsregio")
    kept = store_password(typed)
    assert str(kept) == "postgresql://anna@db.interleuven.local/spitsregio"
    assert list(fake_keyring.values()) == ["s3crët"]
    # next start: the URL without password finds it again
    assert kept.engine_url().password == "s3crët"
    assert "s3cr" not in kept.redacted


def test_without_keyring_there_is_simply_no_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    url = ServerUrl("postgresql://anna@db.interleuven.local/spitsregio")
    assert url.engine_url().password is None
    assert str(store_password(ServerUrl("postgresql://anna:x@db/s"))) == "postgresql://anna@db/s"
