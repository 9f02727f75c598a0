"""Reminders the planner suggests; the person accepts, edits or declines each one.

The `for_*` functions are pure functions of DTOs; `pending` gathers them for a whole plan,
`accept` saves one and `decline` remembers (inside the plan) not to offer it again. Titles of
follow-ups stay neutral ("Follow up on a concern"): a reminder can show in a notification or a
calendar that someone else sees.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import AppUseDTO, ChildDTO, ConcernDTO, ConversationDTO, ReminderDTO
from planner.core.i18n import ENGLISH, mark, t
from planner.core.recurrence import ONCE, preset_for, rule_for_preset
from planner.core.services import apps, children, concerns, conversations, reminders
from planner.core.services.plan import get_details, get_preference, set_preference

# Early evening: after school and work, before bedtime.
DEFAULT_TIME = dt.time(18, 0)
# Titles are written in the plan's language: an accepted one becomes a reminder, and is exported.
PLAN_REVIEW_TITLE = mark("Review the family safety plan together")
# Preference holding the declined suggestions, as a JSON list of keys (see `_declined_key`).
DECLINED_PREFERENCE = "declined_reminder_suggestions"
# As long as the reminder editor lets a title be.
TITLE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class SuggestedReminder:
    """A reminder to propose. `preset` is a key of PRESETS, or None for a custom `rule`.

    The window edits one with `dataclasses.replace` before accepting it.
    """

    title: str
    preset: str | None
    rule: str
    starts_at: dt.datetime
    app_use_id: int | None = None
    conversation_id: int | None = None
    concern_id: int | None = None


def for_new_app(
    use: AppUseDTO,
    child: ChildDTO,
    catalog: Catalog,
    existing: Sequence[ReminderDTO],
    today: dt.date,
    lang: str = ENGLISH,
) -> list[SuggestedReminder]:
    """A friends-and-followers review every 2 weeks and a privacy re-check every 3 months."""
    app = apps.app_display_name(catalog, use, lang)
    review = t("Review friends and followers on {app} with {name}", lang)
    return _not_planned(
        [
            _suggest(
                review.format(app=app, name=child.nickname),
                "every-2-weeks",
                today + dt.timedelta(weeks=2),
                app_use_id=use.id,
            ),
            _suggest(
                t("Re-check privacy settings on {app}", lang).format(app=app),
                "every-3-months",
                today + relativedelta(months=3),
                app_use_id=use.id,
            ),
        ],
        existing,
    )


def for_conversation(
    conversation: ConversationDTO,
    existing: Sequence[ReminderDTO],
    today: dt.date,
    lang: str = ENGLISH,
    names: Sequence[str] = (),
) -> list[SuggestedReminder]:
    """One reminder on the follow-up date, if there is one still to come; it says what to
    follow up and with whom (`names`: the children the talk was with), as the log has it."""
    day = conversation.follow_up_on
    if day is None or day < today:
        return []
    title = _follow_up_title(conversation.follow_up, names, lang)
    suggestion = _suggest(title, ONCE, day, conversation_id=conversation.id)
    return _not_planned([suggestion], existing)


def _follow_up_title(what: str, names: Sequence[str], lang: str) -> str:
    who = ", ".join(names)
    what = " ".join(what.split())  # one line, as a reminder's title is shown
    if who and what:
        title = t("Follow up with {names}: {what}", lang).format(names=who, what=what)
    elif who:
        title = t("Follow up on a safety talk with {names}", lang).format(names=who)
    else:
        title = t("Follow up on a safety talk", lang)
    return title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"


def for_concern(
    concern: ConcernDTO, existing: Sequence[ReminderDTO], today: dt.date, lang: str = ENGLISH
) -> list[SuggestedReminder]:
    """One reminder on the follow-up date of a concern that is not closed."""
    day = concern.follow_up_on
    if day is None or day < today or concern.status == "closed":
        return []
    suggestion = _suggest(t("Follow up on a concern", lang), ONCE, day, concern_id=concern.id)
    return _not_planned([suggestion], existing)


def follow_up_for(
    session: Session, kind: str, entry_id: int, today: dt.date, lang: str = ENGLISH
) -> SuggestedReminder | None:
    """The reminder to offer after a conversation or concern with a follow-up date was saved:
    None when its date has passed, the concern is closed, or a reminder already covers it."""
    existing = reminders.list_reminders(session)
    if kind == "conversation":
        conversation = conversations.get_conversation(session, entry_id)
        kids = {kid.id: kid.nickname for kid in children.list_children(session)}
        names = [kids[kid] for kid in conversation.child_ids if kid in kids]
        found = for_conversation(conversation, existing, today, lang, names)
    else:
        found = for_concern(concerns.get_concern(session, entry_id), existing, today, lang)
    return found[0] if found else None


def for_household(
    existing: Sequence[ReminderDTO], today: dt.date, lang: str = ENGLISH
) -> list[SuggestedReminder]:
    """A plan review together every 6 months, unless the household already has one."""
    title = t(PLAN_REVIEW_TITLE, lang)
    review = _suggest(title, "every-6-months", today + relativedelta(months=6))
    return _not_planned([review], existing)


def pending(session: Session, catalog: Catalog, today: dt.date) -> list[SuggestedReminder]:
    """Every suggestion still open in the plan: not covered by a reminder, not declined."""
    existing = reminders.list_reminders(session)
    lang = get_details(session).language
    found = [
        *for_household(existing, today, lang),
        *_for_apps(session, catalog, existing, today, lang),
        *_for_follow_ups(session, existing, today, lang),
    ]
    declined = _declined(session)
    return [suggestion for suggestion in found if _declined_key(suggestion) not in declined]


def decline(session: Session, suggestion: SuggestedReminder) -> None:
    """Remember the person's "no", so that `pending` does not offer it again."""
    keys = _declined(session) | {_declined_key(suggestion)}
    set_preference(session, DECLINED_PREFERENCE, json.dumps(sorted(keys)))


