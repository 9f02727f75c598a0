"""An app the family typed in, in the printed family plan: what they recorded it allows, what
they have not checked yet, and "not known" for one they have not looked at (never a dash that
reads as "nothing to watch"). Read back as a person reads it: the PDF with pypdf, the web page
as text."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.export.html import document_title, render_html
from planner.core.export.summary import family_summary
from planner.core.plans import PlanFile
from planner.core.services import apps, children, plan
from planner.render.pdf import write_pdf
from tests.pdfs import pdf_text


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    return qapp


@pytest.fixture
def demo(demo_plan_path: Path, catalog) -> Iterator[PlanFile]:  # type: ignore[no-untyped-def]
    with PlanFile.open(demo_plan_path) as opened:
        with opened.unit_of_work() as session:
            leo = next(c for c in children.list_children(session) if c.nickname == "Leo")
            checked = apps.add_app_use(session, catalog, leo.id, custom_name="Pet Chat World")
            apps.set_custom_app_capability(session, checked.id, "location_sharing", "yes")
            apps.set_custom_app_capability(session, checked.id, "private_messages", "limited")
            apps.set_custom_app_capability(session, checked.id, "voice_chat", "no")
            apps.add_app_use(session, catalog, leo.id, custom_name="Starling Chat")
        yield opened


def printed_texts(opened: PlanFile, catalog, folder: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The family plan's words: in the PDF, and on the web page."""
    with opened.unit_of_work() as session:
        view = family_summary(session, catalog)
    pdf = folder / "family.pdf"
    html = render_html(view, for_pdf=True)
    write_pdf(html, pdf, view.cover.paper, document_title(view), view.cover.language)
    page = html_lib.unescape(re.sub(r"<[^>]+>", " ", render_html(view, for_pdf=False)))
    return [pdf_text(pdf), " ".join(page.split())]


def test_the_family_plan_prints_what_the_family_recorded(demo, catalog, tmp_path):
    for text in printed_texts(demo, catalog, tmp_path):
        # Leo's page: what to watch, as recorded, and what is left to check.
        assert "Pet Chat World Messages (limited), Location Checked by the family." in text
        assert "Not checked yet: Strangers, Live video, Disappearing messages, Gifts" in text
        assert "Starling Chat Not known yet: check what it allows." in text
        # The reference: every feature, with what the family found.
        assert "Pet Chat World (Leo) · checked by the family" in text
        for row in (
            "Private messages Allows it in part",
            "Location sharing Allows it",
            "Voice chat Does not allow it",
            "Live streaming Not checked yet",
        ):
            assert row in text
        assert "Starling Chat (Leo)" not in text  # nothing recorded: nothing to print there


def test_the_spanish_family_plan_says_it_in_spanish(demo, catalog, tmp_path):
    with demo.unit_of_work() as session:
        details = plan.get_details(session)
        plan.update_details(
            session, plan.NewPlan(details.name, details.country, "es", details.mode), catalog
        )
    for text in printed_texts(demo, catalog, tmp_path):
        assert "Comprobado por la familia. Aún sin comprobar:" in text
        assert "Aún no se sabe: compruebe lo que permite." in text
        assert "Compartir la ubicación Lo permite" in text
