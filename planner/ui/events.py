"""Change notifications: every view listens and decides for itself whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from planner.core.changes import EVERYTHING, NOTHING, Change

# What changed, as the `changed` signal carries it: the core's kinds (planner.core.changes).
CHILDREN = Change.CHILDREN
ADULTS = Change.ADULTS
DEVICES = Change.DEVICES
APPS = Change.APPS
SETTINGS = Change.SETTINGS
RULES = Change.RULES
CONVERSATIONS = Change.CONVERSATIONS
CONCERNS = Change.CONCERNS
CONTACTS = Change.CONTACTS
REMINDERS = Change.REMINDERS
PLAN = Change.PLAN
__all__ = ["EVERYTHING", "NOTHING", "Change", "AppEvents"]


class AppEvents(QObject):
    # Emitted after a user action committed: the kinds of data it changed (a Change).
    changed = Signal(Change)
    # Emitted when the plan was locked (views must forget everything they show).
    locked = Signal()
    # Emitted when a plan was opened or unlocked (views load again).
    unlocked = Signal()
    # A short message for the status bar and screen readers ("Conversation saved").
    announce = Signal(str)
