"""Small helpers shared by the service modules."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from planner.core.errors import ValidationError
from planner.core.models import Base

Model = TypeVar("Model", bound=Base)


def get_or_fail(session: Session, model: type[Model], row_id: int, label: str) -> Model:
    """The row, or a ValidationError: the item was deleted meanwhile (another view, undo...).

    `label` names the item with its demonstrative ("that child", "that app"): Spanish says
    "ese" or "esa" by the noun, so the two are translated together."""
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError("{label} no longer exists in this plan.", label=label)
    return row
