"""Runs the window's life: first run or unlock, the main window, locking and quick exit.

In shelter use (remembered in the app's settings once a shelter plan exists here) the first
screen is the shelter home screen, locking returns to it, and so does removing a plan: staff
go from one family's plan to the next without ever seeing the others.

Only Qt and the light header check are imported before a plan is open: the unlock screen must
appear before SQLAlchemy is loaded. Everything heavier is imported once the plan is needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from planner.app_settings import in_shelter_use, remember_shelter_use
from planner.core.changes import Change
from planner.core.errors import PlannerError
from planner.core.idle_lock import default_minutes, idle_minutes
from planner.paths import AppPaths
from planner.ui import clipboard, i18n
from planner.ui.announce import announcer
from planner.ui.drafts import DraftKeeper
from planner.ui.file_dialogs import keep_qt_settings_in
from planner.ui.lock import IdleWatcher, QuickExitKeys, take_down_windows
from planner.ui.plan_header import needs_passphrase
from planner.ui.restore_flow import BackupInWaiting
from planner.ui.tray import LoginTray
from planner.ui.unlock import UnlockScreen

if TYPE_CHECKING:
    from planner.core.plans import PlanFile
    from planner.ui.context import AppContext
    from planner.ui.dialogs.first_run import FirstRunWizard
    from planner.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


class WindowController(QObject):
    # The window has ended (quick exit, quit, or a plan that cannot be opened): exit code.
    finished = Signal(int)

    def __init__(
        self,
        paths: AppPaths,
        plan_path: Path,
        passphrase: str | None = None,
        *,
        tray: bool = False,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.plan_path = plan_path
        self._passphrase = passphrase
        # Started at login to remind: stay in the tray until the person opens the window.
        self._quiet = tray and QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: LoginTray | None = None
        self.context: AppContext | None = None
        self.main_window: MainWindow | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.first_run: QWidget | None = None
        self.shelter_use = in_shelter_use(paths)
        self.file_dialog: QWidget | None = None
        self.waiting_backup = BackupInWaiting()
        # Once a plan is on screen: what is left to do (see after_first_paint), and whether to
        # do it at the next turn of the event loop (EXIT_WHEN_READY=1 stops before it).
        self._unsettled: tuple[PlanFile, str] | None = None
        self.settle_after_paint = True
        self.idle = IdleWatcher(default_minutes("home"), self)
        self.idle.idle.connect(self.lock)
        self.idle.slept.connect(self.lock)
        # Ctrl+Shift+Q and Shift three times; and plan text never read as HTML (plain_text).
        self.shift = QuickExitKeys(self)
        self.shift.triggered.connect(self.quick_exit)
        self.drafts = DraftKeeper(lambda: self.context.plan if self.context else None, self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.shift)  # the idle watcher installs itself while it counts
        keep_qt_settings_in(paths.data_dir)  # no file-dialog history in ~/.config

    # -- starting -----------------------------------------------------------------------

    def start(self) -> None:
        """Show the first screen: the welcome flow, the unlock screen, or the plan."""
        path = self.plan_path
        if not path.exists() and path == self.paths.default_plan:
            if self.shelter_use:
                self.show_home()
            else:
                self._show_first_run()
            return
        try:
            protected = needs_passphrase(path)
        except PlannerError as error:
            self._cannot_open(error)
            return
        if self._quiet:
            self.tray = LoginTray(self)
            self.tray.open_requested.connect(self.show_window)
            self.tray.quit_requested.connect(lambda: self.finished.emit(0))
            if protected:
                return  # a protected plan waits, locked, until the person opens it
        elif protected and self._passphrase is None:
            self._show_unlock()
            return
        self._open(self._passphrase)

    def show_window(self) -> None:
        """Leave the tray: the main window for an open plan, else the unlock screen."""
        self._quiet = False
        if self.context is not None and self.context.plan is not None:
            self._show_main_window()
        else:
            self._show_unlock()

    def _show_first_run(self, *, further_family: bool = False) -> None:
        """The welcome flow: the very first plan, or (shelter use) a plan for a new family.
        Cancelling a new family's plan goes back to the home screen; cancelling the very
        first run ends the planner, as there is nothing else to show."""
        from planner.core.content_packs.store import content_in_use
        from planner.ui.dialogs.first_run import FirstRunWizard

        path = self.paths.default_plan if further_family else self.plan_path
        self.paths.make_folder(path.parent)
        catalog = content_in_use(self.paths.content_dir).catalog
        wizard = FirstRunWizard(catalog, path, further_family=further_family)
        wizard.plan_created.connect(lambda: self._first_plan_ready(wizard))
        if further_family:
            wizard.rejected.connect(self.show_home)
        else:
            wizard.rejected.connect(lambda: self.finished.emit(0))
        self.first_run = wizard
        if self.unlock_screen is not None:
            self.unlock_screen.hide()
        wizard.show()

    def _first_plan_ready(self, wizard: FirstRunWizard) -> None:
        assert wizard.created_plan is not None  # set before plan_created is emitted
        self._plan_ready(wizard.created_plan)

    def _show_unlock(self, *, waiting: bool = True) -> UnlockScreen:
        """The unlock screen for `plan_path`; in shelter use the home screen, with the
        passphrase row only when a plan is `waiting` to be unlocked."""
        screen = self.unlock_screen
        if screen is not None and screen.shelter != self.shelter_use:
            screen.hide()
            screen.deleteLater()
            screen = None
        if screen is None:
            screen = UnlockScreen(shelter=self.shelter_use)
            screen.passphrase_entered.connect(self._open)
            screen.quick_exit_requested.connect(self.quick_exit)
            screen.new_plan_requested.connect(lambda: self._show_first_run(further_family=True))
            screen.open_plan_requested.connect(self.choose_plan_to_open)
            self.unlock_screen = screen
        waiting = waiting and self.plan_path.exists()  # the tray's Open, with no plan yet
        screen.show_waiting_plan(self.plan_path.name if waiting else None)
        screen.reset()
        if self.main_window is not None:
            screen.setGeometry(self.main_window.geometry())
        screen.show()
        screen.raise_()
        screen.activateWindow()
        return screen

    def show_home(self, message: str = "") -> None:
        """Shelter use: the home screen, with no plan open or waiting."""
        self.plan_path = self.paths.default_plan
        screen = self._show_unlock(waiting=False)
        if message:
            screen.show_message(message)

    def choose_plan_to_open(self) -> None:
        """Shelter home screen: pick a family's plan file, then open (or unlock) it."""
        from planner.ui.plan_actions import choose_plan_file

        self.file_dialog = choose_plan_file(
            self.unlock_screen, self.paths.plans_dir, self.open_plan_file
        )

    def _open(self, passphrase: str | None) -> None:
        from planner.core.plans import PlanFile

        try:
            self.waiting_backup.put_in_place(self.plan_path, passphrase)
            # The integrity check runs once the window is shown (_after_first_paint).
            plan = PlanFile.open(self.plan_path, passphrase, check_later=True)
        except PlannerError as error:
            screen = self.unlock_screen
            if passphrase is not None and screen is not None and screen.isVisible():
                screen.show_error(error.message)  # try again: no lockout, ever
            else:
                self._cannot_open(error)
            return
        self._plan_ready(plan)

    def restore_backup(self, backup: Path) -> None:
        """Put a rotating backup in the plan's place. The plan closes first; a protected plan
        asks for its passphrase again (the key is never kept for this), then reopens."""
        context = self.context
        if context is None or context.plan is None:
            return
        protected = context.plan.encrypted
        take_down_windows([])
        self.drafts.forget()  # the backup may not hold what the editors were editing
        self._shut_plan()
        self.waiting_backup.wait_with(backup)
        if protected:
            self._show_unlock()
            assert self.unlock_screen is not None
            self.unlock_screen.message.setText(
                _t("Enter the passphrase to put the backup in place of the plan.")
            )
            self.unlock_screen.open_button.setText(_t("&Restore the backup"))
        else:
            self._open(None)

    def _plan_ready(self, plan: PlanFile) -> None:
        """Show the plan: what the first screen needs is read without the ORM (plain SQL),
        the rest waits until it is on screen (after_first_paint)."""
        from planner.core.content_packs.store import content_in_use
        from planner.core.idle_lock import IDLE_PREFERENCE, minutes_from
        from planner.core.overview_read import read_details, read_preference
        from planner.ui.context import AppContext

        if self.context is None:
            content = content_in_use(self.paths.content_dir)
            self.context = AppContext(paths=self.paths, catalog=content.catalog, content=content)
            self.context.events.changed.connect(self._on_changed)
        context = self.context
        context.plan = plan
        self.plan_path = plan.path  # a new family's plan has a file of its own
        with plan.reading() as connection:
            details = read_details(connection)
            stored = read_preference(connection, IDLE_PREFERENCE, "")
        minutes = minutes_from(stored, details.mode)
        context.language = details.language
        if details.mode == "shelter" and not self.shelter_use:
            self.shelter_use = True
            remember_shelter_use(self.paths)
        if i18n.follow_plan(self.paths, details.language):
            self._forget_windows()
        # Hide the screen before showing the window, so the window becomes the active one.
        if self.unlock_screen is not None:
            self.unlock_screen.hide()
        if self.first_run is not None:
            self.first_run.hide()
            self.first_run = None
        self._show_main_window()
        self.idle.watch(minutes, protected=plan.encrypted)
        self._passphrase = None  # the key lives in the open plan only, never in the window
        context.events.unlocked.emit()
        if self.main_window is not None and not self._quiet:
            self.drafts.offer(self.main_window)
        if message := self.waiting_backup.take_message():
            context.events.announce.emit(message)
        self._unsettled = (plan, details.country)
        if self.settle_after_paint:
            QTimer.singleShot(0, self.after_first_paint)

    def after_first_paint(self) -> None:
        """The plan is on screen: check its integrity (before anything can write), bring the
        built-in contacts in line with this version's catalog (this loads the ORM, so the
        first edit does not wait for it), then settle the heap for smooth typing."""
        from planner.core.services.contacts import sync_builtin_contacts
        from planner.ui.startup import settle_heap

        if self._unsettled is None:
            return
        (plan, country), self._unsettled = self._unsettled, None
        context = self.context
        if context is None or context.plan is not plan or not plan.is_open:
            return  # locked, closed or swapped in the meantime
        try:
            plan.verify()
            with plan.unit_of_work() as session:
                sync_builtin_contacts(session, context.catalog, country)
        except PlannerError as error:
            self._close_on_error(error)
            return
        settle_heap()

    def _close_on_error(self, error: PlannerError) -> None:
        """The open plan turned out damaged (or unreadable): close it and say why."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self._shut_plan()
        self._fail(error)

    def _forget_windows(self) -> None:
        """Windows built in the previous language: they are built again when next shown."""
        self.drafts.forget()  # their editors go with them; the drafts are shown as text
        for window in (self.main_window, self.unlock_screen):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.main_window = None
        self.unlock_screen = None

    def _show_main_window(self) -> None:
        from planner.ui.main_window import MainWindow
        from planner.ui.screen_fit import place_on_screen

        assert self.context is not None
        if self.main_window is None:
            self.main_window = MainWindow(self.context)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.quick_exit_requested.connect(self.quick_exit)
            self._connect_plan_actions(self.main_window)
            self.main_window.restore_requested.connect(self.restore_backup)
            place_on_screen(self.main_window)
        if not self._quiet:
            self.main_window.show()
            self.main_window.raise_()
            self.main_window.activateWindow()

    def _connect_plan_actions(self, window: MainWindow) -> None:
        from planner.ui.plan_actions import PlanActions

        assert self.context is not None
        actions = PlanActions(
            self.context, lambda: self.main_window, self.open_plan_file, self._plan_removed
        )
        window.protect_requested.connect(actions.protect)
        window.change_passphrase_requested.connect(actions.change_passphrase)
        window.remove_passphrase_requested.connect(actions.remove_passphrase)
        window.save_copy_requested.connect(actions.save_copy)
        window.open_other_requested.connect(actions.open_other)
        window.remove_plan_requested.connect(actions.remove_plan)
        window.new_family_requested.connect(self.start_new_family)
        self.plan_actions = actions

    def _on_changed(self, kinds: Change) -> None:
        """The plan's settings or protection changed: follow its idle time and lock state."""
        plan = self.context.plan if self.context is not None else None
        if Change.PLAN not in kinds or plan is None:
            return
        with plan.unit_of_work() as session:
            self.idle.watch(idle_minutes(session), protected=plan.encrypted)

    def open_plan_file(self, path: Path) -> None:
        """Close this plan and open another (shelter use: one family's plan at a time)."""
        self._close_plan()
        self.plan_path = path
        self.start()

    def start_new_family(self) -> None:
        """Family plans menu: close this family's plan, then the welcome flow for the next."""
        self._close_plan()
        self._show_first_run(further_family=True)

    def _close_plan(self) -> None:
        self._shut_plan()
        take_down_windows([])
        self.drafts.forget()

    def _shut_plan(self) -> None:
        """Close the open plan and forget its key: the views empty themselves (`locked`),
        the idle watcher stops and the text we put on the clipboard goes."""
        self.idle.stop()
        self._passphrase = None
        clipboard.clear_if_ours()
        context = self.context
        if context is not None and context.plan is not None:
            context.events.locked.emit()
            context.plan.close()
            context.plan = None

    def _plan_removed(self, message: str) -> None:
        """The plan was removed: in shelter use, back to the home screen for the next family;
        at home there is no plan left to show, so the planner ends."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self.idle.stop()
        if self.shelter_use:
            self.show_home(message)
        else:
            self.finished.emit(0)

    # -- locking and leaving ----------------------------------------------------------------

    def lock(self) -> None:
        """Close the plan, forget the key, empty every view, clear our clipboard text."""
        context = self.context
        if context is None or context.plan is None or not context.plan.encrypted:
            return
        # Every window off the screen in this turn; what editors held is kept in the plan.
        editors = take_down_windows([w for w in (self.unlock_screen,) if w is not None])
        self.drafts.keep(context.plan, editors)
        self._shut_plan()
        screen = self._show_unlock()
        announcer.say(screen, _t("The plan is locked."))

    def quick_exit(self) -> None:
        """Hide every window at once, then lock and end. Nothing asks "are you sure"."""
        editors = take_down_windows([])  # first: every window off the screen, this turn
        if self.tray is not None:
            self.tray.hide()
        if self.context is not None and self.context.plan is not None:
            self.drafts.keep(self.context.plan, editors)
        self._shut_plan()
        self.drafts.forget()
        self.finished.emit(0)

    def _cannot_open(self, error: PlannerError) -> None:
        """In shelter use, say why on the home screen and let staff choose again; otherwise
        there is nothing else to show, so end (see `_fail`)."""
        if self.shelter_use:
            self.show_home()
            assert self.unlock_screen is not None
            self.unlock_screen.show_error(error.message)
        else:
            self._fail(error)

    def recover_after_bug(self) -> None:
        """A bug broke off a slot (planner.ui.excepthook). A plan left open without its window,
        as when opening the window after unlocking failed, is closed, and its key with it."""
        context = self.context
        if context is None or context.plan is None or self._quiet:
            return
        if self.main_window is not None and self.main_window.isVisible():
            return  # the plan is in use as usual: the person goes on
        self._shut_plan()
        if self.unlock_screen is not None:
            self._show_unlock()

    def _fail(self, error: PlannerError) -> None:
        """A plan that cannot be opened: say why, then end with the documented exit code."""
        box = QMessageBox(
            QMessageBox.Icon.Critical, _t("Planner"), error.message, QMessageBox.StandardButton.Ok
        )
        box.finished.connect(lambda _result: self.finished.emit(error.exit_code))
        self.error_box = box
        box.open()
