"""The settings checklist of one app use: each agreement's state, when checked, and notes.

Every change is saved at once (one transaction each): choosing a state, leaving the notes
field, "Mark checked today", adding or removing a setting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import Catalog, RecommendedSetting
from planner.core.dto import AppUseDTO, SettingAgreementDTO
from planner.core.models import SETTING_STATES
from planner.core.services import apps
from planner.ui import words
from planner.ui.dialogs.add_setting import AddSettingDialog
from planner.ui.dialogs.confirm import confirm
from planner.ui.flow_layout import FlowLayout
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable
from planner.ui.views.app_facts import numbered


class SettingsPanel(QWidget):
    def __init__(
        self, ops: Ops, catalog: Catalog, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.catalog = catalog
        self.language = language
        self.today: Callable[[], dt.date] = dt.date.today
        self.app_use: AppUseDTO | None = None
        self.add_dialog: AddSettingDialog | None = None
        self.model: DtoTableModel[SettingAgreementDTO] = DtoTableModel(
            [
                Column(self.tr("Setting"), self.setting_title, self._why),
                Column(self.tr("State"), lambda a: words.setting_state(a.state)),
                Column(self.tr("Last checked"), lambda a: words.date_text(a.last_checked)),
                Column(self.tr("Notes"), lambda a: a.notes.replace("\n", " ")),
            ],
            self,
        )
        self.table = RowTable(self.model, self, stretch=0)
        self.table.setObjectName("settingsTable")
        self.table.setAccessibleName(self.tr("Settings checklist"))
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.how = QLabel(self)
        self.how.setObjectName("settingHow")
        self.how.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.how)
        layout.addLayout(self._editor())
        layout.addLayout(self._buttons())
        self._show_selected()

    def _editor(self) -> QFormLayout:
        self.state = QComboBox(self)
        self.state.setObjectName("settingState")
        for state in SETTING_STATES:
            self.state.addItem(words.setting_state(state), state)
        self.state.activated.connect(lambda _row: self._save_state())
        self.notes = QLineEdit(self)
        self.notes.setObjectName("settingNotes")
        self.notes.setPlaceholderText(self.tr("What you agreed, or why not"))
        self.notes.editingFinished.connect(self._save_notes)
        form = QFormLayout()
        form.addRow(self.tr("S&tate:"), self.state)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.state.setAccessibleName(self.tr("State"))
        self.notes.setAccessibleName(self.tr("Notes"))
        return form

    def _buttons(self) -> FlowLayout:
        self.checked_button = QPushButton(self.tr("&Mark checked today"), self)
        self.checked_button.setAccessibleDescription(
            self.tr("Records that you looked at this setting on the phone or tablet today.")
        )
        self.checked_button.clicked.connect(self.mark_checked_today)
        self.add_button = QPushButton(self.tr("Add a s&etting…"), self)
        self.add_button.clicked.connect(self.add_setting)
        self.remove_button = QPushButton(self.tr("Remo&ve setting…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = FlowLayout()  # wraps on a narrow window
        row.addWidget(self.checked_button)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        return row

    # -- showing --------------------------------------------------------------------------

    def show_app_use(self, use: AppUseDTO | None) -> None:
        """Reads the checklist again, keeping the same setting selected."""
        keep = self.selected()
        self.app_use = use
        rows: list[SettingAgreementDTO] = []
        if use is not None:
            rows = self.ops.read(lambda s: apps.list_settings(s, use.id), [])
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        ids = [row.id for row in rows]
        if keep is not None and keep.id in ids:
            self.select_row(ids.index(keep.id))
        elif rows:
            self.select_row(0)
        self.add_button.setEnabled(use is not None)
        self._show_selected()

    def clear(self) -> None:
        self.app_use = None
        self.model.clear()
        self.notes.clear()
        self.how.clear()

    def setting_title(self, agreement: SettingAgreementDTO) -> str:
        if agreement.catalog_setting_id is not None:
            setting = self.catalog.settings.get(agreement.catalog_setting_id)
            if setting is not None:
                return setting.title.get(self.language)
        return agreement.custom_title or agreement.catalog_setting_id or ""

    def _why(self, agreement: SettingAgreementDTO) -> str:
        setting = self.catalog.settings.get(agreement.catalog_setting_id or "")
        return "" if setting is None else setting.why.get(self.language)

    def selected(self) -> SettingAgreementDTO | None:
        return self.table.selected()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _show_selected(self) -> None:
        agreement = self.selected()
        for widget in (self.state, self.notes, self.checked_button, self.remove_button):
            widget.setEnabled(agreement is not None)
        if agreement is None:
            self.notes.clear()
            self.how.setText(
                self.tr("No settings on the list yet. Add one you agreed on together.")
                if self.app_use is not None
                else ""
            )
            return
        self.state.setCurrentIndex(max(0, self.state.findData(agreement.state)))
        self.notes.setText(agreement.notes)
        self.how.setText(self._how_text(agreement))

    def _how_text(self, agreement: SettingAgreementDTO) -> str:
        setting = self.catalog.settings.get(agreement.catalog_setting_id or "")
        if setting is None:
            return self.tr("Your own setting.")
        why = self.tr("Why: %1").replace("%1", setting.why.get(self.language))
        how = self.tr("How:")  # not inside the f-string: lupdate cannot see a call there
        return f"{why}\n{how}\n{numbered(setting.steps.get(self.language))}"

    # -- changes --------------------------------------------------------------------------

    def _update(
        self,
        agreement: SettingAgreementDTO,
        state: str,
        last_checked: dt.date | None,
        notes: str,
        message: str,
    ) -> None:
        self.ops.run(
            lambda s: apps.update_setting(
                s, agreement.id, state=state, last_checked=last_checked, notes=notes
            ),
            apps.update_setting,
            message,
        )

    def _save_state(self) -> None:
        agreement = self.selected()
        state = str(self.state.currentData())
        if agreement is None or state == agreement.state:
            return
        # Marking a setting "In place" means it was just seen on the device: checked today.
        checked = self.today() if state == "in_place" else agreement.last_checked
        self._update(
            agreement,
            state,
            checked,
            self.notes.text(),
            self.tr("Setting marked: %1.").replace("%1", words.setting_state(state)),
        )

    def _save_notes(self) -> None:
        agreement = self.selected()
        if agreement is None or self.notes.text() == agreement.notes:
            return
        self._update(
            agreement,
            agreement.state,
            agreement.last_checked,
            self.notes.text(),
            self.tr("Notes saved."),
        )

    def mark_checked_today(self) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        self._update(
            agreement,
            agreement.state,
            self.today(),
            self.notes.text(),
            self.tr("Marked as checked today."),
        )

    def add_setting(self) -> None:
        use = self.app_use
        if use is None:
            return
        catalog = self.catalog
        available: list[RecommendedSetting] = self.ops.read(
            lambda s: apps.addable_settings(s, catalog, use.id), []
        )
        self.add_dialog = AddSettingDialog(available, self.language, self)
        self.add_dialog.accepted.connect(lambda: self._add(use))
        self.add_dialog.open()

    def _add(self, use: AppUseDTO) -> None:
        assert self.add_dialog is not None
        kind, value = self.add_dialog.choice()
        catalog_id, custom = (value, None) if kind == "catalog" else (None, value)
        self.ops.run(
            lambda s: apps.add_setting(
                s, self.catalog, use.id, catalog_setting_id=catalog_id, custom_title=custom
            ),
            apps.add_setting,
            self.tr("Setting added."),
        )

    def remove_selected(self) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        self.confirmation = confirm(
            self,
            self.tr("Remove setting"),
            self.tr(
                "Remove “%1” from this app's checklist? Its notes and any reminder about it "
                "are deleted too. This cannot be undone."
            ).replace("%1", self.setting_title(agreement)),
            lambda: self.ops.run(
                lambda s: apps.delete_setting(s, agreement.id),
                apps.delete_setting,
                self.tr("Setting removed."),
            ),
        )
