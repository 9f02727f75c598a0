"""Full-text search over conversations and concerns (SQLite FTS5, kept in step by triggers).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 07:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# External-content FTS tables: the text lives once, in the real tables; the index follows it.
INDEXED = {
    "conversation": ("topics", "said", "child_wants", "follow_up"),
    "concern": (
        "app_name",
        "other_username",
        "other_profile",
        "what_happened",
        "other_action",
        "platform_report_number",
        "cybertipline_report_number",
        "police_report_number",
    ),
}


def _statements(table: str, columns: tuple[str, ...]) -> list[str]:
    fts = f"{table}_fts"
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{column}" for column in columns)
    old_values = ", ".join(f"old.{column}" for column in columns)
    delete_row = (
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old_values});"
    )
    insert_row = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new_values});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id',"
        " tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert_row} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete_row} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
        f"{delete_row} {insert_row} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for table, columns in INDEXED.items():
        for statement in _statements(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in INDEXED:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
