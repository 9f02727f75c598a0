"""Finds the read-only resources (catalog, guidance, templates, translations).

They sit beside the package in a checkout or an editable install, inside the package
(`planner/_resources`) in a wheel, and under the unpack folder in a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "_resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    raise FileNotFoundError("The planner's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
