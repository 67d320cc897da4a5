"""The course as people see it, in a headless chromium.

Student: JupyterLab started from a student bundle (as its README says), one chapter opened,
its first cells run, one exercise answered correctly and one wrongly, nbgrader's Validate
pressed; the dialog must fail the wrong answer with its public check's message and not list
the correct one.

Instructor: a small class of the demo course graded, then a student's feedback page and the
class report (`grader report --html`) opened: the scores are shown, the plots load, and no
line of a hidden test is anywhere in the rendered page.

Screenshots go to BROWSER_ARTIFACTS (ci/test.sh names it) or the test's temp folder. A missing
browser or CJK font skips these tests with a loud reason, and fails them in CI (tests/browser.py).
"""

from __future__ import annotations

import copy
import re
import shutil
import time
from pathlib import Path

import pytest

from grader.bundle import write_bundle
from grader.course import HIDDEN, Course, grade_id, is_graded_test, read_notebook, write_notebook
from tests import browser
from tests.conftest import FIXTURE, REPO

pytestmark = pytest.mark.browser

CHAPTER = "b14_tfidf"  # cheap in fast mode; its exercises are stable
RIGHT = "count_terms"  # answered with the instructor's solution, as a student would paste it
WRONG = "idf_vector"  # answered by typing a plausible mistake: the textbook idf, no smoothing
WRONG_ANSWER = ("def idf_vector(df, n_docs, smooth_idf=True): "
                "return np.log(n_docs / np.asarray(df, dtype=np.float64)) + 1.0")
WRONG_MESSAGE = "smooth_idf=True, n=3, df=[3, 1, 0]"  # the public check's expected-vs-got line
FIRST_OUTPUT = "People's Daily:"  # printed by the chapter's data cell


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    browser.require_browser()
    return browser.artifacts_dir(tmp_path_factory.mktemp("screenshots"))


@pytest.fixture(scope="module")
def driver(shots):
    d = browser.chrome()
    yield d
    d.quit()


