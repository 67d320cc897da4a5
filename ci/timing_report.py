"""The CI timing report, per chapter and per stage, against the per-chapter budget.

    python ci/timing_report.py TIMING_REPORT

Each line of TIMING_REPORT is "SECONDS s  WHAT" (tests/test_chapters.py, tests/timing_plugin.py).
A chapter's CI cost is the sum of its stages, each of which runs on one core: the fast run and
the mutants (one kernel session), the autograde of its solution (the referee's calibration) and
of its untouched release, nbval, and the check of its instructor references. CI runs on two
cores and must finish in 30 minutes with everything else it does; BUDGET below leaves room for
40 chapters. Exit status 1 when a chapter is over it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

BUDGET = 60.0  # seconds of one core per chapter: 40 chapters = 2,400 core-seconds = 20 min on 2 cores
STAGES = ("mutants", "solution", "release", "nbval", "references")
LINE = re.compile(r"^\s*([\d.]+) s\s+(.*)$")


def stage_of(what: str) -> tuple[str, str] | None:
    """(chapter, stage) of one report line, or None for a line that is not a chapter's."""
    if m := re.match(r"mutants (\S+) ", what):
        return m.group(1), "mutants"
    if m := re.match(r"autograde (\S+) (solution|release)$", what):
        return m.group(1), m.group(2)
    if m := re.match(r"nbval (\S+)\.ipynb$", what):
        return m.group(1), "nbval"
    if m := re.match(r"references (\S+)$", what):
        return m.group(1), "references"
    return None


def main(path: str) -> int:
    chapters: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    other: list[tuple[float, str]] = []
    for line in open(path, encoding="utf-8"):
        if not (m := LINE.match(line)):
            continue
        seconds, what = float(m.group(1)), m.group(2)
        if (found := stage_of(what)) is not None:
            chapters[found[0]][found[1]] += seconds
        elif not what.startswith("fast run"):  # inside the mutants stage already
            other.append((seconds, what))
    print(f"{'chapter':<28}" + "".join(f"{s:>11}" for s in STAGES) + f"{'total':>9}")
    over = []
    for chapter in sorted(chapters, key=lambda c: -sum(chapters[c].values())):
        stages = chapters[chapter]
        total = sum(stages.values())
        flag = "  OVER BUDGET" if total > BUDGET else ""
        over += [chapter] if flag else []
        print(f"{chapter:<28}" + "".join(f"{stages.get(s, 0):>10.1f}s" for s in STAGES) + f"{total:>8.1f}s{flag}")
    if chapters:
        total = sum(sum(v.values()) for v in chapters.values())
        print(f"{len(chapters)} chapters: {total:.0f} core-seconds, {total / len(chapters):.1f} per chapter "
              f"(budget {BUDGET:.0f}; 40 chapters at the budget: {40 * BUDGET / 2 / 60:.0f} min on 2 cores)")
    print("other stages:")
    for seconds, what in sorted(other, reverse=True)[:12]:
        print(f"{seconds:8.1f} s  {what}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
