"""Children: who the plan is for, each child's devices and household rules, and the adults.

The lists of children and of adults live here; the chosen child's lists in children_panels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from planner.core.dto import AdultDTO, ChildDTO, DeviceDTO, HouseholdRuleDTO
from planner.core.services import children, rules
from planner.core.services.children import ChildDeletion
from planner.ui import events, words
from planner.ui.context import AppContext
from planner.ui.dialogs.child_editor import AdultEditor, ChildEditor
from planner.ui.models.table import Column
from planner.ui.ops import Ops
from planner.ui.views.base import SectionView
from planner.ui.views.children_panels import DevicesPanel, ListPanel, RulesPanel

# Deleting a child takes everything only about them with it.


class ChildrenPanel(ListPanel[ChildDTO]):
    # The chosen child changed (None: no child chosen).
    child_chosen = Signal(object)

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.setObjectName("childrenPanel")
        self.editor: ChildEditor | None = None
        self.add = self.add_button(self.tr("&Add child…"), self.add_child)
        self.edit = self.add_button(self.tr("&Edit child…"), self.edit_selected)
        self.delete = self.add_button(self.tr("Delete c&hild…"), self.delete_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.child_chosen.emit(self.selected())
        )

    def panel_title(self) -> str:
        return self.tr("Children")

    def columns(self) -> list[Column[ChildDTO]]:
        return [
            Column(self.tr("Nickname"), lambda c: c.nickname),
            Column(self.tr("Age"), self._age),
            Column(self.tr("Notes"), lambda c: c.notes.splitlines()[0] if c.notes else ""),
        ]

    def _age(self, child: ChildDTO) -> str:
        return (
            self.tr("%1 (born %2)")
            .replace("%1", str(child.age_in(dt.date.today().year)))
            .replace("%2", str(child.birth_year))
        )

    def add_child(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        child = self.selected()
        if child is not None:
            self._open_editor(child)

    def _open_editor(self, child: ChildDTO | None) -> None:
        self.editor = ChildEditor(child, self)
        self.editor.save_with(self.ops, lambda: self._save(child))
        self.editor.open()

    def _save(self, child: ChildDTO | None) -> None:
        assert self.editor is not None
        nickname, year, notes = self.editor.value()
        if child is None:
            added = self.ops.run(
                lambda s: children.add_child(s, nickname, year, notes),
                children.add_child,
                self.tr("Child added."),
            )
            if added is not None:
                self.select_id(added.id)
        else:
            self.ops.run(
                lambda s: children.update_child(s, child.id, nickname, year, notes),
                children.update_child,
                self.tr("Child saved."),
            )

    def delete_selected(self) -> None:
        child = self.selected()
        if child is None:
            return
        lost = self.ops.read(lambda s: children.deletion_summary(s, child.id), None)
        if lost is None:
            return
        self.ask(
            self.tr("Delete child"),
            self.deletion_text(lost),
            lambda: self.ops.run(
                lambda s: children.delete_child(s, child.id),
                children.delete_child,
                self.tr("Child deleted."),
            ),
        )

    def deletion_text(self, lost: ChildDeletion) -> str:
        counts = [
            (self.tr("Apps"), lost.app_uses),
            (self.tr("Settings for those apps"), lost.setting_agreements),
            (self.tr("Devices"), lost.devices),
            (self.tr("Household rules"), lost.household_rules),
            (
                self.tr("Conversations only about %1").replace("%1", lost.nickname),
                lost.conversations_only_about_them,
            ),
            (self.tr("Concerns"), lost.concerns),
            (self.tr("Reminders"), lost.reminders),
        ]
        lines = [f"• {label}: {count}" for label, count in counts if count]
        question = self.tr("Delete %1 from this plan?").replace("%1", lost.nickname)
        if not lines:
            return question + "\n\n" + self.tr("Nothing else is recorded about them.")
        return "\n\n".join(
            [
                question,
                self.tr("This also deletes, for good:") + "\n" + "\n".join(lines),
                self.tr("Conversations shared with other children stay. This cannot be undone."),
            ]
        )


class AdultsPanel(ListPanel[AdultDTO]):
    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.setObjectName("adultsPanel")
        self.editor: AdultEditor | None = None
        self.add = self.add_button(self.tr("Add adu&lt…"), self.add_adult)
        self.edit = self.add_button(self.tr("Edit ad&ult…"), self.edit_selected)
        self.delete = self.add_button(self.tr("Dele&te adult…"), self.delete_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def panel_title(self) -> str:
        return self.tr("Adults of the household: caregivers and trusted adults")

    def columns(self) -> list[Column[AdultDTO]]:
        return [
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Relationship"), lambda a: a.relationship),
            Column(self.tr("Role"), lambda a: words.adult_role(a.role)),
            Column(self.tr("Phone"), lambda a: a.phone),
        ]

    def add_adult(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        adult = self.selected()
        if adult is not None:
            self._open_editor(adult)

    def _open_editor(self, adult: AdultDTO | None) -> None:
        self.editor = AdultEditor(adult, self)
        self.editor.save_with(self.ops, lambda: self._save(adult))
        self.editor.open()

    def _save(self, adult: AdultDTO | None) -> None:
        assert self.editor is not None
        value = self.editor.value()
        if adult is None:
            added = self.ops.run(
                lambda s: children.add_adult(s, *value),
                children.add_adult,
                self.tr("Adult added."),
            )
            if added is not None:
                self.select_id(added.id)
        else:
            self.ops.run(
                lambda s: children.update_adult(s, adult.id, *value),
                children.update_adult,
                self.tr("Adult saved."),
            )

    def delete_selected(self) -> None:
        adult = self.selected()
        if adult is None:
            return
        self.ask(
            self.tr("Delete adult"),
            self.tr(
                "Delete “%1” from the adults of the household, with their phone number and "
                "notes? This cannot be undone."
            ).replace("%1", adult.name),
            lambda: self.ops.run(
                lambda s: children.delete_adult(s, adult.id),
                children.delete_adult,
                self.tr("Adult deleted."),
            ),
        )


class ChildrenView(SectionView):
    watches = events.CHILDREN | events.ADULTS | events.DEVICES | events.RULES | events.PLAN

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self._loading = False
        layout = self.column_layout()
        intro = QLabel(
            self.tr(
                "The children this plan is for, the devices they use and the rules you agreed "
                "together; and the adults they can turn to."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.children_panel = ChildrenPanel(context, ops, self)
        self.devices = DevicesPanel(context, ops, self)
        self.rules = RulesPanel(context, ops, self)
        details = QVBoxLayout()
        details.addWidget(self.devices, 2)
        details.addWidget(self.rules, 3)
        top = QHBoxLayout()
        top.addWidget(self.children_panel, 2)
        top.addLayout(details, 3)
        layout.addLayout(top, 2)
        self.adults = AdultsPanel(context, ops, self)
        layout.addWidget(self.adults, 1)
        self.children_panel.child_chosen.connect(self._on_child_chosen)
        self._show_child(None)

    def title(self) -> str:
        return self.tr("Children")

    def reload(self) -> None:
        none: tuple[list[ChildDTO], list[AdultDTO]] = ([], [])
        kids, adults = self.ops.read(
            lambda s: (children.list_children(s), children.list_adults(s)), none
        )
        self._loading = True
        try:
            self.children_panel.set_rows(kids, keep=self.children_panel.selected_id())
            if self.children_panel.selected() is None and kids:
                self.children_panel.select_row(0)
        finally:
            self._loading = False
        self.adults.set_rows(adults, keep=self.adults.selected_id())
        self._show_child(self.children_panel.selected())

    def clear(self) -> None:
        for panel in (self.children_panel, self.devices, self.rules, self.adults):
            panel.clear()
        self._show_child(None)

    def _on_child_chosen(self, child: ChildDTO | None) -> None:
        if not self._loading:
            self._show_child(child)

    def _show_child(self, child: ChildDTO | None) -> None:
        for panel in (self.devices, self.rules):
            panel.show_child(child)
        self.children_panel.edit.setEnabled(child is not None)
        self.children_panel.delete.setEnabled(child is not None)
        if child is None:
            return
        none: tuple[list[DeviceDTO], list[HouseholdRuleDTO]] = ([], [])
        devices, agreed = self.ops.read(
            lambda s: (children.list_devices(s, child.id), rules.list_rules(s, child.id)),
            none,
        )
        self.devices.set_rows(devices, keep=self.devices.selected_id())
        self.rules.set_rows(agreed, keep=self.rules.selected_id())
