"""The font the planner ships (resources/fonts): exports look the same on every computer.

Qt draws empty boxes, without a warning, when a machine has no fonts at all; registering the
shipped files makes real glyphs available to QTextDocument and to the window alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from planner.resources import resource_path

# The family the PDF stylesheet (resources/templates/pdf.css.j2) names first.
SHIPPED_FAMILY = "DejaVu Sans"


@cache
def register_shipped_fonts() -> str:
    """Register every shipped font file once per process; returns the family to use.

    Needs a QGuiApplication. Raises FileNotFoundError when an installation lost its fonts, so a
    PDF is never printed in boxes.
    """
    files = sorted(resource_path("fonts").glob("*.ttf"))
    if not files:
        raise FileNotFoundError("The planner's fonts are missing from this installation.")
    for file in files:
        if QFontDatabase.addApplicationFont(str(file)) < 0:
            raise FileNotFoundError(f"The planner's font {file.name} could not be read.")
    return SHIPPED_FAMILY
