"""Drafts: what was half typed in an editor when the plan locked, kept inside the plan.

A draft is written only into the plan itself (encrypted when the plan is), never to a file
beside it, and it is offered back after the next unlock. Field values are the editor's own
(text, a number, a tick, a list of ticks); labels are what the person saw beside each field,
so a draft can be shown even when the editor it came from cannot be opened again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from planner.core.errors import ValidationError
from planner.core.models import Draft
from planner.core.services.validate import MAX_LONG_TEXT, MAX_SHORT_TEXT

FieldValue = str | int | bool | list[int]
# An editor has a dozen fields; a draft holding more than this is not from the window.
MAX_FIELDS = 200


@dataclass(frozen=True, slots=True)
class DraftField:
    key: str
    label: str
    value: FieldValue


@dataclass(frozen=True, slots=True)
class DraftDTO:
    id: int
    editor: str
    title: str
    fields: tuple[DraftField, ...]
    saved_at: dt.datetime

    def typed_text(self) -> list[tuple[str, str]]:
        """(label, text) of each field that holds written text, in the editor's order."""
        return [
            (field.label, field.value)
            for field in self.fields
            if isinstance(field.value, str) and field.value.strip()
        ]


def keep_draft(session: Session, editor: str, title: str, fields: list[DraftField]) -> DraftDTO:
    if len(fields) > MAX_FIELDS:
        raise ValidationError("A draft holds at most {count} fields.", count=MAX_FIELDS)
    for field in fields:
        if isinstance(field.value, str) and len(field.value) > MAX_LONG_TEXT:
            raise ValidationError(
                "A draft's text is at most {count} characters.", count=f"{MAX_LONG_TEXT:,}"
            )
    row = Draft(
        editor=editor[:100],
        title=title[:MAX_SHORT_TEXT],
        fields=json.dumps([[f.key, f.label, f.value] for f in fields], ensure_ascii=False),
    )
    session.add(row)
    session.flush()
    return _dto(row)


def list_drafts(session: Session) -> list[DraftDTO]:
    rows = session.scalars(select(Draft).order_by(Draft.saved_at, Draft.id))
    return [_dto(row) for row in rows]


def get_draft(session: Session, draft_id: int) -> DraftDTO | None:
    row = session.get(Draft, draft_id)
    return None if row is None else _dto(row)


def discard_draft(session: Session, draft_id: int) -> None:
    """Forget a draft (saved, discarded, or kept again under a new id); gone is fine."""
    session.execute(delete(Draft).where(Draft.id == draft_id))


def _dto(row: Draft) -> DraftDTO:
    return DraftDTO(
        id=row.id,
        editor=row.editor,
        title=row.title,
        fields=tuple(_fields(row.fields)),
        saved_at=row.saved_at,
    )


def _fields(stored: str) -> list[DraftField]:
    """The stored fields; anything unreadable is left out rather than failing the unlock."""
    try:
        items = json.loads(stored)
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    return [
        DraftField(str(item[0]), str(item[1]), item[2])
        for item in items
        if isinstance(item, list) and len(item) == 3 and _is_value(item[2])
    ]


def _is_value(value: object) -> bool:
    if isinstance(value, list):
        return all(isinstance(v, int) for v in value)
    return isinstance(value, str | int | bool)
