"""What a use case changes, said by the core (as Anki's operations return `OpChanges`).

The window refreshes what shows a kind of data when that kind changed. Callers name the use
case (the service function they call), never the kinds: the map below knows what each one
writes, and what the database's cascades take with it (deleting a conversation deletes the
reminders about it, so the reminders change too).
"""

from __future__ import annotations

import enum
import functools
import operator
from collections.abc import Callable, Iterable


class Change(enum.Flag):
    CHILDREN = enum.auto()
    ADULTS = enum.auto()
    DEVICES = enum.auto()
    APPS = enum.auto()
    SETTINGS = enum.auto()
    RULES = enum.auto()
    CONVERSATIONS = enum.auto()
    CONCERNS = enum.auto()
    CONTACTS = enum.auto()
    REMINDERS = enum.auto()
    PLAN = enum.auto()  # the plan's details, preferences or protection


NOTHING = Change(0)
EVERYTHING = functools.reduce(operator.or_, Change, NOTHING)

UseCase = Callable[..., object]


def changes_of(use_cases: UseCase | Iterable[UseCase]) -> Change:
    """The kinds the use case (or each of several, done in one unit of work) changes."""
    cases = [use_cases] if callable(use_cases) else list(use_cases)
    known = _changes_by_use_case()
    unknown = [case for case in cases if case not in known]
    if unknown:
        raise KeyError(f"No changes are known for {unknown}: add them to planner.core.changes.")
    return functools.reduce(operator.or_, (known[case] for case in cases), NOTHING)


@functools.cache
def _changes_by_use_case() -> dict[UseCase, Change]:
    # The services are imported here, once asked: the window's first screen needs none of them.
    from planner.core import idle_lock
    from planner.core.services import (
        apps,
        children,
        concerns,
        contacts,
        conversations,
        plan,
        reminders,
        rules,
        suggestions,
    )

    # Everything about a child goes with it (ON DELETE CASCADE in planner.core.models).
    child_data = (
        Change.CHILDREN | Change.DEVICES | Change.APPS | Change.SETTINGS | Change.RULES
    ) | (Change.CONVERSATIONS | Change.CONCERNS | Change.REMINDERS)
    return {
        children.add_child: Change.CHILDREN,
        children.update_child: Change.CHILDREN,
        children.delete_child: child_data,
        children.add_adult: Change.ADULTS,
        children.update_adult: Change.ADULTS,
        children.delete_adult: Change.ADULTS,
        children.add_device: Change.DEVICES,
        children.update_device: Change.DEVICES,
        children.delete_device: Change.DEVICES,
        # A new app brings its recommended settings; a deleted one takes its settings and
        # every reminder about either, and its concerns lose the link to it (SET NULL).
        apps.add_app_use: Change.APPS | Change.SETTINGS,
        apps.update_app_use: Change.APPS,
        # What the family recorded an app allows: the overview's risk words follow it.
        apps.set_custom_app_capability: Change.APPS,
        apps.delete_app_use: Change.APPS | Change.SETTINGS | Change.REMINDERS | Change.CONCERNS,
        apps.add_setting: Change.SETTINGS,
        apps.update_setting: Change.SETTINGS,
        apps.delete_setting: Change.SETTINGS | Change.REMINDERS,
        rules.add_rule: Change.RULES,
        rules.set_agreed_on: Change.RULES,
        rules.delete_rule: Change.RULES,
        conversations.save_conversation: Change.CONVERSATIONS,
        conversations.delete_conversation: Change.CONVERSATIONS | Change.REMINDERS,
        concerns.save_concern: Change.CONCERNS,
        concerns.delete_concern: Change.CONCERNS | Change.REMINDERS,
        contacts.add_contact: Change.CONTACTS,
        contacts.update_contact: Change.CONTACTS,
        contacts.set_hidden: Change.CONTACTS,
        contacts.sync_builtin_contacts: Change.CONTACTS,
        contacts.delete_contact: Change.CONTACTS | Change.REMINDERS,
        reminders.add_reminder: Change.REMINDERS,
        reminders.update_reminder: Change.REMINDERS,
        reminders.complete: Change.REMINDERS,
        reminders.snooze: Change.REMINDERS,
        reminders.set_active: Change.REMINDERS,
        reminders.delete_reminder: Change.REMINDERS,
        suggestions.accept: Change.REMINDERS,
        suggestions.decline: Change.REMINDERS,
        # The country decides the built-in contacts (synced with the details).
        plan.update_details: Change.PLAN | Change.CONTACTS,
        plan.set_preference: Change.PLAN,
        idle_lock.set_idle_minutes: Change.PLAN,
    }
