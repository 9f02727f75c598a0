"""Reading exported PDFs back the way a reader's viewer would, with pypdf (pure Python).

No system tool is needed: `make test` passes on a machine without poppler-utils.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

# Page sizes in PostScript points (1/72 inch), as a PDF's MediaBox gives them.
_PAPER_POINTS = {"a4": (595, 842), "letter": (612, 792)}


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    title: str | None
    paper: str | None  # "a4", "letter", or None for any other size
    lang: str | None  # the document catalog's /Lang entry


def pdf_info(path: Path) -> PdfInfo:
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    size = (round(float(box.width)), round(float(box.height)))
    paper = next((name for name, points in _PAPER_POINTS.items() if points == size), None)
    lang = reader.trailer["/Root"].get("/Lang")
    return PdfInfo(
        pages=len(reader.pages),
        title=reader.metadata.title if reader.metadata else None,
        paper=paper,
        lang=str(lang) if lang is not None else None,
    )


def pdf_page_texts(path: Path) -> list[str]:
    """Each page's words, with the line breaks inside table cells undone."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The whole PDF's words, one space between each."""
    return " ".join(pdf_page_texts(path))
