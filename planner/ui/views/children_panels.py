"""The lists of the Children section, and the chosen child's devices and household rules.

Each panel is a titled group with its table and its buttons, and does its own changes through
Ops; the section reloads them all when it hears of a change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.dto import ChildDTO, DeviceDTO, HouseholdRuleDTO
from planner.core.services import children, rules
from planner.ui import words
from planner.ui.context import AppContext
from planner.ui.dialogs.child_editor import DeviceEditor
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.rule_editor import AgreedOnDialog, RuleEditor
from planner.ui.flow_layout import FlowLayout
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=_HasId)


class ListPanel(QGroupBox, Generic[Row]):
    """A group with a table of rows and a row of buttons under it.

    Enter (or a double click) edits the chosen row, the Delete key deletes it.
    """

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = ops
        self.confirmation: QMessageBox | None = None
        self.setTitle(self.panel_title())
        self.model: DtoTableModel[Row] = DtoTableModel(self.columns(), self)
        self.table = RowTable(self.model, self)
        self.table.setAccessibleName(self.title())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.button_row = FlowLayout()  # wraps on a narrow window
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key on the table deletes the chosen row (after asking)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def panel_title(self) -> str:
        raise NotImplementedError

    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def add_button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(action)
        self.button_row.addWidget(button)
        return button

    def set_rows(self, rows: Sequence[Row], keep: int | None = None) -> None:
        """Show `rows`; the row with id `keep`, if still there, stays chosen."""
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if keep is not None:
            self.select_id(keep)

    def selected(self) -> Row | None:
        return self.table.selected()

    def selected_id(self) -> int | None:
        row = self.selected()
        return None if row is None else row.id

    def select_id(self, row_id: int) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == row_id:
                self.select_row(number)
                return True
        return False

    def select_row(self, number: int) -> None:
        self.table.select_row(number)

    def clear(self) -> None:
        self.model.clear()

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def ask(self, title: str, text: str, on_yes: Callable[[], object]) -> None:
        self.confirmation = confirm(self, title, text, on_yes)


class ChildListPanel(ListPanel[Row]):
    """A list that belongs to the chosen child: titled with their name, off without one."""

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.child: ChildDTO | None = None
        self.show_child(None)

    def child_title(self, nickname: str) -> str:
        raise NotImplementedError

    def show_child(self, child: ChildDTO | None) -> None:
        self.child = child
        self.setEnabled(child is not None)
        self.setTitle(self.panel_title() if child is None else self.child_title(child.nickname))
        self.table.setAccessibleName(self.title())
        if child is None:
            self.clear()


class DevicesPanel(ChildListPanel[DeviceDTO]):
    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.setObjectName("devicesPanel")
        self.editor: DeviceEditor | None = None
        self.add = self.add_button(self.tr("Add de&vice…"), self.add_device)
        self.edit = self.add_button(self.tr("Edit devi&ce…"), self.edit_selected)
        self.delete = self.add_button(self.tr("Delete dev&ice…"), self.delete_selected)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )

    def panel_title(self) -> str:
        return self.tr("Devices (choose a child first)")

    def child_title(self, nickname: str) -> str:
        return self.tr("%1's devices").replace("%1", nickname)

    def columns(self) -> list[Column[DeviceDTO]]:
        return [
            Column(self.tr("Kind"), lambda d: words.device_kind(d.kind)),
            Column(self.tr("Name"), lambda d: d.name),
            Column(self.tr("Notes"), lambda d: d.notes.splitlines()[0] if d.notes else ""),
        ]

    def add_device(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        device = self.selected()
        if device is not None:
            self._open_editor(device)

    def _open_editor(self, device: DeviceDTO | None) -> None:
        if self.child is None:
            return
        child_id = self.child.id
        self.editor = DeviceEditor(device, self)
        self.editor.save_with(self.ops, lambda: self._save(child_id, device))
        self.editor.open()

    def _save(self, child_id: int, device: DeviceDTO | None) -> None:
        assert self.editor is not None
        kind, name, notes = self.editor.value()
        if device is None:
            added = self.ops.run(
                lambda s: children.add_device(s, child_id, kind, name, notes),
                children.add_device,
                self.tr("Device added."),
            )
            if added is not None:
                self.select_id(added.id)
        else:
            self.ops.run(
                lambda s: children.update_device(s, device.id, kind, name, notes),
                children.update_device,
                self.tr("Device saved."),
            )

    def delete_selected(self) -> None:
        device = self.selected()
        if device is None:
            return
        label = device.name or words.device_kind(device.kind)
        self.ask(
            self.tr("Delete device"),
            self.tr("Delete the device “%1” and its notes? This cannot be undone.").replace(
                "%1", label
            ),
            lambda: self.ops.run(
                lambda s: children.delete_device(s, device.id),
                children.delete_device,
                self.tr("Device deleted."),
            ),
        )


class RulesPanel(ChildListPanel[HouseholdRuleDTO]):
    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        self._items = {item.id: item for item in context.catalog.guidance.agreement_items}
        self._language = context.language
        super().__init__(context, ops, parent)
        self.setObjectName("rulesPanel")
        self.editor: RuleEditor | None = None
        self.date_dialog: AgreedOnDialog | None = None
        self.add = self.add_button(self.tr("Add &rule…"), self.add_rule)
        self.mark = self.add_button(self.tr("&Mark agreed…"), self.edit_selected)
        self.delete = self.add_button(self.tr("&Delete rule…"), self.delete_selected)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Rules are sentences: rows grow and shrink with the width so none is cut off.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def panel_title(self) -> str:
        return self.tr("Household rules (choose a child first)")

    def child_title(self, nickname: str) -> str:
        return self.tr("%1's household rules").replace("%1", nickname)

    def columns(self) -> list[Column[HouseholdRuleDTO]]:
        return [
            Column(self.tr("Rule"), self.rule_text, self.rule_text),
            Column(self.tr("Agreed on"), lambda r: self._agreed(r.agreed_on)),
        ]

    def rule_text(self, rule: HouseholdRuleDTO) -> str:
        item = self._items.get(rule.guidance_item_id or "")
        if item is not None:
            return words.localized(item.text, self._language)
        return rule.custom_text or ""

    def _agreed(self, day: dt.date | None) -> str:
        return words.date_text(day) if day else self.tr("Not yet")

    def add_rule(self) -> None:
        if self.child is None:
            return
        child_id = self.child.id
        already = {r.guidance_item_id for r in self.model.rows() if r.guidance_item_id}
        age = self.child.age_in(dt.date.today().year)
        self.editor = RuleEditor(self.context.catalog, self._language, age, already, self)
        self.editor.save_with(self.ops, lambda: self._save_new(child_id))
        self.editor.open()

    def _save_new(self, child_id: int) -> None:
        assert self.editor is not None
        item_id, own_words, agreed_on = self.editor.value()
        catalog = self.context.catalog
        added = self.ops.run(
            lambda s: rules.add_rule(
                s,
                catalog,
                child_id,
                guidance_item_id=item_id,
                custom_text=own_words,
                agreed_on=agreed_on,
            ),
            rules.add_rule,
            self.tr("Rule added."),
        )
        if added is not None:
            self.select_id(added.id)

    def edit_selected(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        self.date_dialog = AgreedOnDialog(self.rule_text(rule), rule.agreed_on, self)
        self.date_dialog.save_with(self.ops, lambda: self._save_date(rule.id))
        self.date_dialog.open()

    def _save_date(self, rule_id: int) -> None:
        assert self.date_dialog is not None
        day = self.date_dialog.value()
        self.ops.run(
            lambda s: rules.set_agreed_on(s, rule_id, day),
            rules.set_agreed_on,
            self.tr("Rule marked as agreed.") if day else self.tr("Rule marked as not agreed."),
        )

    def delete_selected(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        self.ask(
            self.tr("Delete rule"),
            self.tr("Delete the rule “%1”? This cannot be undone.").replace(
                "%1", self.rule_text(rule)
            ),
            lambda: self.ops.run(
                lambda s: rules.delete_rule(s, rule.id),
                rules.delete_rule,
                self.tr("Rule deleted."),
            ),
        )
