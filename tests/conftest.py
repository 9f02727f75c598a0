"""Test set-up: offscreen Qt, data folders in tmp_path, no network, template plans.

Qt must learn its platform before it is first imported, so this runs at import time.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The offscreen platform's fonts: the ones the planner ships, so that every machine (even one
# with no fonts installed) lays out and draws the same glyphs.
os.environ.setdefault("QT_QPA_FONTDIR", str(Path(__file__).parents[1] / "resources" / "fonts"))

PASSPHRASE = "correct horse battery staple"


class _NoNetworkSocket(socket.socket):
    """Local (AF_UNIX) sockets are fine; anything that could reach a network is a failure."""

    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family not in (getattr(socket, "AF_UNIX", None),):
            raise RuntimeError("The planner must never open a network socket (tests forbid it).")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _forbid_network() -> None:
    socket.socket = _NoNetworkSocket  # type: ignore[misc]

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("The planner must never open a network connection (tests forbid it).")

    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


_forbid_network()


@pytest.fixture(autouse=True)
def planner_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: nothing touches the real home folder."""
    home = tmp_path_factory.mktemp("planner-home")
    # Log-in entries ("remind me even when closed") go to the test's folder, never the real one.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("FAMILY_SAFETY_PLANNER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def catalog():
    from planner.core.catalog import load_catalog

    return load_catalog()


def _build_template(folder: Path, name: str, passphrase: str | None, demo: bool) -> Path:
    from planner.core.catalog import load_catalog
    from planner.core.demo import build_demo
    from planner.core.plans import PlanFile
    from planner.core.services.plan import NewPlan, start_plan

    catalog = load_catalog()
    path = folder / name

    def fill(session):
        if demo:
            build_demo(session, catalog)
        else:
            start_plan(session, NewPlan(name="Test plan", country="US"), catalog)

    PlanFile.create(path, fill, passphrase).close()
    return path


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Plans built once per run and copied per test (building one runs every migration)."""
    folder = tmp_path_factory.mktemp("templates")
    return {
        "empty": _build_template(folder, "empty.plan", None, demo=False),
        "demo": _build_template(folder, "demo.plan", None, demo=True),
        "demo-protected": _build_template(folder, "protected.plan", PASSPHRASE, demo=True),
    }


def _copy(templates: dict[str, Path], kind: str, target: Path) -> Path:
    shutil.copy2(templates[kind], target)
    return target


@pytest.fixture
def empty_plan_path(templates: dict[str, Path], tmp_path: Path) -> Path:
    return _copy(templates, "empty", tmp_path / "family.plan")


@pytest.fixture
def demo_plan_path(templates: dict[str, Path], tmp_path: Path) -> Path:
    return _copy(templates, "demo", tmp_path / "demo.plan")


@pytest.fixture
def protected_plan_path(templates: dict[str, Path], tmp_path: Path) -> Path:
    return _copy(templates, "demo-protected", tmp_path / "protected.plan")


@pytest.fixture
def plan(empty_plan_path: Path) -> Iterator[object]:
    """An open, empty plan (US, home) for service tests."""
    from planner.core.plans import PlanFile

    with PlanFile.open(empty_plan_path) as opened:
        yield opened


@pytest.fixture
def session(plan):
    """One unit of work on the empty plan, committed when the test ends."""
    with plan.unit_of_work() as active:
        yield active


def reopened(plan):
    """Close the plan and open its file again: what was saved is what is read."""
    from planner.core.plans import PlanFile

    plan.close()
    return PlanFile.open(plan.path)
