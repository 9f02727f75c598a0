"""The first schema: plan, people, devices, app uses, settings, logs, contacts, reminders.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 06:54:11.830943
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adult",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("relationship", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('caregiver', 'trusted_adult')", name=op.f("ck_adult_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adult")),
    )
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nickname", sa.String(length=100), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("text_number", sa.String(length=40), nullable=False),
        sa.Column("web", sa.String(length=500), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("builtin_id", sa.String(length=100), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('emergency', 'police', 'hotline', 'platform', 'school', 'caseworker', 'trusted_adult', 'other')",
            name=op.f("ck_contact_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("builtin_id", name="uq_contact_builtin_id"),
    )
    op.create_table(
        "conversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("said", sa.Text(), nullable=False),
        sa.Column("child_wants", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation")),
    )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index("ix_conversation_held_on", ["held_on", "id"], unique=False)

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("mode IN ('home', 'shelter')", name=op.f("ck_plan_mode")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_table(
        "preference",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preference")),
    )
    op.create_table(
        "app_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("catalog_app_id", sa.String(length=100), nullable=True),
        sa.Column("custom_name", sa.String(length=100), nullable=True),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('active', 'stopped')", name=op.f("ck_app_use_status")),
        sa.CheckConstraint(
            "(catalog_app_id IS NULL) <> (custom_name IS NULL)",
            name=op.f("ck_app_use_catalog_or_custom"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_app_use_child_id_child"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_use")),
        sa.UniqueConstraint("child_id", "catalog_app_id", name="uq_app_use_child_catalog_app"),
    )
    with op.batch_alter_table("app_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_use_child_id"), ["child_id"], unique=False)

    op.create_table(
        "conversation_child",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_conversation_child_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_conversation_child_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", "child_id", name=op.f("pk_conversation_child")),
    )
    with op.batch_alter_table("conversation_child", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversation_child_child_id"), ["child_id"], unique=False
        )

    op.create_table(
        "device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('phone', 'tablet', 'computer', 'console', 'handheld_console', 'smart_speaker', 'smart_tv', 'webcam', 'smartwatch', 'vr_headset', 'other')",
            name=op.f("ck_device_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_device_child_id_child"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_child_id"), ["child_id"], unique=False)

    op.create_table(
        "household_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("guidance_item_id", sa.String(length=100), nullable=True),
        sa.Column("custom_text", sa.Text(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "(guidance_item_id IS NULL) <> (custom_text IS NULL)",
            name=op.f("ck_household_rule_guidance_or_custom"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_household_rule_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_rule")),
    )
    with op.batch_alter_table("household_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_rule_child_id"), ["child_id"], unique=False)

    op.create_table(
        "concern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("app_use_id", sa.Integer(), nullable=True),
        sa.Column("app_name", sa.String(length=100), nullable=False),
        sa.Column("other_username", sa.String(length=200), nullable=False),
        sa.Column("other_profile", sa.String(length=500), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("warning_signs", sa.Text(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("reported_to_platform", sa.Boolean(), nullable=False),
        sa.Column("platform_report_number", sa.String(length=100), nullable=False),
        sa.Column("cybertipline_report_number", sa.String(length=100), nullable=False),
        sa.Column("police_report_number", sa.String(length=100), nullable=False),
        sa.Column("other_action", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'watching', 'closed')", name=op.f("ck_concern_status")
        ),
        sa.ForeignKeyConstraint(
            ["app_use_id"],
            ["app_use.id"],
            name=op.f("fk_concern_app_use_id_app_use"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_concern_child_id_child"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern")),
    )
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concern_app_use_id"), ["app_use_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_child_id"), ["child_id"], unique=False)
        batch_op.create_index("ix_concern_occurred_on", ["occurred_on", "id"], unique=False)

    op.create_table(
        "setting_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("app_use_id", sa.Integer(), nullable=False),
        sa.Column("catalog_setting_id", sa.String(length=150), nullable=True),
        sa.Column("custom_title", sa.String(length=200), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("last_checked", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "state IN ('to_discuss', 'agreed', 'in_place', 'not_applicable', 'declined')",
            name=op.f("ck_setting_agreement_state"),
        ),
        sa.CheckConstraint(
            "(catalog_setting_id IS NULL) <> (custom_title IS NULL)",
            name=op.f("ck_setting_agreement_catalog_or_custom"),
        ),
        sa.ForeignKeyConstraint(
            ["app_use_id"],
            ["app_use.id"],
            name=op.f("fk_setting_agreement_app_use_id_app_use"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting_agreement")),
        sa.UniqueConstraint(
            "app_use_id", "catalog_setting_id", name="uq_setting_agreement_app_use_setting"
        ),
    )
    with op.batch_alter_table("setting_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_setting_agreement_app_use_id"), ["app_use_id"], unique=False
        )

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("next_due", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("app_use_id", sa.Integer(), nullable=True),
        sa.Column("setting_agreement_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("concern_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(child_id IS NOT NULL) + (app_use_id IS NOT NULL) + (setting_agreement_id IS NOT NULL) + (contact_id IS NOT NULL) + (conversation_id IS NOT NULL) + (concern_id IS NOT NULL) <= 1",
            name=op.f("ck_reminder_one_subject"),
        ),
        sa.ForeignKeyConstraint(
            ["app_use_id"],
            ["app_use.id"],
            name=op.f("fk_reminder_app_use_id_app_use"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_reminder_child_id_child"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concern.id"],
            name=op.f("fk_reminder_concern_id_concern"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_reminder_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_reminder_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["setting_agreement_id"],
            ["setting_agreement.id"],
            name=op.f("fk_reminder_setting_agreement_id_setting_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_app_use_id"), ["app_use_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_concern_id"), ["concern_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reminder_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_index("ix_reminder_due", ["active", "next_due"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reminder_setting_agreement_id"), ["setting_agreement_id"], unique=False
        )

    op.create_table(
        "reminder_completion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('done', 'skipped')", name=op.f("ck_reminder_completion_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminder.id"],
            name=op.f("fk_reminder_completion_reminder_id_reminder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_completion")),
    )
    with op.batch_alter_table("reminder_completion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_completion_reminder_id"), ["reminder_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reminder_completion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_completion_reminder_id"))

    op.drop_table("reminder_completion")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_setting_agreement_id"))
        batch_op.drop_index("ix_reminder_due")
        batch_op.drop_index(batch_op.f("ix_reminder_conversation_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_contact_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_concern_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_child_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_app_use_id"))

    op.drop_table("reminder")
    with op.batch_alter_table("setting_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_setting_agreement_app_use_id"))

    op.drop_table("setting_agreement")
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_index("ix_concern_occurred_on")
        batch_op.drop_index(batch_op.f("ix_concern_child_id"))
        batch_op.drop_index(batch_op.f("ix_concern_app_use_id"))

    op.drop_table("concern")
    with op.batch_alter_table("household_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_rule_child_id"))

    op.drop_table("household_rule")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_child_id"))

    op.drop_table("device")
    with op.batch_alter_table("conversation_child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_child_child_id"))

    op.drop_table("conversation_child")
    with op.batch_alter_table("app_use", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_use_child_id"))

    op.drop_table("app_use")
    op.drop_table("preference")
    op.drop_table("plan")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_held_on")

    op.drop_table("conversation")
    op.drop_table("contact")
    op.drop_table("child")
    op.drop_table("adult")
