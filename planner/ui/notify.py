"""Due reminders: a check every minute (and at once after the computer wakes), a banner in the
window, and a tray message where the desktop has a tray.

Privacy: whatever leaves the window (the tray message) says only how many reminders are due,
never what they are or who they are about: a notification can pop up on a shared screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from planner.core.changes import Change
from planner.core.overview_read import due_count
from planner.resources import resource_path
from planner.ui import events
from planner.ui.announce import announcer
from planner.ui.context import AppContext
from planner.ui.ops import Ops

CHECK_EVERY = dt.timedelta(minutes=1)
# More wall-clock time than this between two one-minute ticks: the computer was asleep.
SLEEP_GAP = dt.timedelta(minutes=2)


def due_text(count: int) -> str:
    """The neutral words used in the banner and the tray: a number, nothing else."""
    if count == 1:
        return QCoreApplication.translate("notify", "1 reminder is due")
    return QCoreApplication.translate("notify", "%1 reminders are due").replace("%1", str(count))


class ReminderNotifier(QObject):
    # How many reminders are due now; emitted when that number changes (0: none).
    due_changed = Signal(int)
    # A neutral message to show outside the window (the tray); emitted when more became due
    # or, with any due, after the computer woke up.
    notice = Signal(str)
    # The wall clock jumped forward between two ticks: the computer slept and woke again.
    woke = Signal()

    def __init__(
        self,
        context: AppContext,
        ops: Ops,
        parent: QObject | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = ops
        # Local wall-clock time, as reminders are stored; tests pass fixed moments.
        self.clock = clock
        self.due = 0
        self.last_checked: dt.datetime | None = None
        self._last_tick: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(CHECK_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.tick)
        self.tray: QSystemTrayIcon | None = None
        # Whether the desktop shows tray icons (the offscreen test platform has none).
        self.tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable
        context.events.changed.connect(self._on_changed)
        context.events.locked.connect(self.stop)
        context.events.unlocked.connect(self.start)

    def start(self) -> None:
        """Check now and then every minute (the plan is open)."""
        self._last_tick = self.clock()
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """Stop checking and forget the count (the plan is locked or closed)."""
        self.timer.stop()
        self._last_tick = None
        self.last_checked = None
        self._set_due(0, wake=False)

    def tick(self) -> None:
        now = self.clock()
        slept = self._last_tick is not None and now - self._last_tick > SLEEP_GAP
        self._last_tick = now
        if slept:
            self.woke.emit()
        self.check(wake=slept)

    def check(self, wake: bool = False) -> int:
        """Count what is due now; a fresh notice when more are due, or after a wake."""
        if not self.context.is_open:
            return self.due
        now = self.clock()
        count = self.ops.read_sql(lambda connection: due_count(connection, now), self.due)
        self.last_checked = now
        self._set_due(count, wake)
        return count

    def _set_due(self, count: int, wake: bool) -> None:
        more = count > self.due
        changed = count != self.due
        self.due = count
        if changed:
            self.due_changed.emit(count)
        if not count and self.tray is not None:
            self.tray.hide()
        if count and (more or wake):
            self._notify(due_text(count))

    def _notify(self, text: str) -> None:
        self.notice.emit(text)
        if not self.tray_available():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(_app_icon(), self)
            self.tray.setToolTip(QCoreApplication.translate("notify", "Planner"))
        self.tray.show()
        title = QCoreApplication.translate("notify", "Planner")
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)

    def _on_changed(self, kinds: Change) -> None:
        if events.REMINDERS in kinds and self.timer.isActive():
            self.check()


def _app_icon() -> QIcon:
    icon = QGuiApplication.windowIcon()
    return icon if not icon.isNull() else QIcon(str(resource_path("icons", "planner-32.png")))


class ReminderBanner(QFrame):
    """A strip for the top of the main window: hidden unless reminders are due."""

    # The person asked to see the reminders (the main window switches sections).
    show_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Palette roles, not colours: the strip follows dark and high-contrast themes.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(self)
        self.label.setObjectName("reminderBannerText")
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.button = QPushButton(self.tr("Show &reminders"), self)
        self.button.clicked.connect(self.show_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.count = 0
        self.hide()

    def set_count(self, count: int) -> None:
        """Show "N reminders are due" (said aloud when it grows), or hide when none are."""
        grew = count > self.count
        self.count = count
        self.setVisible(count > 0)
        if not count:
            self.label.clear()
            self.label.setAccessibleName("")
            self.setAccessibleName("")
            return
        text = due_text(count)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.label.setAccessibleName(text)
        if grew:
            # Spoken, not put in the status bar: the banner already shows the words.
            announcer.say(self.label, text)

    def connect_to(self, notifier: ReminderNotifier) -> None:
        notifier.due_changed.connect(self.set_count)
        self.set_count(notifier.due)
