"""Shelter use as a caseworker works: one family's plan after another on a shared computer, the
hand-over on a USB stick, and the computer's copy removed; every step checked in the files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
    QWizard,
)

from planner.core.plans import PlanFile
from planner.core.services import children
from planner.core.services.plan import get_details
from planner.paths import AppPaths
from planner.ui.controller import WindowController
from tests.ui.test_accessibility import check

LEFT = Qt.MouseButton.LeftButton
FAMILY_A = ("Family A, room 12", "copper window meadow", "Sam")
FAMILY_B = ("Family B, room 3", "lantern orchard violet", "Noor")


# -- clicking as a person would --------------------------------------------------------------


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def click_menu_item(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the menu where it drops down and click the item with this text."""
    (action,) = [a for a in menu.actions() if a.text() == text]
    # The pointer comes from elsewhere: a menu ignores a release where it popped up (that is
    # the release of the click that opened it), and every menu here pops up at one place.
    QCursor.setPos(QPoint(600, 500))
    menu.popup(QPoint(0, 0))
    qtbot.waitExposed(menu)
    where = menu.actionGeometry(action).center()
    qtbot.mouseMove(menu, where)
    qtbot.mouseClick(menu, LEFT, pos=where)
    assert not menu.isVisible()


def choose_in_file_dialog(dialog: QFileDialog, path: Path) -> None:
    """What a person does in Qt's file dialog: pick the file (or folder), then Open."""
    assert dialog.isVisible()
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(str(path))
    dialog.accept()


def texts_on(window: QWidget) -> str:
    widgets = [window, *window.findChildren(QWidget)]
    texts = [w.text() for w in widgets if isinstance(w, QLabel | QAbstractButton)]
    texts += [w.accessibleName() + " " + w.accessibleDescription() for w in widgets]
    return "\n".join([window.windowTitle(), *texts])


# -- the flow's steps ------------------------------------------------------------------------


