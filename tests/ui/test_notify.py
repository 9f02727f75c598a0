"""Due-reminder notices: neutral words only, and a check at once after the computer slept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QSystemTrayIcon

from planner.core.services import children, reminders
from planner.ui.notify import SLEEP_GAP, ReminderBanner, ReminderNotifier

NOW = dt.datetime.combine(dt.date.today(), dt.time(12, 0))


class Clock:
    """The wall clock the notifier reads, moved by the test instead of waiting."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def make(qtbot, ui_context, ops, clock):
    notifier = ReminderNotifier(ui_context, ops, clock=clock)
    banner = ReminderBanner(ui_context)
    qtbot.addWidget(banner)
    banner.connect_to(notifier)
    banner.show()
    return notifier, banner


def private_words(ops) -> list[str]:
    def read(session):
        names = [child.nickname for child in children.list_children(session)]
        return names + [r.title for r in reminders.list_reminders(session)]

    return ops.read(read, [])


def test_banner_and_tray_texts_name_nothing_but_the_number(qtbot, ui_context, ops):
    notifier, banner = make(qtbot, ui_context, ops, Clock(NOW))
    announced: list[str] = []
    ui_context.events.announce.connect(announced.append)
    with qtbot.waitSignal(notifier.notice) as notice:
        notifier.start()
    texts = [notice.args[0], banner.label.text(), banner.accessibleName(), *announced]
    assert set(texts) == {"2 reminders are due"}
    secrets = private_words(ops)
    assert {"Maya", "Leo"} <= set(secrets)
    for text in texts:
        assert not any(secret.casefold() in text.casefold() for secret in secrets)


def test_the_tray_is_used_only_where_a_tray_exists(qtbot, ui_context, ops):
    notifier, _banner = make(qtbot, ui_context, ops, Clock(NOW))
    notifier.start()
    if not QSystemTrayIcon.isSystemTrayAvailable():  # the offscreen test platform has none
        assert notifier.tray is None


def test_waking_from_sleep_checks_at_once_and_tells_again(qtbot, ui_context, ops):
    clock = Clock(NOW)
    notifier, banner = make(qtbot, ui_context, ops, clock)
    notifier.start()
    notices: list[str] = []
    notifier.notice.connect(notices.append)
    clock.now += dt.timedelta(minutes=1)
    notifier.tick()
    assert notices == []  # an ordinary minute: nothing new to say
    clock.now += SLEEP_GAP + dt.timedelta(hours=3)
    notifier.timer.setInterval(5)  # let the real timer deliver the next tick
    with qtbot.waitSignal(notifier.woke, timeout=2000):
        pass
    notifier.timer.stop()
    assert notifier.last_checked == clock.now
    assert notices == ["2 reminders are due"]
    assert banner.isVisible()


def test_a_reminder_that_fell_due_during_sleep_is_found_on_waking(qtbot, ui_context, ops):
    clock = Clock(NOW)
    soon = NOW + dt.timedelta(hours=2)
    data = reminders.ReminderInput(title="Call the school", rule="", starts_at=soon)
    ops.run(lambda s: reminders.add_reminder(s, data), reminders.add_reminder)
    notifier, banner = make(qtbot, ui_context, ops, clock)
    notifier.start()
    assert notifier.due == 2
    clock.now = NOW + dt.timedelta(hours=9)
    with qtbot.waitSignal(notifier.due_changed) as changed:
        notifier.tick()
    assert changed.args == [3]
    assert banner.label.text() == "3 reminders are due"


def test_stopping_on_lock_hides_the_banner_and_stops_the_timer(qtbot, ui_context, ops):
    notifier, banner = make(qtbot, ui_context, ops, Clock(NOW))
    notifier.start()
    assert notifier.timer.isActive() and banner.isVisible()
    ui_context.events.locked.emit()
    assert not notifier.timer.isActive()
    assert not banner.isVisible() and banner.label.text() == ""
    assert notifier.due == 0
