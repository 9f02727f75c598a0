"""HTML -> PDF with QTextDocument and QPdfWriter (QtGui only: no widgets, no window).

Pages are laid out and painted here rather than with `QTextDocument.print_`, so that the margins
are the ones asked for and each page can say "Page 2 of 7".
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from planner.core.errors import FileSystemError
from planner.core.export.files import replace_atomically
from planner.core.i18n import ENGLISH, mark, t
from planner.render.fonts import register_shipped_fonts

# PDF metadata travels with the file and is shown by viewers and file managers: never a name.
NEUTRAL_TITLE = mark("Family safety plan")
MARGINS_MM = QMarginsF(18, 16, 18, 12)  # left, top, right, bottom (the footer sits above it)
FOOTER_MM = 9
_PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def write_pdf(
    html: str, path: Path, paper: str, title: str | None = None, lang: str = ENGLISH
) -> int:
    """Write `html` as a PDF at `path` (replaced only once complete); returns the page count.

    `paper` is "letter" or "a4" (the plan's country says which); `lang` is the language of the
    page footers and of the default title.
    """
    if paper not in _PAGE_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    _ensure_gui_application()
    pages = 0

    def write(partial: Path) -> None:
        nonlocal pages
        pages = _print(html, partial, paper, title or t(NEUTRAL_TITLE, lang), lang)

    replace_atomically(Path(path), write)
    return pages


def _ensure_gui_application() -> None:
    """QTextDocument needs a QGuiApplication; the window already has one, the CLI does not."""
    if QGuiApplication.instance() is None:
        _own_application()


@cache
def _own_application() -> QGuiApplication:
    # Offscreen: an export draws no window, and must work over SSH or with no display at all.
    # Cached so that the application lives as long as the process.
    return QGuiApplication(["family-safety-planner", "-platform", "offscreen"])


def _print(html: str, target: Path, paper: str, title: str, lang: str) -> int:
    writer = QPdfWriter(str(target))
    writer.setTitle(title)
    writer.setCreator("Family Safety Planner")
    writer.setPageSize(QPageSize(_PAGE_SIZES[paper]))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # font sizes follow the PDF's resolution
    document.setDocumentMargin(0)
    document.setDefaultFont(_plain_font(QFont(register_shipped_fonts(), 10)))
    document.setHtml(html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = FOOTER_MM / 25.4 * writer.resolution()
    body = QSizeF(area.width(), area.height() - footer)
    document.setPageSize(body)
    pages = document.pageCount()
    _paint_pages(writer, document, (body, footer), pages, t("Page {page} of {pages}", lang))
    if not target.is_file() or target.stat().st_size == 0:
        raise FileSystemError(f"The PDF could not be written beside {target.parent}.")
    return pages


def _plain_font(font: QFont) -> QFont:
    """The shipped font without ligatures: "fi" stays two letters, so a search for "Sofia" finds
    the name and a copied name pastes as it was typed. The fonts the HTML names inherit this."""
    plain = QFont(font)
    plain.setFeature(QFont.Tag("liga"), 0)
    return plain


def _paint_pages(
    writer: QPdfWriter,
    document: QTextDocument,
    sizes: tuple[QSizeF, float],  # the body of a page, and the height of the footer under it
    pages: int,
    footer_words: str,  # "Page {page} of {pages}" in the document's language
) -> None:
    body, footer = sizes
    painter = QPainter()
    if not painter.begin(writer):
        raise FileSystemError("The PDF file could not be opened for writing.")
    try:
        painter.setFont(QFont(document.defaultFont().family(), 8))
        for index in range(pages):
            if index:
                writer.newPage()
            top = index * body.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, body.width(), body.height()))
            painter.restore()
            footer_box = QRectF(0, body.height(), body.width(), footer)
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(footer_box, align, footer_words.format(page=index + 1, pages=pages))
    finally:
        painter.end()
