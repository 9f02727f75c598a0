"""Before `make run` and `make test`: does this machine have the system libraries Qt needs?

Everything else is installed into .venv by the Makefile; Qt's system libraries (OpenGL, EGL,
fontconfig, X11/xcb for a real window) are the one thing pip cannot bring. Without them Qt fails
later with a message that names one library at a time (or, for the window, a misleading
"xcb-cursor0 is needed"), so this asks `ldd` for every missing one at once and prints the exact
apt-get line. It imports nothing from Qt, so it works where Qt cannot load.

Usage: python packaging/check_system.py test|run   (exit 0: all there; 1: the line is printed)
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

# The library files Qt loads, and the Debian/Ubuntu package that has each.
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libgl1",
    "libGLdispatch.so.0": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libpng16.so.16": "libpng16-16",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# What the tests load (offscreen, PDF export) and what a real window adds.
OFFSCREEN = [
    "QtCore.abi3.so",
    "QtGui.abi3.so",
    "QtWidgets.abi3.so",
    "QtSvg.abi3.so",
    "QtPrintSupport.abi3.so",
    "Qt/plugins/platforms/libqoffscreen.so",
]
WINDOW = [*OFFSCREEN, "Qt/plugins/platforms/libqxcb.so"]


def missing_libraries(files: list[Path]) -> list[str]:
    missing: set[str] = set()
    for file in files:
        listing = subprocess.run(["ldd", str(file)], capture_output=True, text=True, check=False)
        for line in listing.stdout.splitlines():
            if "not found" in line:
                missing.add(line.split("=>")[0].strip())
    return sorted(missing)


def main(purpose: str) -> int:
    if shutil.which("ldd") is None:  # not Linux (macOS, Windows): Qt's wheels carry their own
        return 0
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        print("PySide6 is not installed in this environment: run `make install`.", file=sys.stderr)
        return 1
    root = Path(spec.origin).parent
    files = [root / name for name in (WINDOW if purpose == "run" else OFFSCREEN)]
    missing = missing_libraries([file for file in files if file.exists()])
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(name, "") for name in missing} - {""})
    unknown = [name for name in missing if name not in PACKAGES]
    print("Qt needs system libraries that this computer does not have yet:", file=sys.stderr)
    print(f"  {', '.join(missing)}", file=sys.stderr)
    if packages:
        print("Install them once (as root), then run make again:", file=sys.stderr)
        print(f"  sudo apt-get install -y {' '.join(packages)}", file=sys.stderr)
    if unknown:
        names = ", ".join(unknown)
        print(
            f"Find the package that has {names} with apt-file (sudo apt-get install apt-file, "
            "sudo apt-file update, then apt-file search NAME).",
            file=sys.stderr,
        )
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "test"))
