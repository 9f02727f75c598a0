"""Contacts: who to call or text, built-in for the plan's country plus the household's own."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QWidget,
)

from planner.core.dto import ContactDTO
from planner.core.services import contacts
from planner.ui import clipboard, events, words
from planner.ui.context import AppContext
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.contact_editor import ContactEditor
from planner.ui.flow_layout import FlowLayout
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable
from planner.ui.views.base import SectionView


class ContactsView(SectionView):
    watches = events.CONTACTS | events.PLAN

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.editor: ContactEditor | None = None
        layout = self.column_layout()
        intro = QLabel(
            self.tr(
                "In danger right now? Call the emergency number. The built-in contacts were "
                "checked against their official sources; add your own below."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: DtoTableModel[ContactDTO] = DtoTableModel(self._columns(), self)
        self.table = RowTable(self.model, self, stretch=1)
        self.table.setObjectName("contactsTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setObjectName("contactDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        layout.addLayout(self._buttons())

    def title(self) -> str:
        return self.tr("Contacts")

    def _columns(self) -> list[Column[ContactDTO]]:
        return [
            Column(self.tr("Kind"), lambda c: words.contact_kind(c.kind)),
            Column(self.tr("Name"), lambda c: self._name(c)),
            Column(self.tr("Phone"), lambda c: c.phone),
            Column(self.tr("Text"), lambda c: c.text_number),
            Column(self.tr("Web"), lambda c: c.web),
            Column(self.tr("Hours"), lambda c: self._shown(c).hours),
        ]

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()  # wraps on a narrow window
        self.add_button = QPushButton(self.tr("&Add contact…"), self)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_phone_button = QPushButton(self.tr("Copy &number"), self)
        self.copy_phone_button.clicked.connect(lambda: self._copy("phone"))
        self.copy_web_button = QPushButton(self.tr("Copy &web address"), self)
        self.copy_web_button.clicked.connect(lambda: self._copy("web"))
        self.hide_button = QPushButton(self.tr("&Hide"), self)
        self.hide_button.setAccessibleDescription(
            self.tr("Hides a contact you do not need; it can be shown again.")
        )
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_hidden = QCheckBox(self.tr("Show hidden &contacts"), self)
        self.show_hidden.toggled.connect(self.reload)
        for widget in (
            self.add_button,
            self.edit_button,
            self.copy_phone_button,
            self.copy_web_button,
            self.hide_button,
            self.delete_button,
        ):
            row.addWidget(widget)
        row.addWidget(self.show_hidden)
        return row

    # -- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        include_hidden = self.show_hidden.isChecked()
        rows: list[ContactDTO] = self.ops.read(
            lambda s: contacts.list_contacts(s, include_hidden, self.context.catalog), []
        )
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self._show_details()

    def clear(self) -> None:
        self.model.clear()
        self.details.clear()

    def selected(self) -> ContactDTO | None:
        return self.table.selected()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _name(self, contact: ContactDTO) -> str:
        builtin = self._builtin(contact)
        hidden = self.tr(" (hidden)") if contact.hidden else ""
        name = words.localized(builtin.name, self.context.language) if builtin else contact.name
        return name + hidden

    def _shown(self, contact: ContactDTO) -> ContactDTO:
        """A built-in contact as the catalog says it in the plan's language (the stored copy
        is the English); only its notes are the household's, and only they are saved."""
        builtin = self._builtin(contact)
        if builtin is None:
            return contact
        language = self.context.language
        return replace(
            contact,
            name=words.localized(builtin.name, language),
            hours=words.localized(builtin.hours, language) or contact.hours,
            languages=", ".join(_language_name(code) for code in builtin.languages),
        )

    def _builtin(self, contact: ContactDTO):  # type: ignore[no-untyped-def]
        if contact.builtin_id is None:
            return None
        for country in self.context.catalog.countries.values():
            for fact in country.contacts:
                if fact.id == contact.builtin_id:
                    return fact
        return None

    def _show_details(self) -> None:
        contact = self.selected()
        # Only what can be copied: a button that silently does nothing misleads.
        self.copy_phone_button.setEnabled(contact is not None and bool(contact.phone))
        self.copy_web_button.setEnabled(contact is not None and bool(contact.web))
        if contact is None:
            self.details.setText(self.tr("Choose a contact to see what it is for."))
            return
        builtin = self._builtin(contact)
        parts = []
        if builtin is not None:
            parts.append(words.localized(builtin.description, self.context.language))
            if builtin.tty:
                parts.append(self.tr("TTY: %1").replace("%1", builtin.tty))
            if builtin.email:
                parts.append(self.tr("E-mail: %1").replace("%1", builtin.email))
            parts.append(
                self.tr("Checked on %1.").replace("%1", words.date_text(builtin.meta.checked))
            )
        if contact.languages:
            parts.append(self.tr("Languages: %1").replace("%1", contact.languages))
        if contact.notes:
            parts.append(self.tr("Your notes: %1").replace("%1", contact.notes))
        self.details.setText("\n".join(parts))
        self.hide_button.setText(self.tr("S&how") if contact.hidden else self.tr("&Hide"))
        self.delete_button.setEnabled(builtin is None)

    # -- actions ------------------------------------------------------------------------

    def add_contact(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            self._open_editor(contact)

    def _open_editor(self, contact: ContactDTO | None) -> None:
        self.editor = ContactEditor(None if contact is None else self._shown(contact), self)
        self.editor.save_with(self.ops, lambda: self._save(contact))
        self.editor.open()

    def _save(self, contact: ContactDTO | None) -> None:
        assert self.editor is not None
        data = self.editor.value()
        if contact is None:
            self.ops.run(
                lambda s: contacts.add_contact(s, data),
                contacts.add_contact,
                self.tr("Contact added."),
            )
        else:
            self.ops.run(
                lambda s: contacts.update_contact(s, contact.id, data),
                contacts.update_contact,
                self.tr("Contact saved."),
            )

    def toggle_hidden(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        self.ops.run(
            lambda s: contacts.set_hidden(s, contact.id, not contact.hidden),
            contacts.set_hidden,
            self.tr("Contact shown.") if contact.hidden else self.tr("Contact hidden."),
        )

    def delete_selected(self) -> None:
        contact = self.selected()
        if contact is None or contact.builtin_id is not None:
            return
        self.confirmation = confirm(
            self,
            self.tr("Delete contact"),
            self.tr("Delete the contact “%1”? This cannot be undone.").replace("%1", contact.name),
            lambda: self.ops.run(
                lambda s: contacts.delete_contact(s, contact.id),
                contacts.delete_contact,
                self.tr("Contact deleted."),
            ),
        )

    def _copy(self, field: str) -> None:
        contact = self.selected()
        if contact is None:
            return
        text = contact.phone if field == "phone" else contact.web
        if text:
            clipboard.copy_text(text)
            self.context.events.announce.emit(self.tr("Copied: %1").replace("%1", text))


# Each language in its own name, as plan settings lists the plan's languages.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}


def _language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
