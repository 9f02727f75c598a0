"""Floor for the PDF export: QTextDocument printing a filler HTML page of a given length.

    floor_pdf.py --calibrate PAGES   prints how many filler sections make PAGES pages
    floor_pdf.py --sections N OUT    prints N sections to the PDF OUT (the timed run)

The same paper (US Letter) and the same kind of content as the plan (headings, paragraphs,
tables), so that the planner's export is compared with Qt's own cost for that many pages.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

# The planner's PDF resolution: the same layout units, so the same room and the same cost.
RESOLUTION = 300
LINE = "Talked about private messages, strangers who offer gifts, and who to tell. " * 3


def filler(sections: int) -> str:
    parts = ["<html><body><h1>Filler</h1>"]
    for index in range(sections):
        parts.append(f"<h2>Section {index}</h2><p>{LINE}</p>")
        rows = "".join(f"<tr><td>Row {row}</td><td>{LINE[:60]}</td></tr>" for row in range(4))
        parts.append(f"<table border='1' cellpadding='3'>{rows}</table>")
    parts.append("</body></html>")
    return "".join(parts)


def _writer(path: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setResolution(RESOLUTION)
    return writer


def page_count(sections: int, path: str) -> int:
    document = QTextDocument()
    document.setHtml(filler(sections))
    writer = _writer(path)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    return document.pageCount()


def pdf_pages(path: str) -> int:
    """Pages of a PDF written by Qt (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?!s)", Path(path).read_bytes()))


def print_pdf(sections: int, path: str) -> int:
    document = QTextDocument()
    document.setHtml(filler(sections))
    document.print_(_writer(path))
    return pdf_pages(path)


# Qt lays a document out in fixed-point units of at most INT_MAX/256 device pixels: at the
# planner's 300 dpi (planner/render/pdf.py) that is ~2,900 US Letter pages.
MAX_SECTIONS = 1 << 14  # about 2,900 pages of filler (a section is a sixth of a page)


def calibrate(pages: int, path: str) -> int:
    """How many sections print as `pages` pages: bisect on the cheap layout count, then check
    with real prints (print_ paginates a little differently) and correct."""
    high = 1
    while page_count(high, path) < pages:
        high *= 2
        if high > MAX_SECTIONS:
            raise SystemExit(f"Qt cannot lay out {pages} pages in one document (see MAX_SECTIONS)")
    low = high // 2
    while low + 1 < high:
        middle = (low + high) // 2
        if page_count(middle, path) < pages:
            low = middle
        else:
            high = middle
    sections = high
    for _attempt in range(4):
        printed = print_pdf(sections, path)
        if printed == pages:
            break
        sections = max(1, round(sections * pages / printed))
    return sections


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calibrate", type=int)
    parser.add_argument("--sections", type=int)
    parser.add_argument("out")
    args = parser.parse_args()
    QGuiApplication(["floor", "-platform", "offscreen"])
    if args.calibrate:
        print(calibrate(args.calibrate, args.out))
        return 0
    print(print_pdf(args.sections, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
