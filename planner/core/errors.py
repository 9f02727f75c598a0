"""Errors meant for people: each carries a plain message and the exit code the CLI uses."""

from __future__ import annotations


class PlannerError(Exception):
    """Base of every error the planner explains to the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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

        self.problem = problem
        self.fields = fields
        if problem == "pack-cannot-store":  # a read-only folder or a full disk
            self.exit_code = FileSystemError.exit_code
        super().__init__(pack_message(problem, fields, "en"))

    def in_language(self, lang: str) -> str:
        from planner.core.content_packs.messages import pack_message

        return pack_message(self.problem, self.fields, lang)
