"""Every colour the design adds reads on light and on dark palettes (docs/design-system.md)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from planner.ui import style
from planner.ui.views.export import ExportView

LIGHT_BACKGROUNDS = ("#ffffff", "#efefef")  # Fusion's light base and window
DARK_BACKGROUNDS = ("#1e1e1e", "#2b2b2b", "#353535")  # common dark bases and windows


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("name", sorted(style.TONES))
def test_each_tone_has_text_contrast_on_light_and_dark(name: str) -> None:
    light, dark = style.TONES[name]
    for background in LIGHT_BACKGROUNDS:
        assert contrast(QColor(light), QColor(background)) >= 4.5
    for background in DARK_BACKGROUNDS:
        assert contrast(QColor(dark), QColor(background)) >= 4.5


def test_the_export_preview_is_paper_in_a_dark_theme(qtbot, ui_context, ops):  # type: ignore[no-untyped-def]
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.setPalette(dark)
    palette = view.preview.palette()
    ink, paper = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    assert contrast(ink, paper) >= 7
    assert paper.lightness() > 200  # the printed page's white, not the theme's dark base
