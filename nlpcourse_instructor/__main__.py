"""``python -m nlpcourse_instructor models build|check [NAME ...] [--fast | --full]``."""

from __future__ import annotations

import argparse
import sys
import time

from nlpcourse.models import MODELS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlpcourse_instructor",
                                     description="Instructor tools: build the course models.")
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("models", help="build the course models into nlpcourse/models/built/, "
                                      "or check that a rebuild gives the same files")
    m.add_argument("action", choices=["build", "check"])
    m.add_argument("names", nargs="*", help=f"models among {', '.join(MODELS)} (default: all)")
    mode = m.add_mutually_exclusive_group()
    mode.add_argument("--fast", action="store_true", help="only the seconds-long fast builds")
    mode.add_argument("--full", action="store_true", help="only the full-size builds")
    args = parser.parse_args(argv)
    if unknown := sorted(set(args.names) - set(MODELS)):
        parser.error(f"unknown model(s) {', '.join(unknown)}; known: {', '.join(MODELS)}")

    from nlpcourse_instructor import models

    modes = [True] if args.fast else [False] if args.full else [True, False]
    failed = 0
    for name in args.names or MODELS:
        for fast in modes:
            label = f"{name}-{'fast' if fast else 'full'}"
            start = time.monotonic()
            if args.action == "build":
                print(f"built {models.build(name, fast)} in {time.monotonic() - start:.0f} s", flush=True)
                continue
            differ = models.check(name, fast)
            failed += bool(differ)
            verdict = "same files as built" if not differ else "DIFFERS: " + ", ".join(differ)
            print(f"{label}: {verdict} ({time.monotonic() - start:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
