"""Guidance pages: each one readable, "Go to" links switch sections, nothing opens a browser."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from planner.ui.views.guidance import FEATURE_SECTIONS, GuidanceView

PAGES = (
    "What adults can do",
    "Tips for young people",
    "Warning signs",
    "Talking together",
    "Household agreements",
    "If something worrying happens",
    "What this planner can and cannot do",
)


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def make_view(qtbot, ui_context, ops):
    view = GuidanceView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def links(view) -> list[str]:
    return re.findall(r'href="([^"]*)"', view.browser.toHtml())


def test_every_page_shows_its_text_and_sources(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert [view.pages.item(row).text() for row in range(view.pages.count())] == list(PAGES)
    for row, title in enumerate(PAGES):
        view.pages.setCurrentRow(row)
        text = view.browser.toPlainText()
        assert text.startswith(title)
        assert len(text) > 400, title
        assert "Sources" in text and "Checked" in text, title


def test_catalog_text_is_shown_as_written(qtbot, ui_context, ops, catalog):
    view = make_view(qtbot, ui_context, ops)
    view.show_page("topics")
    topic = catalog.guidance.topics[0]
    text = view.browser.toPlainText()
    assert topic.title.en in text
    assert topic.questions["14-17"][0].en in text
    assert "Ages 8–10" in text
    view.show_page("worried")
    assert f"1. {catalog.guidance.worry_steps[0].title.en}" in view.browser.toPlainText()


def test_go_to_emits_the_section_of_each_action(qtbot, ui_context, ops, catalog):
    view = make_view(qtbot, ui_context, ops)
    view.show_page("actions")
    expected = [f"section:{FEATURE_SECTIONS[a.feature]}" for a in catalog.guidance.actions]
    assert links(view) == expected
    assert "Go to Children" in view.browser.toPlainText()  # devices live with the children
    opened: list[str] = []
    view.open_section.connect(opened.append)
    # As a keyboard user would: into the text, Tab to the first link, Enter.
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(view.browser, Qt.Key.Key_Return)
    assert opened == [FEATURE_SECTIONS[catalog.guidance.actions[0].feature]]
    view.browser.anchorClicked.emit(QUrl("section:reminders"))
    assert opened[-1] == "reminders"


def test_no_link_opens_anything(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert not view.browser.openLinks() and not view.browser.openExternalLinks()
    for row in range(view.pages.count()):
        view.pages.setCurrentRow(row)
        assert all(link.startswith("section:") for link in links(view))
    # Even a link that somehow got there does nothing: no section, no page, no browser.
    catcher = UrlCatcher()
    for scheme in ("https", "file"):  # Qt hands such URLs here instead of to a browser
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    sections: list[str] = []
    view.open_section.connect(sections.append)
    before = view.browser.toHtml()
    for url in ("https://internetsafety101.org/trafficking", "file:///etc/passwd", "section:x"):
        view.browser.anchorClicked.emit(QUrl(url))
    assert sections == [] and catcher.urls == []
    assert view.browser.toHtml() == before and view.browser.source().isEmpty()
    for scheme in ("https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_the_page_list_passes_the_model_tester(qtmodeltester, qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtmodeltester.check(view.pages.model())


def test_the_pages_show_the_plans_own_countrys_services(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)  # a US plan
    view.show_page("worried")
    worried = view.browser.toPlainText()
    assert "988" in worried and "CyberTipline" in worried
    assert "CEOP" not in worried and "Línea de la Vida" not in worried
    view.show_page("tips")
    tips = view.browser.toPlainText()
    assert "call or text 988" in tips and "Childline" not in tips
