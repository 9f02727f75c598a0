"""Say a short message to screen readers: a saved change, an error, due reminders, a lock.

Qt (6.8 and later) passes an announcement event on to the platform's assistive technology
(AT-SPI on Linux, UI Automation on Windows, VoiceOver on macOS) without moving the focus.
The message is spoken exactly as given: like a notification, it must name no child and
hold no plan content beyond what the window already shows.

Imports only Qt: the unlock screen uses it before the database layer is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


class Announcer(QObject):
    # A message was handed to screen readers: the words, and whether it interrupts (errors).
    announced = Signal(str, bool)

    def say(self, source: QObject, message: str, *, urgent: bool = False) -> None:
        """Speak `message` on behalf of `source`, a widget on screen (its window speaks).

        Polite messages wait until the screen reader is quiet; urgent ones interrupt it.
        """
        if not message.strip():
            return
        event = QAccessibleAnnouncementEvent(source, message)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        self.announced.emit(message, urgent)


# One voice for the whole process, as there is one screen reader listening.
announcer = Announcer()
