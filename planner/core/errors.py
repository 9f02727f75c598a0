"""Errors meant for people: each carries a plain message and the exit code the CLI uses.

The message is an English source of the core translation table (planner/core/i18n.py) and the
fields that fill it, so that the edge says it in the person's language: the window and the
command line call `show_messages_in(language)` once they know it, and `error.message` is then
in that language (`str(error)` stays English, for the technical log).
"""

from __future__ import annotations

from planner.core.i18n import t

# Fields that are themselves English words of the table: a field's name ("the child's
# nickname"), a kind of value in a backup ("a whole number").
TRANSLATED_FIELDS = frozenset({"label", "kind", "other_kind"})
# The language of the edge that shows messages (one window or one command per process).
_shown_in = ["en"]


def show_messages_in(language: str) -> None:
    _shown_in[0] = language


class PlannerError(Exception):
    """Base of every error the planner explains to the user."""

    exit_code = 1

    def __init__(self, message: str, **fields: object) -> None:
        self.source = message
        self.fields = fields
        super().__init__(_filled(message, message, fields))

    @property
    def message(self) -> str:
        """The message in the language the edge showing it speaks."""
        return self.in_language(_shown_in[0])

    def in_language(self, lang: str) -> str:
        """The message in `lang`, its fields too; English where the table has no translation."""
        fields = {name: _field_in(name, value, lang) for name, value in self.fields.items()}
        return _filled(self.source, t(self.source, lang), fields)


def _field_in(name: str, value: object, lang: str) -> object:
    # A refusal inside another ("plan.country: ..."; why a repeat rule is not valid) is said in
    # the same language as the sentence around it.
    if isinstance(value, PlannerError):
        return value.in_language(lang)
    if name in TRANSLATED_FIELDS and isinstance(value, str):
        return t(value, lang)
    return value


def _filled(source: str, text: str, fields: dict[str, object]) -> str:
    filled = text.format(**fields) if fields else text
    if source.startswith("{label}"):  # "{label} is too long": the sentence still starts upper
        return filled[:1].upper() + filled[1:]
    return filled


class ValidationError(PlannerError):
    """Input a person gave that cannot be saved as it is."""

    exit_code = 2


class UsageError(PlannerError):
    exit_code = 2


class PlanError(PlannerError):
    """Something about a plan file."""


class WrongPassphraseError(PlanError):
    """SQLCipher cannot tell a wrong key from a damaged file, so neither do we."""

    exit_code = 3


class DamagedPlanError(WrongPassphraseError):
    pass


class PassphraseRequiredError(PlanError):
    exit_code = 3


class NewerSchemaError(PlanError):
    exit_code = 4


class PlanInUseError(PlanError):
    exit_code = 5


class FileSystemError(PlanError):
    """Missing folder, read-only folder, full disk, a folder where a file should be."""

    exit_code = 6


class CatalogError(PlannerError):
    """A file in resources/ breaks the content rules; names the file, entry and field."""

    exit_code = 1


class PackError(PlannerError):
    """A content pack that cannot be used: named by an id, told in the person's language.

    The words live in planner/core/content_packs/messages.py (and their Spanish in the core
    translation table), so the window and the command line say the same thing.
    """

    exit_code = 2

    def __init__(self, problem: str, **fields: object) -> None:
        from planner.core.content_packs.messages import pack_message

        super().__init__(pack_message(problem, fields, "en"))
        self.problem = problem
        self.fields = fields  # after PlannerError's: its message has none, this one's problem has
        if problem == "pack-cannot-store":  # a read-only folder or a full disk
            self.exit_code = FileSystemError.exit_code

    def in_language(self, lang: str) -> str:
        from planner.core.content_packs.messages import pack_message

        return pack_message(self.problem, self.fields, lang)
