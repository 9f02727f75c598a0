"""A bug inside a slot: logged, told to the person, and the plan closed if it was left half-open.

Qt calls slots from its event loop, so an exception there never reaches `planner.app.main`:
Python hands it to `sys.excepthook`, which by default prints to a terminal nobody sees. This
hook writes the type and stack (never the message, which can quote plan text) to the log, and
shows a plain message. When the failure left a plan open without its window (opening the
window after unlocking failed), the controller closes the plan, which forgets the key.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from planner.errorlog import log_bug


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


class BugReporter:
    """Installed as `sys.excepthook` while the window runs."""

    def __init__(self, log_file: Path, recover: Callable[[], None]) -> None:
        self.log_file = log_file
        self.recover = recover
        self.last_message: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = sys.__excepthook__

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: not a bug
            sys.__excepthook__(kind, error, trace)
            return
        written = log_bug(self.log_file, error.with_traceback(trace))
        try:
            self.recover()
        finally:
            self._tell(written)

    def _tell(self, written: Path | None) -> None:
        message = _t(
            "Something went wrong inside the planner: this is a bug, not something you did. "
            "Nothing you saved is lost."
        )
        if written is not None:
            message += " " + _t("Technical details were written to %1.").replace("%1", str(written))
        box = QMessageBox(
            QMessageBox.Icon.Critical, _t("Planner"), message, QMessageBox.StandardButton.Ok
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box
