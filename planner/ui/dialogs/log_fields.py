"""Inputs the conversation and concern editors share: dates, checkable lists, long texts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from planner.core.catalog import AGE_BANDS
from planner.ui.date_fields import in_planner_style


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def age_band(age: int) -> str:
    """The band of guidance questions for an age; younger or older children get the nearest."""
    if age <= 10:
        return AGE_BANDS[0]
    if age <= 13:
        return AGE_BANDS[1]
    return AGE_BANDS[2]


def past_date(parent: QWidget, day: dt.date | None, name: str) -> QDateEdit:
    """A date that cannot be after today, with a calendar to pick from."""
    edit = QDateEdit(parent)
    in_planner_style(edit)
    edit.setCalendarPopup(True)
    today = dt.date.today()
    edit.setMaximumDate(to_qdate(today))
    edit.setDate(to_qdate(day or today))
    edit.setAccessibleName(name)
    return edit


def long_text(parent: QWidget, name: str, height: int = 72) -> QPlainTextEdit:
    """A multi-line box where Tab still moves on to the next field (keyboard users)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setAccessibleName(name)
    return edit


class CheckList(QListWidget):
    """A list of choices with a check box each; Space ticks the current one."""

    # The ticked choices changed.
    changed = Signal()

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, Any, str]]) -> None:
        """(label, value, description) per choice; the description is the tooltip."""
        self.blockSignals(True)
        self.clear()
        for label, value, description in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            if description:
                item.setToolTip(description)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        self.blockSignals(False)
        self.changed.emit()

    def all_items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def checked(self) -> list[Any]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.all_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        for item in self.all_items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check(self, value: Any, on: bool = True) -> None:
        for item in self.all_items():
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class OptionalDate(QWidget):
    """A date a person may leave out: a check box turns the date on."""

    def __init__(self, parent: QWidget, name: str, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("On a date:"), self)
        self.enabled.setAccessibleName(self.tr("%1: set a date").replace("%1", name))
        self.date = QDateEdit(self)
        in_planner_style(self.date)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(name)
        self.enabled.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.setFocusProxy(self.enabled)
        self.set_value(day)

    def set_value(self, day: dt.date | None) -> None:
        self.enabled.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        self.date.setDate(to_qdate(day or dt.date.today() + dt.timedelta(days=7)))

    def value(self) -> dt.date | None:
        return to_date(self.date.date()) if self.enabled.isChecked() else None
