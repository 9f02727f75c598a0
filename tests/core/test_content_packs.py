"""Safety information updates from a file: real packs, real Ed25519 signatures, real folders.

A good pack changes a number and adds an app, and the change is shown before it is applied;
every bad pack is refused with a plain message and leaves the content in use byte for byte
as it was."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from planner.core.content_packs.format import MAX_PACK_BYTES, build_pack
from planner.core.content_packs.keys import TEST_KEYS_VARIABLE
from planner.core.content_packs.store import (
    BUILT_IN,
    IMPORTED,
    apply_import,
    built_in_version,
    content_in_use,
    prepare_import,
)
from planner.core.errors import PackError
from tests.content_packs import (
    CHANGED_NUMBER,
    NEWER,
    NEWEST,
    TODAY,
    changed_resources,
    new_test_key,
    pack_files,
)

CHECKED = TODAY


@pytest.fixture
def signing_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """A throw-away key that this test run's planner trusts (never a shipped key)."""
    _pem, private = new_test_key(tmp_path / "trusted")
    monkeypatch.setenv(TEST_KEYS_VARIABLE, str(tmp_path / "trusted"))
    return private


@pytest.fixture
def good_pack(tmp_path: Path, signing_key: bytes) -> Path:
    files = pack_files(changed_resources(tmp_path / "resources"))
    target = tmp_path / "update.fspack"
    target.write_bytes(build_pack(files, NEWER, CHECKED, signing_key))
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_good_pack_shows_its_changes_and_then_is_the_content_in_use(good_pack, tmp_path):
    store = tmp_path / "content"
    pending = prepare_import(good_pack, store, "en")
    assert snapshot(store) == {}  # nothing is written before the person says yes
    important = [line.text for line in pending.changes if line.important]
    assert any(CHANGED_NUMBER in text and "1-800-843-5678" in text for text in important)
    assert "New app: Test Chat" in [line.text for line in pending.changes]
    assert pending.changes[0].important  # numbers first

    apply_import(pending, store)
    content = content_in_use(store)
    assert (content.source, content.version.text, content.checked) == (IMPORTED, NEWER, CHECKED)
    assert "test-chat" in content.catalog.apps
    assert CHANGED_NUMBER in [c.phone for c in content.catalog.countries["US"].contacts]


def test_the_changes_are_told_in_spanish_too(good_pack, tmp_path):
    pending = prepare_import(good_pack, tmp_path / "content", "es")
    assert "Nueva app: Test Chat" in [line.text for line in pending.changes]


