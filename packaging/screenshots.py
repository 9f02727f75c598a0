"""Write a PNG of every section of the demo plan, the unlock screen and shelter use into
docs/screenshots/ (offscreen, 1280x800). Run with `make screenshots`; look at every one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from planner.core.catalog import load_catalog  # noqa: E402
from planner.core.demo import build_demo  # noqa: E402
from planner.core.plans import PlanFile  # noqa: E402
from planner.core.services.plan import NewPlan, update_details  # noqa: E402
from planner.paths import AppPaths  # noqa: E402
from planner.ui.controller import WindowController  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1280, 800)
PASSPHRASE = "lantern orchard violet"


def grab(widget: QWidget, name: str) -> None:
    widget.resize(*SIZE)
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def make_plan(folder: Path, passphrase: str | None, mode: str = "home") -> Path:
    catalog = load_catalog()
    path = folder / f"{mode}-{'protected' if passphrase else 'plain'}.plan"

    def fill(session):  # type: ignore[no-untyped-def]
        build_demo(session, catalog)
        if mode != "home":
            details = NewPlan(name="Family A, room 12", country="US", mode=mode)
            update_details(session, details, catalog)

    PlanFile.create(path, fill, passphrase).close()
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        paths = AppPaths(folder)
        home = WindowController(paths, make_plan(folder, None))
        home.start()
        window = home.main_window
        assert window is not None
        for index, section_id in enumerate(window.sections, start=1):
            window.show_section(section_id)
            grab(window, f"{index:02d}-{section_id}")
        home.quick_exit()

        protected = WindowController(paths, make_plan(folder, PASSPHRASE))
        protected.start()
        assert protected.unlock_screen is not None
        grab(protected.unlock_screen, "unlock-screen")
        protected.quick_exit()

        shelter = WindowController(paths, make_plan(folder, PASSPHRASE, "shelter"), PASSPHRASE)
        shelter.start()
        assert shelter.main_window is not None
        grab(shelter.main_window, "shelter-mode")
        shelter.quick_exit()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
