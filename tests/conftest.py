"""Shared fixtures: throwaway course roots that point at real or fixture material."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from grader.course import Course

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "course"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("COURSE_FAST", "1")
os.environ.setdefault("MPLBACKEND", "Agg")


def linked_course(root: Path, source: Path) -> Course:
    """A course root whose material links to SOURCE's, and whose outputs stay in ROOT."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("solutions", "notebooks", "mutants", "nbgrader_config.py"):
        if (source / name).exists():
            (root / name).symlink_to(source / name)
    return Course(root)


@pytest.fixture
def fixture_course(tmp_path) -> Course:
    """A private copy of the two-exercise demo course (safe to write into)."""
    root = tmp_path / "course"
    shutil.copytree(FIXTURE, root)
    return Course(root)


@pytest.fixture(scope="session")
def repo_course(tmp_path_factory) -> Course:
    """The real course's material, with autograded/, feedback/ and reports/ in a temp folder."""
    return linked_course(tmp_path_factory.mktemp("repo-course"), REPO)
