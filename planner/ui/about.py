"""About: the version, the licences of what ships with the planner, and where plans are kept."""

from __future__ import annotations

from importlib.metadata import version
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.core.content_packs.store import ContentInUse
from planner.paths import AppPaths
from planner.resources import resource_path

DISTRIBUTION = "family-safety-planner"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class Component(NamedTuple):
    name: str
    licence: str
    distribution: str | None  # whose package metadata states the licence (a test checks it)


# The one licence that is words rather than a name: shown translated.
PUBLIC_DOMAIN = "Public domain"
# Licences as each package's metadata states them; the C libraries have no Python metadata.
COMPONENTS = (
    Component(
        "Qt, Qt for Python (PySide6)",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
        "PySide6-Essentials",
    ),
    Component("SQLCipher (Zetetic)", "BSD-style", None),
    Component("SQLite", PUBLIC_DOMAIN, None),
    Component("OpenSSL (inside SQLCipher)", "Apache-2.0", None),
    Component("sqlcipher3", "zlib", None),  # no licence field; its LICENSE file is zlib's text
    Component("SQLAlchemy", "MIT", "SQLAlchemy"),
    Component("Alembic", "MIT", "alembic"),
    Component("Mako", "MIT", "Mako"),
    Component("argon2-cffi", "MIT", "argon2-cffi"),
    Component("cffi", "MIT-0", "cffi"),
    Component("Jinja2", "BSD License", "Jinja2"),
    Component("MarkupSafe", "BSD-3-Clause", "MarkupSafe"),
    Component("python-dateutil", "BSD-3-Clause", "python-dateutil"),
    Component("icalendar", "BSD-2-Clause", "icalendar"),
    Component("tzdata", "Apache-2.0", "tzdata"),
    Component("platformdirs", "MIT", "platformdirs"),
    Component("cryptography", "Apache-2.0 OR BSD-3-Clause", "cryptography"),
    Component("Python", "PSF-2.0", None),
    # The window's icons (resources/icons/lucide/LICENSE): ISC, a few drawn from Feather (MIT).
    Component("Lucide icons (lucide-static 1.62.0)", "ISC (some icons MIT, from Feather)", None),
)


class AboutDialog(QDialog):
    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        content: ContentInUse | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", version(DISTRIBUTION)))
        self.content_label = QLabel(self._content_words(content, lang) if content else "")
        self.content_label.setWordWrap(True)
        self.content_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label = QLabel(str(paths.data_dir))
        self.folder_label.setTextInteractionFlags(SELECTABLE)
        self.folder_label.setAccessibleName(self.tr("Folder where the planner keeps its files"))

        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. "
                "The planner makes no network connections: your plan stays on this computer "
                "unless you export it."
            )
        )
        licence.setWordWrap(True)
        layout.addWidget(licence)
        layout.addWidget(self.content_label)
        layout.addWidget(QLabel(self.tr("The planner keeps its files in this folder:")))
        layout.addWidget(self.folder_label)
        layout.addWidget(self._components())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _content_words(self, content: ContentInUse, lang: str) -> str:
        """Which safety information the planner uses, and how old it is."""
        from planner.core.content_packs.store import BUILT_IN
        from planner.core.i18n import long_date

        where = (
            self.tr("built into this planner")
            if content.source == BUILT_IN
            else self.tr("updated from a file")
        )
        words = [
            self.tr("Safety information: version %1 (%2), checked on %3.")
            .replace("%1", content.version.text)
            .replace("%2", where)
            .replace("%3", long_date(content.checked, lang))
        ]
        if content.test_key:
            words.append(self.tr("It is signed with a TEST key, not by the planner's makers."))
        if content.refused:
            words.append(
                self.tr(
                    "An imported update was not used: its file was changed or damaged. Use "
                    "Help, Update safety information from a file, to import it again."
                )
            )
        return " ".join(words)

    def _heading(self) -> QHBoxLayout:
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "planner-64.png"))))
        icon.setAccessibleName(self.tr("Planner icon"))
        title = QLabel(self.tr("Family Safety Planner"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(self.version_label)
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addLayout(text, 1)
        return heading

    def _components(self) -> QGroupBox:
        box = QGroupBox(self.tr("Included components and their licences"))
        form = QFormLayout(box)
        for component in COMPONENTS:
            licence = QLabel(self._licence_text(component.licence))
            licence.setTextInteractionFlags(SELECTABLE)
            licence.setWordWrap(True)  # a long licence name wraps on a small screen
            licence.setAccessibleName(self.tr("Licence of %1").replace("%1", component.name))
            form.addRow(component.name, licence)
        return box

    def _licence_text(self, licence: str) -> str:
        return self.tr("Public domain") if licence == PUBLIC_DOMAIN else licence
