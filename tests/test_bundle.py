"""The student bundle (`grader bundle`) holds no answer key, and installs and runs on its own.

1. No file of the bundle defines a graded function or class (by name), or a function whose
   normalised body (AST, names renamed, docstrings and annotations dropped) is a graded one's,
   except the stubs of the release; no text file holds a line of a solution body, a hidden
   test or a mutant; no instructor material (solutions/, mutants/, nlpcourse_instructor/).
2. `bash setup.sh` inside a copy of the bundle sets up a new virtualenv, and one chapter's
   release runs in it, from the bundle's own support package, up to its first stub.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from grader.bundle import write_bundle
from grader.course import Course, is_solution, read_notebook
from grader.referee import code_of
from tests.conftest import REPO
from tests.test_chapters import lines_of, record_timing, secret_lines

COURSE = Course(REPO)
CHAPTERS = COURSE.chapters()
RUN_CHAPTER = "b02_segmentation"
MIN_BODY_CHARS = 120  # shorter normalised bodies (`return a + b`) say nothing about an answer
# Files a student reads as text (the built models' config.json files share lines such as
# `"hidden_dropout_prob": 0.1,` with b10's config exercise by nature: they are its subject).
READABLE = {".py", ".ipynb", ".md", ".txt", ".sh", ".toml"}
# Lines of a solution that are an idiom, not an answer.
GENERIC_LINES = {"rng = np.random.default_rng(seed)"}
# Definitions that share a graded exercise's name but not its job, with the reason.
ALLOWED_NAMES: dict[str, str] = {}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "class-bundle"
    start = time.monotonic()
    write_bundle(COURSE, out, regenerate=False)  # test_chapters proves notebooks/ is in sync
    record_timing(f"grader bundle ({len(CHAPTERS)} chapters)", time.monotonic() - start)
    return out


# ------------------------------------------------------------------ normalised definitions


class _Rename(ast.NodeTransformer):
    """Every identifier becomes v0, v1, ... in order of first use; annotations and docstrings go."""

    def __init__(self):
        self.names: dict[str, str] = {}

    def _name(self, name: str) -> str:
        return self.names.setdefault(name, f"v{len(self.names)}")

    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=self._name(node.id), ctx=node.ctx), node)

    def visit_arg(self, node):
        return ast.copy_location(ast.arg(arg=self._name(node.arg)), node)

    def visit_FunctionDef(self, node):
        node.returns = None
        body = node.body[1:] if _is_docstring(node.body[0]) and len(node.body) > 1 else node.body
        node.body = [self.visit(s) for s in body]
        node.args = self.visit(node.args)
        node.decorator_list = []
        node.name = "f"
        return node

    visit_AsyncFunctionDef = visit_FunctionDef


def _is_docstring(stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def normalised(fn: ast.FunctionDef) -> str:
    import copy

    return ast.dump(_Rename().visit(copy.deepcopy(fn)), annotate_fields=False)


def is_stub(fn: ast.FunctionDef) -> bool:
    """A release stub: the body ends in `raise NotImplementedError()` (code the release keeps
    before the solution markers, such as `super().__init__()`, may come first)."""
    last = fn.body[-1]
    return (isinstance(last, ast.Raise) and isinstance(last.exc, ast.Call)
            and getattr(last.exc.func, "id", None) == "NotImplementedError")


def definitions(tree: ast.AST) -> list[ast.FunctionDef | ast.ClassDef]:
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]


def graded() -> tuple[set[str], dict[str, str]]:
    """Names defined by solution cells, and {normalised body: where} of their functions."""
    names, bodies = set(), {}
    for chapter in CHAPTERS:
        for nb in COURSE.notebooks(chapter):
            for cell in read_notebook(nb).cells:
                if not (is_solution(cell) and cell.cell_type == "code"):
                    continue
                tree = ast.parse(code_of(cell.source))
                names |= {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
                for fn in definitions(tree):
                    if not isinstance(fn, ast.ClassDef) and not is_stub(fn):
                        if len(text := normalised(fn)) >= MIN_BODY_CHARS:
                            bodies[text] = f"{chapter}: {fn.name}"
    return names, bodies


def code_units(path: Path) -> list[str]:
    """The Python source of a bundle file: a .py file whole, a notebook's code cells one by one."""
    if path.suffix == ".py":
        return [path.read_text(encoding="utf-8")]
    if path.suffix == ".ipynb":
        return [code_of(c.source) for c in read_notebook(path).cells if c.cell_type == "code"]
    return []


def text_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".venv" not in path.parts:
            try:
                path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            found.append(path)
    return found


# ------------------------------------------------------------------ 1. no answer key


