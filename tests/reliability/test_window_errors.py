"""In the window, a failing action says why (inside the editor when one is open, with what was
typed kept) and the app stays usable; and the plan's backups can be restored from the Plan
menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.core.json_backup import save_backup
from planner.core.plans import PlanFile
from planner.core.safety_copies import backups_of
from planner.core.services import contacts
from planner.paths import AppPaths
from planner.ui.context import AppContext
from planner.ui.dialogs.restore import RestoreDialog
from planner.ui.main_window import MainWindow
from planner.ui.ops import Ops
from planner.ui.views.contacts import ContactsView
from tests.reliability.conftest import MountRefusedError, fill_up, small_disk


def contacts_view(qtbot, context: AppContext) -> ContactsView:
    view = ContactsView(context, Ops(context))
    qtbot.addWidget(view)
    view.show()
    return view


def add_contact(qtbot, view: ContactsView, name: str) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor is not None
    editor.kind.setCurrentIndex(editor.kind.findData("caseworker"))
    editor.name.setText(name)
    editor.accept()


def problem_in_editor(view: ContactsView) -> str:
    """What the still open editor says; no message box is put on top of it."""
    editor = view.editor
    assert editor is not None and editor.isVisible()
    assert editor.problem is not None and editor.problem.isVisible()
    assert view.ops.last_message is None
    return editor.problem.text()


def save_again_as(view: ContactsView, name: str) -> None:
    editor = view.editor
    assert editor is not None
    editor.name.setText(name)
    editor.accept()
    assert not editor.isVisible()


def own_contacts(context: AppContext) -> list[str]:
    assert context.plan is not None
    with context.plan.unit_of_work() as session:
        return [c.name for c in contacts.list_contacts(session) if c.kind == "caseworker"]


def test_a_refused_contact_shows_why_and_the_next_one_saves(qtbot, ui_context):
    view = contacts_view(qtbot, ui_context)

    add_contact(qtbot, view, "   ")

    assert "Please enter" in problem_in_editor(view)
    save_again_as(view, "Ms. Okafor")
    assert own_contacts(ui_context) == ["Ms. Okafor"]


def test_a_full_disk_shows_a_message_keeps_the_plan_and_the_window_works(
    qtbot, templates, tmp_path, planner_home, catalog
):
    try:
        disk = small_disk(tmp_path / "stick", 1024)
        stick = disk.__enter__()
    except MountRefusedError as refused:
        pytest.skip(f"this machine does not allow mounting a file system: {refused}")
    try:
        path = Path(shutil.copy2(templates["demo"], stick / "family.plan"))
        context = AppContext(paths=AppPaths(planner_home), catalog=catalog)
        context.plan = PlanFile.open(path)
        view = contacts_view(qtbot, context)
        filler = fill_up(stick)

        add_contact(qtbot, view, "Ms. Okafor " + "x" * 150)

        assert "disk is full" in problem_in_editor(view)
        filler.unlink()
        save_again_as(view, "Mr. Diaz")
        assert own_contacts(context) == ["Mr. Diaz"]
        assert "Mr. Diaz" in [view.model.row_at(r).name for r in range(view.model.rowCount())]
        assert context.plan.integrity_problems() == []
        context.plan.close()
    finally:
        disk.__exit__(None, None, None)


def test_the_plan_menu_lists_backups_newest_first_and_asks_before_restoring(qtbot, ui_context):
    assert ui_context.plan is not None
    made = [ui_context.plan.make_backup(), ui_context.plan.make_backup("before-upgrade")]
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions() if "Restore" in a.text()]

    action.trigger()

    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    listed = [dialog.backups.item(row).text() for row in range(dialog.backups.count())]
    assert len(listed) == 2
    assert "before an upgrade" in listed[0] and "saved on request" in listed[1]
    assert all("KB" in text or "KiB" in text for text in listed)
    with qtbot.waitSignal(window.restore_requested) as chosen:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert "replaced by the backup" in dialog.confirmation.text()
        dialog.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert chosen.args == [made[1]]
    assert backups_of(ui_context.plan.path) == made  # choosing changed nothing by itself


def test_a_json_backup_becomes_a_new_plan_and_a_bad_one_is_explained(qtbot, ui_context, tmp_path):
    assert ui_context.plan is not None
    source = tmp_path / "family-backup.json"
    with ui_context.plan.unit_of_work() as session:
        save_backup(session, source)
    dialog = RestoreDialog(ui_context.plan.path)
    qtbot.addWidget(dialog)

    assert dialog.restore_file(source, tmp_path / "restored.plan")
    assert "new plan at" in dialog.message.text()
    with PlanFile.open(tmp_path / "restored.plan") as plan:
        assert plan.integrity_problems() == []

    broken = tmp_path / "broken.json"
    broken.write_text(source.read_text()[:500])
    assert not dialog.restore_file(broken, tmp_path / "other.plan")
    assert "not complete" in dialog.message.text()
    assert not (tmp_path / "other.plan").exists()
