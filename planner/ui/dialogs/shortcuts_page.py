"""Help > Keyboard shortcuts: every key the planner answers to, in one table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Shown in menus and on this page; one place, so that they cannot disagree.
QUICK_EXIT_KEYS = "Ctrl+Shift+Q"
LOCK_KEYS = "Ctrl+L"
SHORTCUTS_KEYS = ("F1", "Ctrl+?")
SAVE_EDITOR_KEYS = "Ctrl+Return"


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def native(keys: str) -> str:
    """Keys as this computer writes them (Ctrl on Windows and Linux, ⌘ on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(section_titles: list[str]) -> list[tuple[str, str]]:
    rows = [
        (native(QUICK_EXIT_KEYS), _t("Quick exit: hide the planner at once and close it")),
        (_t("Shift three times"), _t("Quick exit, from anywhere in the planner")),
        (native(LOCK_KEYS), _t("Lock the plan (a plan protected with a passphrase)")),
    ]
    for number, title in enumerate(section_titles[:9], start=1):
        rows.append((native(f"Ctrl+{number}"), _t("Go to %1").replace("%1", title)))
    rows += [
        (native(SAVE_EDITOR_KEYS), _t("Save the editor you are typing in")),
        (native("Esc"), _t("Close an editor or a dialog")),
        (_t("Alt + underlined letter"), _t("Press the button or go to the field with that letter")),
        (native("Tab"), _t("Move to the next control")),
        (" / ".join(native(keys) for keys in SHORTCUTS_KEYS), _t("Show this list")),
    ]
    return rows


class ShortcutsPage(QDialog):
    def __init__(self, section_titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(section_titles)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)


def add_key_hints(window: QMainWindow, plan_menu: QMenu) -> None:
    """Show the keys that QShortcuts answer to in the menus too: Quick exit's in the Plan
    menu, and a Sections menu with Ctrl+1…9. A tab before the keys shows them in the menu
    without making the action a second owner of the same keys (that makes both ambiguous)."""
    for action in plan_menu.actions():
        if action.text() == QCoreApplication.translate("MainWindow", "&Quick exit"):
            action.setText(f"{action.text()}\t{native(QUICK_EXIT_KEYS)}")
    navigation = window.findChild(QListWidget, "navigation")
    if navigation is None:
        return
    menu = window.menuBar().addMenu(_t("&Sections"))
    for row in range(navigation.count()):
        item = navigation.item(row)
        keys = f"\t{native(f'Ctrl+{row + 1}')}" if row < 9 else ""
        action = menu.addAction(item.icon(), f"{item.text()}{keys}")
        action.triggered.connect(lambda _checked=False, r=row: navigation.setCurrentRow(r))
