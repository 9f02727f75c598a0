"""Every action of every menu and toolbar of the main window, clicked as a person would, with
no exception raised and no error logged (the Family plans menu was once dead: its items raised
TypeError and nobody noticed, because no test clicked them).

Dialogs open with open(), never exec(), so a click returns at once; whatever an action opened
is then cancelled. Actions that end the window (lock, quick exit, a new family's plan) are
followed by a fresh start on the same plan, so every later action gets a window to act on.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QtMsgType
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolBar, QWidget

from planner.core.plans import PlanFile
from planner.core.services.plan import NewPlan, update_details
from planner.paths import AppPaths
from planner.ui.controller import WindowController
from tests.conftest import PASSPHRASE
from tests.ui.test_shelter import click_menu_item

LEFT = Qt.MouseButton.LeftButton
SERIOUS = {QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}


def actions_of(window: QWidget) -> list[tuple[QWidget, QAction]]:
    """(menu or toolbar, action) for every item of the window's menus and toolbars, in a
    stable order; `can_click` tells which a person can reach now."""
    found: list[tuple[QWidget, QAction]] = []
    # The menu bar's menus first: sections are built when first shown, and the menus of their
    # own buttons then appear after these, never in between.
    bar = window.menuBar().findChildren(QMenu)
    others = [m for m in window.findChildren(QMenu) if m not in bar]
    for container in [*bar, *others, *window.findChildren(QToolBar)]:
        for action in container.actions():
            if not action.isSeparator() and action.menu() is None:
                found.append((container, action))
    return found


def can_click(container: QWidget, action: QAction) -> bool:
    """The item is enabled, and what opens its menu (the menu bar, a button) can be seen and
    used: a button's menu is disabled with its button, and hidden with its section."""
    opener = container.parentWidget()
    return (
        action.isEnabled()
        and action.isVisible()
        and container.isEnabled()
        and (opener is None or opener.isVisible())
    )


def click_action(qtbot, container: QWidget, action: QAction) -> None:  # type: ignore[no-untyped-def]
    if isinstance(container, QMenu):
        click_menu_item(qtbot, container, action.text())
    else:
        assert isinstance(container, QToolBar)
        qtbot.mouseClick(container.widgetForAction(action), LEFT)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def cancel_what_opened(controller: WindowController) -> None:
    """Cancel every dialog the click opened, as a person pressing Cancel or Esc would."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            settle()


def still_usable(controller: WindowController) -> bool:
    window = controller.main_window
    return (
        window is not None
        and window.isVisible()
        and controller.context is not None
        and controller.context.is_open
    )


class Starter:
    """Starts the window on the plan (again, after an action ended it), and cleans up."""

    def __init__(self, paths: AppPaths, plan: Path, passphrase: str | None) -> None:
        self.paths, self.plan, self.passphrase = paths, plan, passphrase
        self.controller: WindowController | None = None

    def start(self) -> WindowController:
        self.stop()
        self.controller = WindowController(self.paths, self.plan, self.passphrase)
        self.controller.start()
        assert still_usable(self.controller)
        return self.controller

    def stop(self) -> None:
        made = self.controller
        if made is None:
            return
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        if made.context is not None and made.context.plan is not None:
            made.context.plan.close()
        app = QApplication.instance()
        made.idle.stop()  # its timer would lock the next test's window
        app.removeEventFilter(made.idle)
        app.removeEventFilter(made.shift)
        self.controller = None


@pytest.fixture(params=["shelter, protected", "home, no passphrase"])
def starter(request, templates, planner_home, catalog) -> Iterator[Starter]:  # type: ignore[no-untyped-def]
    """A protected shelter plan in the planner's folder (every passphrase and Family plans
    action enabled), and a home plan without a passphrase (Protect enabled)."""
    paths = AppPaths(planner_home)
    paths.plans_dir.mkdir(parents=True)
    shelter = request.param.startswith("shelter")
    source = templates["demo-protected" if shelter else "demo"]
    plan = shutil.copy2(source, paths.plans_dir / ("plan-TEST.plan" if shelter else "family.plan"))
    passphrase = PASSPHRASE if shelter else None
    if shelter:
        with PlanFile.open(plan, passphrase) as opened, opened.unit_of_work() as session:
            details = NewPlan(name="Family A, room 12", country="US", mode="shelter")
            update_details(session, details, catalog)
    made = Starter(paths, Path(plan), passphrase)
    yield made
    made.stop()


def test_every_menu_and_toolbar_action_runs_without_an_error(qtbot, qtlog, caplog, starter):
    caplog.set_level(logging.WARNING)
    controller = starter.start()
    clicked = []
    index = 0
    while True:
        if not still_usable(controller):
            controller = starter.start()
        found = actions_of(controller.main_window)
        if index >= len(found):
            break
        container, action = found[index]
        index += 1
        if not can_click(container, action):
            continue
        with qtbot.captureExceptions() as exceptions:
            click_action(qtbot, container, action)
            settle()
            cancel_what_opened(controller)
        assert not exceptions, f"{action.text()!r} raised: {exceptions}"
        clicked.append(action.text().split("\t")[0].replace("&", ""))
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors
    assert not [r for r in qtlog.records if r.type in SERIOUS]
    assert not starter.paths.log_file.exists()  # nothing reached the bug log either
    expected = {"Lock", "Quick exit", "Settings…", "About the planner"}
    if controller.shelter_use:
        expected |= {
            "Start a plan for a new family…",
            "Open another family's plan…",
            "Save this plan to a USB stick…",
            "Remove this plan from this computer…",
            "Change the passphrase…",
        }
    else:
        expected |= {"Protect with a passphrase…"}
    assert expected <= set(clicked)