def tampered(pack: Path, target: Path) -> Path:
    data = bytearray(pack.read_bytes())
    envelope = json.loads(data)
    payload = bytearray(base64.b64decode(envelope["payload"]))
    payload[len(payload) // 2] ^= 0x01  # one flipped bit inside the signed content
    envelope["payload"] = base64.b64encode(payload).decode()
    target.write_text(json.dumps(envelope))
    return target


def with_envelope(pack: Path, target: Path, **changes: object) -> Path:
    envelope = json.loads(pack.read_bytes())
    envelope.update(changes)
    target.write_text(json.dumps(envelope))
    return target


def bad_packs(good: Path, folder: Path, signing_key: bytes) -> dict[str, tuple[Path, str]]:
    """Each bad pack, and the words of the message it must get."""
    flipped = bytearray(good.read_bytes())
    flipped[len(flipped) // 2] ^= 0x20
    (folder / "flipped.fspack").write_bytes(bytes(flipped))
    wrong_key = folder / "wrong-key.fspack"
    _pem, stranger = new_test_key(folder / "stranger")
    wrong_key.write_bytes(build_pack(pack_files(folder / "resources"), NEWEST, CHECKED, stranger))
    older = folder / "older.fspack"
    version, _checked = built_in_version()
    files = pack_files(folder / "resources")
    older.write_bytes(build_pack(files, version.text, CHECKED, signing_key))
    huge = folder / "huge.fspack"
    with huge.open("wb") as file:
        file.truncate(100 * 1024 * 1024)
    refused_toml = pack_files(folder / "resources")
    refused_toml["contacts/us.toml"] = refused_toml["contacts/us.toml"].replace('"988"', '"9-8-8!"')
    bad_toml = folder / "bad-toml.fspack"
    bad_toml.write_bytes(build_pack(refused_toml, NEWEST, CHECKED, signing_key))
    return {
        "one flipped byte": (folder / "flipped.fspack", "Nothing was changed"),
        "a flipped bit in the signed content": (
            tampered(good, folder / "tampered.fspack"),
            "changed after it was signed",
        ),
        "wrong key": (wrong_key, "not signed by the planner's makers"),
        "older version": (older, "is not newer than"),
        "newer format": (with_envelope(good, folder / "newer.fspack", format=2), "newer version"),
        "100 MB": (huge, f"the limit is {MAX_PACK_BYTES // 2**20} MB"),
        "TOML the loader refuses": (bad_toml, "did not pass the planner's checks"),
        "not a pack": (with_envelope(good, folder / "other.fspack", magic="zip"), "not a safety"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "one flipped byte", "a flipped bit in the signed content", "wrong key", "older version",
        "newer format", "100 MB", "TOML the loader refuses", "not a pack",
    ],
)  # fmt: skip
def test_a_bad_pack_is_refused_and_the_content_in_use_is_unchanged(
    case, good_pack, signing_key, tmp_path
):
    store = tmp_path / "content"
    apply_import(prepare_import(good_pack, store, "en"), store)  # an update already in use
    before = snapshot(store)
    path, words = bad_packs(good_pack, tmp_path, signing_key)[case]
    if case == "older version":  # older than the one in use, even if newer than the built-in
        files, today = pack_files(tmp_path / "resources"), f"{TODAY:%Y.%m.%d}"
        path.write_bytes(build_pack(files, today, CHECKED, signing_key))

    with pytest.raises(PackError, match=words.replace("(", r"\(").replace(")", r"\)")) as refused:
        prepare_import(path, store, "en")

    assert refused.value.exit_code == 2
    assert snapshot(store) == before
    assert content_in_use(store).version.text == NEWER


def test_a_stored_update_changed_on_disk_is_never_used_and_that_is_said(good_pack, tmp_path):
    """Someone else on a shared computer edits a number in the stored update."""
    store = tmp_path / "content"
    stored = apply_import(prepare_import(good_pack, store, "en"), store)
    envelope = json.loads(stored.read_bytes())
    payload = base64.b64decode(envelope["payload"]).decode()
    payload = payload.replace(CHANGED_NUMBER, "1-800-666-6666")
    envelope["payload"] = base64.b64encode(payload.encode()).decode()
    stored.write_text(json.dumps(envelope))

    content = content_in_use(store)

    assert content.source == BUILT_IN and content.refused == (NEWER,)
    assert "1-800-666-6666" not in [c.phone for c in content.catalog.countries["US"].contacts]


def test_an_update_that_drops_a_country_is_refused(tmp_path, signing_key):
    resources = changed_resources(tmp_path / "resources")
    (resources / "contacts" / "us.toml").unlink()
    pack = tmp_path / "no-us.fspack"
    pack.write_bytes(build_pack(pack_files(resources), NEWER, CHECKED, signing_key))
    with pytest.raises(PackError, match="no contacts for US"):
        prepare_import(pack, tmp_path / "content", "en")


@pytest.mark.parametrize("version", ["9999.12.31", "2027.13.45", "٢٠٢٧.٠٢.٠١"])
def test_a_version_from_the_future_or_no_calendar_is_refused(version, tmp_path, signing_key):
    files = pack_files(changed_resources(tmp_path / "resources"))
    pack = tmp_path / "odd.fspack"
    if version == "9999.12.31":
        pack.write_bytes(build_pack(files, version, CHECKED, signing_key))
        with pytest.raises(PackError, match="in the future"):
            prepare_import(pack, tmp_path / "content", "en")
    else:
        with pytest.raises(PackError, match="is not a version"):
            build_pack(files, version, CHECKED, signing_key)


def test_a_pack_signed_with_a_test_key_says_so(good_pack, tmp_path):
    store = tmp_path / "content"
    apply_import(prepare_import(good_pack, store, "en"), store)
    assert content_in_use(store).test_key
