"""The planner against its floors: start-up, the big plan, memory, PDF export and typing.

Every figure is the median of RUNS fresh processes, each timed from spawn to exit by this
process (`os.wait4` also gives the child's peak RSS), the floor's runs interleaved with the
planner's so that a busy machine slows both alike. Prints one table and writes
benchmarks/results/latest.json. The big plan is generated once into benchmarks/results/.

    .venv/bin/python benchmarks/run.py [--runs N]      (or: make bench)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PASSPHRASE = "correct horse battery staple"
READY = {"FAMILY_SAFETY_PLANNER_EXIT_WHEN_READY": "1"}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float
    stdout: str


@dataclass(frozen=True)
class Row:
    figure: str
    floor: float
    planner: float
    unit: str
    target: float  # the ratio to stay within (for typing: the planner's ms)

    @property
    def ratio(self) -> float:
        return self.planner / self.floor

    @property
    def met(self) -> bool:
        value = self.planner if self.unit == "ms stall" else self.ratio
        return value <= self.target


def spawn(args: list[str], env: dict[str, str] | None = None, stdin: str = "") -> Run:
    """One fresh process: wall time from spawn to exit, its peak RSS, what it printed."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            args,
            env=full_env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(stdin)
        child.stdin.close()
        out = child.stdout.read()
        # Reaped here, not by Popen.wait: wait4 also reports the child's peak memory.
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
        if child.returncode != 0:
            errors.seek(0)
            raise SystemExit(
                f"{' '.join(args)} failed ({child.returncode}):\n{errors.read()[-2000:]}"
            )
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Run(seconds, usage.ru_maxrss * scale / 2**20, out)


def paired(
    runs: int, floor: Callable[[], Run], planner: Callable[[], Run]
) -> tuple[list[Run], list[Run]]:
    floors, planners = [], []
    for _ in range(runs):
        floors.append(floor())
        planners.append(planner())
    return floors, planners


def median(runs: list[Run], field: str = "seconds") -> float:
    return statistics.median(getattr(run, field) for run in runs)


# -- the plans ------------------------------------------------------------------------------


def planner_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "planner", *args]


def prepare_plans() -> dict[str, Path]:
    RESULTS.mkdir(exist_ok=True)
    plans = {name: RESULTS / f"{name}.plan" for name in ("big", "demo", "protected")}
    generator = HERE / "bigplan.py"
    big = plans["big"]
    if not big.exists() or big.stat().st_mtime < generator.stat().st_mtime:
        print("Generating the big plan (once)…", file=sys.stderr)
        big.unlink(missing_ok=True)
        subprocess.run([sys.executable, str(generator), str(big)], check=True)
    for name in ("demo", "protected"):
        plans[name].unlink(missing_ok=True)
    spawn(planner_command("demo", "--plan", str(plans["demo"])))
    spawn(
        planner_command("demo", "--plan", str(plans["protected"]), "--passphrase-stdin"),
        stdin=PASSPHRASE + "\n",
    )
    return plans


# -- the figures ----------------------------------------------------------------------------


def window_floor() -> Run:
    return spawn([sys.executable, str(HERE / "floor_window.py")])


def open_window(plan: Path) -> Callable[[], Run]:
    home = str(RESULTS / "home")
    return lambda: spawn(planner_command("--data-dir", home, "--plan", str(plan)), READY)


def export_rows(runs: int, big: Path) -> tuple[Row, dict[str, int]]:
    out = RESULTS / "big.pdf"
    floor_out = RESULTS / "floor.pdf"
    export = planner_command("export", "--plan", str(big), "--format", "pdf")
    export += ["--out", str(out), "--force"]
    first = spawn(export)
    pages = int(first.stdout.split("PDF of ")[1].split()[0])
    sections = _calibrated_sections(pages, floor_out)
    floor_args = [sys.executable, str(HERE / "floor_pdf.py"), "--sections", str(sections)]
    floors, planners = paired(
        runs, lambda: spawn([*floor_args, str(floor_out)]), lambda: spawn(export)
    )
    floor_pages = int(floors[0].stdout.strip())
    row = Row("export: family PDF of the big plan", median(floors), median(planners), "s", 1.5)
    return row, {"planner_pages": pages, "floor_pages": floor_pages}


