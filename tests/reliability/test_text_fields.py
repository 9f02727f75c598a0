"""Awkward text in every text field: control characters, right-to-left text, emoji, markup.

What a person typed is kept exactly, except control characters (other than line breaks and
tabs), which are dropped. Exports show it as text: escaped in HTML, intact in the PDF. A note over
the documented limit (validate.MAX_LONG_TEXT, 1,000,000 characters) is refused with a message,
and a full disk refuses a change without harming the plan.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from markupsafe import escape

from planner.core.errors import FileSystemError, ValidationError
from planner.core.export.html import render_html
from planner.core.export.summary import family_summary
from planner.core.plans import PlanFile
from planner.core.services import (
    apps,
    children,
    concerns,
    contacts,
    conversations,
    reminders,
    rules,
)
from planner.core.services.plan import NewPlan, get_details, update_details
from planner.core.services.validate import MAX_LONG_TEXT
from tests.pdfs import pdf_text
from tests.reliability.conftest import MountRefusedError, fill_up, small_disk

# Typed: a NUL, a bell, an escape and a DEL (dropped); Hebrew with embedding marks, emoji with a
# skin tone, and markup (kept as text).
TYPED = "\x00Zoë\x07 👧🏽🙂 \u202bשלום\u202c <b>&amp;\x1b</b>\x7f"
KEPT = "Zoë 👧🏽🙂 \u202bשלום\u202c <b>&amp;</b>"
DAY = dt.date(2026, 1, 10)


def fill_every_text_field(plan: PlanFile, catalog) -> None:
    with plan.unit_of_work() as s:
        update_details(s, NewPlan(name=TYPED, country="US"), catalog)
        kid = children.add_child(s, TYPED, 2014, notes=TYPED)
        children.add_adult(s, TYPED, TYPED, phone=TYPED, notes=TYPED)
        children.add_device(s, kid.id, "phone", name=TYPED, notes=TYPED)
        use = apps.add_app_use(
            s, catalog, kid.id, custom_name=TYPED, handle=TYPED, purpose=TYPED,
            propose_settings=False,  # only the one setting typed below, not the general checks
        )  # fmt: skip
        apps.update_app_use(
            s, use.id, handle=TYPED, purpose=TYPED, agreed_on=DAY, status="active", notes=TYPED
        )
        apps.add_setting(s, catalog, use.id, custom_title=TYPED, notes=TYPED)
        rules.add_rule(s, catalog, kid.id, custom_text=TYPED)
        conversations.save_conversation(
            s, catalog, held_on=DAY, child_ids=[kid.id], said=TYPED, child_wants=TYPED,
            follow_up=TYPED,
        )  # fmt: skip
        concerns.save_concern(s, catalog, concerns.ConcernInput(
            occurred_on=DAY, child_id=kid.id, what_happened=TYPED, app_use_id=use.id,
            app_name=TYPED, other_username=TYPED, other_profile=TYPED,
            platform_report_number=TYPED, cybertipline_report_number=TYPED,
            police_report_number=TYPED, other_action=TYPED,
        ))  # fmt: skip
        contacts.add_contact(s, contacts.ContactInput(
            kind="trusted_adult", name=TYPED, phone=TYPED, text_number=TYPED, web=TYPED,
            hours=TYPED, languages=TYPED, notes=TYPED,
        ))  # fmt: skip
        reminders.add_reminder(s, reminders.ReminderInput(
            title=TYPED, rule="FREQ=WEEKLY", starts_at=dt.datetime(2026, 1, 12, 18, 0)
        ))  # fmt: skip


def saved_texts(plan: PlanFile) -> dict[str, str]:
    """Every text field written above, read back through the services."""
    with plan.unit_of_work() as s:
        kid = next(c for c in children.list_children(s) if c.birth_year == 2014 and c.notes)
        adult = next(a for a in children.list_adults(s) if a.notes)
        (device,) = [d for d in children.list_devices(s, kid.id)]
        (use,) = apps.list_app_uses(s, kid.id)
        (setting,) = apps.list_settings(s, use.id)
        (rule,) = rules.list_rules(s, kid.id)
        (talk,) = conversations.list_conversations(s, child_id=kid.id)
        (concern,) = concerns.list_concerns(s, child_id=kid.id)
        contact = next(c for c in contacts.list_contacts(s) if c.kind == "trusted_adult")
        reminder = next(r for r in reminders.list_reminders(s) if r.rrule == "FREQ=WEEKLY")
        rows = {
            "plan": get_details(s),
            "child": kid,
            "adult": adult,
            "device": device,
            "app": use,
            "setting": setting,
            "rule": rule,
            "conversation": talk,
            "concern": concern,
            "contact": contact,
            "reminder": reminder,
        }
    return {
        f"{kind}.{name}": value
        for kind, row in rows.items()
        for name in row.__slots__  # type: ignore[attr-defined]
        if isinstance(value := getattr(row, name), str) and value not in ("", "US", "en")
        and name not in ("kind", "role", "status", "state", "mode", "rrule", "catalog_app_id")
    }  # fmt: skip


def test_every_text_field_keeps_what_was_typed_but_control_characters(empty_plan_path, catalog):
    with PlanFile.open(empty_plan_path) as plan:
        fill_every_text_field(plan, catalog)
    with PlanFile.open(empty_plan_path) as plan:
        texts = saved_texts(plan)
    assert len(texts) >= 35  # the plan, people, apps, log, contacts and reminders
    assert {name: value for name, value in texts.items() if value != KEPT} == {}


def test_awkward_text_is_escaped_in_html_and_intact_in_the_pdf(
    empty_plan_path, catalog, qapp, tmp_path
):
    from planner.render.pdf import write_pdf

    with PlanFile.open(empty_plan_path) as plan:
        fill_every_text_field(plan, catalog)
        with plan.unit_of_work() as session:
            view = family_summary(session, catalog, include_log=True, today=DAY)
    page = render_html(view, for_pdf=False)
    assert str(escape(KEPT)) in page
    assert "<b>&amp;</b>" not in page and "\x07" not in page

    target = tmp_path / "plan.pdf"
    write_pdf(render_html(view, for_pdf=True), target, view.cover.paper)
    text = pdf_text(target)
    # A reader may break a line of text into runs where the glyphs change: compare unspaced.
    assert "Zoë" in text and "<b>&amp;</b>" in text.replace(" ", "")
    assert "שלום" in text or "םולש" in text  # a reader may give right-to-left text in visual order


def test_a_note_over_the_limit_is_refused_and_one_at_the_limit_is_kept(empty_plan_path):
    with PlanFile.open(empty_plan_path) as plan:
        too_long = pytest.raises(ValidationError, match="too long: at most 1,000,000 characters")
        with too_long, plan.unit_of_work() as session:
            children.add_child(session, "Sam", 2015, notes="a" * 5_000_000)
        with plan.unit_of_work() as session:
            kept = children.add_child(session, "Sam", 2015, notes="b" * MAX_LONG_TEXT)
        with plan.unit_of_work() as session:
            assert children.get_child(session, kept.id).notes == "b" * MAX_LONG_TEXT
            assert [c.nickname for c in children.list_children(session)] == ["Sam"]


def test_a_full_disk_refuses_the_change_and_keeps_the_plan(templates, tmp_path):
    try:
        with small_disk(tmp_path / "stick", 1024) as stick:
            path = Path(shutil.copy2(templates["demo"], stick / "family.plan"))
            with PlanFile.open(path) as plan:
                with plan.unit_of_work() as session:
                    before = len(children.list_children(session))
                filler = fill_up(stick)
                refused = pytest.raises(FileSystemError, match="disk is full")
                with refused, plan.unit_of_work() as session:
                    children.add_child(session, "Sam", 2015, notes="x" * 300_000)
            filler.unlink()
            with PlanFile.open(path) as plan:
                assert plan.integrity_problems() == []
                with plan.unit_of_work() as session:
                    assert len(children.list_children(session)) == before
    except MountRefusedError as refused:
        pytest.skip(f"this machine does not allow mounting a file system: {refused}")