def next_page(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def make_family_plan(qtbot, wizard, family: tuple[str, str, str]) -> str:  # type: ignore[no-untyped-def]
    """Walk the welcome flow for one family; return the file name it suggested and used."""
    name, passphrase, child = family
    if wizard.currentPage() is wizard.mode_page:
        qtbot.keyClick(wizard.mode_page.shelter, Qt.Key.Key_Space)
        next_page(qtbot, wizard)
    page = wizard.name_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.name, name)
    file_name = page.file_name.text()
    assert file_name.startswith("plan-")
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.first, passphrase)
    qtbot.keyClicks(wizard.passphrase_page.second, passphrase)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the country suggested
    qtbot.keyClicks(wizard.children_page.nickname, child)
    qtbot.keyClicks(wizard.children_page.year, "2014")
    click(qtbot, wizard.children_page.add_button)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # no caregivers yet
    with qtbot.waitSignal(wizard.plan_created, timeout=20000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    return file_name


def plan_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.plan"))


def read_plan(path: Path, passphrase: str) -> tuple[str, list[str]]:
    with PlanFile.open(path, passphrase) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        return details.name, [c.nickname for c in children.list_children(session)]


def unlock(qtbot, screen, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    assert screen.unlock_box.isVisible()
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def shows_family(window, family: tuple[str, str, str], file_name: str) -> bool:  # type: ignore[no-untyped-def]
    label = window.plan_name_label
    return (
        window.isVisible()
        and label.isVisible()
        and label.text() == f"Open plan: {family[0]} (file {file_name}.plan)"
        and window.windowTitle() == "Planner"
    )


@pytest.fixture
def paths(planner_home: Path) -> AppPaths:
    return AppPaths(planner_home)


@pytest.fixture
def shelter_computer(paths: AppPaths) -> None:
    """A computer already in shelter use, with no plan on it (the last one was removed)."""
    paths.plans_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({"use": "shelter"}))


@pytest.fixture
def controller(qtbot, paths):  # type: ignore[no-untyped-def]
    made = WindowController(paths, paths.default_plan)
    yield made
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    if made.context is not None and made.context.plan is not None:
        made.context.plan.close()
    app = QApplication.instance()
    made.idle.stop()  # its timer would lock the next test's window
    app.removeEventFilter(made.idle)
    app.removeEventFilter(made.shift)


def test_a_caseworker_with_two_families_a_usb_stick_and_a_shared_computer(
    qtbot, controller, paths, tmp_path
):
    plans = paths.plans_dir
    # First run, in shelter use: family A's plan, in a file with a neutral name.
    controller.start()
    file_a = make_family_plan(qtbot, controller.first_run, FAMILY_A)
    window = controller.main_window
    assert shows_family(window, FAMILY_A, file_a)
    assert plan_files(plans) == [f"{file_a}.plan"]
    assert not paths.default_plan.exists()
    assert json.loads(paths.settings_file.read_text())["use"] == "shelter"

    # Lock: the home screen, which names no family.
    click(qtbot, window.lock_button)
    home = controller.unlock_screen
    assert home.isVisible() and not window.isVisible() and controller.context.plan is None
    assert "Family A" not in texts_on(home) and "Sam" not in texts_on(home)

    # Family B, from the home screen.
    click(qtbot, home.new_plan_button)
    wizard = controller.first_run
    assert wizard.currentPage() is wizard.name_page  # shelter use is already chosen
    file_b = make_family_plan(qtbot, wizard, FAMILY_B)
    assert file_b != file_a
    assert shows_family(window, FAMILY_B, file_b)
    assert plan_files(plans) == sorted([f"{file_a}.plan", f"{file_b}.plan"])
    assert read_plan(plans / f"{file_a}.plan", FAMILY_A[1]) == (FAMILY_A[0], ["Sam"])

    # Save B to the family's USB stick: checked, and the planner says what and where.
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    click_menu_item(qtbot, window.shelter_menu, "&Save this plan to a USB stick…")
    choose_in_file_dialog(controller.plan_actions.dialog, stick)
    done = controller.plan_actions.dialog
    assert isinstance(done, QMessageBox) and done.isVisible()
    assert "saved and checked" in done.text()
    assert f"File: {file_b}.plan" in done.text() and f"Folder: {stick}" in done.text()
    assert "same passphrase" in done.text()
    click(qtbot, done.button(QMessageBox.StandardButton.Ok))
    on_stick = stick / f"{file_b}.plan"
    assert plan_files(stick) == [on_stick.name]
    stick_bytes = on_stick.read_bytes()

    # Remove B from the computer: the question names the plan and where it is.
    click_menu_item(qtbot, window.shelter_menu, "&Remove this plan from this computer…")
    question = controller.plan_actions.dialog
    assert f"“{FAMILY_B[0]}”" in question.text() and str(plans / on_stick.name) in question.text()
    click(qtbot, question.button(QMessageBox.StandardButton.Yes))
    assert home.isVisible() and not window.isVisible()
    assert f"{file_b}.plan was removed from this computer" in home.message.text()
    assert not [p for p in plans.iterdir() if p.name.startswith(file_b)]  # backups too
    assert plan_files(plans) == [f"{file_a}.plan"]
    assert on_stick.read_bytes() == stick_bytes  # the family's copy: untouched, and it opens
    assert read_plan(on_stick, FAMILY_B[1]) == (FAMILY_B[0], ["Noor"])

    # Open A again, from the home screen.
    click(qtbot, home.open_plan_button)
    dialog = controller.file_dialog
    assert Path(dialog.directory().absolutePath()) == plans  # never the last family's stick
    choose_in_file_dialog(dialog, plans / f"{file_a}.plan")
    assert f"{file_a}.plan" in home.explanation.text()
    unlock(qtbot, home, FAMILY_A[1])
    assert shows_family(window, FAMILY_A, file_a)

    # Lock, unlock, quick exit.
    click(qtbot, window.lock_button)
    assert home.isVisible() and controller.context.plan is None
    unlock(qtbot, home, FAMILY_A[1])
    assert shows_family(window, FAMILY_A, file_a)
    plan = controller.context.plan
    with qtbot.waitSignal(controller.finished) as ended:
        click(qtbot, window.quick_exit_button)
    assert ended.args == [0]
    assert not plan.is_open
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert plan_files(plans) == [f"{file_a}.plan"]
    assert read_plan(plans / f"{file_a}.plan", FAMILY_A[1]) == (FAMILY_A[0], ["Sam"])


def test_a_plan_opened_from_the_stick_is_never_removed(qtbot, controller, paths, tmp_path):
    controller.start()
    file_a = make_family_plan(qtbot, controller.first_run, FAMILY_A)
    window = controller.main_window
    stick = tmp_path / "stick"
    stick.mkdir()
    controller.plan_actions.save_copy_to(stick)
    controller.plan_actions.dialog.accept()
    click_menu_item(qtbot, window.shelter_menu, "&Open another family's plan…")
    choose_in_file_dialog(controller.plan_actions.dialog, stick / f"{file_a}.plan")
    unlock(qtbot, controller.unlock_screen, FAMILY_A[1])
    assert controller.context.plan.path == stick / f"{file_a}.plan"
    click_menu_item(qtbot, window.shelter_menu, "&Remove this plan from this computer…")
    refusal = controller.plan_actions.dialog
    assert "it is not removed" in refusal.text() and str(stick) in refusal.text()
    click(qtbot, refusal.button(QMessageBox.StandardButton.Ok))
    assert window.isVisible() and controller.context.plan.is_open
    controller.context.plan.close()
    assert sorted(p.name for p in stick.iterdir() if p.suffix != ".lock") == [f"{file_a}.plan"]
    assert read_plan(stick / f"{file_a}.plan", FAMILY_A[1]) == (FAMILY_A[0], ["Sam"])


def test_the_home_screen_buttons(qtbot, shelter_computer, controller, paths):
    controller.start()
    home = controller.unlock_screen
    assert home.isVisible() and controller.first_run is None
    assert home.heading.text() == "Family plans" and not home.unlock_box.isVisible()
    click(qtbot, home.open_plan_button)
    dialog = controller.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.reject()
    assert home.isVisible()
    click(qtbot, home.new_plan_button)
    wizard = controller.first_run
    assert wizard.isVisible() and not home.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert home.isVisible() and plan_files(paths.plans_dir) == []  # nothing written
    with qtbot.waitSignal(controller.finished):
        click(qtbot, home.quick_exit_button)
    assert not home.isVisible()


def test_a_file_that_is_not_a_plan_is_explained_on_the_home_screen(
    qtbot, shelter_computer, controller, paths
):
    not_a_plan = paths.plans_dir / "notes.plan"
    not_a_plan.write_bytes(b"x")
    controller.start()
    home = controller.unlock_screen
    click(qtbot, home.open_plan_button)
    choose_in_file_dialog(controller.file_dialog, not_a_plan)
    assert home.isVisible() and "not a plan" in home.message.text()
    assert not home.unlock_box.isVisible()
    assert not_a_plan.read_bytes() == b"x"


def test_the_family_plans_button_opens_its_menu(qtbot, controller):
    controller.start()
    make_family_plan(qtbot, controller.first_run, FAMILY_A)
    window = controller.main_window
    seen = []

    def look_then_close() -> None:  # runs while the menu is up, however the button shows it
        menu = window.shelter_menu
        seen.append((menu.isVisible(), [a.text() for a in menu.actions()]))
        menu.hide()

    QTimer.singleShot(50, look_then_close)
    click(qtbot, window.shelter_button)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [
        (
            True,
            [
                "Start a plan for a &new family…",
                "&Open another family's plan…",
                "&Save this plan to a USB stick…",
                "&Remove this plan from this computer…",
            ],
        )
    ]


def test_the_home_screen_can_be_used_with_the_keyboard_and_a_screen_reader(
    qtbot, shelter_computer, controller, paths
):
    controller.start()
    home = controller.unlock_screen
    assert QApplication.focusWidget() is home.new_plan_button or not home.isActiveWindow()
    assert check(home, "shelter home") == []
    home.show_waiting_plan("plan-K7QM.plan")
    assert check(home, "shelter home, a plan locked") == []


def test_a_family_plan_without_a_passphrase_is_warned_about_plainly(qtbot, controller):
    controller.start()
    make_family_plan(qtbot, controller.first_run, FAMILY_A)
    window = controller.main_window
    (plan_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Plan"]
    click_menu_item(qtbot, plan_menu, "Remove the pass&phrase…")
    question = controller.plan_actions.dialog
    assert "a family's plan in a shelter" in question.text()
    assert "whoever finds a USB stick" in question.text()
    click(qtbot, question.button(QMessageBox.StandardButton.Yes))
    assert not controller.context.plan.encrypted
    assert "This family's plan is NOT protected" in window.protection_label.text()
    assert window.protect_button.isVisible()


def test_a_new_family_from_the_family_plans_menu_closes_this_plan_first(qtbot, controller):
    controller.start()
    make_family_plan(qtbot, controller.first_run, FAMILY_A)
    window = controller.main_window
    plan = controller.context.plan
    click_menu_item(qtbot, window.shelter_menu, "Start a plan for a &new family…")
    wizard = controller.first_run
    assert not plan.is_open and not window.isVisible()
    assert wizard.isVisible() and wizard.currentPage() is wizard.name_page
    assert wizard.name_page.name.text() == ""  # nothing of family A carried over
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    home = controller.unlock_screen
    assert home.isVisible() and not home.unlock_box.isVisible()
