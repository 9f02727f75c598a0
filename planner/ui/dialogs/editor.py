"""What every editor dialog does: nothing typed is lost.

Leaving an editor with changes (Escape, Cancel, the window's close button) asks "Save",
"Discard" or "Keep editing". Saving happens while the editor is still open (`save_with`): when
the plan cannot take what was typed, the reason is shown inside the editor, above its fields,
and the editor stays open with the text as it was.

When the plan locks, the editor's fields are read (`snapshot`) so they can be kept inside the
plan as a draft, then emptied (`empty_inputs`), and filled again (`fill`) if the person takes
the draft back after unlocking.

Only Qt is imported here: the lock imports this before any plan is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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

if TYPE_CHECKING:
    from planner.ui.ops import Ops

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
        self._save: Callable[[], bool] | None = None
        self.problem: QLabel | None = None

    def save_with(self, ops: Ops, save: Callable[[], object]) -> None:
        """Save through `save` (which uses `ops`) when the person chooses Save. The editor
        closes only once it worked; why it did not is said inside it (`show_problem`)."""
        self._save = lambda: ops.inside(self.show_problem, save)

    def accept(self) -> None:
        if self._save is not None and not self._save():
            return
        super().accept()

    def show_problem(self, message: str) -> None:
        """Why the plan cannot take what was typed: a line above the fields, in words, with
        an icon and the concern colour (never colour alone), read out to screen readers."""
        from planner.ui.announce import announcer

        if self.problem is None:
            self.problem = self._problem_line()
        self.problem.setText(message)
        self.problem.setAccessibleName(message)
        row = self.problem.parentWidget()
        if row is not None:
            row.show()  # made while the editor was on screen: a new child shows when told
        announcer.say(self.problem, message, urgent=True)

    def _problem_line(self) -> QLabel:
        from planner.ui import icons, style

        row = QWidget(self)
        row.setObjectName("editorProblem")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 8)
        picture = QLabel(row)
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(row)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)

        def draw() -> None:
            concern = style.tone("concern")
            picture.setPixmap(icons.pixmap("circle-alert", icons.SMALL, self, colour=concern))
            style.set_tone(text, "concern")

        icons.follow_palette(row, draw)
        layout.addWidget(picture)
        layout.addWidget(text, 1)
        own = self.layout()
        if isinstance(own, QBoxLayout):
            own.insertWidget(0, row)
        elif isinstance(own, QFormLayout):
            own.insertRow(0, row)
        return text

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
