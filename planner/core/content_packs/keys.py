"""The public keys whose signed packs the planner accepts."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from planner.core.content_packs.format import PUBLIC_KEY_BYTES, key_id
from planner.resources import resource_path

# Extra trusted keys, for the test suite and a maintainer's trial run only: anyone who can set
# a person's environment can already run code as them, so this opens no new door; content
# signed with such a key says "TEST key" wherever the planner shows which content it uses.
TEST_KEYS_VARIABLE = "FAMILY_SAFETY_PLANNER_TEST_KEYS"
_log = logging.getLogger(__name__)


def trusted_keys() -> dict[str, bytes]:
    """Key id -> raw Ed25519 public key: resources/keys/*.pub (and TEST_KEYS_VARIABLE's)."""
    folders = [resource_path("keys")]
    if os.environ.get(TEST_KEYS_VARIABLE):
        folders.append(Path(os.environ[TEST_KEYS_VARIABLE]))
    return {key_id(raw): raw for folder in folders for raw in _keys_in(folder)}


def shipped_key_ids() -> set[str]:
    return {key_id(raw) for raw in _keys_in(resource_path("keys"))}


def _keys_in(folder: Path) -> list[bytes]:
    """Each *.pub file holds one key as 64 hex digits; a file that does not is skipped (and
    logged), so that one bad file cannot stop the planner."""
    keys = []
    for file in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            raw = bytes.fromhex(file.read_text(encoding="ascii").strip())
        except (OSError, UnicodeDecodeError, ValueError):
            raw = b""
        if len(raw) == PUBLIC_KEY_BYTES:
            keys.append(raw)
        else:
            _log.warning("A key file is not 64 hex digits and is not trusted: %s", file.name)
    return keys
