"""Run by test_fits_screen.py in a fresh process (one screen size per QApplication): opens the
real window on the demo plan and prints where the window and its Lock / Quick exit controls lie,
as JSON. An optional second argument saves a picture of the window there."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from planner.core.catalog import load_catalog
from planner.core.demo import build_demo
from planner.core.plans import PlanFile
from planner.paths import AppPaths
from planner.ui.controller import WindowController


def on_screen(widget: QWidget) -> list[int]:
    corner = widget.mapToGlobal(QPoint(0, 0))
    rect = QRect(corner, widget.size())
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _first_run_frame(app: QApplication, folder: Path) -> list[int]:
    """Where the welcome flow lies, as a new household starts it."""
    controller = WindowController(AppPaths(folder), AppPaths(folder).default_plan)
    controller.start()
    wizard = controller.first_run
    assert wizard is not None
    for _ in range(5):
        app.processEvents()
    frame = wizard.frameGeometry()
    controller.quick_exit()
    return [frame.x(), frame.y(), frame.width(), frame.height()]


def main() -> int:
    app = QApplication(sys.argv[:1])
    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        path = folder / "demo.plan"
        PlanFile.create(path, lambda session: build_demo(session, catalog), None).close()
        controller = WindowController(AppPaths(folder), path)
        controller.start()
        window = controller.main_window
        assert window is not None
        for _ in range(5):
            app.processEvents()
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        report = {
            "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
            "window": [frame.x(), frame.y(), frame.width(), frame.height()],
            "quick_exit": on_screen(window.quick_exit_button),
            "quick_exit_visible": window.quick_exit_button.isVisible(),
            "protect": on_screen(window.protect_button),
        }
        if len(sys.argv) > 1:
            window.grab().save(sys.argv[1])
        controller.quick_exit()
        report["first_run"] = _first_run_frame(app, folder / "new")
        print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
