"""The first-run wizard's children page: add several children, each checked as it is added."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.core.errors import ValidationError
from planner.core.services import validate
from planner.ui.dialogs.first_run_pages import error_label, show_error
from planner.ui.models.table import Column, DtoTableModel


@dataclass(frozen=True)
class ChildEntry:
    nickname: str
    birth_year: int


class ChildrenPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The children"))
        self.setSubTitle(
            self.tr(
                "Add each child with a nickname and the year they were born. A nickname is "
                "enough: the plan never needs a full name."
            )
        )
        self.nickname = QLineEdit(self)
        self.nickname.setObjectName("childNickname")
        self.nickname.setMaxLength(100)
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.year = QLineEdit(self)
        self.year.setObjectName("childYear")
        self.year.setMaxLength(4)
        self.year.setPlaceholderText(self.tr("For example: 2014"))
        self.year.setAccessibleName(self.tr("Year of birth"))
        for field in (self.nickname, self.year):
            field.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add child"), self)
        self.add_button.clicked.connect(self.add_typed_child)
        self.model: DtoTableModel[ChildEntry] = DtoTableModel(
            [
                Column(self.tr("Nickname"), lambda c: c.nickname),
                Column(self.tr("Born in"), lambda c: str(c.birth_year)),
            ],
            self,
        )
        self.table = self._table()
        self.remove_button = QPushButton(self.tr("&Remove child"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label(self)
        self._lay_out()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("childrenTable")
        table.setAccessibleName(self.tr("Children added"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Nic&kname:"), self.nickname)
        form.addRow(self.tr("&Year of birth:"), self.year)
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

    def entries(self) -> list[ChildEntry]:
        return self.model.rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the child's fields adds the child (and does not leave the page)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_typed_child()
            return True
        return super().eventFilter(watched, event)

    def add_typed_child(self) -> bool:
        """Adds the child typed in the fields; False (with the reason shown) when it cannot."""
        try:
            nickname = validate.required_text(
                self.nickname.text(), self.tr("the child's nickname"), 100
            )
            year_text = self.year.text().strip()
            if not year_text.isdigit():
                raise ValidationError(self.tr("The birth year must be a year, such as 2014."))
            year = validate.birth_year(int(year_text))
            if any(entry.nickname == nickname for entry in self.model.rows()):
                raise ValidationError(self.tr("%1 is already on the list.").replace("%1", nickname))
        except ValidationError as error:
            show_error(self.error, error.message)
            return False
        show_error(self.error, "")
        self.model.set_rows([*self.model.rows(), ChildEntry(nickname, year)])
        self.nickname.clear()
        self.year.clear()
        self.nickname.setFocus()
        return True

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            kept = self.model.rows()
            del kept[rows[0].row()]
            self.model.set_rows(kept)

    def validatePage(self) -> bool:
        typed = self.nickname.text().strip() or self.year.text().strip()
        if typed and not self.add_typed_child():
            return False
        if not self.model.rows():
            show_error(self.error, self.tr("Add at least one child: a nickname and a year."))
            return False
        return True
