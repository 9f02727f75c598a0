"""Guidance: the built-in advice, page by page, with a way into the part of the planner that
helps carry each action out.

The pages are read-only HTML built from the catalog, every piece of text escaped. Nothing here
opens a browser: sources are shown as text, and the only links are "Go to …" links that switch
sections inside the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from planner.core.catalog import FactMeta, Guidance, Text
from planner.core.services.plan import get_details
from planner.ui import words
from planner.ui.context import AppContext
from planner.ui.ops import Ops
from planner.ui.views.base import SectionView

# The part of the planner each catalog feature lives in (section ids of the main window).
FEATURE_SECTIONS = {
    "catalog": "apps",
    "settings": "apps",
    "reminders": "reminders",
    "conversations": "conversations",
    "concerns": "concerns",
    "contacts": "contacts",
    "devices": "children",
    "guidance": "guidance",
}
PAGE_ROLE = Qt.ItemDataRole.UserRole  # the page id of an entry of the page list
SECTION_SCHEME = "section"  # "section:apps": the only kind of link the pages hold


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class GuidanceView(SectionView):
    # The person followed a "Go to …" link: the id of the section to show.
    open_section = Signal(str)

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        layout = self.column_layout()
        row = QHBoxLayout()
        self.pages = QListWidget(self)
        self.pages.setObjectName("guidancePages")
        self.pages.setAccessibleName(self.tr("Guidance pages"))
        self.pages.setMaximumWidth(240)
        self.pages.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guidanceText")
        self.browser.setAccessibleName(self.tr("Guidance text"))
        # Never navigate and never start a web browser: links are only handled below.
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.anchorClicked.connect(self._follow)
        for page_id, label in self._page_titles():
            item = QListWidgetItem(label, self.pages)
            item.setData(PAGE_ROLE, page_id)
        self.pages.currentRowChanged.connect(lambda _row: self.reload())
        row.addWidget(self.pages)
        row.addWidget(self.browser, 1)
        layout.addLayout(row, 1)
        self.pages.setCurrentRow(0)

    def title(self) -> str:
        return self.tr("Guidance")

    def _page_titles(self) -> list[tuple[str, str]]:
        return [
            ("actions", self.tr("What adults can do")),
            ("tips", self.tr("Tips for young people")),
            ("signs", self.tr("Warning signs")),
            ("topics", self.tr("Talking together")),
            ("agreements", self.tr("Household agreements")),
            ("worried", self.tr("If something worrying happens")),
            ("limits", self.tr("What this planner can and cannot do")),
        ]

    # -- showing ------------------------------------------------------------------------

    def reload(self) -> None:
        item = self.pages.currentItem()
        if item is not None:
            self.browser.setHtml(self.page_html(str(item.data(PAGE_ROLE))))

    def clear(self) -> None:
        # Only built-in advice is shown, no plan data; emptied anyway so a locked window is blank.
        self.browser.clear()

    def show_page(self, page_id: str) -> None:
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PAGE_ROLE) == page_id:
                self.pages.setCurrentRow(row)
                return

    def page_html(self, page_id: str) -> str:
        guidance = self.context.catalog.guidance
        builders: dict[str, Callable[[Guidance], tuple[str, list[FactMeta]]]] = {
            "actions": self._actions,
            "tips": self._tips,
            "signs": self._signs,
            "topics": self._topics,
            "agreements": self._agreements,
            "worried": self._worry_steps,
            "limits": self._limits,
        }
        body, metas = builders[page_id](guidance)
        title = dict(self._page_titles())[page_id]
        return f"<h2>{_e(title)}</h2>{body}{self._sources(metas)}"

    def _text(self, text: Text) -> str:
        return _e(text.get(self.context.language))

    def _entries(self, entries: Iterable[tuple[Text, Text]], numbered: bool = False) -> str:
        parts = []
        for number, (title, text) in enumerate(entries, start=1):
            heading = f"{number}. {self._text(title)}" if numbered else self._text(title)
            parts.append(f"<h3>{heading}</h3><p>{self._text(text)}</p>")
        return "".join(parts)

    def _actions(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        parts = []
        for action in guidance.actions:
            section = FEATURE_SECTIONS.get(action.feature, "guidance")
            link = self.tr("Go to %1").replace("%1", self._section_name(section))
            where = self.tr("In the planner:")  # outside the f-string, where lupdate sees it
            parts.append(
                f"<h3>{self._text(action.title)}</h3><p>{self._text(action.text)}</p>"
                f"<p><i>{_e(where)}</i> {self._text(action.feature_text)}"
                f' <a href="{SECTION_SCHEME}:{section}">{_e(link)}</a></p>'
            )
        return "".join(parts), [a.meta for a in guidance.actions]

    def _plan_country(self) -> str:
        """The open plan's country: tips and steps that name another country's services are left
        out. With no plan open every country's are shown."""
        if not self.context.is_open:
            return ""
        return self.ops.read(lambda session: get_details(session).country, "")

    def _tips(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        country = self._plan_country()
        tips = [t for t in guidance.tips if not country or t.applies_to(country, t.ages[0])]
        parts = [
            f"<h3>{self._text(tip.title)}</h3><p>{self._text(tip.text)}"
            f" <small>({_e(self._ages(tip.ages))})</small></p>"
            for tip in tips
        ]
        return "".join(parts), [t.meta for t in tips]

    def _signs(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        intro = self.tr(
            "One sign alone does not prove anything. Several together, or a sign that worries "
            "you, are worth a calm talk."
        )
        body = self._entries((s.title, s.text) for s in guidance.signs)
        return f"<p>{_e(intro)}</p>{body}", [s.meta for s in guidance.signs]

    def _topics(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        parts = []
        for topic in guidance.topics:
            parts.append(f"<h3>{self._text(topic.title)}</h3><p>{self._text(topic.text)}</p>")
            for band, questions in topic.questions.items():
                if not questions:
                    continue
                label = self.tr("Ages %1").replace("%1", band.replace("-", "–"))
                items = "".join(f"<li>{self._text(q)}</li>" for q in questions)
                parts.append(f"<p><b>{_e(label)}</b></p><ul>{items}</ul>")
        return "".join(parts), [t.meta for t in guidance.topics]

    def _agreements(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        intro = self.tr(
            "Ideas for the rules your household agrees on together. Pick the ones that fit; "
            "each child's agreed rules are kept with that child."
        )
        items = "".join(
            f"<li>{self._text(item.text)} <small>({_e(self._ages(item.ages))})</small></li>"
            for item in guidance.agreement_items
        )
        return f"<p>{_e(intro)}</p><ul>{items}</ul>", [i.meta for i in guidance.agreement_items]

    def _worry_steps(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        country = self._plan_country()
        steps = guidance.worry_steps_for(country) if country else guidance.worry_steps
        body = self._entries(((s.title, s.text) for s in steps), numbered=True)
        return body, [s.meta for s in steps]

    def _limits(self, guidance: Guidance) -> tuple[str, list[FactMeta]]:
        body = self._entries((s.title, s.text) for s in guidance.limits)
        return body, [s.meta for s in guidance.limits if s.meta is not None]

    def _ages(self, ages: tuple[int, int]) -> str:
        return self.tr("ages %1 to %2").replace("%1", str(ages[0])).replace("%2", str(ages[1]))

    def _sources(self, metas: Sequence[FactMeta]) -> str:
        """Every source of the page once, in order, and when they were checked (small)."""
        if not metas:
            return ""
        sources = list(dict.fromkeys(source for meta in metas for source in meta.sources))
        first = min(meta.checked for meta in metas)
        last = max(meta.checked for meta in metas)
        if first == last:
            checked = self.tr("Checked on %1.").replace("%1", words.date_text(first))
        else:
            checked = (
                self.tr("Checked between %1 and %2.")
                .replace("%1", words.date_text(first))
                .replace("%2", words.date_text(last))
            )
        listed = "".join(f"<li><small>{_e(source)}</small></li>" for source in sources)
        heading = self.tr("Sources")  # outside the f-string, where lupdate sees it
        return f"<hr/><p><small><b>{_e(heading)}</b> {_e(checked)}</small></p><ul>{listed}</ul>"

    def _section_name(self, section_id: str) -> str:
        return {
            "apps": self.tr("Apps"),
            "reminders": self.tr("Reminders"),
            "conversations": self.tr("Conversations"),
            "concerns": self.tr("Concerns"),
            "contacts": self.tr("Contacts"),
            "children": self.tr("Children"),
            "guidance": self.tr("Guidance"),
        }.get(section_id, section_id)

    # -- links --------------------------------------------------------------------------

    def _follow(self, url: QUrl) -> None:
        """Switch sections for a "Go to" link; any other link does nothing at all."""
        if url.scheme() == SECTION_SCHEME and url.path() in FEATURE_SECTIONS.values():
            self.open_section.emit(url.path())
