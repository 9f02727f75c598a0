"""The adults' private log in the family plan, printed only when asked for: the conversations
held and the concerns recorded, every entry of each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.core.catalog import Catalog
from planner.core.i18n import mark, t
from planner.core.services import apps, concerns, conversations
from planner.core.services.apps import app_display_name

STATUS_WORDS = {"open": mark("Open"), "watching": mark("Watching"), "closed": mark("Closed")}


@dataclass(frozen=True, slots=True)
class ConversationRow:
    held_on: dt.date
    children: str
    topics: str
    said: str
    child_wants: str
    follow_up: str


@dataclass(frozen=True, slots=True)
class ConcernRow:
    occurred_on: dt.date
    child: str
    app: str
    other_username: str
    what_happened: str
    signs: str
    actions: str
    report_numbers: str
    status: str


def conversation_rows(
    session: Session, catalog: Catalog, names: dict[int, str], lang: str
) -> Iterable[ConversationRow]:
    topics = {topic.id: topic.title.get(lang) for topic in catalog.guidance.topics}
    for talk in conversations.list_conversations(session):
        yield ConversationRow(
            held_on=talk.held_on,
            children=", ".join(names[child_id] for child_id in talk.child_ids),
            topics=", ".join(topics.get(topic, topic) for topic in talk.topics),
            said=talk.said,
            child_wants=talk.child_wants,
            follow_up=talk.follow_up,
        )


def concern_rows(
    session: Session, catalog: Catalog, names: dict[int, str], lang: str
) -> Iterable[ConcernRow]:
    signs = {sign.id: sign.title.get(lang) for sign in catalog.guidance.signs}
    uses = {use.id: use for use in apps.list_app_uses(session)}
    for concern in concerns.list_concerns(session):
        use = uses.get(concern.app_use_id or 0)
        done = [
            (t("Blocked", lang), concern.blocked),
            (t("Reported to the app", lang), concern.reported_to_platform),
        ]
        actions = [label for label, happened in done if happened] + _nonblank(
            [concern.other_action]
        )
        numbers = [
            (t("App report", lang), concern.platform_report_number),
            ("CyberTipline", concern.cybertipline_report_number),
            (t("Police", lang), concern.police_report_number),
        ]
        yield ConcernRow(
            occurred_on=concern.occurred_on,
            child=names[concern.child_id],
            app=app_display_name(catalog, use, lang) if use else concern.app_name,
            other_username=concern.other_username,
            what_happened=concern.what_happened,
            signs=", ".join(signs.get(sign, sign) for sign in concern.warning_signs),
            actions="; ".join(actions),
            report_numbers="; ".join(f"{label}: {number}" for label, number in numbers if number),
            status=t(STATUS_WORDS[concern.status], lang),
        )


def _nonblank(texts: Iterable[str]) -> list[str]:
    return [text for text in texts if text.strip()]
