"""The log of safety talks held with the children, newest first, searchable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import ConversationDTO
from planner.core.errors import ValidationError
from planner.core.services.common import get_or_fail
from planner.core.services.search import matching
from planner.core.services.validate import (
    ensure_room,
    ids_text,
    ids_tuple,
    not_future,
    optional_text,
)


def _filtered(child_id: int | None, query: str) -> Select[m.Conversation]:
    statement = select(m.Conversation)
    if child_id is not None:
        statement = statement.where(m.Conversation.children.any(m.Child.id == child_id))
    if query.strip():
        statement = statement.where(matching(m.Conversation.id, "conversation", query))
    return statement


def count_conversations(session: Session, child_id: int | None = None, query: str = "") -> int:
    inner = _filtered(child_id, query).with_only_columns(m.Conversation.id).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def list_conversations(
    session: Session,
    *,
    child_id: int | None = None,
    query: str = "",
    offset: int = 0,
    limit: int | None = None,
) -> list[ConversationDTO]:
    """Newest first; `offset`/`limit` let a view load a long log a page at a time."""
    statement = (
        _filtered(child_id, query)
        .options(selectinload(m.Conversation.children))
        .order_by(m.Conversation.held_on.desc(), m.Conversation.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [_conversation(row) for row in session.scalars(statement)]


def get_conversation(session: Session, conversation_id: int) -> ConversationDTO:
    return _conversation(get_or_fail(session, m.Conversation, conversation_id, "that conversation"))


def last_conversation_dates(session: Session) -> dict[int, dt.date]:
    """For each child, the date of the latest conversation they were part of."""
    link = m.conversation_child.c
    statement = (
        select(link.child_id, func.max(m.Conversation.held_on))
        .join(m.Conversation, m.Conversation.id == link.conversation_id)
        .group_by(link.child_id)
    )
    return {child_id: day for child_id, day in session.execute(statement)}


def save_conversation(
    session: Session,
    catalog: Catalog,
    *,
    conversation_id: int | None = None,
    held_on: dt.date,
    child_ids: Sequence[int],
    topics: Iterable[str] = (),
    said: str = "",
    child_wants: str = "",
    follow_up: str = "",
    follow_up_on: dt.date | None = None,
) -> ConversationDTO:
    """Add a conversation (no id) or replace the one with `conversation_id`."""
    if not child_ids:
        raise ValidationError("Choose at least one child who was part of the conversation.")
    unique_ids = list(dict.fromkeys(child_ids))  # a child picked twice is there once
    children = [get_or_fail(session, m.Child, child_id, "that child") for child_id in unique_ids]
    if conversation_id is None:
        ensure_room(session, m.Conversation, "conversations")
    row = (
        m.Conversation()
        if conversation_id is None
        else get_or_fail(session, m.Conversation, conversation_id, "that conversation")
    )
    row.held_on = not_future(held_on, "date of the conversation") or held_on
    row.children = children
    row.topics = ids_text(_known_topics(catalog, topics))
    row.said = optional_text(said, "what was said")
    row.child_wants = optional_text(child_wants, "what the child wants")
    row.follow_up = optional_text(follow_up, "the follow-up")
    row.follow_up_on = follow_up_on
    session.add(row)
    session.flush()
    return _conversation(row)


def delete_conversation(session: Session, conversation_id: int) -> None:
    session.delete(get_or_fail(session, m.Conversation, conversation_id, "that conversation"))
    session.flush()


def _known_topics(catalog: Catalog, topics: Iterable[str]) -> list[str]:
    known = {topic.id for topic in catalog.guidance.topics}
    chosen = list(topics)
    for topic in chosen:
        if topic not in known:
            raise ValidationError(
                "{topic} is not one of the conversation topics.", topic=repr(topic)
            )
    return chosen


def _conversation(row: m.Conversation) -> ConversationDTO:
    return ConversationDTO(
        id=row.id,
        held_on=row.held_on,
        child_ids=tuple(sorted(child.id for child in row.children)),
        topics=ids_tuple(row.topics),
        said=row.said,
        child_wants=row.child_wants,
        follow_up=row.follow_up,
        follow_up_on=row.follow_up_on,
    )
