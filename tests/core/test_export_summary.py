"""The plan summary: what each audience's view model holds, and the HTML made from it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.catalog import Catalog
from planner.core.export.files import replace_atomically
from planner.core.export.html import render_html
from planner.core.export.summary import STATE_WORDS, FamilySummary, family_summary
from planner.core.export.youth import WHEN_WRONG_TIPS, YouthSummary, youth_summary
from planner.core.plans import PlanFile
from planner.core.services import apps, children, contacts

EVIL_NAME = '<script>alert(1)</script> & "Zoë"'
SECRET = "SECRET-NOTE-7731"


@pytest.fixture
def demo(demo_plan_path: Path) -> Iterator[PlanFile]:
    with PlanFile.open(demo_plan_path) as plan:
        yield plan


def family(plan: PlanFile, catalog: Catalog, include_log: bool = False) -> FamilySummary:
    with plan.unit_of_work() as session:
        return family_summary(session, catalog, include_log=include_log)


def youth(plan: PlanFile, catalog: Catalog, nickname: str) -> YouthSummary:
    with plan.unit_of_work() as session:
        kid = next(c for c in children.list_children(session) if c.nickname == nickname)
        return youth_summary(session, catalog, kid.id)


def field_names(value: object) -> Iterator[str]:
    """Every dataclass field name reachable from `value`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield field.name
            yield from field_names(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from field_names(item)


def add_secret_notes(plan: PlanFile) -> None:
    """Notes on everything that has them, to prove none reaches a young person's page."""
    with plan.unit_of_work() as session:
        for kid in children.list_children(session):
            children.update_child(session, kid.id, kid.nickname, kid.birth_year, SECRET)
        for adult in children.list_adults(session):
            children.update_adult(
                session, adult.id, adult.name, adult.relationship, adult.role, adult.phone, SECRET
            )
        for use in apps.list_app_uses(session):
            apps.update_app_use(
                session, use.id, handle=use.handle, purpose=use.purpose,
                agreed_on=use.agreed_on, status=use.status, notes=SECRET,
            )  # fmt: skip
        for agreement in apps.list_settings(session):
            apps.update_setting(
                session, agreement.id, state=agreement.state,
                last_checked=agreement.last_checked, notes=SECRET,
            )  # fmt: skip
        for contact in contacts.list_contacts(session):
            contacts.update_contact(
                session, contact.id, contacts.ContactInput(contact.kind, contact.name, notes=SECRET)
            )


def test_the_family_summary_has_each_child_with_apps_settings_and_what_to_watch(demo, catalog):
    summary = family(demo, catalog)

    assert summary.cover.plan_name == "Alvarez-Kim household"
    assert summary.cover.paper == "letter"
    assert [child.nickname for child in summary.children] == ["Maya", "Leo"]
    maya = summary.children[0]
    assert [app.name for app in maya.apps] == ["Instagram", "Snapchat", "TikTok", "Discord"]
    assert "Messages" in maya.apps[0].watch and "Messages" in maya.watch
    assert {setting.state for app in maya.apps for setting in app.settings} <= set(
        STATE_WORDS.values()
    )
    assert all(rule.text for rule in maya.rules)


def test_each_apps_facts_are_in_the_reference_once(demo, catalog):
    summary = family(demo, catalog)

    names = [app.name for app in summary.app_facts]
    used = {app.name for child in summary.children for app in child.apps}
    assert sorted(names) == sorted(used) and len(names) == len(set(names))
    assert all(len(app.capabilities) == 7 for app in summary.app_facts)
    assert {cap.value for app in summary.app_facts for cap in app.capabilities} <= {
        "Yes", "No", "Limited", "Not known",
    }  # fmt: skip


def test_the_family_summary_lists_reminders_contacts_and_signers(demo, catalog):
    summary = family(demo, catalog)

    assert {r.repeat for r in summary.reminders} >= {"Every 2 weeks"}
    assert summary.contacts[0].kind == "Emergency" and summary.contacts[0].dial == "911"
    names = [contact.name for contact in summary.contacts]
    assert "NCMEC CyberTipline" in names and "Aunt Rosa" in names
    cybertip = next(c for c in summary.contacts if c.name == "NCMEC CyberTipline")
    assert cybertip.description.startswith("The national place to report")
    assert [(s.name, s.role) for s in summary.signers] == [
        ("Maya", "Child"), ("Leo", "Child"),
        ("Daniel Kim", "Caregiver"), ("Sofia Alvarez", "Caregiver"),
    ]  # fmt: skip


def test_the_reminders_are_those_of_the_next_90_days_soonest_first(demo, catalog):
    summary = family(demo, catalog)
    today = summary.cover.made_on

    dues = [row.next_due for row in summary.reminders]
    assert dues and dues == sorted(dues)  # type: ignore[type-var]
    assert all(today <= due.date() < today + dt.timedelta(days=90) for due in dues if due)
    assert summary.next_reminders == summary.reminders[:5]


def test_a_childs_agreed_settings_are_those_agreed_or_in_place(demo, catalog):
    for child in family(demo, catalog).children:
        for app in child.apps:
            agreed = [s.title for s in app.settings if s.state in ("Agreed", "In place")]
            assert list(app.agreed_settings) == agreed


def test_the_log_and_concerns_are_left_out_unless_asked_for(demo, catalog):
    assert family(demo, catalog).concerns == ()
    assert family(demo, catalog).conversations == ()

    with_log = family(demo, catalog, include_log=True)

    assert [c.other_username for c in with_log.concerns] == ["xX_FreeRobux_Xx"]
    assert len(with_log.conversations) == 3
    assert with_log.conversations[-1].children == "Maya, Leo"


def test_a_young_persons_summary_cannot_hold_notes_concerns_or_other_children(demo, catalog):
    add_secret_notes(demo)

    summary = youth(demo, catalog, "Maya")
    text = repr(summary)

    assert "notes" not in set(field_names(summary))
    for forbidden in (SECRET, "xX_FreeRobux_Xx", "Leo", "(not given)", "Robux", "dinner"):
        assert forbidden not in text
    assert summary.nickname == "Maya"
    assert [app.name for app in summary.apps] == ["Instagram", "Snapchat", "TikTok", "Discord"]


def test_a_young_persons_summary_has_agreed_settings_tips_and_people_to_tell(demo, catalog):
    summary = youth(demo, catalog, "Leo")

    # Only words written to the young person: never the parents' title or reason in their place.
    parents_words = {w.en for s in catalog.settings.values() for w in (s.title, s.why)}
    assert not {s.text for app in summary.apps for s in app.settings} & parents_words
    assert [h.name for h in summary.helpers] == ["Daniel Kim", "Sofia Alvarez", "Aunt Rosa"]
    assert {line.name for line in summary.helplines} >= {
        "Emergency (police, ambulance, fire)",
        "NCMEC CyberTipline",
    }
    assert all(line.phone or line.text_number for line in summary.helplines)
    assert summary.cover.emergency_number == "911"
    assert summary.when_wrong and summary.tips


def test_tips_fit_the_childs_age(demo, catalog):
    leo = youth(demo, catalog, "Leo")  # 10: the tips for 11 and over are left out
    maya = youth(demo, catalog, "Maya")

    assert len(maya.tips) + len(maya.when_wrong) > len(leo.tips) + len(leo.when_wrong)
    assert "Don't pay, and don't send more" not in [a.title for a in leo.when_wrong]
    assert "Don't pay, and don't send more" in [a.title for a in maya.when_wrong]


def test_every_when_wrong_tip_is_in_the_guidance(catalog):
    assert set(WHEN_WRONG_TIPS) <= {tip.id for tip in catalog.guidance.tips}


# -- HTML ------------------------------------------------------------------------------------


@pytest.fixture
def evil_plan(demo: PlanFile, catalog: Catalog) -> PlanFile:
    with demo.unit_of_work() as session:
        kid = children.add_child(session, EVIL_NAME, 2013)
        use = apps.add_app_use(session, catalog, kid.id, custom_name="<b>Chat</b>")
        apps.add_setting(session, catalog, use.id, custom_title="<i>x</i>", state="agreed")
    return demo


def test_user_text_is_escaped_in_every_html(evil_plan, catalog):
    views = [family(evil_plan, catalog, include_log=True), youth(evil_plan, catalog, EVIL_NAME)]
    for view in views:
        for for_pdf in (False, True):
            html = render_html(view, for_pdf)

            assert "<script" not in html and "<b>Chat" not in html and "<i>x" not in html
            assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Zoë&#34;" in html


def test_the_html_export_is_one_self_contained_file_with_print_styles(demo, catalog):
    for view in (family(demo, catalog, include_log=True), youth(demo, catalog, "Maya")):
        html = render_html(view, for_pdf=False)

        assert "@media print" in html and "<style>" in html and "<main>" in html
        assert not re.search(r"<script|<link|<img|<iframe|src=|url\(|@import", html, re.I)
        assert set(re.findall(r'href="([^"]*)"', html)) <= {"tel:911", *TEL_LINKS}
        assert re.search(r"<title>(Family safety plan|My safety plan)</title>", html)


# The demo's numbers as tel: links: digits only.
TEL_LINKS = {"tel:18002255324", "tel:18008435678", "tel:18883737888", "tel:5550110", "tel:5550199",
             "tel:5550142", "tel:988"}  # fmt: skip


def test_the_html_headings_go_down_one_level_at_a_time_and_no_width_attributes(demo, catalog):
    views = (family(demo, catalog, include_log=True), youth(demo, catalog, "Maya"))
    for view in views:
        html = render_html(view, for_pdf=False)

        levels = [int(level) for level in re.findall(r"<h([1-6])", html)]
        assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))
        assert " width=" not in html and "border-collapse" not in html


def test_the_pdf_html_keeps_to_what_qt_understands(demo, catalog):
    html = render_html(family(demo, catalog, include_log=True), for_pdf=True)

    assert "page-break-before: always" in html
    for unsupported in ("@media", "display: flex", "display: grid", "@page"):
        assert unsupported not in html


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(tmp_path):
    target = tmp_path / "plan.html"
    target.write_text("old")

    def fail_halfway(partial: Path) -> None:
        partial.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception, match="No space left"):
        replace_atomically(target, fail_halfway)

    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.html"]


def test_importing_the_export_modules_does_not_import_jinja2():
    """The window imports these early; Jinja2 must wait for the first export (start-up time)."""
    code = (
        "import sys, planner.core.export.html, planner.core.export.youth\n"
        "import planner.core.json_backup\n"
        "print('jinja2' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
