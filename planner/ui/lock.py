"""Watching for the moments the plan must disappear: idle time, sleep, and the quick-exit keys
(Ctrl+Shift+Q, and Shift pressed three times: the gesture GOV.UK's "Exit this page" uses); and
taking every window of the planner off the screen when it does."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolTip, QWidget

from planner.ui import plain_text
from planner.ui.dialogs.editor import EditorDialog, empty_inputs

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# Wall-clock time running this much ahead of the monotonic clock between two checks means the
# computer slept (the monotonic clock does not count suspend on Linux; idle timers never do).
SLEEP_JUMP_SECONDS = 60.0


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse use, and `slept` after a sleep."""

    # No keyboard or mouse use for the chosen time.
    idle = Signal()
    # The computer was asleep (or the clock jumped forward) since the last check.
    slept = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, tick_ms: int = 5000) -> None:
        super().__init__(parent)
        self.limit_seconds = minutes * 60
        self._last_activity = time.monotonic()
        self._last_wall = time.time()
        self._last_mono = self._last_activity
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.touch()
        self._timer.start()
        # Watch the application's events only while counting: a filter on every event of
        # every widget costs time, and a plan without a passphrase never locks.
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.limit_seconds = minutes * 60

    def watch(self, minutes: float, *, protected: bool) -> None:
        """Count `minutes` for a protected plan; a plan without a passphrase never locks."""
        self.set_minutes(minutes)
        if protected:
            self.start()
        else:
            self.stop()

    def touch(self) -> None:
        self._last_activity = time.monotonic()
        self._last_wall = time.time()
        self._last_mono = self._last_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_activity = time.monotonic()
        return False

    def check(self) -> None:
        now_mono, now_wall = time.monotonic(), time.time()
        slept = (now_wall - self._last_wall) - (now_mono - self._last_mono) > SLEEP_JUMP_SECONDS
        self._last_wall, self._last_mono = now_wall, now_mono
        if slept:
            self.slept.emit()
        elif now_mono - self._last_activity >= self.limit_seconds:
            self.idle.emit()


def _first_receiver(watched: QObject) -> bool:
    """A key press reaches its window (QWindow) once, then the focused widget and each parent
    the widget passes it up to: count only the window's copy, which every press has."""
    return isinstance(watched, QWindow)


QUICK_EXIT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class QuickExitKeys(QObject):
    """Emits `triggered` on Ctrl+Shift+Q, or when Shift is pressed three times in a row within
    a short time, in any window of the application: the main window, the unlock screen, and
    every dialog (a window shortcut does not reach past a modal dialog).

    It is also the application's one always-on event filter for plain text (plain_text.guard):
    each application-wide Python filter costs a call for every event of every widget (a
    second one made 48,000 layout and paint events take 0.9 s longer), so there is one."""

    # Ctrl+Shift+Q, or Shift, Shift, Shift: leave now.
    triggered = Signal()

    WINDOW_SECONDS = 1.5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presses: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in plain_text.GUARDED_EVENTS:
            return plain_text.guard(watched, event)
        # The window test next: it is cheap, and most events (layout, paint) go to widgets.
        if not _first_receiver(watched) or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent) or event.isAutoRepeat():
            return False
        if event.key() == Qt.Key.Key_Q and event.modifiers() == QUICK_EXIT_MODIFIERS:
            self._presses.clear()
            self.triggered.emit()
            return True
        if event.key() != Qt.Key.Key_Shift:
            self._presses.clear()
            return False
        now = time.monotonic()
        self._presses = [t for t in self._presses if now - t <= self.WINDOW_SECONDS] + [now]
        if len(self._presses) >= 3:
            self._presses.clear()
            self.triggered.emit()
        return False


def take_down_windows(keep: list[QWidget]) -> list[EditorDialog]:
    """Take every window of the application but `keep` off the screen, in this event-loop
    turn: tooltips, menus and pop-ups, message boxes, file dialogs, every dialog. Editors on
    screen are hidden whole and returned (their text is kept as a draft by the caller, then
    emptied); every other dialog, shown or left over from earlier, is emptied and deleted."""
    QToolTip.hideText()
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    windows = [w for w in QApplication.topLevelWidgets() if w not in keep]
    on_screen = [w for w in windows if w.isVisible()]
    for widget in on_screen:  # hiding comes first: it is what the person needs at once
        widget.hide()
    editors = [w for w in on_screen if isinstance(w, EditorDialog)]
    for widget in windows:
        if not isinstance(widget, QDialog) or widget in editors or _holds_a_draft(widget):
            continue
        empty_inputs(widget)
        for label in widget.findChildren(QLabel):
            label.clear()
        widget.deleteLater()
    return editors


def _holds_a_draft(widget: QWidget) -> bool:
    """An editor hidden by an earlier lock: already empty, and filled again if taken back."""
    return isinstance(widget, EditorDialog) and widget.draft_id is not None