@pytest.fixture(scope="module")
def student_lab(tmp_path_factory, shots):
    """A student bundle of CHAPTER and JupyterLab serving its notebooks/ (fast mode)."""
    bundle = tmp_path_factory.mktemp("student") / "class-bundle"
    write_bundle(Course(REPO), bundle, [CHAPTER], regenerate=False)
    # The bundle's own support package, not the repository's; the course venv stands in for
    # the one `bash setup.sh` would make (tests/test_bundle.py installs that one for real).
    env = {"PYTHONPATH": str(bundle), "COURSE_FAST": "1", "MPLBACKEND": "Agg",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    lab = browser.Lab(bundle / "notebooks", bundle.parent / "lab", env)
    yield bundle, lab
    lab.stop()


# ------------------------------------------------------------------ notebook helpers (JS)

CELLS = "document.querySelectorAll('.jp-NotebookPanel .jp-Notebook .jp-Cell')"

JS_SET_SOURCE = CELLS + """[arguments[0]].querySelector('.cm-content').cmView.view.dispatch(
  {changes: {from: 0, to: """ + CELLS + """[arguments[0]].querySelector('.cm-content').cmView.view.state.doc.length,
             insert: arguments[1]}});"""
JS_SOURCE = CELLS + "[arguments[0]].querySelector('.cm-content').cmView.view.state.doc.toString()"
JS_PROMPT = CELLS + "[arguments[0]].querySelector('.jp-InputPrompt').innerText.trim()"
JS_OUTPUT = ("const o = " + CELLS + "[arguments[0]].querySelector('.jp-OutputArea');"
             "return o ? o.innerText : '';")
JS_DIALOG = """
const d = document.querySelector('.jp-Dialog');
if (!d) return null;
return {title: (d.querySelector('.jp-Dialog-header') || d).innerText,
        text: d.innerText,
        pres: Array.from(d.querySelectorAll('.jp-Dialog-body pre')).map(p => p.innerText)};
"""
JS_STATUS = ("const e = document.querySelector('.jp-Notebook-ExecutionIndicator');"
             "return e ? e.getAttribute('data-status') : null;")


def solution_body(chapter: str, gid: str) -> str:
    """The instructor's answer for GID without nbgrader's markers (what a student might paste)."""
    nb = read_notebook(REPO / "solutions" / chapter / f"{chapter}.ipynb")
    source = next(c.source for c in nb.cells if grade_id(c) == gid)
    return "\n".join(line for line in source.splitlines() if "### BEGIN SOLUTION" not in line
                     and "### END SOLUTION" not in line)


def test_student_validates_a_right_and_a_wrong_answer(student_lab, driver, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    bundle, lab = student_lab
    start = time.monotonic()
    release = read_notebook(bundle / "notebooks" / CHAPTER / f"{CHAPTER}.ipynb")
    index = {grade_id(c): i for i, c in enumerate(release.cells) if grade_id(c)}
    tests = {i: grade_id(c) for i, c in enumerate(release.cells) if is_graded_test(c)}
    data_cell = next(i for i, c in enumerate(release.cells) if c.cell_type == "code" and "data.documents" in c.source)

    driver.get(lab.url(f"{CHAPTER}/{CHAPTER}.ipynb"))
    browser.wait_for(driver, lambda d: d.execute_script(f"return {CELLS}.length") == len(release.cells),
                     120, f"the notebook's {len(release.cells)} cells to render", shots)
    browser.wait_for(driver, lambda d: d.execute_script(JS_STATUS) == "idle", 120,
                     "the kernel to start (execution indicator 'idle')", shots)
    assert driver.find_elements(By.CSS_SELECTOR, '[title="Validate Assignment"]'), (
        "nbgrader's Validate button is not in the notebook toolbar (is its lab extension enabled?)")

    # Run the first cells up to and including the data cell, as a student would: Shift+Enter.
    driver.find_elements(By.CSS_SELECTOR, ".jp-NotebookPanel .jp-Notebook .jp-Cell")[0].click()
    run = driver.find_element(By.CSS_SELECTOR, '[title^="Run this cell and advance"]')
    for _ in range(data_cell + 1):
        run.click()
    browser.wait_for(driver, lambda d: re.search(r"\[\d+\]", d.execute_script("return " + JS_PROMPT, data_cell) or ""),
                     120, f"cell {data_cell} (the data cell) to finish running", shots)
    first = driver.execute_script(JS_OUTPUT, data_cell)
    assert FIRST_OUTPUT in first, f"the data cell printed {first!r}"
    errors = driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output[data-mime-type*='error']")
    assert not errors, f"the first cells raised: {errors[0].text[:500]}"
    driver.execute_script(CELLS + f"[{data_cell}].scrollIntoView()")
    driver.save_screenshot(str(shots / "student-1-first-cells.png"))

    # The right answer, pasted; the wrong one, typed on one line.
    driver.execute_script(JS_SET_SOURCE, index[RIGHT], solution_body(CHAPTER, RIGHT))
    assert driver.execute_script("return " + JS_SOURCE, index[RIGHT]).startswith(f"def {RIGHT}(")
    editor = driver.find_elements(By.CSS_SELECTOR, ".jp-NotebookPanel .jp-Notebook .jp-Cell")[index[WRONG]]
    editor = editor.find_element(By.CSS_SELECTOR, ".cm-content")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", editor)
    editor.click()
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(WRONG_ANSWER)
    typed = driver.execute_script("return " + JS_SOURCE, index[WRONG])
    assert typed == WRONG_ANSWER, f"the editor holds {typed!r} after typing"
    driver.save_screenshot(str(shots / "student-2-answers.png"))

    driver.find_element(By.CSS_SELECTOR, '[title="Validate Assignment"]').click()
    dialog = browser.wait_for(
        driver, lambda d: (r := d.execute_script(JS_DIALOG)) and "Validation Results" in r["title"] and r,
        240, "nbgrader's 'Validation Results' dialog", shots)
    driver.save_screenshot(str(shots / "student-3-validate-dialog.png"))
    driver.execute_script("document.querySelectorAll('.jp-Dialog-body pre')[1].scrollIntoView()")
    driver.save_screenshot(str(shots / "student-4-validate-error.png"))

    # The dialog lists each failed test cell: its source, then its error.
    failed = {}
    pres = dialog["pres"]
    for source, error in zip(pres[::2], pres[1::2], strict=False):
        gid = next((g for i, g in tests.items() if release.cells[i].source.strip() == source.strip()), None)
        failed[gid] = error
    assert None not in failed, f"the dialog lists a cell that is no test of {CHAPTER}: {dialog['text'][:1000]}"
    assert f"test_{RIGHT}" not in failed, f"the right answer failed validation: {failed.get(f'test_{RIGHT}', '')[:1000]}"
    assert f"test_{WRONG}" in failed, f"the wrong answer passed validation; dialog: {dialog['text'][:1000]}"
    assert WRONG_MESSAGE in failed[f"test_{WRONG}"], (
        f"the wrong answer's error does not teach with the public check's message: {failed[f'test_{WRONG}'][:1000]}")
    for gid in set(tests.values()) - {f"test_{RIGHT}", f"test_{WRONG}"}:  # exercises left as stubs
        assert "NotImplementedError" in failed.get(gid, ""), f"{gid}: {failed.get(gid, '(not listed)')[:500]}"
    print(f"student browser test: {time.monotonic() - start:.1f} s; screenshots in {shots}")


# ------------------------------------------------------------------ the instructor's side


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """The demo course graded for two students; feedback pages and the HTML report written."""
    from grader import cli, sandbox
    from grader.autograde import Options, autograde
    from grader.gradebook import sqlite_url

    root = tmp_path_factory.mktemp("instructor") / "course"
    shutil.copytree(FIXTURE, root)
    course = Course(root)
    chapter = "t00_demo"
    solution = read_notebook(course.solutions / chapter / "t00_demo.ipynb")
    partial = read_notebook(course.release / chapter / "t00_demo.ipynb")  # add done, mean a stub
    for cell in partial.cells:
        if grade_id(cell) == "add":
            cell.source = "def add(a, b):\n    return a + b"
    deleted = copy.deepcopy(solution)  # all solved, a test cell deleted: restored, and flagged
    deleted.cells = [c for c in deleted.cells if grade_id(c) != "test_mean"]
    for student, nb in {"bo": partial, "cy": deleted}.items():
        write_notebook(nb, root / "incoming" / student / chapter / "t00_demo.ipynb")
    url = sqlite_url(root / "gradebook.db")
    opts = Options(workers=2, submission_timeout=300, use_sandbox=sandbox.available())
    autograde(course, root / "incoming", [chapter], url, opts)
    assert cli.main(["--root", str(root), "feedback", "--db", url]) == 0
    report = root / "reports" / "report.html"
    assert cli.main(["--root", str(root), "report", "--db", url, "--html", str(report)]) == 0
    hidden = [line.strip() for c in solution.cells if is_graded_test(c)
              for m in HIDDEN.finditer(c.source) for line in m.group(0).splitlines()
              if line.strip() and "HIDDEN TESTS" not in line]
    assert hidden, "the demo course's tests have no hidden lines to look for"
    return course, report, hidden


def rendered(driver) -> tuple[str, str]:
    return driver.execute_script("return [document.body.innerText, document.documentElement.outerHTML]")


def open_page(driver, path: Path, shots: Path, what: str):
    driver.get(path.as_uri())
    browser.wait_for(driver, lambda d: d.execute_script("return document.readyState") == "complete",
                     60, f"{what} to load", shots)


def test_instructor_sees_feedback_without_hidden_tests(shots, driver, graded_class):
    course, _, hidden = graded_class
    page = course.root / "feedback" / "bo" / "t00_demo" / "t00_demo.html"
    open_page(driver, page, shots, "bo's feedback page")
    text, html = rendered(driver)
    driver.save_screenshot(str(shots / "instructor-1-feedback-bo.png"))
    assert "Score: 1 / 3" in text, text[:1000]
    assert "PASSED" in text and "FAILED" in text, text[:2000]
    assert "(hidden tests are not shown)" in text
    shown = [line for line in hidden if line in text or line in html]
    assert not shown, f"hidden test lines in the rendered feedback: {shown}"


def test_instructor_report_shows_scores_plots_and_flags(shots, driver, graded_class):
    course, report, hidden = graded_class
    open_page(driver, report, shots, "the class report")
    text, html = rendered(driver)
    driver.save_screenshot(str(shots / "instructor-2-report.png"))
    driver.execute_script("Array.from(document.querySelectorAll('h3'))"
                          ".find(h => h.innerText.startsWith('Flagged')).scrollIntoView()")
    driver.save_screenshot(str(shots / "instructor-3-report-flagged.png"))
    for student, score in (("bo", "1 / 3"), ("cy", "3 / 3")):
        assert re.search(rf"{student}\s+{re.escape(score)}", text), f"{student} {score} not in the report:\n{text[:2000]}"
    flagged = text.split("Flagged submissions", 1)[1].split("Students", 1)[0]
    assert "cy" in flagged and "restored from the source" in flagged, f"cy is not flagged:\n{flagged}"
    images = driver.execute_script(
        "return Array.from(document.images).map(i => [i.alt, i.complete && i.naturalWidth > 0])")
    assert len(images) >= 2 and all(ok for _, ok in images), f"plots that did not load: {images}"
    shown = [line for line in hidden if line in text or line in html]
    assert not shown, f"hidden test lines in the report: {shown}"


def test_missing_browser_skips_locally_and_fails_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="BROWSER TESTS NOT RUN: missing chromium"):
        browser.require_browser(["chromium (sudo apt-get install chromium)"])
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run them"):
        browser.require_browser(["a CJK font (sudo apt-get install fonts-wqy-microhei)"])
    browser.require_browser([])  # nothing missing: nothing happens


def test_ci_installs_the_browser_and_the_font():
    setup = (REPO / "ci" / "setup.sh").read_text()
    assert "chromium chromium-driver" in setup and "fonts-wqy-microhei" in setup
