"""Write the Spanish window's screenshots into docs/screenshots/: the main window on the demo plan
(its language set to Spanish, so the window switches as it would for a family) and the welcome
flow's first page. Offscreen; run after `make` has built the .qm files:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots_es.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from planner.core.catalog import Catalog, load_catalog  # noqa: E402
from planner.core.demo import build_demo  # noqa: E402
from planner.core.plans import PlanFile  # noqa: E402
from planner.core.services.plan import NewPlan, get_details, update_details  # noqa: E402
from planner.paths import AppPaths  # noqa: E402
from planner.ui.controller import WindowController  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def grab(widget: QWidget, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def spanish_demo(path: Path, catalog: Catalog) -> Path:
    def fill(session):  # type: ignore[no-untyped-def]
        build_demo(session, catalog)
        details = get_details(session)
        spanish = NewPlan(name=details.name, country=details.country, language="es")
        update_details(session, spanish, catalog)

    PlanFile.create(path, fill, None).close()
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        controller = WindowController(AppPaths(folder), spanish_demo(folder / "es.plan", catalog))
        controller.start()
        window = controller.main_window
        assert window is not None, "the demo plan did not open"
        window.show_section("overview")
        grab(window, "es-main-window", (1280, 800))
        controller.quick_exit()

        from planner.ui.dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(catalog, folder / "new.plan")  # in Spanish: the plan switched it
        wizard.show()
        grab(wizard, "es-first-run", (720, 620))
        wizard.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
