"""Passphrase -> raw SQLCipher key, through Argon2id, with the salt kept in the file header.

SQLCipher stores a database's 16-byte salt as the file's first 16 bytes. Giving it our own
Argon2 salt when the file is created (`x'<key><salt>'`) puts that salt there, so opening a plan
is: read 16 bytes, derive the key, open. Nothing about the key is stored anywhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.core.errors import ValidationError
from planner.core.passphrase_strength import MIN_LENGTH

SALT_SIZE = 16
KEY_SIZE = 32
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# Plan format 1. Changing these makes existing plans unopenable: add a new format instead.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4


def check_new_passphrase(passphrase: str) -> str:
    """The one rule for a new passphrase, in the window and on the command line alike."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            "A passphrase must be at least {count} characters long.", count=MIN_LENGTH
        )
    return passphrase


def new_salt() -> bytes:
    while True:
        salt = os.urandom(SALT_SIZE)
        # A salt equal to SQLite's magic header would make an encrypted plan look plain.
        if salt != PLAIN_SQLITE_HEADER:
            return salt


def derive_key(passphrase: str, salt: bytes) -> bytes:
    # Imported here: the unlock screen reads the header with this module before any key is needed.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=ARGON2_TIME_COST,
        memory_cost=ARGON2_MEMORY_KIB,
        parallelism=ARGON2_PARALLELISM,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )


def key_literal(key: bytes, salt: bytes | None = None) -> str:
    """The value for `PRAGMA key`: a raw key, with the salt only when creating a file."""
    material = key + salt if salt is not None else key
    return f"\"x'{material.hex()}'\""


def read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_SIZE)


def header_is_plain(header: bytes) -> bool:
    return header == PLAIN_SQLITE_HEADER
