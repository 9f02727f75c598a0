"""Putting a rotating backup in the plan's place from the window.

The plan is closed first, and a protected plan asks for its passphrase again (the key is
never kept for this). The backup waits here until the plan is next opened: with the right
passphrase it is put in place, with a wrong one it waits for the next try.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.core.errors import PlannerError


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


class BackupInWaiting:
    """A backup chosen to replace the plan, and what to tell the person once it is open."""

    def __init__(self) -> None:
        self.backup: Path | None = None
        self.message = ""

    def wait_with(self, backup: Path) -> None:
        self.backup = backup

    def put_in_place(self, plan_path: Path, passphrase: str | None) -> None:
        """Restore the waiting backup over `plan_path`, if one waits. A plain plan that
        cannot take it is reopened as it was, with the reason kept in `message`; a wrong
        passphrase raises, and the backup waits for the next try."""
        from planner.core.safety_copies import restore_from_rotating_backup

        backup, self.backup = self.backup, None
        if backup is None:
            return
        try:
            kept = restore_from_rotating_backup(plan_path, passphrase, backup)
        except PlannerError as error:
            if passphrase is None:
                self.message = error.message
                return
            self.backup = backup
            raise
        self.message = _t("The backup is back in place. The plan as it was is kept in %1.").replace(
            "%1", str(kept)
        )

    def take_message(self) -> str:
        message, self.message = self.message, ""
        return message
