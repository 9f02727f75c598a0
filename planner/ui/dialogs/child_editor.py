"""Editors for the people and things of the household: a child, an adult, a child's device."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.dto import AdultDTO, ChildDTO, DeviceDTO
from planner.core.models import ADULT_ROLES, DEVICE_KINDS
from planner.core.services.validate import OLDEST_CHILD_AGE
from planner.ui import words
from planner.ui.dialogs.editor import EditorDialog


class ChildValue(NamedTuple):
    nickname: str
    birth_year: int
    notes: str


class AdultValue(NamedTuple):
    name: str
    relationship: str
    role: str
    phone: str
    notes: str


class DeviceValue(NamedTuple):
    kind: str
    name: str
    notes: str


def notes_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab leaves the box: the dialog stays usable by keyboard
    box.setFixedHeight(80)
    return box


class _Editor(EditorDialog):
    """A form with Save and Cancel; Save stays off while a required field is empty."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)
        field.setAccessibleName(label.replace("&", "").rstrip(":"))

    def require(self, field: QLineEdit) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        def update() -> None:
            save.setEnabled(bool(field.text().strip()))

        field.textChanged.connect(update)
        update()

    def finish(self) -> None:
        self.resize(440, self.sizeHint().height())


class ChildEditor(_Editor):
    def __init__(self, child: ChildDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit child") if child else self.tr("Add a child"), parent)
        this_year = dt.date.today().year
        self.nickname = QLineEdit(self)
        self.nickname.setMaxLength(100)
        self.birth_year = QSpinBox(self)
        self.birth_year.setRange(this_year - OLDEST_CHILD_AGE, this_year)
        self.birth_year.setValue(this_year - 10)
        self.age = QLabel(self)
        self.birth_year.valueChanged.connect(self._show_age)
        self.notes = notes_box(self)
        privacy = QLabel(
            self.tr(
                "A nickname is enough, and only the birth year is kept: the plan never needs "
                "a full name or a birthday."
            ),
            self,
        )
        privacy.setWordWrap(True)
        self.add_row(self.tr("&Nickname:"), self.nickname)
        self.add_row(self.tr("&Birth year:"), self.birth_year)
        self.form.addRow("", self.age)
        self.add_row(self.tr("N&otes:"), self.notes)
        self.form.addRow(privacy)
        if child is not None:
            self.nickname.setText(child.nickname)
            self.birth_year.setValue(child.birth_year)
            self.notes.setPlainText(child.notes)
        self.require(self.nickname)
        self._show_age()
        self.finish()

    def _show_age(self) -> None:
        age = dt.date.today().year - self.birth_year.value()
        self.age.setText(self.tr("Age this year: %1").replace("%1", str(age)))

    def value(self) -> ChildValue:
        return ChildValue(self.nickname.text(), self.birth_year.value(), self.notes.toPlainText())


class AdultEditor(_Editor):
    def __init__(self, adult: AdultDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit adult") if adult else self.tr("Add an adult"), parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.relationship = QLineEdit(self)
        self.relationship.setPlaceholderText(self.tr("For example: mother, neighbour, coach"))
        self.role = QComboBox(self)
        for role in ADULT_ROLES:
            self.role.addItem(words.adult_role(role), role)
        self.phone = QLineEdit(self)
        self.notes = notes_box(self)
        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("&Relationship:"), self.relationship)
        self.add_row(self.tr("R&ole:"), self.role)
        self.add_row(self.tr("&Phone:"), self.phone)
        self.add_row(self.tr("No&tes:"), self.notes)  # "o" is taken by Role
        if adult is not None:
            self.name.setText(adult.name)
            self.relationship.setText(adult.relationship)
            self.role.setCurrentIndex(max(0, self.role.findData(adult.role)))
            self.phone.setText(adult.phone)
            self.notes.setPlainText(adult.notes)
        self.require(self.name)
        self.finish()

    def value(self) -> AdultValue:
        return AdultValue(
            self.name.text(),
            self.relationship.text(),
            str(self.role.currentData()),
            self.phone.text(),
            self.notes.toPlainText(),
        )


class DeviceEditor(_Editor):
    def __init__(self, device: DeviceDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit device") if device else self.tr("Add a device"), parent)
        self.kind = QComboBox(self)
        for kind in DEVICE_KINDS:
            self.kind.addItem(words.device_kind(kind), kind)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("For example: the family laptop"))
        self.notes = notes_box(self)
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("N&otes:"), self.notes)
        if device is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(device.kind)))
            self.name.setText(device.name)
            self.notes.setPlainText(device.notes)
        self.finish()

    def value(self) -> DeviceValue:
        return DeviceValue(str(self.kind.currentData()), self.name.text(), self.notes.toPlainText())
