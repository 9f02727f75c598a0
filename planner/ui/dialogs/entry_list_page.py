"""A welcome-flow page that fills a list from a few fields: the children, the caregivers.

Enter in a field adds what is typed (and does not leave the page), each entry is checked as it
is added, and Remove takes the chosen row out. Subclasses build the fields and the columns,
and say in `add_typed` how an entry is checked.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.ui.dialogs.first_run_pages import error_label
from planner.ui.models.table import Column, DtoTableModel

Entry = TypeVar("Entry")


class EntryListPage(QWizardPage, Generic[Entry]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error_label(self)

    def build_list(
        self,
        fields: list[tuple[str, QLineEdit]],
        columns: list[Column[Entry]],
        names: tuple[str, str],
        buttons: tuple[str, str],
    ) -> None:
        """The fields (label, field), the list's columns, its object and accessible names, and
        the words of its Add and Remove buttons; then lay the page out."""
        for _label, field in fields:
            field.installEventFilter(self)
        self.add_button = QPushButton(buttons[0], self)
        self.add_button.clicked.connect(self.add_typed)
        self.model: DtoTableModel[Entry] = DtoTableModel(columns, self)
        self.table = self._table(*names)
        self.remove_button = QPushButton(buttons[1], self)
        self.remove_button.clicked.connect(self.remove_selected)
        self._lay_out(fields)

    def _table(self, object_name: str, accessible_name: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(object_name)
        table.setAccessibleName(accessible_name)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    def _lay_out(self, fields: list[tuple[str, QLineEdit]]) -> None:
        form = QFormLayout()
        for label, field in fields:
            form.addRow(label, field)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(remove_row)

    def entries(self) -> list[Entry]:
        return self.model.rows()

    def add_typed(self) -> bool:
        """Add the entry typed in the fields; False (with the reason shown) when it cannot."""
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            kept = self.model.rows()
            del kept[rows[0].row()]
            self.model.set_rows(kept)
