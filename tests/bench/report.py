"""Tables of figures, printed aligned for a terminal and as Markdown for the README."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


def verdict(passed: bool) -> str:
    """PASS or MISS: the benchmarks report targets, they never fail the build on them."""
    return "PASS" if passed else "MISS"


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The sample at ``fraction`` (0..1) of the sorted samples, nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def median(samples: Sequence[float]) -> float:
    """The median of ``samples``."""
    return statistics.median(samples)


@dataclass
class Table:
    """A titled table; ``rows`` hold the cells as text."""

    title: str
    headers: Sequence[str]
    rows: list[Sequence[str]] = field(default_factory=list)
    note: str = ""

    def add(self, *cells: str) -> None:
        """Append a row of as many cells as there are headers."""
        if len(cells) != len(self.headers):
            raise ValueError(f"{len(cells)} cells for {len(self.headers)} columns: {cells}")
        self.rows.append(cells)

    def to_text(self) -> str:
        """The table with aligned columns, for a terminal."""
        widths = [len(header) for header in self.headers]
        for row in self.rows:
            widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]

        def line(cells: Sequence[str]) -> str:
            return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

        lines = [self.title, line(self.headers), line(["-" * width for width in widths])]
        lines += [line(row).rstrip() for row in self.rows]
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """The table in GitHub Markdown, under a level-4 heading."""

        def line(cells: Sequence[str]) -> str:
            return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

        lines = [f"#### {self.title}", "", line(self.headers)]
        lines.append("|" + "|".join("---" for _ in self.headers) + "|")
        lines += [line(row) for row in self.rows]
        if self.note:
            lines += ["", self.note]
        return "\n".join(lines)