def _calibrated_sections(pages: int, out: Path) -> int:
    """Filler sections for `pages` pages; remembered, since calibrating prints several times."""
    cache = RESULTS / "floor_pdf_calibration.json"
    known = json.loads(cache.read_text()) if cache.exists() else {}
    if str(pages) not in known:
        print(f"Calibrating the PDF floor to {pages} pages (once)…", file=sys.stderr)
        found = spawn(
            [sys.executable, str(HERE / "floor_pdf.py"), "--calibrate", str(pages), str(out)]
        )
        known[str(pages)] = int(found.stdout.strip())
        cache.write_text(json.dumps(known))
    return int(known[str(pages)])


def typing_row(runs: int, big: Path) -> Row:
    script = str(HERE / "typing_stall.py")
    home = str(RESULTS / "home")
    floors, planners = paired(
        runs,
        lambda: spawn([sys.executable, script, "floor"]),
        lambda: spawn([sys.executable, script, "planner", str(big), home]),
    )

    def longest(run: Run) -> float:
        return float(json.loads(run.stdout)["longest_gap_ms"])

    floor = statistics.median(longest(run) for run in floors)
    planner = statistics.median(longest(run) for run in planners)
    return Row("typing a search in Conversations (big plan)", floor, planner, "ms stall", 50)


def measure(runs: int) -> tuple[list[Row], dict[str, object]]:
    plans = prepare_plans()
    rows: list[Row] = []
    floors, unlock = paired(runs, window_floor, open_window(plans["protected"]))
    rows.append(
        Row(
            "first window: unlock screen (protected plan)", median(floors), median(unlock), "s", 1.3
        )
    )
    floors2, demo = paired(runs, window_floor, open_window(plans["demo"]))
    rows.append(
        Row(
            "first window: main window, overview filled (demo plan)",
            median(floors2),
            median(demo),
            "s",
            0,
        )
    )
    floors3, big = paired(runs, window_floor, open_window(plans["big"]))
    rows.append(
        Row("big plan: start until the overview is filled", median(floors3), median(big), "s", 3)
    )
    all_floors = floors + floors2 + floors3
    rows.append(
        Row(
            "big plan: peak memory (RSS)",
            median(all_floors, "peak_mib"),
            median(big, "peak_mib"),
            "MiB",
            2,
        )
    )
    export, pages = export_rows(runs, plans["big"])
    rows.append(export)
    rows.append(typing_row(runs, plans["big"]))
    return rows, {"pages": pages}


# -- reporting ------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    import PySide6

    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f"{kib / 2**20:.1f} GiB"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "system": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "load_at_end": f"{load:.2f}",
    }


def table(rows: list[Row], runs: int) -> str:
    lines = [
        f"| figure (median of {runs} fresh processes) | floor | planner | ratio | target | met |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for row in rows:
        unit = row.unit
        digits = 2 if unit == "s" else 0
        floor = f"{row.floor:.{digits}f} {unit}"
        planner = f"{row.planner:.{digits}f} {unit}"
        if unit == "ms stall":
            target = f"≤ {row.target:.0f} ms"
        elif row.target:
            target = f"≤ {row.target}x"
        else:
            target = "–"
        met = ("yes" if row.met else "**no**") if row.target else "–"
        lines.append(
            f"| {row.figure} | {floor} | {planner} | {row.ratio:.2f}x | {target} | {met} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure (>= 5)")
    args = parser.parse_args()
    started = time.perf_counter()
    rows, extra = measure(args.runs)
    text = table(rows, args.runs)
    facts = machine()
    print(text)
    print()
    print(", ".join(f"{key}: {value}" for key, value in facts.items()), f"pages: {extra['pages']}")
    report = {
        "rows": [{**asdict(row), "ratio": row.ratio, "met": row.met} for row in rows],
        "table": text,
        "machine": facts,
        **extra,
        "runs": args.runs,
        "took_seconds": time.perf_counter() - started,
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
