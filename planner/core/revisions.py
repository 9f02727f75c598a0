"""The plan schema revisions this version of the planner knows, oldest first.

A light module (no database, no Alembic) so that checking a file's revision imports nothing
heavy. A test checks that the last one is Alembic's head, so opening a current plan never has
to import Alembic.
"""

from __future__ import annotations

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
SCHEMA_REVISION = KNOWN_REVISIONS[-1]
