"""Recorded capabilities: what the family found out that an app added by name allows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Written out rather than imported: a migration must stay what it was when it shipped.
CAPABILITIES = (
    "private_messages",
    "contact_from_strangers",
    "location_sharing",
    "live_streaming",
    "voice_chat",
    "disappearing_messages",
    "gifts_or_currency",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def upgrade() -> None:
    op.create_table(
        "recorded_capability",
        sa.Column("app_use_id", sa.Integer(), nullable=False),
        sa.Column("capability", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            _in("capability", CAPABILITIES), name=op.f("ck_recorded_capability_capability")
        ),
        sa.CheckConstraint(
            _in("value", ("yes", "limited", "no")), name=op.f("ck_recorded_capability_value")
        ),
        sa.ForeignKeyConstraint(
            ["app_use_id"],
            ["app_use.id"],
            name=op.f("fk_recorded_capability_app_use_id_app_use"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("app_use_id", "capability", name=op.f("pk_recorded_capability")),
    )


def downgrade() -> None:
    op.drop_table("recorded_capability")
