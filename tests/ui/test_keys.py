"""Keys a person expects: Ctrl+Enter saves an editor; the menus show the shortcuts; F1 opens
the list of every shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui import save_key
from planner.ui.dialogs.contact_editor import ContactEditor
from planner.ui.dialogs.shortcuts_page import ShortcutsPage
from planner.ui.main_window import MainWindow


def test_ctrl_enter_saves_the_editor_being_typed_in(qtbot):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    installed = save_key.install(app)  # type: ignore[arg-type]
    try:
        editor = ContactEditor()
        qtbot.addWidget(editor)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.keyClicks(editor.name, "School counsellor")
        qtbot.keyClicks(editor.phone, "555 0100")
        with qtbot.waitSignal(editor.accepted):
            qtbot.keyClick(editor.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        app.removeEventFilter(installed)  # type: ignore[union-attr]


def test_menus_show_the_section_and_quick_exit_keys(qtbot, ui_context):  # type: ignore[no-untyped-def]
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    texts = {a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert "&Quick exit\tCtrl+Shift+Q" in texts
    assert "Overview\tCtrl+1" in texts
    assert "Export and print\tCtrl+9" in texts
    assert "&Keyboard shortcuts" in texts


def test_the_shortcuts_page_lists_every_key(qtbot):  # type: ignore[no-untyped-def]
    page = ShortcutsPage(["Overview", "Children"])
    qtbot.addWidget(page)
    keys = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert {"Ctrl+Shift+Q", "Ctrl+L", "Ctrl+1", "Ctrl+2", "Ctrl+Return"} <= set(keys)
    meanings = [page.table.item(row, 1).text() for row in range(page.table.rowCount())]
    assert "Go to Children" in meanings
    assert page.table.accessibleName() == "Keyboard shortcuts"
