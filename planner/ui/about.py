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
    Component("Python", "PSF-2.0", None),
)


class AboutDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", version(DISTRIBUTION)))
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
        layout.addWidget(QLabel(self.tr("The planner keeps its files in this folder:")))
        layout.addWidget(self.folder_label)
        layout.addWidget(self._components())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

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
            licence.setAccessibleName(self.tr("Licence of %1").replace("%1", component.name))
            form.addRow(component.name, licence)
        return box

    def _licence_text(self, licence: str) -> str:
        return self.tr("Public domain") if licence == PUBLIC_DOMAIN else licence
