"""Every HTML export of the demo plan (family with and without the log, each young person, in
English and Spanish) through the W3C Nu checker and axe-core in a real browser.

Slow and dependent on tools outside Python: `make test-long` only. Where the tools live:
  VNU_JAR=/path/vnu.jar        (npm install vnu-jar; needs apt-get install default-jre-headless)
  AXE_NODE_MODULES=/path/node_modules   (npm install axe-core puppeteer-core;
                                          needs apt-get install chromium)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from planner.core.catalog import Catalog
from planner.core.export.html import render_html
from planner.core.export.summary import family_summary
from planner.core.export.youth import youth_summary
from planner.core.plans import PlanFile
from planner.core.services import children, plan

pytestmark = pytest.mark.long
AXE_SCRIPT = Path(__file__).with_name("axe_check.js")


@pytest.fixture
def exports(demo_plan_path: Path, catalog: Catalog, tmp_path: Path) -> list[Path]:
    written = []
    with PlanFile.open(demo_plan_path) as opened:
        for language in ("en", "es"):
            with opened.unit_of_work() as session:
                details = plan.get_details(session)
                plan.update_details(
                    session, plan.NewPlan(details.name, "US", language, details.mode), catalog
                )
                views = [
                    family_summary(session, catalog),
                    family_summary(session, catalog, include_log=True),
                    *(youth_summary(session, catalog, kid.id)
                      for kid in children.list_children(session)),
                ]  # fmt: skip
            for index, view in enumerate(views):
                path = tmp_path / f"{language}-{index}.html"
                path.write_text(render_html(view, for_pdf=False), encoding="utf-8")
                written.append(path)
    return written


def test_the_nu_checker_finds_no_errors(exports: list[Path]) -> None:
    jar = os.environ.get("VNU_JAR", "")
    if not (jar and Path(jar).is_file() and shutil.which("java")):
        pytest.skip("set VNU_JAR: npm install vnu-jar; apt-get install default-jre-headless")
    result = subprocess.run(
        ["java", "-jar", jar, "--errors-only", *map(str, exports)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr


def test_axe_core_finds_no_violations_including_best_practice(exports: list[Path]) -> None:
    modules = os.environ.get("AXE_NODE_MODULES", "")
    if not (modules and (Path(modules) / "axe-core").is_dir() and shutil.which("node")):
        pytest.skip(
            "set AXE_NODE_MODULES: npm install axe-core puppeteer-core; apt-get install chromium"
        )
    result = subprocess.run(
        ["node", str(AXE_SCRIPT), *map(str, exports)],
        capture_output=True, text=True, check=True, timeout=300,
        env={**os.environ, "NODE_PATH": modules},
    )  # fmt: skip

    violations = json.loads(result.stdout)
    assert len(violations) == len(exports)
    assert {name: found for name, found in violations.items() if found} == {}
