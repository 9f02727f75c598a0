"""Help: what the planner protects and what it cannot, in plain words a screen reader reads."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.core.catalog import Catalog


def limits_html(catalog: Catalog, language: str) -> str:
    parts = []
    for section in catalog.guidance.limits:
        parts.append(f"<h2>{html.escape(section.title.get(language))}</h2>")
        parts.append(f"<p>{html.escape(section.text.get(language))}</p>")
    return "\n".join(parts)


class HelpPage(QDialog):
    def __init__(self, catalog: Catalog, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What the planner protects"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing in the planner ever starts a browser
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("What the planner protects, and what it cannot"))
        self.browser.setHtml(limits_html(catalog, language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
