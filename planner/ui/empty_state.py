"""An empty list's one sentence of what to do next, with the button that does it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.ui import icons, style


class EmptyState(QFrame):
    # The person pressed the button that fills the empty place.
    activated = Signal()

    def __init__(
        self, icon_name: str, sentence: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        style.make_card(self)
        picture = QLabel(self)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence = QLabel(sentence, self)
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(button_text, self)
        icons.follow_palette(self, lambda: self._draw_icons(picture, icon_name))
        self.button.setAccessibleDescription(sentence)
        self.button.clicked.connect(self.activated)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.button)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.L, style.L, style.L, style.L)
        layout.setSpacing(style.S)
        layout.addWidget(picture)
        layout.addWidget(self.sentence)
        layout.addLayout(centred)
        self.setAccessibleName(sentence)

    def _draw_icons(self, picture: QLabel, icon_name: str) -> None:
        picture.setPixmap(icons.pixmap(icon_name, icons.LARGE, self))
        self.button.setIcon(icons.icon("plus", self))

    def text(self) -> str:
        return self.sentence.text()
