"""What the exporter hands the PDF renderer: kept apart from the templates, so that the renderer
does not load Jinja2 and the plan's read layer to learn one type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PdfLayouts:
    """A plan's HTML for the PDF in one or more versions, the largest print first: the PDF is
    the first version that fits on `fit_pages` pages, or the last one when none does."""

    versions: tuple[str, ...]
    fit_pages: int | None = None
