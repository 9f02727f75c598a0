"""The main window: sections on the left, the chosen section on the right, and a top bar with
the plan's protection state, due reminders, Lock and Quick exit (always visible)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.overview_read import read_details
from planner.ui import events, words
from planner.ui.announce import announcer
from planner.ui.context import AppContext
from planner.ui.dialogs.confirm import confirm
from planner.ui.lock import DEFAULT_IDLE_MINUTES, IDLE_PREFERENCE
from planner.ui.notify import ReminderBanner, ReminderNotifier
from planner.ui.ops import Ops
from planner.ui.views.base import SectionView
from planner.ui.views.registry import SECTIONS, SectionEntry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.core.services.suggestions import SuggestedReminder


class LazySections(Mapping[str, SectionView]):
    """The main window's sections by id, each built the first time it is asked for (shown in
    the navigation, or reached by another section): start-up builds the overview alone."""

    def __init__(self, build: Callable[[SectionEntry], SectionView]) -> None:
        self._build = build
        self._entries = {entry.section_id: entry for entry in SECTIONS}
        self._built: dict[str, SectionView] = {}

    def __getitem__(self, section_id: str) -> SectionView:
        if section_id not in self._built:
            self._built[section_id] = self._build(self._entries[section_id])
        return self._built[section_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def is_built(self, section_id: str) -> bool:
        return section_id in self._built


class MainWindow(QMainWindow):
    # The person asked to lock the plan (button or shortcut).
    lock_requested = Signal()
    # The person asked to leave at once (button, Ctrl+Shift+Q, Shift three times).
    quick_exit_requested = Signal()
    # The person asked to protect the plan with a passphrase.
    protect_requested = Signal()
    # The person asked to change, or to remove, the plan's passphrase.
    change_passphrase_requested = Signal()
    remove_passphrase_requested = Signal()
    # Save a copy of the plan to another folder (a USB stick).
    save_copy_requested = Signal()
    # Open another family's plan (shelter use).
    open_other_requested = Signal()
    # Remove this plan, its backups and its traces from this computer.
    remove_plan_requested = Signal()
    # Put one of the plan's backups (this path) in its place: close, swap, reopen.
    restore_requested = Signal(Path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = Ops(context, self)
        self.setWindowTitle(self.tr("Planner"))  # neutral on purpose: seen by anyone nearby
        self.setMinimumSize(QSize(900, 600))
        self.sections = LazySections(self._build_section)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar())
        self.notifier = ReminderNotifier(context, self.ops, self)
        self.banner = ReminderBanner(context, central)
        self.banner.connect_to(self.notifier)
        self.banner.show_requested.connect(lambda: self.show_section("reminders"))
        layout.addWidget(self.banner)
        layout.addWidget(self._build_body(), 1)
        self.setCentralWidget(central)
        self._add_shortcuts()
        self._build_menus()
        context.events.announce.connect(self._announce)
        context.events.changed.connect(self._on_changed)
        context.events.unlocked.connect(self.refresh_top_bar)
        self.refresh_top_bar()

    # -- building -----------------------------------------------------------------------

    def _build_top_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("topBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        self.protection_label = QLabel(bar)
        self.protection_label.setObjectName("protectionLabel")
        self.protection_label.setWordWrap(True)  # large fonts: two lines rather than cut off
        self.protect_button = QPushButton(self.tr("Protect with a passphrase…"), bar)
        self.protect_button.setAccessibleDescription(
            self.tr("Encrypts this plan so that it can only be opened with a passphrase.")
        )
        self.protect_button.clicked.connect(self.protect_requested)
        # No mnemonic: Ctrl+L locks, and Alt+L belongs to the sections' buttons.
        self.lock_button = QPushButton(self.tr("Lock"), bar)
        self.lock_button.setToolTip(self.tr("Ctrl+L"))
        self.lock_button.setAccessibleDescription(
            self.tr("Closes the plan on screen until the passphrase is entered again.")
        )
        self.lock_button.clicked.connect(self.lock_requested)
        self.quick_exit_button = QPushButton(self.tr("Quick exit"), bar)
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Hides the planner at once and closes it. Shortcut: Ctrl+Shift+Q.")
        )
        self.quick_exit_button.setToolTip(self.tr("Ctrl+Shift+Q, or press Shift three times"))
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        # Shelter use: one family's plan at a time, and the files a family takes with it.
        self.shelter_button = QPushButton(self.tr("&Family plans"), bar)
        self.shelter_button.setObjectName("shelterPlans")
        self.shelter_button.setAccessibleDescription(
            self.tr("Open another family's plan, save this plan to a USB stick, or remove it.")
        )
        shelter_menu = QMenu(self.shelter_button)
        shelter_menu.addAction(self.tr("Open another family's plan…"), self.open_other_requested)
        shelter_menu.addAction(self.tr("Save this plan to a USB stick…"), self.save_copy_requested)
        shelter_menu.addAction(
            self.tr("Remove this plan from this computer…"), self.remove_plan_requested
        )
        self.shelter_button.setMenu(shelter_menu)
        row.addWidget(self.protection_label, 1)
        row.addWidget(self.protect_button)
        row.addWidget(self.shelter_button)
        row.addWidget(self.lock_button)
        row.addWidget(self.quick_exit_button)
        return bar

    def _build_body(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.navigation = QListWidget(splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget(splitter)
        for entry in SECTIONS:
            # An empty stand-in until the section is first shown (see LazySections).
            self.stack.addWidget(QWidget(self.stack))
            item = QListWidgetItem(entry.title(), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, entry.section_id)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        return splitter

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.stack.setCurrentWidget(self.sections[SECTIONS[row].section_id])

    def _build_section(self, entry: SectionEntry) -> SectionView:
        """Build a section in its stand-in's place and connect what leads out of it."""
        index = [other.section_id for other in SECTIONS].index(entry.section_id)
        stand_in = self.stack.widget(index)
        assert stand_in is not None
        view = entry.view_class()(self.context, self.ops, self.stack)
        view.setObjectName(f"section-{entry.section_id}")
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._connect_section(entry.section_id, view)
        return view

    def _connect_section(self, section_id: str, view: SectionView) -> None:
        """Sections that lead to other sections (guidance tips, overview cards)."""
        if section_id == "guidance":
            view.open_section.connect(self.show_section)  # type: ignore[attr-defined]
        elif section_id == "overview":
            view.open_child_apps.connect(self.show_child_apps)  # type: ignore[attr-defined]
        elif section_id in ("conversations", "concerns"):
            kind = section_id.removesuffix("s")
            view.follow_up_saved.connect(  # type: ignore[attr-defined]
                lambda entry_id: self.offer_follow_up(kind, entry_id)
            )

    def offer_follow_up(self, kind: str, entry_id: int) -> None:
        """A log entry with a follow-up date: offer a reminder on that day."""
        from planner.core.services import concerns, conversations, reminders, suggestions

        today = dt.date.today()
        language = self.context.language

        def find(session: Session) -> list[SuggestedReminder]:
            existing = reminders.list_reminders(session)
            if kind == "conversation":
                entry = conversations.get_conversation(session, entry_id)
                return suggestions.for_conversation(entry, existing, today, language)
            concern = concerns.get_concern(session, entry_id)
            return suggestions.for_concern(concern, existing, today, language)

        found = self.ops.read(find, [])
        if not found:
            return
        suggestion = found[0]
        self.follow_up_question = confirm(
            self,
            self.tr("Follow-up reminder"),
            self.tr("Add a reminder on %1 for this follow-up?").replace(
                "%1", words.date_text(suggestion.starts_at.date())
            ),
            lambda: self.ops.run(
                lambda s: suggestions.accept(s, suggestion),
                {events.REMINDERS},
                self.tr("Reminder added."),
            ),
        )

    def show_child_apps(self, child_id: int) -> None:
        apps = self.show_section("apps")
        apps.select_child(child_id)  # type: ignore[attr-defined]

    def _add_shortcuts(self) -> None:
        quick_exit = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        quick_exit.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quick_exit.activated.connect(self.quick_exit_requested)
        for number in range(1, min(self.navigation.count(), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))

    def _build_menus(self) -> None:
        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        self._action(plan_menu, self.tr("&Settings…"), self.open_settings)
        plan_menu.addSeparator()
        self.protect_action = self._action(
            plan_menu, self.tr("&Protect with a passphrase…"), self.protect_requested.emit
        )
        self.change_action = self._action(
            plan_menu, self.tr("C&hange the passphrase…"), self.change_passphrase_requested.emit
        )
        self.remove_passphrase_action = self._action(
            plan_menu, self.tr("Remove the pass&phrase…"), self.remove_passphrase_requested.emit
        )
        plan_menu.addSeparator()
        self._action(plan_menu, self.tr("Save a &copy to…"), self.save_copy_requested.emit)
        self._action(plan_menu, self.tr("&Open another plan…"), self.open_other_requested.emit)
        self._action(
            plan_menu,
            self.tr("&Remove this plan from this computer…"),
            self.remove_plan_requested.emit,
        )
        self._action(plan_menu, self.tr("Restore from a &backup…"), self.open_restore)
        plan_menu.addSeparator()
        # The one Ctrl+L: a second shortcut for the same keys would make both ambiguous.
        self._action(plan_menu, self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L")
        self._action(plan_menu, self.tr("&Quick exit"), self.quick_exit_requested.emit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&What the planner protects"), self.open_help)
        self._action(help_menu, self.tr("&About the planner"), self.open_about)

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: str = "") -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def open_settings(self) -> None:
        from planner.core.services.plan import get_details, get_preference
        from planner.ui.dialogs.plan_settings import PlanSettingsDialog

        details = self.ops.read(get_details, None)
        if details is None:
            return
        default = DEFAULT_IDLE_MINUTES.get(details.mode, 15)
        minutes = self.ops.read(
            lambda s: int(get_preference(s, IDLE_PREFERENCE, str(default))), default
        )
        self.dialog = PlanSettingsDialog(self.context.catalog, details, minutes, self)
        self.dialog.accepted.connect(self._save_settings)
        self.dialog.open()

    def _save_settings(self) -> None:
        from planner.core.services.plan import set_preference, update_details

        settings = self.dialog.value()

        def save(session: Session) -> None:
            update_details(session, settings.details, self.context.catalog)
            set_preference(session, IDLE_PREFERENCE, str(settings.idle_minutes))

        if self.ops.run(save, {"plan", "contacts"}, self.tr("Settings saved.")) is not None:
            self.context.language = settings.details.language

    def open_restore(self) -> None:
        from planner.ui.dialogs.restore import RestoreDialog

        if self.context.plan is None:
            return
        self.dialog = RestoreDialog(self.context.plan.path, self)
        self.dialog.backup_chosen.connect(self.restore_requested)
        self.dialog.open()

    def open_help(self) -> None:
        from planner.ui.dialogs.help_page import HelpPage

        self.dialog = HelpPage(self.context.catalog, self.context.language, self)
        self.dialog.open()

    def open_about(self) -> None:
        from planner.ui.about import AboutDialog

        self.dialog = AboutDialog(self.context.paths, self)
        self.dialog.open()

    # -- behaviour ----------------------------------------------------------------------

    def show_section(self, section_id: str) -> SectionView:
        view = self.sections[section_id]
        self.navigation.setCurrentRow(self.stack.indexOf(view))
        return view

    def current_section(self) -> SectionView:
        widget = self.stack.currentWidget()
        assert isinstance(widget, SectionView)
        return widget

    def refresh_top_bar(self) -> None:
        plan = self.context.plan
        protected = plan is not None and plan.encrypted
        if protected:
            self.protection_label.setText(self.tr("This plan is protected with a passphrase."))
        else:
            self.protection_label.setText(
                self.tr("This plan is not protected: anyone using this computer can open it.")
            )
        self.protect_button.setVisible(plan is not None and not protected)
        self.shelter_button.setVisible(self._shelter_mode())
        self.lock_button.setEnabled(protected)
        self.protect_action.setEnabled(plan is not None and not protected)
        self.change_action.setEnabled(protected)
        self.remove_passphrase_action.setEnabled(protected)

    def _shelter_mode(self) -> bool:
        details = self.ops.read_sql(read_details, None) if self.context.is_open else None
        return details is not None and details.mode == "shelter"

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "plan" in kinds:
            self.refresh_top_bar()

    def _announce(self, message: str) -> None:
        """Every events.announce message: shown in the status bar and said to screen readers."""
        self.statusBar().showMessage(message, 8000)
        announcer.say(self.statusBar(), message)
