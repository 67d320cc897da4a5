"""What grading costs, measured side by side in one run on the example class (b02).

    .venv/bin/python ci/benchmark_grading.py [--skip-throughput]

Prints three figures, each a ratio of runs made here, one after the other, on this machine:

1. overhead: the default (sandbox + referee) against `--no-sandbox --no-referee`, one worker,
   on the four honest submissions (alice, bob, carol, frank) — per submission and for the batch
   (which includes the chapter's calibration);
2. a bad submission: dave (a `bpe_encode` that never returns) against alice, default settings;
3. throughput: two workers against one on a class of twelve (the four honest ones, three times),
   beside what two processes of plain Python arithmetic deliver against one on this machine (the
   ceiling any two-worker pool can reach here: two virtual cores are rarely two whole cores).

Each run grades into a fresh course folder; nothing of the repository changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
for key, value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "COURSE_FAST": "1",
                   "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}.items():
    os.environ.setdefault(key, value)

from grader import sandbox  # noqa: E402
from grader.autograde import Options, Verdict, autograde  # noqa: E402
from grader.gradebook import sqlite_url  # noqa: E402
from tests.conftest import linked_course  # noqa: E402 - the tests' throwaway course roots

CHAPTER = "b02_segmentation"
CLASS = REPO / "examples" / "class" / "submitted"
HONEST = ["alice", "bob", "carol", "frank"]


def grade(students: dict[str, str], opts: Options) -> tuple[float, list[Verdict]]:
    """Grade STUDENTS (name -> example student whose submission they hand in); wall seconds, verdicts."""
    with tempfile.TemporaryDirectory(prefix="grading-benchmark-") as tmp:
        course = linked_course(Path(tmp) / "course", REPO)
        incoming = Path(tmp) / "incoming"
        for name, example in students.items():
            shutil.copytree(CLASS / example, incoming / name)
        start = time.monotonic()
        verdicts = autograde(course, incoming, [CHAPTER], sqlite_url(Path(tmp) / "gradebook.db"), opts)
        return time.monotonic() - start, verdicts


def arithmetic(n: int = 12_000_000) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def two_process_ceiling(tasks: int = 4, rounds: int = 3) -> float:
    """How much faster two processes run TASKS pieces of pure arithmetic than one process does
    (the median of ROUNDS, one process and two taking turns: a virtual machine's speed drifts)."""
    from concurrent.futures import ProcessPoolExecutor

    ratios = []
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(arithmetic, [1000, 1000]))  # both processes up before timing
        for _ in range(rounds):
            start = time.monotonic()
            for _ in range(tasks):
                arithmetic()
            one = time.monotonic() - start
            start = time.monotonic()
            list(pool.map(arithmetic, [12_000_000] * tasks))
            ratios.append(one / (time.monotonic() - start))
    return statistics.median(ratios)


def per_submission(verdicts: list[Verdict]) -> float:
    return statistics.mean(v.seconds for v in verdicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    use_sandbox = sandbox.available()
    if not use_sandbox:
        print("note: bubblewrap is not available here; the default runs without the sandbox")
    honest = {s: s for s in HONEST}

    plain_wall, plain = grade(honest, Options(workers=1, use_sandbox=False, use_referee=False))
    safe_wall, safe = grade(honest, Options(workers=1, use_sandbox=use_sandbox))
    print("1. overhead, one worker, alice bob carol frank")
    print(f"   --no-sandbox --no-referee: {plain_wall:6.1f} s batch, {per_submission(plain):5.1f} s per submission")
    print(f"   sandbox + referee:         {safe_wall:6.1f} s batch, {per_submission(safe):5.1f} s per submission")
    print(f"   ratio: {per_submission(safe) / per_submission(plain):.2f}x per submission, "
          f"{safe_wall / plain_wall:.2f}x for the batch (calibration included)")

    _, bad = grade({"dave": "dave", "alice": "alice"}, Options(workers=1, use_sandbox=use_sandbox))
    took = {v.student: v.seconds for v in bad}
    print("2. a submission whose bpe_encode never returns (cell time-out 30 s)")
    print(f"   dave {took['dave']:.1f} s, alice {took['alice']:.1f} s: dave costs {took['dave'] - took['alice']:.1f} s more")

    if not args.skip_throughput:
        twelve = {f"{s}{i}": s for s in HONEST for i in range(3)}
        one, one_v = grade(twelve, Options(workers=1, use_sandbox=use_sandbox))
        two, two_v = grade(twelve, Options(workers=2, use_sandbox=use_sandbox))
        ceiling = two_process_ceiling()
        print("3. throughput, twelve submissions, sandbox + referee")
        print(f"   one worker {one:.1f} s, two workers {two:.1f} s: {one / two:.2f}x")
        print(f"   a submission takes {per_submission(one_v):.1f} s alone, {per_submission(two_v):.1f} s beside another")
        print(f"   this machine: two processes of plain arithmetic run {ceiling:.2f}x one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
