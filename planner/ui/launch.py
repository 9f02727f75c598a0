"""Start the window: Qt first, the plan (and the database layer) only once a window exists."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from planner.cli.common import plan_path, read_passphrase
from planner.core.errors import PassphraseRequiredError, PlannerError, WrongPassphraseError
from planner.paths import AppPaths

APP_TITLE = "Planner"  # neutral on purpose: the title bar is visible to anyone nearby


def run_window(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_TITLE)
    path = plan_path(args)
    try:
        plan = _open_or_create(args, path)
    except PlannerError as error:
        QMessageBox.critical(None, APP_TITLE, error.message)
        return error.exit_code
    if plan is None:
        return 0
    from planner.ui.plan_window import PlanWindow

    window = PlanWindow(plan)
    window.show()
    try:
        return int(app.exec())
    finally:
        plan.close()


def _open_or_create(args: argparse.Namespace, path: Path):  # type: ignore[no-untyped-def]
    from planner.core.plans import PlanFile

    if not path.exists() and path == AppPaths.resolve(args.data_dir).default_plan:
        return _create_default_plan(path)
    passphrase = read_passphrase(args)
    while True:
        try:
            return PlanFile.open(path, passphrase)
        except (PassphraseRequiredError, WrongPassphraseError) as error:
            if passphrase is not None:
                QMessageBox.warning(None, APP_TITLE, error.message)
            passphrase = _ask_passphrase()
            if passphrase is None:
                return None


def _ask_passphrase(parent: QWidget | None = None) -> str | None:
    text, accepted = QInputDialog.getText(
        parent,
        APP_TITLE,
        QCoreApplication.translate("launch", "Passphrase for this plan:"),
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None


def _create_default_plan(path: Path):  # type: ignore[no-untyped-def]
    from planner.core.catalog import load_catalog
    from planner.core.plans import PlanFile
    from planner.core.services.plan import NewPlan, start_plan

    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = load_catalog()
    details = NewPlan(name=QCoreApplication.translate("launch", "Our family plan"), country="US")
    return PlanFile.create(path, lambda session: start_plan(session, details, catalog))
