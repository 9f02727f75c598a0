"""The main window: sections on the left, the chosen section on the right, and a top bar with
the plan's protection state, due reminders, Lock and Quick exit (always visible)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.changes import Change
from planner.core.idle_lock import default_minutes, idle_minutes, set_idle_minutes
from planner.core.overview_read import read_details
from planner.ui import events, icons, style, words
from planner.ui.announce import announcer
from planner.ui.context import AppContext
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.content_update import ContentUpdateFlow
from planner.ui.dialogs.shortcuts_page import SHORTCUTS_KEYS, ShortcutsPage, add_key_hints
from planner.ui.flow_layout import FlowLayout
from planner.ui.navigation import Navigation
from planner.ui.notify import ReminderBanner, ReminderNotifier
from planner.ui.ops import Ops
from planner.ui.section_stack import SectionStack
from planner.ui.views.base import SectionView
from planner.ui.views.registry import SECTIONS, SectionEntry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
    # Start a plan for a new family (shelter use): this plan closes first.
    new_family_requested = Signal()
    # Remove this plan, its backups and its traces from this computer.
    remove_plan_requested = Signal()
    # Put one of the plan's backups (this path) in its place: close, swap, reopen.
    restore_requested = Signal(Path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = Ops(context, self)
        self.content_update = ContentUpdateFlow(context, self.ops, self)
        self.setWindowTitle(self.tr("Planner"))  # neutral on purpose: seen by anyone nearby
        self.sections = LazySections(self._build_section)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notifier = ReminderNotifier(context, self.ops, self)
        self.banner = ReminderBanner(context, central)
        self.banner.connect_to(self.notifier)
        self.banner.show_requested.connect(lambda: self.show_section("reminders"))
        layout.addWidget(self._build_top_bar())
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
        # A row that wraps: on a narrow screen the buttons move down a line, never off screen.
        row = FlowLayout(bar, style.XS, to_the_right=True)
        row.setContentsMargins(style.S, style.XS, style.S, style.XS)
        self.protection_label = QLabel(bar)
        self.protection_label.setObjectName("protectionLabel")
        self.protection_label.setWordWrap(True)  # large fonts: two lines rather than cut off
        # Shelter use: which family's plan is open, for staff (never in the window's title).
        self.plan_name_label = QLabel(bar)
        self.plan_name_label.setObjectName("planNameLabel")
        self.plan_name_label.setTextFormat(Qt.TextFormat.PlainText)  # the name, as typed
        self.plan_name_label.setWordWrap(True)
        bold = self.plan_name_label.font()
        bold.setBold(True)
        self.plan_name_label.setFont(bold)
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
        icons.follow_palette(bar, lambda: self._draw_bar_icons(bar))
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
        self.shelter_menu = QMenu(self.shelter_button)
        self.shelter_menu.setObjectName("familyPlansMenu")
        # The signals' emit, not the signals: addAction calls what it is given.
        for text, signal in (
            (self.tr("Start a plan for a &new family…"), self.new_family_requested),
            (self.tr("&Open another family's plan…"), self.open_other_requested),
            (self.tr("&Save this plan to a USB stick…"), self.save_copy_requested),
            (self.tr("&Remove this plan from this computer…"), self.remove_plan_requested),
        ):
            self._action(self.shelter_menu, text, signal.emit)
        self.shelter_button.setMenu(self.shelter_menu)
        texts_box = QWidget(bar)
        texts = QVBoxLayout(texts_box)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        texts.addWidget(self.plan_name_label)
        texts.addWidget(self.protection_label)
        row.addWidget(texts_box)
        row.set_stretch(texts_box)
        # In the bar's own row: a reminder falling due never pushes the window's content down.
        row.addWidget(self.banner)
        row.addWidget(self.protect_button)
        row.addWidget(self.shelter_button)
        row.addWidget(self.lock_button)
        row.addWidget(self.quick_exit_button)
        return bar

    def _draw_bar_icons(self, bar: QWidget) -> None:
        self.lock_button.setIcon(icons.icon("lock", bar))
        self.quick_exit_button.setIcon(icons.icon("log-out", bar))

    def _build_body(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.navigation = Navigation(splitter)
        self.navigation.setAccessibleName(self.tr("Sections"))
        # A section larger than the window scrolls; the window never grows past the screen.
        scroll = QScrollArea(splitter)
        scroll.setObjectName("sectionScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = SectionStack(scroll)
        scroll.setWidget(self.stack)
        for entry in SECTIONS:
            # An empty stand-in until the section is first shown (see LazySections).
            self.stack.addWidget(QWidget(self.stack))
            self.navigation.add_section(entry.section_id, entry.title())
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
            view.add_child_requested.connect(  # type: ignore[attr-defined]
                lambda: self.show_section("children").children_panel.add_child()  # type: ignore[attr-defined]
            )
        elif section_id in ("conversations", "concerns"):
            kind = section_id.removesuffix("s")
            view.follow_up_saved.connect(  # type: ignore[attr-defined]
                lambda entry_id: self.offer_follow_up(kind, entry_id)
            )

    def offer_follow_up(self, kind: str, entry_id: int) -> None:
        """A log entry with a follow-up date: offer a reminder on that day."""
        from planner.core.services import suggestions

        today, language = dt.date.today(), self.context.language
        suggestion = self.ops.read(
            lambda s: suggestions.follow_up_for(s, kind, entry_id, today, language), None
        )
        if suggestion is None:
            return
        self.follow_up_question = confirm(
            self,
            self.tr("Follow-up reminder"),
            self.tr("Add a reminder on %1: “%2”?")
            .replace("%1", words.date_text(suggestion.starts_at.date()))
            .replace("%2", suggestion.title),  # last: typed text is never read for "%1"
            lambda: self.ops.run(
                lambda s: suggestions.accept(s, suggestion),
                suggestions.accept,
                self.tr("Reminder added."),
            ),
            default_yes=True,
            answers=(self.tr("&Add the reminder"), self.tr("&Not now")),
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
        add_key_hints(self, plan_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = self._action(help_menu, self.tr("&Keyboard shortcuts"), self.open_shortcuts)
        shortcuts.setShortcuts([QKeySequence(keys) for keys in SHORTCUTS_KEYS])
        self._action(help_menu, self.tr("&What the planner protects"), self.open_help)
        self._action(
            help_menu,
            self.tr("&Update safety information from a file…"),
            self.content_update.start,
        )
        self._action(help_menu, self.tr("&About the planner"), self.open_about)

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: str = "") -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def open_settings(self) -> None:
        from planner.core.services.plan import get_details
        from planner.ui.dialogs.plan_settings import PlanSettingsDialog

        details = self.ops.read(get_details, None)
        if details is None:
            return
        default = default_minutes(details.mode)
        minutes = self.ops.read(lambda s: int(idle_minutes(s)), default)
        self.dialog = PlanSettingsDialog(self.context.catalog, details, minutes, self)
        self.dialog.save_with(self.ops, self._save_settings)
        self.dialog.open()

    def _save_settings(self) -> None:
        from planner.core.services.plan import update_details

        settings = self.dialog.value()

        def save(session: Session) -> None:
            update_details(session, settings.details, self.context.catalog)
            set_idle_minutes(session, settings.idle_minutes)

        used = (update_details, set_idle_minutes)
        if self.ops.run(save, used, self.tr("Settings saved.")) is not None:
            self.context.language = settings.details.language

    def open_restore(self) -> None:
        from planner.ui.dialogs.restore import RestoreDialog

        if self.context.plan is None:
            return
        self.restore_dialog = RestoreDialog(self.context.plan.path, self)
        self.restore_dialog.backup_chosen.connect(self.restore_requested)
        self.restore_dialog.open()

    def open_help(self) -> None:
        from planner.ui.dialogs.help_page import HelpPage

        self.help_page = HelpPage(self.context.catalog, self.context.language, self)
        self.help_page.open()

    def open_shortcuts(self) -> None:
        titles = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        self.shortcuts_page = ShortcutsPage(titles, self)
        self.shortcuts_page.open()

    def open_about(self) -> None:
        from planner.ui.about import AboutDialog

        self.about_dialog = AboutDialog(
            self.context.paths, self, self.context.content, self.context.language
        )
        self.about_dialog.open()

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
        details = self.ops.read_sql(read_details, None) if self.context.is_open else None
        shelter = details is not None and details.mode == "shelter"
        if protected:
            self.protection_label.setText(self.tr("This plan is protected with a passphrase."))
        elif shelter:
            self.protection_label.setText(
                self.tr(
                    "This family's plan is NOT protected: the next person at this computer, or "
                    "whoever finds its USB stick, can open it. Protect it before you leave it."
                )
            )
        else:
            self.protection_label.setText(
                self.tr("This plan is not protected: anyone using this computer can open it.")
            )
        self.protect_button.setVisible(plan is not None and not protected)
        self.shelter_button.setVisible(shelter)
        self.plan_name_label.setVisible(shelter)
        self.plan_name_label.setText(
            self.tr("Open plan: %1 (file %2)")
            .replace("%2", plan.path.name)  # first: a file name never holds "%1"
            .replace("%1", details.name)
            if shelter and plan is not None and details is not None
            else ""
        )
        # Not a greyed button that cannot be used: the bar offers protection instead.
        self.lock_button.setVisible(protected)
        self.protect_action.setEnabled(plan is not None and not protected)
        self.change_action.setEnabled(protected)
        self.remove_passphrase_action.setEnabled(protected)

    def _on_changed(self, kinds: Change) -> None:
        if events.PLAN in kinds:
            self.refresh_top_bar()

    def _announce(self, message: str) -> None:
        """Every events.announce message: shown in the status bar and said to screen readers."""
        self.statusBar().showMessage(message, 8000)
        announcer.say(self.statusBar(), message)
