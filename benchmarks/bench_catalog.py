"""Median time to load the real catalog cold: a fresh interpreter for each of 5 runs.

Each run times the import of planner.core.catalog and the first `load_catalog()` separately, so a
slow import cannot hide behind a fast parse. The goal is a load well under 50 ms.

    .venv/bin/python benchmarks/bench_catalog.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

RUNS = 5
GOAL_MS = 50.0

CHILD = """
import json, time
started = time.perf_counter()
from planner.core.catalog import load_catalog
imported = time.perf_counter()
catalog = load_catalog()
loaded = time.perf_counter()
timings = {"import": imported - started, "load": loaded - imported, "apps": len(catalog.apps)}
print(json.dumps(timings))
"""


def one_cold_run() -> dict[str, float]:
    checkout = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=checkout, capture_output=True, text=True, check=True
    )
    timings: dict[str, float] = json.loads(result.stdout)
    return timings


def main() -> None:
    runs = [one_cold_run() for _ in range(RUNS)]
    import_ms = statistics.median(run["import"] for run in runs) * 1000
    load_ms = statistics.median(run["load"] for run in runs) * 1000
    verdict = "ok" if load_ms < GOAL_MS else "TOO SLOW"
    print(f"catalog: {int(runs[0]['apps'])} apps, median of {RUNS} cold runs")
    print(f"  import planner.core.catalog: {import_ms:6.1f} ms")
    print(f"  load_catalog():              {load_ms:6.1f} ms  (goal < {GOAL_MS:.0f} ms: {verdict})")


if __name__ == "__main__":
    main()
