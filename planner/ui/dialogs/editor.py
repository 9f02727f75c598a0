"""What every editor dialog does: nothing typed is lost.

Leaving an editor with changes (Escape, Cancel, the window's close button) asks "Save",
"Discard" or "Keep editing". When the plan locks, the editor's fields are read (`snapshot`) so
they can be kept inside the plan as a draft, then emptied (`empty_inputs`), and filled again
(`fill`) if the person takes the draft back after unlocking.

Only Qt is imported here: the lock imports this before any plan is open.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

FieldValue = str | int | bool | list[int]
# (key, label the person saw, value), in the editor's order; the key finds the field again.
Field = tuple[str, str, FieldValue]


def _inputs(dialog: QWidget) -> list[QWidget]:
    """The fields a person fills in, in a fixed order (the order they were built in)."""
    found: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue  # the text part of a number, date or list field: read through its owner
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            continue  # a passphrase is never kept
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            continue
        if isinstance(widget, QListWidget) and not _checkable(widget):
            continue  # a list to read or pick from, not a choice that is kept
        if isinstance(widget, _FIELD_TYPES):
            found.append(widget)
    return found


_FIELD_TYPES = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QSpinBox,
    QDateTimeEdit,
    QCheckBox,
    QRadioButton,
    QListWidget,
)


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]


def _checkable(widget: QListWidget) -> bool:
    return any(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in _items(widget))


def _label(widget: QWidget) -> str:
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.accessibleName() or widget.text()
    return widget.accessibleName()


def _value(widget: QWidget) -> FieldValue:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return int(widget.date().toJulianDay())
    if isinstance(widget, QDateTimeEdit):
        return int(widget.dateTime().toSecsSinceEpoch())
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    assert isinstance(widget, QListWidget)
    return [row for row, item in enumerate(_items(widget)) if item.checkState().value]


def _set(widget: QWidget, value: FieldValue) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QCheckBox | QRadioButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QComboBox) and isinstance(value, int):
        widget.setCurrentIndex(value)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, int):
        widget.setDate(QDate.fromJulianDay(value))
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, int):
        widget.setDateTime(QDateTime.fromSecsSinceEpoch(value))
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        for row, item in enumerate(_items(widget)):
            checked = Qt.CheckState.Checked if row in value else Qt.CheckState.Unchecked
            item.setCheckState(checked)


def snapshot(dialog: QWidget) -> list[Field]:
    return [
        (f"{index}:{type(widget).__name__}", _label(widget), _value(widget))
        for index, widget in enumerate(_inputs(dialog))
    ]


def fill(dialog: QWidget, fields: list[Field]) -> None:
    """Put a snapshot back; fields the editor no longer has are left as they are."""
    by_key = {key: value for key, _label, value in fields}
    for index, widget in enumerate(_inputs(dialog)):
        key = f"{index}:{type(widget).__name__}"
        if key in by_key:
            _set(widget, by_key[key])


def empty_inputs(dialog: QWidget) -> None:
    """Empty every text field, and its undo history with it (Ctrl+Z must not bring it back)."""
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            widget.setText("")
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setPlainText("")


class EditorDialog(QDialog):
    """A dialog where a person writes something down for the plan.

    Subclasses build their fields in `__init__` and fill them with what is being edited; the
    fields as they are when the editor first shows are what "changes" are measured against.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: list[Field] | None = None
        self._leaving: QMessageBox | None = None
        # The draft in the plan that holds this editor's text while the plan is locked.
        self.draft_id: int | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._initial is None:
            self._initial = snapshot(self)
        super().showEvent(event)

    def has_changes(self) -> bool:
        return self._initial is not None and snapshot(self) != self._initial

    def reject(self) -> None:
        """Escape, Cancel or close: ask first when something was changed."""
        if not self.has_changes():
            super().reject()
            return
        self._ask_before_leaving()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        if self.isVisible():  # the title bar's close button: the same question as Cancel
            self.reject()
        # Hidden, it is off the screen already (a lock hid it, keeping its text as a draft).

    def _ask_before_leaving(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Save what you changed?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        save = box.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        save.setEnabled(self._save_button_enabled())

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.accept()
            elif clicked is discard:
                super(EditorDialog, self).reject()

        box.finished.connect(chosen)
        self._leaving = box
        box.open()

    def _save_button_enabled(self) -> bool:
        """Save is offered only when the editor's own Save would work (required fields)."""
        for buttons in self.findChildren(QDialogButtonBox):
            for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
                button = buttons.button(role)
                if isinstance(button, QPushButton):
                    return button.isEnabled()
        return True
