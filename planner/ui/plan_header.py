"""Whether a plan file asks for a passphrase, read from its first bytes.

This runs before the unlock screen is shown, so it must not load the database layer: only
the header check in `planner.core.crypto`, with the reasons a file cannot be read said in
the window's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.core import crypto
from planner.core.errors import DamagedPlanError, FileSystemError


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def needs_passphrase(path: Path) -> bool:
    """True for a protected plan; raises a PlannerError for anything that is not a plan."""
    if path.is_dir():
        raise FileSystemError(_t("%1 is a folder, not a plan file.").replace("%1", str(path)))
    try:
        header = crypto.read_header(path)
    except FileNotFoundError as error:
        raise FileSystemError(_t("There is no plan at %1.").replace("%1", str(path))) from error
    except OSError as error:
        raise FileSystemError(
            _t("%1 cannot be read: %2.").replace("%1", str(path)).replace("%2", str(error.strerror))
        ) from error
    if len(header) < crypto.SALT_SIZE:
        raise DamagedPlanError(
            _t("This file is empty or cut short: it is not a plan, or it was damaged.")
        )
    return not crypto.header_is_plain(header)