def accept(session: Session, suggestion: SuggestedReminder) -> ReminderDTO:
    """Save a suggestion as shown, or as the person edited it."""
    rule = suggestion.rule
    if suggestion.preset is not None:
        # An edited start must re-anchor the preset (month ends, 29 February).
        rule = rule_for_preset(suggestion.preset, suggestion.starts_at)
    data = reminders.ReminderInput(
        title=suggestion.title,
        rule=rule,
        starts_at=suggestion.starts_at,
        app_use_id=suggestion.app_use_id,
        conversation_id=suggestion.conversation_id,
        concern_id=suggestion.concern_id,
    )
    return reminders.add_reminder(session, data)


def _suggest(
    title: str,
    preset: str,
    day: dt.date,
    *,
    app_use_id: int | None = None,
    conversation_id: int | None = None,
    concern_id: int | None = None,
) -> SuggestedReminder:
    starts_at = dt.datetime.combine(day, DEFAULT_TIME)
    return SuggestedReminder(
        title=title,
        preset=preset,
        rule=rule_for_preset(preset, starts_at),
        starts_at=starts_at,
        app_use_id=app_use_id,
        conversation_id=conversation_id,
        concern_id=concern_id,
    )


def _for_apps(
    session: Session,
    catalog: Catalog,
    existing: Sequence[ReminderDTO],
    today: dt.date,
    lang: str,
) -> list[SuggestedReminder]:
    kids = {child.id: child for child in children.list_children(session)}
    found: list[SuggestedReminder] = []
    for use in apps.list_app_uses(session):
        if use.status == "active":
            found += for_new_app(use, kids[use.child_id], catalog, existing, today, lang)
    return found


def _for_follow_ups(
    session: Session, existing: Sequence[ReminderDTO], today: dt.date, lang: str
) -> list[SuggestedReminder]:
    # Only the few rows with a follow-up still to come: a long log is not read whole.
    talks = select(m.Conversation.id).where(m.Conversation.follow_up_on >= today)
    worries = select(m.Concern.id).where(m.Concern.follow_up_on >= today)
    found: list[SuggestedReminder] = []
    nicknames = {kid.id: kid.nickname for kid in children.list_children(session)}
    for talk_id in session.scalars(talks.order_by(m.Conversation.follow_up_on)):
        talk = conversations.get_conversation(session, talk_id)
        names = [nicknames[kid] for kid in talk.child_ids if kid in nicknames]
        found += for_conversation(talk, existing, today, lang, names)
    for concern_id in session.scalars(worries.order_by(m.Concern.follow_up_on)):
        found += for_concern(concerns.get_concern(session, concern_id), existing, today, lang)
    return found


def _not_planned(
    suggestions: Iterable[SuggestedReminder], existing: Sequence[ReminderDTO]
) -> list[SuggestedReminder]:
    return [s for s in suggestions if not any(_covers(r, s) for r in existing)]


def _covers(reminder: ReminderDTO, suggestion: SuggestedReminder) -> bool:
    """An active reminder about the same thing with the same title, or with the same repeat
    (so that a renamed reminder still counts)."""
    if not reminder.active or _subject(reminder) != _subject(suggestion):
        return False
    same_title = reminder.title.casefold() == suggestion.title.casefold()
    return same_title or preset_for(reminder.rrule, reminder.starts_at) == suggestion.preset


def _subject(item: SuggestedReminder | ReminderDTO) -> tuple[int | None, ...]:
    """What it is about: all None for the household."""
    return tuple(getattr(item, name, None) for name in reminders.SUBJECTS)


def _declined_key(suggestion: SuggestedReminder) -> str:
    return json.dumps([suggestion.title.casefold(), *_subject(suggestion)])


def _declined(session: Session) -> set[str]:
    return set(json.loads(get_preference(session, DECLINED_PREFERENCE, "[]")))
