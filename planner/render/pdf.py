"""HTML -> PDF with QTextDocument and QPdfWriter (QtGui only: no widgets, no window).

Pages are laid out and painted here rather than with `QTextDocument.print_`, so that the margins
are the ones asked for and each page can say "Page 2 of 7".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from planner.core.errors import FileSystemError, UsageError
from planner.core.export.files import replace_atomically
from planner.core.export.layouts import PdfLayouts
from planner.core.i18n import ENGLISH, mark, t
from planner.render.fonts import register_shipped_fonts

if TYPE_CHECKING:  # QtPrintSupport is loaded by the window's Print, not by every PDF export
    from PySide6.QtPrintSupport import QPrinter

# PDF metadata travels with the file and is shown by viewers and file managers: never a name.
NEUTRAL_TITLE = mark("Family safety plan")
MARGINS_MM = QMarginsF(18, 16, 18, 12)  # left, top, right, bottom (the footer sits above it)
FOOTER_MM = 9
# A heading this close to the foot of a page starts the next one, with what follows it.
KEEP_WITH_NEXT = 0.07  # of the page's height: a heading, a table head and a row or two
KEEP_WITH_NEXT_PASSES = 2
SPILT_MARGIN = 0.03  # of the page's height
# Qt's text layout stops short, silently, past 2**23 device pixels; at the writer's default
# 1200 dpi that was page 733 of a long log. 300 dpi leaves about 2,900 pages (the PDF's text is
# vector text whatever the resolution), and a longer document is refused rather than cut short.
RESOLUTION = 300
LAYOUT_LIMIT = 2**23 * 0.98
_PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def write_pdf(
    html: str, path: Path, paper: str, title: str | None = None, lang: str = ENGLISH
) -> int:
    """Write `html` as a PDF at `path` (replaced only once complete); returns the page count.

    `paper` is "letter" or "a4" (the plan's country says which); `lang` is the language of the
    page footers and of the default title, and is written as the PDF's /Lang.
    """
    return write_fitted_pdf(PdfLayouts((html,)), path, paper, title=title, lang=lang)


def write_fitted_pdf(
    layouts: PdfLayouts, path: Path, paper: str, title: str | None = None, lang: str = ENGLISH
) -> int:
    """As `write_pdf`, of the first of `layouts.versions` that fits on `layouts.fit_pages`."""
    if paper not in _PAGE_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    _ensure_gui_application()
    pages = 0

    def write(partial: Path) -> None:
        nonlocal pages
        pages = _print(layouts, partial, paper, title or t(NEUTRAL_TITLE, lang), lang)
        set_language(partial, lang)

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


def print_on(printer: QPrinter, layouts: PdfLayouts, lang: str) -> int:
    """Print on `printer`, on the paper chosen in its dialog, what the PDF would hold: the same
    margins, page breaks, print size and page footers. Returns the page count."""
    return _draw(printer, layouts, lang)


def _print(layouts: PdfLayouts, target: Path, paper: str, title: str, lang: str) -> int:
    writer = QPdfWriter(str(target))
    writer.setTitle(title)
    writer.setCreator("Family Safety Planner")
    writer.setPageSize(QPageSize(_PAGE_SIZES[paper]))
    pages = _draw(writer, layouts, lang)
    if not target.is_file() or target.stat().st_size == 0:
        raise FileSystemError("The PDF could not be written beside {folder}.", folder=target.parent)
    return pages


def _draw(device: QPdfWriter | QPrinter, layouts: PdfLayouts, lang: str) -> int:
    device.setResolution(RESOLUTION)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    area = device.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(area.width(), area.height() - footer)
    document = _fitted(layouts, device, body)
    pages = document.pageCount()
    if pages * body.height() >= LAYOUT_LIMIT:
        raise UsageError(
            "This plan is too long for one PDF (more than {pages} pages). Leave out the log, or "
            "save it as a web page.",
            pages=int(LAYOUT_LIMIT // body.height()),
        )
    _paint_pages(device, document, (body, footer), pages, t("Page {page} of {pages}", lang))
    return pages


def _fitted(layouts: PdfLayouts, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    """The first version laid out on no more than the pages asked for, else the last one."""
    if layouts.fit_pages is None:
        return _laid_out(layouts.versions[0], device, body)
    *larger, smallest = layouts.versions
    for html in larger:
        document = _laid_out(html, device, body)
        if document.pageCount() <= layouts.fit_pages:
            return document
    return _laid_out(smallest, device, body)


def _laid_out(html: str, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # font sizes follow the PDF's resolution
    document.setDocumentMargin(0)
    document.setDefaultFont(_plain_font(QFont(register_shipped_fonts(), 10)))
    document.setHtml(html)
    document.setPageSize(body)
    _keep_headings_with_next(document, body.height())
    return document


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Qt has no page-break-after: avoid. A heading that lands at the foot of a page gets a page
    break before it instead, so that it starts the next page with the text it heads.

    Each break moves what follows it down by the rest of its page: one pass over the headings
    predicts that, and a second pass (after one fresh layout) catches what Qt's own page
    breaking moved otherwise. A fresh layout, because Qt's incremental one drops text."""
    for _ in range(KEEP_WITH_NEXT_PASSES):
        if not _break_before_stranded_headings(document, page_height):
            return
        document.setPageSize(document.pageSize())


def _break_before_stranded_headings(document: QTextDocument, page_height: float) -> bool:
    layout = document.documentLayout()
    changes: list[tuple[QTextBlock, QTextBlockFormat.PageBreakFlag]] = []
    shift = 0.0
    block = document.begin()
    while block.isValid():
        form = block.blockFormat()
        if form.pageBreakPolicy():
            # Only where nothing before it moves in this pass: the next pass sees the rest.
            if not shift and _follows_a_spilt_margin(layout, block, page_height):
                changes.append((block, QTextBlockFormat.PageBreakFlag.PageBreak_Auto))
            shift = 0.0  # it starts a page wherever the blocks before it end
        elif form.headingLevel():
            offset = (layout.blockBoundingRect(block).top() + shift) % page_height
            if offset > page_height * (1 - KEEP_WITH_NEXT):
                changes.append((block, QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore))
                shift += page_height - offset
        block = block.next()
    # One edit block: Qt lays the document out again once for all the breaks, not once per
    # break (each is a new layout of everything after it: quadratic in a long log).
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for changed, policy in changes:
        form = QTextBlockFormat(changed.blockFormat())
        form.setPageBreakPolicy(policy)
        cursor.setPosition(changed.position())
        cursor.setBlockFormat(form)
    cursor.endEditBlock()
    return bool(changes)


def _follows_a_spilt_margin(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, page_height: float
) -> bool:
    """When what comes before a page break ends at the very top of a page (the margin under a
    table that filled the page before), the break would leave that page blank: the page has
    already begun."""
    before = block.previous()
    if not before.isValid():
        return False
    table = QTextCursor(before).currentTable()
    # A table's margin lies outside its last cell: measure the whole table.
    rect = layout.frameBoundingRect(table) if table else layout.blockBoundingRect(before)
    began, ended = rect.top() // page_height, rect.bottom() // page_height
    return began < ended and rect.bottom() % page_height < page_height * SPILT_MARGIN


def set_language(path: Path, lang: str) -> None:
    """Add /Lang to the PDF's catalog, which QPdfWriter cannot: an incremental update that
    appends a new version of the catalog object, a one-entry cross-reference and a trailer
    (the way PDF editors change a file without rewriting it)."""
    data = path.read_bytes()
    trailer = data[data.rindex(b"trailer") :]
    root = re.search(rb"/Root (\d+) (\d+) R", trailer)
    start = re.search(rb"startxref\s+(\d+)", trailer)
    size = re.search(rb"/Size (\d+)", trailer)
    if not (root and start and size):
        raise FileSystemError("The PDF could not be finished: its trailer was not understood.")
    number, generation = int(root[1]), int(root[2])
    found = re.search(rb"\n%d %d obj\s*<<(.*?)>>\s*endobj" % (number, generation), data, re.S)
    if found is None:
        raise FileSystemError("The PDF could not be finished: its catalog was not found.")
    tag = re.sub(rb"[^A-Za-z-]", b"", lang.replace("_", "-").encode("ascii", "ignore")) or b"en"
    catalog = b"%d %d obj\n<<%s/Lang (%s)\n>>\nendobj\n" % (number, generation, found[1], tag)
    kept = b"".join(m[0] + b"\n" for m in re.finditer(rb"/(?:Info|ID) [^\n]*", trailer))
    offset = len(data) + 1
    xref = len(data) + 1 + len(catalog)
    update = (
        b"\n"
        + catalog
        + (
            b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d %05d n \n" % (number, offset, generation)
            + b"trailer\n<<\n/Size %s\n/Root %d %d R\n%s/Prev %s\n>>\n"
            % (size[1], number, generation, kept, start[1])
            + b"startxref\n%d\n%%%%EOF\n" % xref
        )
    )
    with path.open("ab") as file:
        file.write(update)


def _plain_font(font: QFont) -> QFont:
    """The shipped font without ligatures: "fi" stays two letters, so a search for "Sofia" finds
    the name and a copied name pastes as it was typed. The fonts the HTML names inherit this."""
    plain = QFont(font)
    plain.setFeature(QFont.Tag("liga"), 0)
    return plain


def _paint_pages(
    device: QPagedPaintDevice,
    document: QTextDocument,
    sizes: tuple[QSizeF, float],  # the body of a page, and the height of the footer under it
    pages: int,
    footer_words: str,  # "Page {page} of {pages}" in the document's language
) -> None:
    body, footer = sizes
    painter = QPainter()
    if not painter.begin(device):
        if isinstance(device, QPdfWriter):
            raise FileSystemError("The PDF file could not be opened for writing.")
        raise UsageError(
            "The printer could not be started. Check that it is on and chosen in the print "
            "dialog, or save the plan as a PDF and print that."
        )
    try:
        painter.setFont(QFont(document.defaultFont().family(), 8))
        for index in range(pages):
            if index:
                device.newPage()
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
