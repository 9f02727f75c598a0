"""Change notifications: every view listens and decides for itself whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# What changed, as the `changed` signal names it.
CHILDREN = "children"
ADULTS = "adults"
DEVICES = "devices"
APPS = "apps"
SETTINGS = "settings"
RULES = "rules"
CONVERSATIONS = "conversations"
CONCERNS = "concerns"
CONTACTS = "contacts"
REMINDERS = "reminders"
PLAN = "plan"
EVERYTHING = frozenset(
    {CHILDREN, ADULTS, DEVICES, APPS, SETTINGS, RULES, CONVERSATIONS, CONCERNS, CONTACTS}
    | {REMINDERS, PLAN}
)


class AppEvents(QObject):
    # Emitted after a user action committed: the kinds of data it changed.
    changed = Signal(frozenset)
    # Emitted when the plan was locked (views must forget everything they show).
    locked = Signal()
    # Emitted when a plan was opened or unlocked (views load again).
    unlocked = Signal()
    # A short message for the status bar and screen readers ("Conversation saved").
    announce = Signal(str)
