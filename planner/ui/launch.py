"""Start the window: Qt first; the plan, and the database layer, only once they are needed."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from planner.options import plan_path, read_passphrase
from planner.paths import AppPaths
from planner.ui import dialog_fit, edges, i18n, save_key, style
from planner.ui.controller import WindowController
from planner.ui.excepthook import BugReporter

APP_NAME = "Planner"  # neutral on purpose: it shows in task bars and window lists
# packaging/linux/<id>.desktop: Wayland's app id and X11's WM_CLASS let shells match the window
# to its launcher (the .desktop file's StartupWMClass says the same).
DESKTOP_FILE_ID = "org.familysafetyplanner.planner"
# Set to 1: show the first screen (welcome, unlock or the filled main window), let Qt process
# events once, then end without entering the event loop. Benchmarks time start-up with it from
# outside the process; smoke tests use it to check that the window comes up at all. Set to
# "settled": the same, and also what follows the first screen (the integrity check, the ORM
# loaded, the heap settled: see WindowController.after_first_paint) before ending.
EXIT_WHEN_READY = "FAMILY_SAFETY_PLANNER_EXIT_WHEN_READY"


def run_window(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The X11 WM_CLASS class is the application name; people see the display name.
    QCoreApplication.setApplicationName(DESKTOP_FILE_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_ID)
    QApplication.setQuitOnLastWindowClosed(True)
    edges.install(app)  # type: ignore[arg-type]  # check boxes that show on dark palettes
    style.install(app)  # type: ignore[arg-type]  # a visible focus outline, in palette colours
    save_key.install(app)  # type: ignore[arg-type]  # Ctrl+Enter saves the editor in front
    dialog_fit.install(app)  # type: ignore[arg-type]  # no dialog larger than the screen
    paths = AppPaths.resolve(args.data_dir)
    # Before any window: widgets take their words when they are built.
    i18n.install(i18n.preferred_language(paths))
    controller = WindowController(
        paths,
        plan_path(args),
        read_passphrase(args),
        tray=args.tray,
    )
    exit_code = 0

    def finish(code: int) -> None:
        nonlocal exit_code
        exit_code = code
        QCoreApplication.exit(code)

    controller.finished.connect(finish)
    bugs = BugReporter(paths.log_file, controller.recover_after_bug)
    bugs.install()
    exit_when_ready = os.environ.get(EXIT_WHEN_READY, "")
    controller.settle_after_paint = exit_when_ready == ""
    controller.start()
    if exit_when_ready:
        app.processEvents()
        if exit_when_ready == "settled":
            controller.after_first_paint()
            app.processEvents()
        result = 0
    else:
        result = app.exec()
    bugs.uninstall()
    if controller.context is not None and controller.context.plan is not None:
        controller.context.plan.close()
    return exit_code or int(result)
