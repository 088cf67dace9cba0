"""Cold import time: ``import asapp_mg_autotranscribe`` against ``import httpx`` alone.

Each run is a fresh interpreter under ``-X importtime``; the figure is the cumulative
time of the module's own top-level line (everything it pulls in). The two modules take
turns, after one unmeasured run each that leaves the bytecode caches written.
"""

from __future__ import annotations

import os
import subprocess
import sys

from report import Table, median, verdict

TARGET_RATIO = 1.5
SDK_MODULE = "asapp_mg_autotranscribe"
BASELINE_MODULE = "httpx"


def import_microseconds(module: str) -> int:
    """Cumulative microseconds of ``import module`` in a fresh interpreter."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME", "ASAPP_LOG")
    }
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    total = 0
    found = False
    # Lines read "import time: <self us> | <cumulative us> | <name>", the name indented
    # by nesting depth: the top-level line of the module has no indent.
    for line in completed.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        fields = line.split("|")
        if len(fields) == 3 and fields[2].removeprefix(" ") == module:
            total += int(fields[1])
            found = True
    if not found:
        raise RuntimeError(f"no top-level import line for {module}:\n{completed.stderr[-2000:]}")
    return total


def run(*, runs: int = 7) -> Table:
    """Tabulate the median cold import time of each module, and their ratio."""
    modules = (BASELINE_MODULE, SDK_MODULE)
    for module in modules:
        import_microseconds(module)
    times: dict[str, list[int]] = {module: [] for module in modules}
    for run_number in range(runs):
        for module in modules if run_number % 2 == 0 else reversed(modules):
            times[module].append(import_microseconds(module))
    medians = {module: median(samples) for module, samples in times.items()}
    ratio = medians[SDK_MODULE] / medians[BASELINE_MODULE]
    table = Table(
        "Cold import time, ms",
        [f"import {BASELINE_MODULE}", f"import {SDK_MODULE}", "ratio", "target", "result"],
        note=(
            f"python -X importtime, fresh interpreter each run, median of {runs}; "
            "the cumulative time of the module's top-level line."
        ),
    )
    table.add(
        f"{medians[BASELINE_MODULE] / 1e3:.1f}",
        f"{medians[SDK_MODULE] / 1e3:.1f}",
        f"{ratio:.2f}x",
        f"<= {TARGET_RATIO:.1f}x",
        verdict(ratio <= TARGET_RATIO),
    )
    return table
