"""services.live: choosing an action's owner by a few letters (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spitsregio_desktop.services.live import fold, match_owners, owner_candidates, resolve_owner
from spitsregio_desktop.services.people import save_person
from spitsregio_desktop.storage.database import open_database


@pytest.fixture
def candidates(tmp_path: Path):
    db = open_database(tmp_path / "x.sqlite", backup_on_start=False)
    try:
        with db.session() as s:
            save_person(s, None, name="Désiré Van Ængel", email="")
            yield owner_candidates(s)
    finally:
        db.close()


def labels(candidates, text: str) -> list[str]:
    return [c.label for c in match_owners(candidates, text)]


def test_fold():
    assert fold("  Désiré ÆNGEL ") == "desire ængel"
    assert fold("Oud-Heverlee") == "oud-heverlee"


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("inter", "Interleuven"),
        ("INTER", "Interleuven"),
        ("leuv", "Leuven"),
        ("burg leuv", "Burgemeester Leuven"),
        ("desire", "Désiré Van Ængel"),
        ("DÉSI", "Désiré Van Ængel"),
        ("voka", "VOKA"),
    ],
)
def test_match_owners_ranks_name_start_then_word_start(candidates, typed, first):
    assert labels(candidates, typed)[0] == first


def test_match_owners_lists_persons_and_organisations(candidates):
    found = match_owners(candidates, "leuv")
    names = [c.label for c in found]
    assert names[:2] == ["Leuven", "Burgemeester Leuven"]  # name start, then word start
    assert "Interleuven" in names  # inside a word, still found
    leuven_org, mayor = found[0], found[1]
    assert leuven_org.organisation_id and leuven_org.person_id is None
    assert mayor.person_id and mayor.organisation_id is None
    assert match_owners(candidates, "") == [] and match_owners(candidates, "zzzq") == []
    assert len(match_owners(candidates, "e", limit=5)) == 5


def test_resolve_owner(candidates):
    assert resolve_owner(candidates, "interleuven").organisation_id  # exact label
    assert resolve_owner(candidates, "burgemeester leuven").person_id
    assert resolve_owner(candidates, "burg leuv").person_id  # the only match
    assert resolve_owner(candidates, "leuv") is None  # several: the user must pick
    assert resolve_owner(candidates, "") is None
