"""The family plan of a big plan (benchmarks/bigplan.py: 12 children, 300 apps in use, 3,000
settings, 2,000 reminders, 20,000 conversations, 2,000 concerns) still prints as a plan: 40
pages or fewer without the log, and every entry of the log when it is asked for. Slow: long."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader

from planner.core.catalog import Catalog
from planner.core.export.html import document_title, render_html
from planner.core.export.summary import family_summary
from planner.core.plans import PlanFile
from planner.render.pdf import write_pdf

pytestmark = pytest.mark.long
BIGPLAN = Path(__file__).resolve().parents[2] / "benchmarks" / "bigplan.py"


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    return qapp


def _bigplan() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bigplan", BIGPLAN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.plan"
    bigplan = _bigplan()
    PlanFile.create(path, lambda session: bigplan.populate(session, catalog), None).close()
    return path


def printed(plan_path: Path, catalog: Catalog, out: Path, include_log: bool) -> PdfReader:
    with PlanFile.open(plan_path) as opened, opened.unit_of_work() as session:
        view = family_summary(session, catalog, include_log=include_log)
    html = render_html(view, for_pdf=True)
    write_pdf(html, out, view.cover.paper, title=document_title(view), lang=view.cover.language)
    return PdfReader(out)


def test_the_big_family_plan_without_the_log_is_40_pages_or_fewer(big_plan, catalog, tmp_path):
    reader = printed(big_plan, catalog, tmp_path / "big.pdf", include_log=False)

    assert len(reader.pages) <= 40
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    for n in range(1, 13):  # each child's own page
        assert [text for text in pages if text.startswith(f"Child {n} (")]


def test_the_big_family_plan_with_the_log_prints_every_entry(big_plan, catalog, tmp_path):
    bigplan = _bigplan()
    reader = printed(big_plan, catalog, tmp_path / "big-log.pdf", include_log=True)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)

    # At least every entry: a line that straddles a page's foot is drawn on both pages (Qt
    # paints each page through a clip), so a few headings are read twice.
    assert len(re.findall(r"with Child \d+", text)) >= bigplan.CONVERSATIONS
    assert len(re.findall(r"\((?:Open|Watching|Closed)\)", text)) >= bigplan.CONCERNS
