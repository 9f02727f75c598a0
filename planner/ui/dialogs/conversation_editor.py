"""Write down a safety talk: when, with whom, about what, what was said and what comes next.

While the adult picks topics, the opening questions for each chosen child's age are shown as
suggestions to glance at; they are not saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import AGE_BANDS, Catalog
from planner.core.dto import ChildDTO, ConversationDTO
from planner.ui import words
from planner.ui.dialogs.editor import EditorDialog
from planner.ui.dialogs.log_fields import (
    CheckList,
    OptionalDate,
    age_band,
    long_text,
    past_date,
    to_date,
    to_qdate,
)

# The youngest age the catalog's opening questions are written for (the band "8-10").
YOUNGEST_BAND_AGE = 8


@dataclass(frozen=True)
class ConversationValues:
    held_on: dt.date
    child_ids: tuple[int, ...]
    topics: tuple[str, ...]
    said: str
    child_wants: str
    follow_up: str
    follow_up_on: dt.date | None


class ConversationEditor(EditorDialog):
    def __init__(
        self,
        conversation: ConversationDTO | None,
        children: list[ChildDTO],
        catalog: Catalog,
        language: str,
        parent: QWidget | None = None,
        preselect_child: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit conversation") if conversation else self.tr("Log a conversation")
        )
        self._children = children
        self._catalog = catalog
        self._language = language
        self._build()
        self.children_list.set_choices((c.nickname, c.id, "") for c in children)
        self.topics.set_choices(
            (words.localized(t.title, language), t.id, words.localized(t.text, language))
            for t in catalog.guidance.topics
        )
        if conversation is not None:
            self._load(conversation)
        elif preselect_child is not None or len(children) == 1:
            self.children_list.check(preselect_child or children[0].id)
        self.children_list.changed.connect(self._suggest)
        self.topics.changed.connect(self._suggest)
        self.held_on.dateChanged.connect(self._suggest)
        self._suggest()
        self.resize(900, 620)

    def _build(self) -> None:
        self.held_on = past_date(self, None, self.tr("Date of the conversation"))
        self.children_list = CheckList(self, self.tr("Children who took part"))
        self.children_list.setMaximumHeight(90)
        self.topics = CheckList(self, self.tr("Topics"))
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(self.tr("Questions to start with"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.suggestions.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.said = long_text(self, self.tr("What was said"), 110)
        self.child_wants = long_text(self, self.tr("What the child wants"))
        self.follow_up = QLineEdit(self)
        self.follow_up.setAccessibleName(self.tr("Follow-up"))
        self.follow_up.setPlaceholderText(self.tr("For example: look at the friends list together"))
        self.follow_up_on = OptionalDate(self, self.tr("Follow-up date"))
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()

        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        left.addRow(self.tr("&Date:"), self.held_on)
        left.addRow(self.tr("C&hildren who took part:"), self.children_list)
        left.addRow(self.tr("&Topics:"), self.topics)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        right.addRow(self.tr("&Questions to start with (not saved):"), self.suggestions)
        right.addRow(self.tr("What was &said:"), self.said)
        right.addRow(self.tr("What the child &wants:"), self.child_wants)
        right.addRow(self.tr("&Follow-up:"), self.follow_up)
        right.addRow(self.tr("Follow-up d&ate:"), self.follow_up_on)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _load(self, conversation: ConversationDTO) -> None:
        self.held_on.setDate(to_qdate(conversation.held_on))
        self.children_list.set_checked(conversation.child_ids)
        self.topics.set_checked(conversation.topics)
        self.said.setPlainText(conversation.said)
        self.child_wants.setPlainText(conversation.child_wants)
        self.follow_up.setText(conversation.follow_up)
        self.follow_up_on.set_value(conversation.follow_up_on)

    def _suggest(self) -> None:
        """The chosen topics' opening questions, once per age band among the chosen children."""
        self.suggestions.clear()
        chosen = set(self.children_list.checked())
        year = to_date(self.held_on.date()).year
        bands: dict[str, list[str]] = {}
        for child in self._children:
            if child.id in chosen:
                bands.setdefault(age_band(child.age_in(year)), []).append(child.nickname)
        topics = [t for t in self._catalog.guidance.topics if t.id in self.topics.checked()]
        if not bands or not topics:
            self._note(self.tr("Choose a child and a topic to see questions that fit their age."))
            return
        youngest = min(
            (c.age_in(year) for c in self._children if c.id in chosen), default=YOUNGEST_BAND_AGE
        )
        for band, names in bands.items():
            self._heading(
                self.tr("For %1 (ages %2):").replace("%2", band).replace("%1", ", ".join(names))
            )
            if band == AGE_BANDS[0] and youngest < YOUNGEST_BAND_AGE:
                self._note(
                    self.tr(
                        "These are written for ages 8 to 10: with a younger child, ask in "
                        "simpler words, or start from a story or a picture."
                    )
                )
            for topic in topics:
                for question in topic.questions.get(band, ()):
                    QListWidgetItem("• " + question.get(self._language), self.suggestions)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.suggestions)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _note(self, text: str) -> None:
        QListWidgetItem(text, self.suggestions)

    def accept(self) -> None:
        """Keep the dialog open, with what was typed, until a child is chosen."""
        if not self.children_list.checked():
            self.error.setText(self.tr("Choose at least one child who was part of the talk."))
            self.error.show()
            self.children_list.setFocus()
            return
        super().accept()

    def value(self) -> ConversationValues:
        return ConversationValues(
            held_on=to_date(self.held_on.date()),
            child_ids=tuple(self.children_list.checked()),
            topics=tuple(self.topics.checked()),
            said=self.said.toPlainText(),
            child_wants=self.child_wants.toPlainText(),
            follow_up=self.follow_up.text(),
            follow_up_on=self.follow_up_on.value(),
        )
