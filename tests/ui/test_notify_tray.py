"""The tray branch of the notifier, run for real: a real QSystemTrayIcon, built offscreen.

The offscreen platform has no tray, so the notifier is told one exists (its `tray_available`
check); everything after that is the code a desktop with a tray runs.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from planner.core.services import reminders
from planner.ui.context import AppContext
from planner.ui.notify import ReminderNotifier
from planner.ui.ops import Ops

NOW = dt.datetime.combine(dt.date.today(), dt.time(12, 0))


# The offscreen platform's native interface has no tray signal for Qt to connect to.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_due_reminders_show_a_neutral_tray_icon_that_goes_when_none_are_due(
    qtbot: QtBot, ui_context: AppContext, ops: Ops
) -> None:
    notifier = ReminderNotifier(ui_context, ops, clock=lambda: NOW)
    notifier.tray_available = lambda: True
    with qtbot.waitSignal(notifier.notice) as notice:
        notifier.start()
    tray = notifier.tray
    assert isinstance(tray, QSystemTrayIcon)
    assert tray.isVisible()
    assert tray.toolTip() == "Planner"  # nothing about the plan where others can see it
    assert not tray.icon().isNull()
    assert notice.args == ["2 reminders are due"]

    def finish_all(session):
        for due in reminders.due_reminders(session, NOW):
            reminders.complete(session, due.id, NOW)

    ops.run(finish_all, reminders.complete)
    assert notifier.due == 0
    assert not tray.isVisible()
    notifier.stop()