def test_bundle_defines_no_graded_function(bundle):
    names, bodies = graded()
    assert len(names) > 50 and len(bodies) > 30, "the scan found too few graded definitions to mean anything"
    found = []
    for path in text_files(bundle):
        for source in code_units(path):
            for node in definitions(ast.parse(source)):
                where = f"{path.relative_to(bundle)}: {node.name}"
                if where in ALLOWED_NAMES:
                    continue
                if node.name in names and not isinstance(node, ast.ClassDef) and not is_stub(node):
                    found.append(f"{where} has the name of a graded function")
                if node.name in names and isinstance(node, ast.ClassDef):
                    methods = [m for m in node.body if isinstance(m, ast.FunctionDef)]
                    if path.suffix != ".ipynb" or not any(is_stub(m) for m in methods):
                        found.append(f"{where} has the name of a graded class")
                if not isinstance(node, ast.ClassDef) and (twin := bodies.get(normalised(node))):
                    found.append(f"{where} has the body of {twin}")
    assert not found, found


def test_bundle_holds_no_solution_hidden_test_or_mutant_text(bundle):
    secret = {ln for ch in CHAPTERS for ln in secret_lines(ch)
              if ln not in GENERIC_LINES and not ln.startswith(("import ", "from "))}  # imports say nothing
    leaked = {str(p.relative_to(bundle)): sorted(secret & lines_of(p.read_text(encoding="utf-8")))[:2]
              for p in text_files(bundle) if p.suffix in READABLE}
    assert not {k: v for k, v in leaked.items() if v}
    for path in text_files(bundle):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text, path


def test_bundle_holds_no_instructor_material(bundle):
    top = sorted(p.name for p in bundle.iterdir())
    assert top == ["README.md", "bundle.json", "datasets", "grader", "nlpcourse", "notebooks",
                   "pyproject.toml", "requirements.txt", "setup.sh"], top
    assert sorted(p.name for p in (bundle / "notebooks").iterdir()) == CHAPTERS
    assert not list(bundle.rglob("nlpcourse_instructor")) and not list(bundle.rglob("mutants"))


# ------------------------------------------------------------------ 2. installs and runs


PROBE = textwrap.dedent("""
    import json, sys
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(sys.argv[1], as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3")
    failed = None
    try:
        client.execute()
    except CellExecutionError as exc:
        failed = exc
    cell = next((c for c in nb.cells if c.cell_type == "code" and any(
        o.get("output_type") == "error" for o in c.get("outputs", []))), None)
    error = next((o for o in (cell or {}).get("outputs", []) if o.get("output_type") == "error"), {})
    ran = [c for c in nb.cells if c.cell_type == "code" and c.get("execution_count")]
    import nlpcourse
    try:
        import nlpcourse_instructor  # noqa: F401
        instructor = True
    except ImportError:
        instructor = False
    print(json.dumps({"ename": error.get("ename"), "cell": (cell or {}).get("metadata", {}).get("nbgrader", {}),
                      "ran": len(ran), "nlpcourse": nlpcourse.__file__, "instructor": instructor}))
""")


def clean_env(home: Path) -> dict[str, str]:
    """What a student's shell has: no PYTHONPATH, no course variables but fast mode, offline."""
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "LANG", "LC_ALL"} or k.startswith("PIP_")}
    keep["PATH"] = os.pathsep.join(p for p in keep.get("PATH", "/usr/bin:/bin").split(os.pathsep)
                                   if not p.startswith(sys.prefix))
    return keep | {"HOME": str(home), "COURSE_FAST": "1", "HF_HUB_OFFLINE": "1", "MPLBACKEND": "Agg"}


def test_bundle_installs_and_runs_a_chapter_to_its_first_stub(bundle, tmp_path):
    student = tmp_path / "student"
    shutil.copytree(bundle, student)
    env = clean_env(tmp_path / "home")
    (tmp_path / "home").mkdir()
    start = time.monotonic()
    setup = subprocess.run(["bash", "setup.sh"], cwd=student, env=env, capture_output=True, text=True, timeout=900)
    record_timing("bundle: bash setup.sh in a new folder", time.monotonic() - start)
    assert setup.returncode == 0, setup.stdout[-2000:] + setup.stderr[-3000:]
    (tmp_path / "probe.py").write_text(PROBE)
    notebook = next((student / "notebooks" / RUN_CHAPTER).glob("*.ipynb"))
    run = subprocess.run([str(student / ".venv" / "bin" / "python"), str(tmp_path / "probe.py"), str(notebook)],
                         cwd=notebook.parent, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["nlpcourse"].startswith(str(student)), f"the kernel imported {got['nlpcourse']}, not the bundle's"
    assert not got["instructor"], "the instructor package is importable from the bundle's environment"
    assert got["ename"] == "NotImplementedError", f"expected the first error at the first stub, got {got}"
    assert got["cell"].get("grade") and not got["cell"].get("solution"), f"the first stub was hit outside a test cell: {got}"
    assert got["ran"] > 5, got
