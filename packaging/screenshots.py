"""Write a PNG of every section of the demo plan, the unlock screen and shelter use into
docs/screenshots/ (offscreen, 1280x800; the shelter home screen and hand-over at 1024x768, the
smallest screen the planner is made for). Run with `make screenshots`; look at every one, and
once more with `QT_FONT_DPI=144` (text at 150%).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard  # noqa: E402

from planner.app_settings import remember_shelter_use  # noqa: E402
from planner.core.catalog import load_catalog  # noqa: E402
from planner.core.demo import build_demo  # noqa: E402
from planner.core.plans import PlanFile  # noqa: E402
from planner.core.services.plan import NewPlan, update_details  # noqa: E402
from planner.paths import AppPaths  # noqa: E402
from planner.ui.controller import WindowController  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1280, 800)
PASSPHRASE = "lantern orchard violet"


SMALL = (1024, 768)


def grab(widget: QWidget, name: str, size: tuple[int, int] | None = SIZE) -> None:
    """`size` None: a dialog at the size it chose for itself."""
    if size is not None:
        widget.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def shelter_hand_over(folder: Path) -> None:
    """The shelter home screen, a new family's plan, and the hand-over on a USB stick."""
    paths = AppPaths(folder / "shelter")
    paths.plans_dir.mkdir(parents=True)
    remember_shelter_use(paths)
    plan = make_plan(paths.plans_dir, PASSPHRASE, "shelter").rename(
        paths.plans_dir / "plan-K7QM.plan"  # the kind of neutral name the planner suggests
    )
    controller = WindowController(paths, paths.default_plan)
    controller.start()
    home = controller.unlock_screen
    assert home is not None
    grab(home, "shelter-home", SMALL)
    controller.open_plan_file(plan)
    grab(home, "shelter-home-locked", SMALL)
    controller.show_home()
    home.new_plan_requested.emit()
    wizard = controller.first_run
    assert isinstance(wizard, QWizard)
    grab(wizard, "shelter-new-family", None)
    wizard.reject()
    controller.quick_exit()
    opened = WindowController(paths, plan, PASSPHRASE)
    opened.start()
    window, actions = opened.main_window, opened.plan_actions
    assert window is not None
    window.resize(*SMALL)
    window.shelter_menu.popup(window.shelter_button.mapToGlobal(QPoint(0, 0)))
    grab(window.shelter_menu, "shelter-family-plans-menu", None)
    window.shelter_menu.hide()
    stick = folder / "USB stick"
    stick.mkdir()
    actions.save_copy_to(stick)
    grab(dialog(actions.dialog), "shelter-saved-to-usb", None)
    window.remove_plan_requested.emit()
    grab(dialog(actions.dialog), "shelter-remove", None)
    opened.quick_exit()
    from_stick = WindowController(paths, stick / plan.name, PASSPHRASE)
    from_stick.start()
    assert from_stick.main_window is not None
    from_stick.main_window.resize(*SMALL)
    from_stick.main_window.remove_plan_requested.emit()
    grab(dialog(from_stick.plan_actions.dialog), "shelter-remove-refused", None)
    from_stick.quick_exit()


def dialog(widget: QWidget | None) -> QDialog:
    assert isinstance(widget, QDialog) and widget.isVisible()
    return widget


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
        shelter_hand_over(folder)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
