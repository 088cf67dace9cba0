"""Cold import time as a user meets it: ``python -c "import asapp_mg_autotranscribe"``
against ``python -c "import httpx"``, in a clean virtual environment.

The wheel is built from the working tree and installed into a fresh venv with its runtime
dependencies only (pinned as in requirements-dev.txt, so that httpx is the same one). Each
command is a whole fresh process, interpreter start-up included, in an empty folder with
no PYTHON* variables. The two run in pairs, taking turns at going first, after one
unmeasured run each; the ratio is taken pair by pair, so that a machine whose speed
drifts during the run moves both sides of a pair alike, and the figure is the median of
the pairs' ratios. The target is on the CPU time (user + system), which a shared machine
disturbs less than the wall time: a process waiting for a core shows in its wall time only.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import venv
from dataclasses import dataclass
from pathlib import Path

from report import Table, median, verdict

TARGET_RATIO = 1.5
SDK_MODULE = "asapp_mg_autotranscribe"
BASELINE_MODULE = "httpx"
REPO_ROOT = Path(__file__).resolve().parents[2]
LOCK = REPO_ROOT / "requirements-dev.txt"
STEP_TIMEOUT = 600.0


@dataclass(frozen=True)
class Timing:
    """One run of a command: wall seconds, and the CPU seconds (user + system) it used."""

    wall: float
    cpu: float


def clean_venv(folder: Path) -> Path:
    """Build the wheel into ``folder``, install it with its runtime dependencies into a
    fresh venv there; return that venv's python."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(folder)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        timeout=STEP_TIMEOUT,
    )
    (wheel,) = folder.glob("asapp_mg_autotranscribe-*.whl")
    target = folder / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    install = ["install", "--quiet", "--disable-pip-version-check", "--constraint", str(LOCK)]
    subprocess.run(
        [str(python), "-m", "pip", *install, str(wheel)],
        check=True,
        capture_output=True,
        timeout=STEP_TIMEOUT,
    )
    return python


def timed_import(python: Path, module: str, folder: Path) -> Timing:
    """Run ``python -c "import module"`` once in ``folder``; its wall and CPU time."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PYTHON") and key != "ASAPP_LOG"
    }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [str(python), "-c", f"import {module}"],
        cwd=folder,
        env=environment,
        check=True,
        stdin=subprocess.DEVNULL,
        timeout=STEP_TIMEOUT,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


def run(*, pairs: int = 21) -> Table:
    """Tabulate the median time of each command and the median of the pairs' ratios."""
    with tempfile.TemporaryDirectory(prefix="import-bench-") as scratch:
        folder = Path(scratch)
        python = clean_venv(folder)
        empty = folder / "empty"
        empty.mkdir()
        for module in (BASELINE_MODULE, SDK_MODULE):
            timed_import(python, module, empty)  # leaves the bytecode caches written
        timings: dict[str, list[Timing]] = {BASELINE_MODULE: [], SDK_MODULE: []}
        for pair in range(pairs):
            order = (SDK_MODULE, BASELINE_MODULE) if pair % 2 else (BASELINE_MODULE, SDK_MODULE)
            for module in order:
                timings[module].append(timed_import(python, module, empty))
    ours, theirs = timings[SDK_MODULE], timings[BASELINE_MODULE]
    wall_ratio = median([a.wall / b.wall for a, b in zip(ours, theirs, strict=True)])
    cpu_ratio = median([a.cpu / b.cpu for a, b in zip(ours, theirs, strict=True)])
    table = Table(
        "Cold import time in a clean venv, ms (whole process, wall)",
        [
            f"python -c 'import {BASELINE_MODULE}'",
            f"python -c 'import {SDK_MODULE}'",
            "ratio (CPU)",
            "ratio (wall)",
            "target",
            "result",
        ],
        note=(
            f"The wheel and its runtime dependencies alone in a fresh venv; {pairs} pairs of "
            "fresh processes, taking turns at going first, after one unmeasured run each; "
            "medians of wall time, and medians of the pairs' ratios (user + system CPU; wall). "
            "The target is on the CPU ratio."
        ),
    )
    table.add(
        f"{median([t.wall for t in theirs]) * 1e3:.1f}",
        f"{median([t.wall for t in ours]) * 1e3:.1f}",
        f"{cpu_ratio:.2f}x",
        f"{wall_ratio:.2f}x",
        f"<= {TARGET_RATIO:.1f}x",
        verdict(cpu_ratio <= TARGET_RATIO),
    )
    return table


if __name__ == "__main__":
    print(run().to_text())
