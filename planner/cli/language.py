"""The command line speaks the system's language (LC_ALL, LC_MESSAGES, LANG: es_MX.UTF-8 is
Spanish), through the core translation table: its own sentences (`said`), the core's error
messages (planner.core.errors) and argparse's few fixed words, which argparse asks gettext for."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping

from planner.core.errors import show_messages_in
from planner.core.i18n import mark, t

LANGUAGES = ("en", "es")
PROTECTED = mark("protected with a passphrase")
NOT_PROTECTED = mark("not protected by a passphrase")
_speaking = ["en"]
# argparse's messages, as argparse 3.11-3.12 writes them (gettext keys: %-style fields).
ARGPARSE_WORDS = (
    mark("usage: "),
    mark("the following arguments are required: %s"),
    mark("unrecognized arguments: %s"),
    mark("invalid choice: %(value)r (choose from %(choices)s)"),
    mark("argument %(argument_name)s: %(message)s"),
    mark("%(prog)s: error: %(message)s\n"),
    mark("expected one argument"),
    mark("expected at most one argument"),
    mark("expected at least one argument"),
    mark("expected %s argument"),
    mark("expected %s arguments"),
    mark("invalid %(type)s value: %(value)r"),
    mark("not allowed with argument %s"),
    mark("ignored explicit argument %r"),
    mark("ambiguous option: %(option)s could match %(matches)s"),
    mark("one of the arguments %s is required"),
    mark("show this help message and exit"),
    mark("positional arguments"),
    mark("options"),
)


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as for any POSIX program."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            code = value.split(".")[0].replace("-", "_").split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def speak(language: str) -> None:
    """Every message the command prints from now on, argparse's too, in `language`."""
    _speaking[0] = language
    show_messages_in(language)
    argparse._ = _argparse_words  # type: ignore[attr-defined]  # argparse looks it up per call
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


def speaking() -> str:
    """The command line's language, for the core's own words (repeat rules)."""
    return _speaking[0]


def said(source: str, **fields: object) -> str:
    """A sentence of the command line, in its language, with its fields filled in."""
    return t(source, _speaking[0]).format(**fields)


def _argparse_words(text: str) -> str:
    return t(text, _speaking[0])


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return t(singular if count == 1 else plural, _speaking[0])
