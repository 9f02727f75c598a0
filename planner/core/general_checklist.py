"""What to check on an app the planner does not know (one the family names itself).

The catalog's apps come with their own settings; an app typed by name gets these general
checks instead, so that it is never shown as if it were safe. They name no setting (the
planner cannot know an unknown app's menus): each says what to find out and what to do.
"""

from __future__ import annotations

from planner.core.i18n import mark, t

GENERAL_CHECKS = (
    mark("Find out who can send your child messages, and limit it to people they know."),
    mark("Find out whether strangers can find or see your child's profile; make it private."),
    mark("Find out whether the app shares your child's location, and turn that off."),
    mark("Find out whether the app has live video or voice chat, and who can join or watch."),
    mark("Learn together how to block and report someone in this app."),
)


def general_checks(lang: str) -> list[str]:
    """The general checks, in the plan's language, as they are written into a plan."""
    return [t(check, lang) for check in GENERAL_CHECKS]
