"""Progress bars of the long commands: drawn on a terminal's stderr, silent in logs and pipes."""

from __future__ import annotations

import io
import sys

import pytest

from grader import cli, progress

CHAPTER = "t00_demo"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch):
    """Call it in the test's body to make stderr a terminal (pytest swaps sys.stderr per phase)."""
    def make() -> Terminal:
        monkeypatch.delenv("TQDM_DISABLE", raising=False)
        err = Terminal()
        monkeypatch.setattr(sys, "stderr", err)
        return err
    return make


def test_bar_is_drawn_on_a_terminal_only(terminal, monkeypatch):
    terminal = terminal()
    assert progress.shown()
    for _ in progress.bar(range(3), desc="work"):
        pass
    assert "work" in terminal.getvalue() and "3/3" in terminal.getvalue()
    monkeypatch.setenv("TQDM_DISABLE", "1")
    assert not progress.shown()
    pipe = io.StringIO()  # not a terminal
    monkeypatch.setattr(sys, "stderr", pipe)
    monkeypatch.delenv("TQDM_DISABLE")
    assert not progress.shown()
    assert list(progress.bar(range(3), desc="work")) == [0, 1, 2] and pipe.getvalue() == ""


def test_release_progress(fixture_course, terminal, capsys):
    terminal = terminal()
    assert cli.main(["--root", str(fixture_course.root), "release"]) == 0
    assert "release" in terminal.getvalue() and "1/1" in terminal.getvalue()
    assert f"released {CHAPTER}" in capsys.readouterr().out


def test_release_is_quiet_in_a_log(fixture_course, capsys):
    assert cli.main(["--root", str(fixture_course.root), "release"]) == 0
    out = capsys.readouterr()
    assert f"released {CHAPTER}" in out.out and "\r" not in out.err and "it/s" not in out.err


def test_mutants_progress(fixture_course, terminal, capsys):
    terminal = terminal()
    assert cli.main(["--root", str(fixture_course.root), "mutants"]) == 0
    bar = terminal.getvalue()
    assert f"mutants {CHAPTER}" in bar and "3/3" in bar, bar
    assert "all mutants killed" in capsys.readouterr().out


def test_model_build_progress(terminal, tmp_path, capsys, monkeypatch):
    from nlpcourse_instructor import models
    from nlpcourse_instructor.models import t5

    terminal = terminal()
    monkeypatch.setitem(t5.FAST, "steps", 3)  # the bar, not the model, is under test
    models.build("t5", fast=True, root=tmp_path)
    bar = terminal.getvalue()
    assert "t5 (fast)" in bar and "loss=" in bar, bar
    assert "t5 step" in capsys.readouterr().out  # the step lines a log keeps
