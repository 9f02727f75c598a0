"""Drafts kept inside the plan: what was typed comes back as it was, and only from the plan."""

from __future__ import annotations

from planner.core.services import drafts
from planner.core.services.drafts import DraftField
from tests.conftest import reopened


def test_a_draft_comes_back_after_the_plan_is_closed_and_opened(plan):
    fields = [
        DraftField("0:QLineEdit", "Nickname", "Robin"),
        DraftField("1:QSpinBox", "Birth year", 2014),
        DraftField("2:QPlainTextEdit", "Notes", "is at the Elm St shelter, room 12\nsecond line"),
        DraftField("3:CheckList", "Children who took part", [1, 3]),
        DraftField("4:QCheckBox", "On a date", True),
    ]
    with plan.unit_of_work() as session:
        kept = drafts.keep_draft(session, "ChildEditor", "Add a child", fields)
    plan = reopened(plan)
    with plan.unit_of_work() as session:
        (draft,) = drafts.list_drafts(session)
    assert draft.id == kept.id
    assert (draft.editor, draft.title) == ("ChildEditor", "Add a child")
    assert list(draft.fields) == fields
    assert draft.typed_text() == [
        ("Nickname", "Robin"),
        ("Notes", "is at the Elm St shelter, room 12\nsecond line"),
    ]
    plan.close()


def test_a_discarded_draft_is_gone(plan):
    with plan.unit_of_work() as session:
        kept = drafts.keep_draft(session, "ContactEditor", "Add a contact", [])
    with plan.unit_of_work() as session:
        drafts.discard_draft(session, kept.id)
        drafts.discard_draft(session, kept.id)  # twice is fine: already gone
    with plan.unit_of_work() as session:
        assert drafts.list_drafts(session) == []
        assert drafts.get_draft(session, kept.id) is None
