"""The pack file: a small JSON envelope around a signed JSON payload.

    {"magic": "family-safety-planner content pack", "format": 1,
     "signer": "<key id>", "payload": "<base64>", "signature": "<base64>"}

The payload (the bytes the signature covers) is UTF-8 JSON:

    {"version": "2027.03.01", "checked": "2027-03-01",
     "files": {"catalog/apps/yubo.toml": "<TOML text>", ...}}

Everything is checked before anything is used: size first (a pack is read only up to
MAX_PACK_BYTES), then the envelope, the signer, the signature, and only then the payload.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.core.errors import PackError

MAGIC = "family-safety-planner content pack"
FORMAT = 1
MAX_PACK_BYTES = 8 * 1024 * 1024  # today's content is under 1 MiB
MAX_FILES = 400
# The folders a pack may hold: the same TOML files as resources/, nothing else (no code).
_FILE_NAME = re.compile(r"(catalog/apps|contacts|guidance)/[a-z0-9][a-z0-9_-]{0,60}\.toml")
_VERSION = re.compile(r"([0-9]{4})\.([0-9]{2})\.([0-9]{2})(?:\.([0-9]{1,3}))?")
# A computer's clock may be a little ahead or behind; a pack from further ahead is a mistake
# (a version of 9999.99.99 would make every real update look older).
_CLOCK_SLACK = dt.timedelta(days=2)
PUBLIC_KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class ContentVersion:
    """A content release: "2027.03.01" (or "2027.03.01.2" for a second one that day)."""

    text: str

    def __post_init__(self) -> None:
        match = _VERSION.fullmatch(self.text)
        try:
            dt.date(*(int(part) for part in match.groups()[:3])) if match else None
        except ValueError:
            match = None
        if match is None:
            raise PackError("pack-version", version=self.text[:40])

    @property
    def day(self) -> dt.date:
        return dt.date(*self.order[:3])

    @property
    def order(self) -> tuple[int, ...]:
        match = _VERSION.fullmatch(self.text)
        assert match is not None
        return tuple(int(part or 0) for part in match.groups())

    def newer_than(self, other: ContentVersion) -> bool:
        return self.order > other.order


@dataclass(frozen=True, slots=True)
class Pack:
    """A pack whose signature was verified: its version, date, signer and TOML files."""

    version: ContentVersion
    checked: dt.date
    signer: str
    files: Mapping[str, str]


def key_id(public_key: bytes) -> str:
    """A short name for a public key, written into each pack it signs."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def build_pack(
    files: Mapping[str, str], version: str, checked: dt.date, private_key: bytes
) -> bytes:
    """The bytes of a pack of `files` (path -> TOML text), signed with a raw Ed25519 key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    _check_files(files)
    payload = json.dumps(
        {"version": ContentVersion(version).text, "checked": checked.isoformat(), "files": files},
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    signing_key = Ed25519PrivateKey.from_private_bytes(private_key)
    public = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    envelope = {
        "magic": MAGIC,
        "format": FORMAT,
        "signer": key_id(public),
        "payload": base64.b64encode(payload).decode("ascii"),
        "signature": base64.b64encode(signing_key.sign(payload)).decode("ascii"),
    }
    return json.dumps(envelope, indent=1).encode("utf-8") + b"\n"


def read_pack(path: Path, trusted_keys: Mapping[str, bytes]) -> Pack:
    """The verified pack at `path`; PackError (a plain message) for anything else.

    `trusted_keys` maps key ids to raw Ed25519 public keys (keys.trusted_keys()).
    """
    return read_pack_bytes(path, trusted_keys)[1]


def read_pack_bytes(path: Path, trusted_keys: Mapping[str, bytes]) -> tuple[bytes, Pack]:
    """The file's bytes, read once, and the verified pack they hold."""
    data = _read_limited(path)
    return data, verify_pack(data, trusted_keys)


def verify_pack(data: bytes, trusted_keys: Mapping[str, bytes]) -> Pack:
    envelope = _json_object(data, "pack-not-a-pack")
    if envelope.get("magic") != MAGIC:
        raise PackError("pack-not-a-pack")
    pack_format = envelope.get("format")
    if type(pack_format) is not int or pack_format != FORMAT:  # bool is not a format
        newer = type(pack_format) is int and pack_format > FORMAT
        raise PackError("pack-newer-format" if newer else "pack-not-a-pack")
    signer = envelope.get("signer")
    if not isinstance(signer, str) or signer not in trusted_keys:
        raise PackError("pack-unknown-signer")
    payload = _base64(envelope.get("payload"))
    _verify(trusted_keys[signer], payload, _base64(envelope.get("signature")))
    return _read_payload(payload, signer)


def _read_limited(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise PackError("pack-is-folder", path=str(path))
        if not path.is_file():
            raise PackError("pack-missing", path=str(path))
        if path.stat().st_size > MAX_PACK_BYTES:
            raise PackError("pack-too-big", megabytes=MAX_PACK_BYTES // (1024 * 1024))
        with path.open("rb") as file:
            data = file.read(MAX_PACK_BYTES + 1)
    except OSError as error:
        raise PackError("pack-unreadable", path=str(path)) from error
    if len(data) > MAX_PACK_BYTES:
        raise PackError("pack-too-big", megabytes=MAX_PACK_BYTES // (1024 * 1024))
    return data


def _json_object(data: bytes, problem: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise PackError(problem) from error
    if not isinstance(value, dict):
        raise PackError(problem)
    return value


def _base64(value: object) -> bytes:
    if not isinstance(value, str):
        raise PackError("pack-not-a-pack")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise PackError("pack-not-a-pack") from error


def _verify(public_key: bytes, payload: bytes, signature: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, payload)
    except (InvalidSignature, ValueError) as error:
        raise PackError("pack-bad-signature") from error


def _read_payload(payload: bytes, signer: str) -> Pack:
    # Signed by a trusted key, and still checked: a maintainer's mistake must not reach people.
    content = _json_object(payload, "pack-not-a-pack")
    files = content.get("files")
    if not isinstance(files, dict):
        raise PackError("pack-not-a-pack")
    _check_files(files)
    version, checked = content.get("version"), content.get("checked")
    if not isinstance(version, str) or not isinstance(checked, str):
        raise PackError("pack-not-a-pack")
    try:
        checked_on = dt.date.fromisoformat(checked)
    except ValueError as error:
        raise PackError("pack-not-a-pack") from error
    pack = Pack(ContentVersion(version), checked_on, signer, dict(files))
    check_dates(pack.version, pack.checked)
    return pack


def check_dates(version: ContentVersion, checked: dt.date) -> None:
    """Neither the version's day nor the checked date may lie in the future."""
    latest = dt.date.today() + _CLOCK_SLACK
    if version.day > latest or checked > latest:
        raise PackError("pack-future", version=version.text, checked=checked.isoformat())


def _check_files(files: Mapping[str, object]) -> None:
    if not files or len(files) > MAX_FILES:
        raise PackError("pack-not-a-pack")
    for name, text in files.items():
        if not isinstance(name, str) or not _FILE_NAME.fullmatch(name) or not _utf8(text):
            raise PackError("pack-bad-file", name=repr(name)[:80])


def _utf8(text: object) -> bool:
    """Text that can be written as UTF-8 (JSON allows lone surrogates, which cannot)."""
    if not isinstance(text, str):
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
