"""The printed plans as people get them: the PDFs of the demo plan read back with pypdf, page by
page (how many pages, what is on the agreement's page, the language and title they declare)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.core.catalog import Catalog
from planner.core.export.html import ViewModel, document_title, pdf_layouts, render_html
from planner.core.export.summary import family_summary
from planner.core.export.youth import YouthSummary, youth_summary
from planner.core.plans import PlanFile
from planner.core.services import apps, children, plan
from planner.render.pdf import write_fitted_pdf

# What a young person's plan never says: it speaks to them, not about them.
PARENT_WORDS = ("your child", "your teen", "grooming", "tu hijo", "su hijo", "su hija",
                "tu hija", "adolescente", "grooming")  # fmt: skip
US_NUMBERS = ("911", "1-800-843-5678", "1-888-373-7888", "1-800-225-5324", "988")


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    return qapp


@pytest.fixture
def demo(demo_plan_path: Path) -> Iterator[PlanFile]:
    with PlanFile.open(demo_plan_path) as opened:
        yield opened


def set_place(opened: PlanFile, catalog: Catalog, country: str, language: str) -> None:
    with opened.unit_of_work() as session:
        details = plan.get_details(session)
        plan.update_details(
            session, plan.NewPlan(details.name, country, language, details.mode), catalog
        )


def family_view(opened: PlanFile, catalog: Catalog, include_log: bool = False) -> ViewModel:
    with opened.unit_of_work() as session:
        return family_summary(session, catalog, include_log=include_log)


def youth_views(opened: PlanFile, catalog: Catalog) -> list[YouthSummary]:
    with opened.unit_of_work() as session:
        kids = children.list_children(session)
        return [youth_summary(session, catalog, kid.id) for kid in kids]


def printed(view: ViewModel, path: Path) -> PdfReader:
    title, lang = document_title(view), view.cover.language
    write_fitted_pdf(pdf_layouts(view), path, view.cover.paper, title=title, lang=lang)
    return PdfReader(path)


def smallest_print_pt(reader: PdfReader) -> float:
    """The size of the smallest text on the pages but their footers, in points (the PDF is drawn
    at 300 dpi)."""
    sizes: list[float] = []

    def seen(text, _cm, tm, _font, size):  # type: ignore[no-untyped-def]
        if text.strip() and not re.fullmatch(r"Page\s+\d+\s+of\s+\d+\s*", text):
            sizes.append(size * (tm[0] or 1) * 72 / 300)

    for page in reader.pages:
        page.extract_text(visitor_text=seen)
    return min(sizes)


def safety_words(view: YouthSummary) -> list[str]:
    """What a young person's plan is for, casefolded: what to do on each app, who to tell, the
    helplines and their numbers, and every piece of advice."""
    words = [step for app in view.apps for step in app.steps] + list(view.every_app_steps)
    words += [helper.name for helper in view.helpers]
    words += [part for line in view.helplines for part in (line.name, line.phone) if part]
    words += [f"{advice.title} {advice.text}" for advice in (*view.tips, *view.when_wrong)]
    return [" ".join(text.split()).casefold() for text in words]


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_the_demo_family_plan_is_eight_pages_or_fewer(demo, catalog, tmp_path):
    reader = printed(family_view(demo, catalog), tmp_path / "family.pdf")

    assert len(reader.pages) <= 8
    first = page_texts(reader)[0]
    for glance in ("Who to call", "Apps and what to watch", "Rules we agreed", "Next reminders"):
        assert glance in first
    assert first.index("Emergency") < first.index("Aunt Rosa")  # emergency first


def test_the_agreement_and_every_signer_are_on_one_page(demo, catalog, tmp_path):
    view = family_view(demo, catalog)
    pages = page_texts(printed(view, tmp_path / "family.pdf"))

    agreement = [text for text in pages if "Our family agreement" in text]
    assert len(agreement) == 1
    page = agreement[0]
    assert "We agree to these household rules" in page
    for name in ("Maya", "Leo", "Daniel Kim", "Sofia Alvarez"):
        assert re.search(rf"{name} (Child|Caregiver)", page)


def test_children_without_rules_are_named_once_and_take_no_page_of_their_own(
    demo, catalog, tmp_path
):
    with demo.unit_of_work() as session:
        children.add_child(session, "Sam", 2016)
        children.add_child(session, "Ana", 2018)
    pages = page_texts(printed(family_view(demo, catalog), tmp_path / "family.pdf"))

    agreement = [text for text in pages if "Our family agreement" in text][0]
    assert agreement.count("No household rules yet") == 1
    assert "No household rules yet with Sam, Ana." in agreement
    for name in ("Maya", "Leo", "Sam", "Ana"):
        assert re.search(rf"{name} Child", agreement)
    sams_page = [text for text in pages if text.startswith("Sam (")][0]
    assert "No household rules yet with Sam." in sams_page
    assert "Household rules with Sam" not in sams_page  # no heading over nothing
    assert "call 911" in sams_page


def test_each_apps_facts_are_printed_once(demo, catalog, tmp_path):
    text = " ".join(page_texts(printed(family_view(demo, catalog), tmp_path / "family.pdf")))

    for app in ("Instagram", "Discord", "Roblox"):
        assert len(re.findall(rf"{app} · checked", text)) == 1


def test_the_log_is_printed_only_when_asked_for(demo, catalog, tmp_path):
    without = " ".join(page_texts(printed(family_view(demo, catalog), tmp_path / "a.pdf")))
    with_log = " ".join(
        page_texts(printed(family_view(demo, catalog, include_log=True), tmp_path / "b.pdf"))
    )

    assert "Conversation log" not in without and "xX_FreeRobux_Xx" not in without
    assert "Conversation log" in with_log and "xX_FreeRobux_Xx" in with_log


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_pdf_says_its_language_and_a_neutral_title(demo, catalog, tmp_path, language):
    set_place(demo, catalog, "US", language)
    titles = {"en": ("Family safety plan", "My safety plan"),
              "es": ("Plan de seguridad familiar", "Mi plan de seguridad")}  # fmt: skip
    views = [family_view(demo, catalog), *youth_views(demo, catalog)]
    for index, view in enumerate(views):
        reader = printed(view, tmp_path / f"{index}.pdf")

        assert reader.trailer["/Root"]["/Lang"] == language
        assert reader.metadata is not None
        assert reader.metadata.title == titles[language][0 if index == 0 else 1]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_young_persons_plan_speaks_to_them_on_two_pages_or_fewer(
    demo, catalog, tmp_path, language
):
    set_place(demo, catalog, "US", language)
    for index, view in enumerate(youth_views(demo, catalog)):
        reader = printed(view, tmp_path / f"youth-{index}.pdf")
        texts = [
            " ".join(page_texts(reader)).casefold(),
            render_html(view, for_pdf=False).casefold(),
        ]

        assert len(reader.pages) <= 2
        assert not [words for words in safety_words(view) if words not in texts[0]]
        for text in texts:
            assert not [words for words in PARENT_WORDS if words in text]
            assert ("my safety plan" if language == "en" else "mi plan de seguridad") in text


def test_a_young_persons_plan_prints_as_large_as_its_two_pages_allow(demo, catalog, tmp_path):
    maya, leo = youth_views(demo, catalog)  # Maya has more apps than Leo
    with demo.unit_of_work() as session:
        leo_id = children.list_children(session)[1].id
        for use in apps.list_app_uses(session, leo_id)[1:]:
            apps.delete_app_use(session, use.id)
        one_app = youth_summary(session, catalog, leo_id)

    readers = [printed(view, tmp_path / f"{n}.pdf") for n, view in enumerate((maya, leo, one_app))]

    assert [len(reader.pages) <= 2 for reader in readers] == [True] * 3
    sizes = [smallest_print_pt(reader) for reader in readers]
    assert sizes[0] >= 7.9  # never under 8 pt, however full
    assert sizes[1] > 8.4  # Leo's plan has room for larger print
    assert sizes[2] >= sizes[1]


def test_a_trusted_adult_without_a_phone_has_no_dash_in_their_row(demo, catalog, tmp_path):
    leo = youth_views(demo, catalog)[1]
    text = " ".join(page_texts(printed(leo, tmp_path / "leo.pdf")))

    assert "Daniel Kim (Father)" in text
    assert "Daniel Kim (Father) -" not in text


def test_a_british_young_persons_plan_has_childline_and_nothing_american(demo, catalog, tmp_path):
    set_place(demo, catalog, "GB", "en")
    view = youth_views(demo, catalog)[0]
    text = " ".join(page_texts(printed(view, tmp_path / "youth.pdf")))

    assert "Childline" in text and "0800 1111" in text
    assert "999" in text
    if not any(tip.countries for tip in catalog.guidance.tips):
        pytest.skip("the catalog does not say yet which tips are American (content branch)")
    assert not [number for number in US_NUMBERS if number in text]
    assert "United States" not in text and "CyberTipline" not in text


def test_an_american_young_persons_plan_has_the_988_crisis_line(demo, catalog, tmp_path):
    crisis = [c for c in catalog.country("US").contacts if c.for_youth and c.phone == "988"]
    if not crisis:
        pytest.skip("the catalog has no 988 line for young people yet (content branch)")
    view = youth_views(demo, catalog)[0]

    assert "988" in " ".join(page_texts(printed(view, tmp_path / "youth.pdf")))
