"""`grader report --html`: one static page per class, with plots, that shows no hidden check."""

from __future__ import annotations

import base64
import re

from grader import report_html
from grader.autograde import Verdict
from grader.gradebook import CellScore

HIDDEN_DETAIL = "assert _mean([]) == 0.0, 'the empty list'"  # what a referee note may quote


def class_rows() -> list[CellScore]:
    rows = []
    scores = {  # student -> (test_add of 1, test_mean of 2) in t00_demo; (test_x of 3) in t01
        "amy": (1, 2, 3), "bo": (1, 0, 0), "cy": (1, 0, 3), "dan": (0, 0, 1.5), "eve": (1, 2, 3),
    }
    for student, (add, mean, x) in scores.items():
        rows += [CellScore(student, "t00_demo", "t00_demo", "test_add", add, 1.0),
                 CellScore(student, "t00_demo", "t00_demo", "test_mean", mean, 2.0),
                 CellScore(student, "t01_other", "t01_other", "test_x", x, 3.0)]
    return rows


def write_verdicts(course) -> None:
    folder = course.root / "autograded"
    Verdict("cy", "t00_demo", "graded", "graded with 1 problem(s)",
            problems=["t00_demo.ipynb: cell test_mean: CellTimeoutError"]).write(folder / "cy" / "t00_demo")
    Verdict("dan", "t00_demo", "graded", "graded with 1 problem(s)",
            problems=[f"referee: t00_demo.ipynb/test_mean passed in the notebook run but failed when re-run "
                      f"outside the kernel (AssertionError: {HIDDEN_DETAIL}); scored 0 - review for tampering"]
            ).write(folder / "dan" / "t00_demo")
    Verdict("bo", "t00_demo", "invalid", "not a valid Jupyter notebook").write(folder / "bo" / "t00_demo")
    Verdict("amy", "t00_demo", "graded", "graded").write(folder / "amy" / "t00_demo")


def test_html_report_shows_what_the_class_struggled_with(fixture_course, tmp_path):
    write_verdicts(fixture_course)
    path = report_html.write_html(fixture_course, class_rows(), tmp_path / "out" / "class.html")
    page = path.read_text(encoding="utf-8")
    # plots: one overview and two per chapter, each a real PNG inside the page
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 5
    assert all(base64.b64decode(data).startswith(b"\x89PNG\r\n") for data in images)
    assert "http://" not in page and "https://" not in page  # nothing to fetch
    chapter = page.split('<section id="t00_demo">')[1].split("</section>")[0]
    # test_mean: 2 of 5 students with full points, the hardest exercise of t00_demo
    assert re.search(r'struggled most with <span class="hard">test_mean</span>: 40%', chapter)
    assert "5 submission(s); mean 53%, median 33%; 3 flagged, 1 with a time-out." in chapter
    assert 'class="timeout"><td>cy</td>' in chapter and "CellTimeoutError" in chapter
    assert "not a valid Jupyter notebook" in chapter and "<td>invalid</td>" in chapter
    # a referee note is shown without the details that may quote a hidden check
    assert "referee: t00_demo.ipynb/test_mean passed in the notebook run" in chapter
    assert HIDDEN_DETAIL not in page and "_mean([])" not in page
    other = page.split('<section id="t01_other">')[1]
    assert "none: every submission was graded without a problem noted" in other
    assert "struggled most" not in other  # one exercise: nothing to compare


def test_html_report_is_reproducible(fixture_course, tmp_path):
    write_verdicts(fixture_course)
    first = report_html.render(fixture_course, class_rows())
    assert report_html.render(fixture_course, class_rows()) == first


def test_shown_problem_keeps_ordinary_notes_whole():
    note = "t00_demo.ipynb: cell test_add: CellTimeoutError"
    assert report_html.shown_problem(note) == note
    assert report_html.shown_problem("audit: x.ipynb: the code imports os ('import os')").endswith(
        "(details in verdict.json)")
