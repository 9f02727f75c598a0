"""Add or edit a reporting contact. A built-in contact's facts are fixed; only notes change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.dto import ContactDTO
from planner.core.models import CONTACT_KINDS
from planner.core.services.contacts import ContactInput
from planner.ui import words
from planner.ui.dialogs.editor import EditorDialog


class ContactEditor(EditorDialog):
    def __init__(self, contact: ContactDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))
        builtin = contact is not None and contact.builtin_id is not None
        self.kind = QComboBox(self)
        for kind in CONTACT_KINDS:
            self.kind.addItem(words.contact_kind(kind), kind)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.text_number = QLineEdit(self)
        self.web = QLineEdit(self)
        self.hours = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        for label, field in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Name:"), self.name),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&Text number:"), self.text_number),
            (self.tr("&Web address:"), self.web),
            (self.tr("&Hours:"), self.hours),
            (self.tr("&Languages:"), self.languages),
            (self.tr("N&otes:"), self.notes),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            if builtin and field is not self.notes:
                field.setEnabled(False)
        if contact is not None:
            self._load(contact)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _load(self, contact: ContactDTO) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(contact.kind)))
        self.name.setText(contact.name)
        self.phone.setText(contact.phone)
        self.text_number.setText(contact.text_number)
        self.web.setText(contact.web)
        self.hours.setText(contact.hours)
        self.languages.setText(contact.languages)
        self.notes.setPlainText(contact.notes)

    def value(self) -> ContactInput:
        return ContactInput(
            kind=str(self.kind.currentData()),
            name=self.name.text(),
            phone=self.phone.text(),
            text_number=self.text_number.text(),
            web=self.web.text(),
            hours=self.hours.text(),
            languages=self.languages.text(),
            notes=self.notes.toPlainText(),
        )
