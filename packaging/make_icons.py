"""Render resources/icons/planner.svg to the PNG, ICO (Windows) and ICNS (macOS) icons.

Run after changing the SVG and commit the outputs: `.venv/bin/python packaging/make_icons.py`.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
# ICNS chunk types that hold PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in pngs.items()
    )
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (QPainter needs a GUI application)
    renderer = QSvgRenderer(str(ICONS / "planner.svg"))
    if not renderer.isValid():
        raise SystemExit("planner.svg could not be read")
    pngs = {size: render(renderer, size) for size in (*PNG_SIZES, 512)}
    for size in PNG_SIZES:
        (ICONS / f"planner-{size}.png").write_bytes(pngs[size])
    (ICONS / "planner.ico").write_bytes(ico({size: pngs[size] for size in PNG_SIZES}))
    (ICONS / "planner.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))


if __name__ == "__main__":
    main()
