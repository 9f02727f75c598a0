"""Maintainers' tool for safety information updates (docs/content-format.md).

python packaging/content_pack.py key --private ~/offline/content-2027.pem --name makers-2027
    a new Ed25519 key pair: the private key (PEM) where you say, never inside this
    repository; the public key into resources/keys/NAME.pub, to commit.
python packaging/content_pack.py build --key ~/offline/content-2027.pem [--out dist]
    (or `make content-pack`, with CONTENT_SIGNING_KEY naming the private key file)
    checks resources/ with the planner's own catalog loader and writes
    dist/safety-information-<version>.fspack, signed, with the version and date of
    resources/content.toml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
PACK_FOLDERS = ("catalog/apps", "contacts", "guidance")
KEY_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")


class ToolError(Exception):
    """A mistake the maintainer can fix, said in one sentence."""


def make_key(private: Path, name: str) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    public_file = RESOURCES / "keys" / f"{name}.pub"
    if not KEY_NAME.fullmatch(name):
        raise ToolError("--name takes lower-case letters, digits and dashes (makers-2027).")
    if private.resolve().is_relative_to(ROOT):
        raise ToolError("The private key must not be written inside the repository.")
    if public_file.exists() or private.exists():
        raise ToolError(f"{public_file.name} or {private} exists already: a key is never replaced.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    descriptor = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pem)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    public_file.write_text(public.hex() + "\n", encoding="ascii")
    print(f"Private key: {private} (keep it offline). Public key: resources/keys/{name}.pub")
    return 0


def build(key_file: Path, out: Path, resources: Path = RESOURCES) -> int:
    import tomllib

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        load_pem_private_key,
    )

    from planner.core.catalog import load_catalog_from_toml
    from planner.core.content_packs.format import build_pack, key_id, verify_pack

    load_catalog_from_toml(resources)  # a CatalogError stops the build with the file and field
    try:
        key = load_pem_private_key(key_file.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        problem = f"{key_file} cannot be read as a private key (PEM, no password)."
        raise ToolError(problem) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise ToolError(f"{key_file} is not an Ed25519 private key.")
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    try:
        with (resources / "content.toml").open("rb") as file:
            info = tomllib.load(file)
        version, checked = str(info["version"]), info["checked"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as error:
        problem = f"{resources / 'content.toml'} needs a version and a checked date."
        raise ToolError(problem) from error
    if not isinstance(checked, dt.date):
        raise ToolError("content.toml: checked must be a date such as 2027-03-01 (no quotes).")
    files = {
        path.relative_to(resources).as_posix(): path.read_text(encoding="utf-8")
        for folder in PACK_FOLDERS
        for path in sorted((resources / folder).glob("*.toml"))
    }
    out.mkdir(parents=True, exist_ok=True)
    data = build_pack(files, version, checked, raw)
    verify_pack(data, {key_id(raw_public(key)): raw_public(key)})  # what planners will check
    target = out / f"safety-information-{version}.fspack"
    target.write_bytes(data)
    print(f"Wrote {target} ({len(files)} files, version {version}).")
    return 0


def raw_public(key: object) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    assert isinstance(key, Ed25519PrivateKey)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    key = commands.add_parser("key", help="make a new signing key pair")
    key.add_argument("--private", type=Path, required=True)
    key.add_argument("--name", required=True)
    pack = commands.add_parser("build", help="build and sign a pack from resources/")
    pack.add_argument("--key", type=Path, default=os.environ.get("CONTENT_SIGNING_KEY"))
    pack.add_argument("--out", type=Path, default=ROOT / "dist")
    pack.add_argument("--resources", type=Path, default=RESOURCES, help="default: resources/")
    args = parser.parse_args(argv)
    from planner.core.errors import PlannerError

    try:
        if args.command == "key":
            return make_key(args.private.expanduser(), args.name)
        if not args.key:
            raise ToolError("Give the private key: --key FILE or CONTENT_SIGNING_KEY=FILE.")
        return build(Path(args.key).expanduser(), args.out, args.resources)
    except (ToolError, PlannerError) as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
