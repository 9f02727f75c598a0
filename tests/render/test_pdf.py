"""HTML -> PDF with Qt, checked by reading the PDF back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.errors import FileSystemError
from planner.core.export.layouts import PdfLayouts
from planner.render.pdf import NEUTRAL_TITLE, write_fitted_pdf, write_pdf
from tests.pdfs import pdf_info, pdf_text

NAME = '<script>alert(1)</script> & "Zoë"'


@pytest.fixture(autouse=True)
def _application(qapp):
    """pytest-qt's QApplication: a bare QGuiApplication here would break later widget tests."""
    return qapp


def long_html(paragraphs: int) -> str:
    body = "".join(f"<p>Paragraph {n} of a long plan.</p>" for n in range(paragraphs))
    return f"<html><body><h1>Plan</h1>{body}</body></html>"


def test_pages_are_counted_numbered_and_titled_neutrally(tmp_path):
    target = tmp_path / "plan.pdf"

    pages = write_pdf(long_html(400), target, "a4", title=NEUTRAL_TITLE)

    info = pdf_info(target)
    assert pages > 2
    assert info.pages == pages
    assert info.title == NEUTRAL_TITLE
    assert info.paper == "a4"
    text = pdf_text(target)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_letter_paper_and_escaped_markup_come_out_as_plain_text(tmp_path):
    target = tmp_path / "plan.pdf"
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zoë&quot;"

    write_pdf(f"<html><body><h2>{escaped}</h2></body></html>", target, "letter")

    assert pdf_info(target).paper == "letter"
    assert NAME in pdf_text(target)


def test_page_breaks_start_new_pages(tmp_path):
    target = tmp_path / "plan.pdf"
    html = "<p>one</p><h2 style='page-break-before: always'>two</h2><p>still two</p>"

    assert write_pdf(html, target, "a4") == 2


def test_a_fitted_pdf_is_the_largest_version_that_fits_its_pages(tmp_path):
    versions = tuple(
        long_html(paragraphs).replace("Paragraph", f"Version {paragraphs}")
        for paragraphs in (400, 60, 20)
    )

    assert write_fitted_pdf(PdfLayouts(versions, 1), tmp_path / "a.pdf", "a4") == 1
    assert "Version 20 " in pdf_text(tmp_path / "a.pdf")
    assert write_fitted_pdf(PdfLayouts(versions, 2), tmp_path / "b.pdf", "a4") == 2
    assert "Version 60 " in pdf_text(tmp_path / "b.pdf")
    # When none fits, the last (the smallest print) is printed whole rather than cut short.
    assert write_fitted_pdf(PdfLayouts(versions[:2], 1), tmp_path / "c.pdf", "a4") > 1
    assert "Version 60 " in pdf_text(tmp_path / "c.pdf")


def test_a_pdf_replaces_the_old_file_only_when_complete(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    write_pdf(long_html(5), target, "a4")

    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_folder_is_a_plain_error_and_writes_nothing(tmp_path):
    with pytest.raises(FileSystemError, match="does not exist"):
        write_pdf(long_html(1), tmp_path / "gone" / "plan.pdf", "a4")
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_paper_size_is_refused(tmp_path):
    with pytest.raises(ValueError, match="paper"):
        write_pdf(long_html(1), tmp_path / "plan.pdf", "tabloid")
    assert list(tmp_path.iterdir()) == []


def test_the_offscreen_fonts_have_real_glyphs(tmp_path: Path):
    """Without fonts, Qt prints empty boxes and says nothing: the text must read back."""
    target = tmp_path / "plan.pdf"
    write_pdf("<p>Who I can tell: Aunt Rosa 555-0199</p>", target, "a4")
    assert "Who I can tell: Aunt Rosa 555-0199" in pdf_text(target)
