"""Test helpers: a throw-away signing key the planner trusts for this run only, and packs made
from a copy of resources/ with the changes a test asks for."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CHANGED_NUMBER = "1-800-843-0000"  # test data only: never in resources/
# Versions of test updates: newer than the built-in content (never dated after today, or the
# planner refuses them as made in the future), the second newer than the first.
TODAY = dt.date.today()
NEWER = f"{TODAY:%Y.%m.%d}.1"
NEWEST = f"{TODAY:%Y.%m.%d}.2"


def new_test_key(folder: Path) -> tuple[Path, bytes]:
    """A private key (PEM file) and its public key written as `folder/test.pub`."""
    key = Ed25519PrivateKey.generate()
    folder.mkdir(parents=True, exist_ok=True)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    (folder / "test.pub").write_text(public.hex(), encoding="ascii")
    pem = folder.parent / f"{folder.name}-private.pem"
    pem.write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    return pem, key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def changed_resources(target: Path, *, number: bool = True, new_app: bool = True) -> Path:
    """A copy of resources/ where the CyberTipline's phone changes and a "Test Chat" app appears."""
    shutil.copytree(RESOURCES, target)
    if number:
        contacts = target / "contacts" / "us.toml"
        text = contacts.read_text(encoding="utf-8")
        contacts.write_text(text.replace('"1-800-843-5678"', f'"{CHANGED_NUMBER}"'), "utf-8")
    if new_app:
        yubo = (target / "catalog" / "apps" / "yubo.toml").read_text(encoding="utf-8")
        test_app = re.sub(r'"yubo', '"test-chat', yubo)
        test_app = test_app.replace('name = "Yubo"', 'name = "Test Chat"')
        (target / "catalog" / "apps" / "test-chat.toml").write_text(test_app, encoding="utf-8")
    return target


def pack_files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for folder in ("catalog/apps", "contacts", "guidance")
        for path in sorted((root / folder).glob("*.toml"))
    }
