"""Progress bars for the commands that take more than a few seconds (tqdm, on stderr).

A bar shows only when stderr is a terminal, so logs, CI output and pipes get no carriage
returns; `TQDM_DISABLE=1` turns the bars off in a terminal too. Lines a command prints while
its bar runs go through `echo`, which keeps them from tearing the bar.
"""

from __future__ import annotations

import os
import sys


def shown() -> bool:
    """Whether bars are drawn: stderr is a terminal and TQDM_DISABLE is not set."""
    off = os.environ.get("TQDM_DISABLE", "").lower() in {"1", "true", "yes"}
    return not off and sys.stderr.isatty()


def bar(iterable=None, *, total: int | None = None, desc: str | None = None, unit: str = "it", **kwargs):
    """A tqdm bar on stderr (a silent pass-through when bars are not shown)."""
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True,
                mininterval=0.5, disable=not shown(), **kwargs)


def echo(line: str) -> None:
    """Print LINE on stdout without breaking a bar drawn on stderr."""
    from tqdm import tqdm

    tqdm.write(line, file=sys.stdout)
    sys.stdout.flush()
