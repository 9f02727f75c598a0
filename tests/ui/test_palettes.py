"""Every colour the design adds reads on light and on dark palettes (docs/design-system.md)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

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


@pytest.fixture
def dark_theme(qapp):  # type: ignore[no-untyped-def]
    """The whole application in a dark theme, as a system's dark mode sets it before any window."""
    before = QPalette(qapp.palette())
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(before)


def drawn_colours(widget: QWidget) -> Counter[str]:
    """How many pixels of each colour the widget draws, as "#rrggbb"."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(image.constBits()).cast("I")  # 0xffRRGGBB each
    return Counter(f"#{pixel & 0xFFFFFF:06x}" for pixel in pixels)


def written_colours(preview: QTextBrowser) -> tuple[QColor, set[str]]:
    """The page's background and every colour its text is written in, as the document has them
    (a colour the HTML leaves unset comes from the preview's palette)."""
    palette = preview.palette()
    document = preview.document()
    page = document.rootFrame().frameFormat().background()
    paper = (
        page.color()
        if page.style() != Qt.BrushStyle.NoBrush
        else palette.color(QPalette.ColorRole.Base)
    )
    inks = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            brush = fragments.fragment().charFormat().foreground()
            if fragments.fragment().text().strip():
                ink = (
                    brush.color()
                    if brush.style() != Qt.BrushStyle.NoBrush
                    else palette.color(QPalette.ColorRole.Text)
                )
                inks.add(ink.name())
            fragments += 1
        block = block.next()
    return paper, inks


def test_the_export_preview_reads_as_printed_paper_in_a_dark_theme(  # type: ignore[no-untyped-def]
    qtbot, dark_theme, ui_context, ops
):
    """What the preview draws, read back as pixels, and every colour its document writes text
    in (the muted notes, the links, the tables' heads): each reads at WCAG's 4.5:1 on the page."""
    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    assert view.audience.count() == 3  # the family's plan, Maya's and Leo's
    for index in range(view.audience.count()):
        view.audience.setCurrentIndex(index)
        drawn = drawn_colours(view.preview.viewport())
        # The commonest colour is the page; the next is the ink of the words on it.
        (paper, paper_pixels), (ink, _) = drawn.most_common(2)
        assert paper_pixels > drawn.total() / 2
        assert QColor(paper).lightness() > 200  # the printed page's white, not the dark base
        assert contrast(QColor(ink), QColor(paper)) >= 4.5, (view.audience.currentText(), ink)
        written_paper, inks = written_colours(view.preview)
        assert written_paper.name() == paper
        faint = [name for name in inks if contrast(QColor(name), written_paper) < 4.5]
        assert not faint, (view.audience.currentText(), faint)


def _dark_palette() -> QPalette:
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    return dark


def _drawn_colour(pixmap) -> QColor:  # type: ignore[no-untyped-def]
    """The colour of the icon's strokes: its most opaque pixel."""
    image = pixmap.toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return max(pixels, key=lambda colour: colour.alpha())


def test_icons_and_tones_follow_a_switch_to_dark_while_the_window_is_open(qtbot, ui_context):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLabel

    from planner.ui.main_window import MainWindow

    app = QApplication.instance()
    light = QPalette(app.palette())
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    toned = QLabel("Open concern", window)
    style.set_tone(toned, "concern")
    exit_icon = window.quick_exit_button.icon
    try:
        before = _drawn_colour(exit_icon().pixmap(16, 16))
        app.setPalette(_dark_palette())
        # Drawn again once the event loop has turned.
        qtbot.waitUntil(lambda: _drawn_colour(exit_icon().pixmap(16, 16)).lightness() > 128)
        after = _drawn_colour(exit_icon().pixmap(16, 16))
        qtbot.waitUntil(
            lambda: toned.palette().color(QPalette.ColorRole.WindowText).lightness() > 128
        )
        toned_after = toned.palette().color(QPalette.ColorRole.WindowText)
    finally:
        app.setPalette(light)

    # Drawn again in the dark theme's text colour: light strokes that read on the dark bar.
    assert before.lightness() < 128 < after.lightness()
    assert toned_after == QColor(style.TONES["concern"][1])


def _strongest_contrast_with_window(widget, palette: QPalette) -> float:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    window = palette.color(QPalette.ColorRole.Window)
    return max(
        contrast(image.pixelColor(x, y), window)
        for x in range(image.width())
        for y in range(image.height())
    )


def test_an_empty_check_box_and_text_field_show_their_edges_on_a_dark_palette(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QStyleFactory

    from planner.ui.edges import VisibleEdges

    dark = _dark_palette()
    # Kept here for the test's length: a widget does not own the style it is given.
    styles = {"fusion": QStyleFactory.create("Fusion"), "ours": VisibleEdges("Fusion")}
    shown = {}
    for name, chosen in styles.items():
        for kind in (QCheckBox, QLineEdit):
            widget = kind()
            qtbot.addWidget(widget)
            widget.setStyle(chosen)
            widget.setPalette(dark)
            widget.resize(120, 28)
            shown[name, kind.__name__] = _strongest_contrast_with_window(widget, dark)

    # Fusion's own edge all but vanishes there; ours reads as a control (WCAG: 3:1).
    assert shown["fusion", "QCheckBox"] < 3
    assert shown["ours", "QCheckBox"] >= 3
    assert shown["ours", "QLineEdit"] >= 3
