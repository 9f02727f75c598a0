"""Alembic environment: migrations always run on a connection the planner hands in."""

from __future__ import annotations

from alembic import context

from planner.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
