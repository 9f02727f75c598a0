"""Apps & settings: the apps each child uses, what each allows, and the settings agreed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import App
from planner.core.dto import AppUseDTO, ChildDTO, SettingAgreementDTO
from planner.core.services import apps, children
from planner.ui import events, words
from planner.ui.context import AppContext
from planner.ui.dialogs.app_picker import AppPicker
from planner.ui.dialogs.confirm import confirm
from planner.ui.flow_layout import FlowLayout
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable
from planner.ui.views.app_facts import AppFactsPanel, BlockReportPanel
from planner.ui.views.app_settings import SettingsPanel
from planner.ui.views.base import SectionView


class AppsView(SectionView):
    watches = events.CHILDREN | events.APPS | events.SETTINGS | events.PLAN

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.picker: AppPicker | None = None
        self._child_id: int | None = None
        self._progress: dict[int, tuple[int, int]] = {}
        layout = self.column_layout()
        self.child_combo = QComboBox(self)
        self.child_combo.setObjectName("childChooser")
        self.child_combo.setAccessibleName(self.tr("Child"))
        self.child_combo.setMinimumContentsLength(16)
        self.child_combo.activated.connect(lambda _row: self._child_chosen())
        chooser = QFormLayout()
        chooser.addRow(self.tr("&Child:"), self.child_combo)
        layout.addLayout(chooser)
        self.empty_note = QLabel(self)
        self.empty_note.setObjectName("appsEmptyNote")
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._app_list())
        splitter.addWidget(self._details())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 600])
        layout.addWidget(splitter, 1)
        self._show_selected()

    def title(self) -> str:
        return self.tr("Apps & settings")

    # -- building -------------------------------------------------------------------------

    def _app_list(self) -> QWidget:
        box = QWidget(self)
        self.model: DtoTableModel[AppUseDTO] = DtoTableModel(
            [
                Column(self.tr("App"), self.app_name),
                Column(self.tr("Status"), lambda u: words.app_use_status(u.status)),
                Column(self.tr("In place"), self._progress_text),
            ],
            self,
        )
        self.table = RowTable(self.model, box, stretch=0)
        self.table.setObjectName("appsTable")
        self.table.setAccessibleName(self.tr("The child's apps"))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.add_button = QPushButton(self.tr("&Add apps…"), box)
        self.add_button.clicked.connect(self.add_apps)
        self.status_button = QPushButton(self.tr("Stop &using"), box)
        self.status_button.clicked.connect(self.toggle_status)
        self.delete_button = QPushButton(self.tr("&Delete app…"), box)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = FlowLayout()  # wraps on a narrow window
        for button in (self.add_button, self.status_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return box

    def _details(self) -> QWidget:
        language = self.context.language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("appDetails")
        self.facts = AppFactsPanel(language, self.ops, self.tabs)
        self.settings = SettingsPanel(self.ops, self.context.catalog, language, self.tabs)
        self.block_report = BlockReportPanel(language, self.context.events, self.tabs)
        self.tabs.addTab(self.facts, self.tr("&What it allows"))
        self.tabs.addTab(self.settings, self.tr("&Settings checklist"))
        self.tabs.addTab(self.block_report, self.tr("&Block and report"))
        return self.tabs

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        kids: list[ChildDTO] = self.ops.read(children.list_children, [])
        self._fill_children(kids)
        child_id = self.current_child_id()
        uses: list[AppUseDTO] = []
        all_settings: list[SettingAgreementDTO] = []
        if child_id is not None:
            uses = self.ops.read(lambda s: apps.list_app_uses(s, child_id), [])
        if uses:
            all_settings = self.ops.read(lambda s: apps.list_settings(s), [])
        self._progress = {
            use.id: (
                sum(1 for a in all_settings if a.app_use_id == use.id and a.state == "in_place"),
                sum(1 for a in all_settings if a.app_use_id == use.id),
            )
            for use in uses
        }
        keep = self.selected()
        self.model.set_rows(uses)
        ids = [use.id for use in uses]
        if keep is not None and keep.id in ids:
            self.select_row(ids.index(keep.id))
        elif uses:
            self.select_row(0)
        self._show_empty_note(kids, uses)
        if not uses:
            self._show_selected()

    def _fill_children(self, kids: list[ChildDTO]) -> None:
        wanted = self._child_id
        self.child_combo.clear()
        for child in kids:
            self.child_combo.addItem(child.nickname, child.id)
        row = self.child_combo.findData(wanted) if wanted is not None else -1
        self.child_combo.setCurrentIndex(row if row >= 0 else (0 if kids else -1))
        self._child_id = self.current_child_id()

    def _show_empty_note(self, kids: list[ChildDTO], uses: list[AppUseDTO]) -> None:
        if not kids:
            text = self.tr("Add a child in the Children section first; their apps go here.")
        elif not uses:
            text = self.tr("No apps yet. Choose “Add apps…” to pick the apps this child uses.")
        else:
            text = ""
        self.empty_note.setText(text)
        self.empty_note.setVisible(bool(text))
        self.add_button.setEnabled(bool(kids))

    def clear(self) -> None:
        self.child_combo.clear()
        self.model.clear()
        self._progress = {}
        self.facts.clear()
        self.settings.clear()
        self.block_report.clear()
        self.empty_note.clear()

    def current_child_id(self) -> int | None:
        data = self.child_combo.currentData()
        return int(data) if data is not None else None

    def select_child(self, child_id: int) -> None:
        """Show this child's apps (the Overview uses it); applied now or at the next load."""
        self._child_id = child_id
        if self.context.is_open:
            self.reload()
            self._stale = False

    def _child_chosen(self) -> None:
        self._child_id = self.current_child_id()
        self.model.clear()
        self.reload()

    def app_name(self, use: AppUseDTO) -> str:
        return apps.app_display_name(self.context.catalog, use, self.context.language)

    def catalog_app(self, use: AppUseDTO) -> App | None:
        return self.context.catalog.apps.get(use.catalog_app_id or "")

    def _progress_text(self, use: AppUseDTO) -> str:
        done, total = self._progress.get(use.id, (0, 0))
        if not total:
            return self.tr("no settings")
        return self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total))

    def selected(self) -> AppUseDTO | None:
        return self.table.selected()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _show_selected(self) -> None:
        use = self.selected()
        self.status_button.setEnabled(use is not None)
        self.delete_button.setEnabled(use is not None)
        self.tabs.setEnabled(use is not None)
        if use is None:
            self.facts.clear()
            self.settings.show_app_use(None)
            self.block_report.clear()
            return
        stopped = use.status == "stopped"
        self.status_button.setText(
            self.tr("Start using a&gain") if stopped else self.tr("Stop &using")
        )
        app = self.catalog_app(use)
        today = self.today()
        self.facts.show_app(app, today, use.id)
        self.settings.today = self.today
        self.settings.show_app_use(use)
        self.block_report.show_app(app, today)

    # -- actions --------------------------------------------------------------------------

    def add_apps(self) -> None:
        child_id = self.current_child_id()
        if child_id is None:
            return
        already = [u.catalog_app_id for u in self.model.rows() if u.catalog_app_id]
        self.picker = AppPicker(
            self.context.catalog,
            self.context.language,
            already,
            self.tr(
                "Tick every app %1 uses. The planner adds its recommended settings to the "
                "checklist as “To discuss”."
            ).replace("%1", self.child_combo.currentText()),
            self,
        )
        self.picker.accepted.connect(lambda: self._add_chosen(child_id))
        self.picker.open()

    def _add_chosen(self, child_id: int) -> None:
        assert self.picker is not None
        app_ids, custom = self.picker.chosen_ids(), self.picker.custom_name()
        catalog, language = self.context.catalog, self.context.language

        def add(session):  # type: ignore[no-untyped-def]
            for app_id in app_ids:
                apps.add_app_use(session, catalog, child_id, catalog_app_id=app_id)
            if custom:
                apps.add_app_use(session, catalog, child_id, custom_name=custom, language=language)

        self.ops.run(add, apps.add_app_use, self.tr("Apps added."))

    def toggle_status(self) -> None:
        use = self.selected()
        if use is None:
            return
        status = "active" if use.status == "stopped" else "stopped"
        self.ops.run(
            lambda s: apps.update_app_use(
                s,
                use.id,
                handle=use.handle,
                purpose=use.purpose,
                agreed_on=use.agreed_on,
                status=status,
                notes=use.notes,
            ),
            apps.update_app_use,
            self.tr("App marked as in use.") if status == "active" else self.tr("App stopped."),
        )

    def delete_selected(self) -> None:
        use = self.selected()
        if use is None:
            return
        lost = self.ops.read(lambda s: apps.deletion_summary(s, use.id), apps.AppUseDeletion(0, 0))
        self.confirmation = confirm(
            self,
            self.tr("Delete app"),
            self.tr("Delete %1 from this child's apps?").replace("%1", self.app_name(use))
            + self._losses_text(lost.setting_agreements, lost.reminders)
            + self.tr(" Concerns about it are kept. This cannot be undone."),
            lambda: self.ops.run(
                lambda s: apps.delete_app_use(s, use.id),
                apps.delete_app_use,
                self.tr("App deleted."),
            ),
        )

    def _losses_text(self, settings_lost: int, reminders_lost: int) -> str:
        lost = []
        if settings_lost:
            lost.append(
                self.tr("its 1 setting")
                if settings_lost == 1
                else self.tr("its %1 settings").replace("%1", str(settings_lost))
            )
        if reminders_lost:
            lost.append(
                self.tr("1 reminder")
                if reminders_lost == 1
                else self.tr("%1 reminders").replace("%1", str(reminders_lost))
            )
        if not lost:
            return ""
        return self.tr(" This also deletes %1.").replace("%1", self.tr(" and ").join(lost))
