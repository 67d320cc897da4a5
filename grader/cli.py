"""`grader`: release, autograde, feedback, report, check and mutants for the course.

Exit status: 0 success, 1 the work ran but found failures (a check or mutant failed),
2 a usage or course error (message on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from grader import progress, sandbox, settings
from grader.course import CourseError, open_course

EPILOG = """\
examples:
  grader release                         regenerate notebooks/ from solutions/ (all chapters)
  grader release b02_segmentation --check  fail if notebooks/ is out of date
  grader autograde submitted/ -j 2       grade every submission in submitted/ with 2 workers
  grader autograde class.zip b02_segmentation   grade an LMS download for one chapter
  grader feedback                        HTML feedback per student (hidden tests not shown)
  grader report --by-exercise            gradebook tables and reports/*.csv
  grader report --html reports/class.html  the same as one page with plots, to look at
  grader bundle ../class-bundle          what students receive: release, support package, setup
  grader check notebooks/b02_segmentation/b02_segmentation.ipynb   (for students)
  grader mutants b02_segmentation        prove the hidden tests catch the wrong answers
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="grader",
        description="Instructor tools for the course, around nbgrader.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--root", type=Path, help="course root (default: found from the current folder)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    r = sub.add_parser("release", help="generate notebooks/ (student release) from solutions/")
    r.add_argument("chapters", nargs="*", help="chapter ids (default: all)")
    r.add_argument("--check", action="store_true", help="only verify notebooks/ is up to date")

    b = sub.add_parser("bundle", help="write the student bundle (no solutions, no instructor code)")
    b.add_argument("out", type=Path, help="a new folder for the bundle")
    b.add_argument("chapters", nargs="*", help="chapter ids (default: all)")

    a = sub.add_parser("autograde", help="grade submissions in parallel into the gradebook")
    a.add_argument("source", type=Path, help="folder of submissions (STUDENT/CHAPTER/*.ipynb) or LMS zip")
    a.add_argument("chapters", nargs="*", help="chapter ids (default: all)")
    a.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1, help="parallel workers")
    a.add_argument("--db", help="gradebook URL (default: COURSE_GRADEBOOK_URL or ./gradebook.db)")
    a.add_argument("--cell-timeout", type=int, default=settings.CELL_TIMEOUT,
                   help=f"seconds per cell (default {settings.CELL_TIMEOUT})")
    a.add_argument("--timeout", type=int, default=900, help="seconds per submission (default 900)")
    a.add_argument("--no-sandbox", action="store_true",
                   help="run student code WITHOUT isolation (trusted code only)")
    defaults = sandbox.Limits()
    a.add_argument("--cpu-seconds", type=int, default=defaults.cpu_seconds,
                   help=f"CPU time of one kernel (default {defaults.cpu_seconds})")
    a.add_argument("--memory-mb", type=int, default=defaults.memory_mb,
                   help=f"address space of one kernel (default {defaults.memory_mb})")
    a.add_argument("--file-mb", type=int, default=defaults.file_mb,
                   help=f"largest file a kernel may write (default {defaults.file_mb})")
    a.add_argument("--processes", type=int, default=defaults.processes,
                   help=f"processes + threads of one kernel (default {defaults.processes})")
    a.add_argument("--no-referee", action="store_true",
                   help="skip the out-of-process re-run of the tests (faster; scores can be forged)")
    a.add_argument("--cluster", metavar="ADDRESS",
                   help="grade on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786) "
                        "instead of in -j local workers (COURSE_CLUSTER also sets it)")
    a.add_argument("--calibration-as", metavar="STUDENT",
                   help="also record the instructor's solution, graded like a submission, as STUDENT")

    f = sub.add_parser("feedback", help="write feedback/STUDENT/CHAPTER/*.html")
    f.add_argument("chapters", nargs="*")
    f.add_argument("--student", action="append", help="only this student (repeatable)")
    f.add_argument("--db")

    rep = sub.add_parser("report", help="print the gradebook, write reports/*.csv (and an HTML page)")
    rep.add_argument("chapters", nargs="*")
    rep.add_argument("--db")
    rep.add_argument("--by-exercise", action="store_true", help="also one table per chapter")
    rep.add_argument("--out", type=Path, help="folder for the CSV files (default reports/)")
    rep.add_argument("--html", type=Path, metavar="PATH",
                     help="also write the class report as one static HTML page with plots (score "
                          "distribution, pass rate per exercise, time-outs, flagged submissions)")

    c = sub.add_parser("check", help="run a notebook's public tests (for students)")
    c.add_argument("notebook", type=Path)
    c.add_argument("--full", action="store_true", help="run in full mode (default: fast)")
    c.add_argument("--timeout", type=int, default=600, help="seconds per cell")

    m = sub.add_parser("mutants", help="check every mutant fails its target test")
    m.add_argument("chapters", nargs="*")
    return p


def cmd_release(args, course) -> int:
    from grader import release

    if args.check:
        import tempfile

        chapters = course.select(args.chapters)
        with tempfile.TemporaryDirectory() as tmp, progress.bar(chapters, desc="release --check", unit="chapter") as todo:
            stale = [f for ch in todo for f in release.stale_files(course, ch, Path(tmp) / ch)]
        if stale:
            print("out of date (run `grader release`):\n  " + "\n  ".join(stale))
            return 1
        print("notebooks/ is up to date")
        return 0
    chapters = course.select(args.chapters)
    with progress.bar(total=len(chapters), desc="release", unit="chapter") as done:
        for chapter, files in release.release(course, chapters):
            progress.echo(f"released {chapter}: " + ", ".join(str(f.relative_to(course.root)) for f in files))
            done.update(1)
    return 0


def cmd_bundle(args, course) -> int:
    from grader.bundle import write_bundle

    chapters = write_bundle(course, args.out.resolve(), args.chapters)
    print(f"wrote the student bundle of {len(chapters)} chapter(s) to {args.out} "
          "(students run `bash setup.sh` there)")
    return 0


def gradebook_url(args, course) -> str:
    from grader.gradebook import default_url

    return args.db or default_url(course)


def cmd_autograde(args, course) -> int:
    from grader.autograde import Options, autograde

    if args.no_sandbox:
        print("WARNING: --no-sandbox: student code runs with your permissions, unisolated.",
              file=sys.stderr)
    else:
        sandbox.require()
    if args.no_referee:
        print("WARNING: --no-referee: tests run only in the student's kernel, whose code can fake them.",
              file=sys.stderr)
    chapters = course.select(args.chapters)
    opts = Options(workers=args.workers, cell_timeout=args.cell_timeout,
                   submission_timeout=args.timeout, use_sandbox=not args.no_sandbox,
                   use_referee=not args.no_referee,
                   cluster=args.cluster or os.environ.get("COURSE_CLUSTER") or None,
                   calibration_as=args.calibration_as,
                   limits=sandbox.Limits(cpu_seconds=args.cpu_seconds, memory_mb=args.memory_mb,
                                         file_mb=args.file_mb, processes=args.processes))
    start = time.monotonic()
    verdicts = autograde(course, args.source.resolve(), chapters, gradebook_url(args, course), opts)
    took = time.monotonic() - start
    for v in verdicts:
        note = "" if v.status == "graded" and not v.problems else f"  ({v.message.splitlines()[0]})"
        print(f"{v.student:<16} {v.chapter:<24} {v.status:<8} {v.seconds:6.1f} s{note}")
        for problem in v.problems:
            print(f"{'':<16} - {problem}")
    kernel_only = sorted({cell for v in verdicts for cell in v.kernel_only})
    if kernel_only:
        print(f"checked in the student's kernel only (the referee cannot re-run them): {', '.join(kernel_only)}")
    reads = sorted({f"{cell} ({', '.join(names)})" for v in verdicts for cell, names in v.reads_notebook.items()})
    if reads:
        print(f"test cells that read notebook variables student code can rewrite: {', '.join(reads)}")
    where = f"on the cluster at {opts.cluster}" if opts.cluster else f"with {opts.workers} worker(s)"
    print(f"{len(verdicts)} submission(s) in {took:.1f} s {where}")
    unrecorded = [v for v in verdicts if v.status == "unrecorded"]
    if unrecorded:
        print(f"ERROR: the gradebook did not take {len(unrecorded)} result(s) "
              f"({', '.join(f'{v.student}/{v.chapter}' for v in unrecorded)}); they are kept in unrecorded/ "
              "and the gradebook keeps what it had: grade them again once the database is back.", file=sys.stderr)
        return 1
    return 0


def cmd_feedback(args, course) -> int:
    from grader.feedback import feedback

    chapters = course.select(args.chapters)
    count = 0
    for path in feedback(course, gradebook_url(args, course), chapters, args.student):
        count += 1
        progress.echo(f"wrote {path.relative_to(course.root)}")
    print(f"{count} feedback file(s)")
    return 0


def cmd_report(args, course) -> int:
    from grader import report
    from grader.gradebook import cell_scores

    chapters = course.select(args.chapters)
    rows = cell_scores(gradebook_url(args, course), chapters)
    if not rows:
        raise CourseError("the gradebook holds no graded submissions yet (run `grader autograde`)")
    print(report.chapter_table(course, rows))
    if args.by_exercise:
        for chapter in sorted({r.chapter for r in rows}):
            print()
            print(report.exercise_table(rows, chapter))
    files = report.write_csv(course, rows, args.out or course.root / "reports")
    print("\nstatus: graded, invalid (not a notebook / missing), failed (could not run); "
          "* = problems noted (time-outs, dead kernel, referee overruled) — see autograded/STUDENT/CHAPTER/verdict.json")
    if args.html:
        from grader.report_html import write_html

        files.append(write_html(course, rows, args.html))
    print("wrote " + ", ".join(str(f) for f in files))
    return 0


def cmd_check(args, course) -> int:
    from grader.check import run_checks

    results = run_checks(args.notebook, fast=not args.full, timeout=args.timeout)
    for r in results:
        mark = "PASS" if r.passed else "FAIL"
        print(f"{mark}  {r.cell:<28} {r.points:g} pt   {'' if r.passed else r.message[:200]}")
    passed = sum(r.passed for r in results)
    print(f"{passed}/{len(results)} exercises pass their public tests "
          "(hidden tests run when your work is graded)")
    return 0 if passed == len(results) else 1


def cmd_mutants(args, course) -> int:
    from grader.mutants import chapter_mutants, run_chapter

    survivors = 0
    chapters = course.select(args.chapters)
    with progress.bar(total=sum(len(chapter_mutants(course, ch)) for ch in chapters),
                      desc="mutants", unit="mutant") as done:
        for chapter in chapters:
            done.set_description(f"mutants {chapter}")
            for r in run_chapter(course, chapter, on_mutant=lambda _: done.update(1)):
                survivors += not r.killed
                progress.echo(f"{chapter:<24} {r.mutant.path.name:<36} {r.message}")
    print("all mutants killed" if not survivors else f"{survivors} mutant(s) survived")
    return 0 if survivors == 0 else 1


COMMANDS = {
    "release": cmd_release,
    "bundle": cmd_bundle,
    "autograde": cmd_autograde,
    "feedback": cmd_feedback,
    "report": cmd_report,
    "check": cmd_check,
    "mutants": cmd_mutants,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":  # works on a student's copy, no course needed
            return cmd_check(args, None)
        course = open_course(args.root)
        return COMMANDS[args.command](args, course)
    except (CourseError, sandbox.SandboxUnavailable) as exc:
        print(f"grader {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
