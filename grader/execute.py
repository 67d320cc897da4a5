"""nbgrader's Execute step, refereed and bounded: each notebook cell runs once, in one kernel.

`GradingExecute` replaces nbgrader's `Execute` in every autograde run (grader/settings.py):

- **Referee in the same kernel.** When a graded test cell comes up, the referee
  (grader/referee.py) runs the instructor's test source in this process against the kernel's
  state at that point; the kernel never sees the test. A test the referee passes scores (its
  printed output is kept); one it fails also runs in the kernel, so the verdict can tell an
  honest failure from a kernel that passes what the referee fails (tampering: scored 0 here,
  flagged by autograde.py). Cells the referee cannot re-run for the instructor's own solution
  (calibration, autograde.py) keep the in-kernel verdict.
- **Bounded bad submissions.** A test the referee timed out on is not run again in the kernel.
  A kernel that dies, or stops answering after a time-out, ends the run: the cells already
  graded keep their scores, the rest are marked not run.

It writes what the referee found to `report_dir/referee-NOTEBOOK.json` (a referee.Report).
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.preprocessors import Execute
from traitlets import Integer, Unicode

from grader.course import first_error, grade_id, is_graded_test, read_notebook
from grader.referee import (
    CellVerdict,
    KernelGone,
    KernelLink,
    Referee,
    Report,
    share_tmp_with_kernel,
    warm_imports,
)

DIED = "the kernel died while running this cell (os._exit, a crash, or the memory limit)"
HUNG = "the kernel did not answer after a cell was interrupted"
NOT_RUN = "not run: {why}; the cells before it keep their scores"


def error_output(ename: str, evalue: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class GradingExecute(Execute):
    """nbgrader's Execute with the referee beside it and a bound on bad kernels (see module doc)."""

    referee_source = Unicode(
        "", help="folder of the instructor's notebooks whose test cells the referee runs ('' = no referee)"
    ).tag(config=True)
    report_dir = Unicode("", help="where the referee's reports go").tag(config=True)
    runtime_dir = Unicode("", help="the sandboxed kernel's IPC folder, which it sees: test temp files go there").tag(
        config=True)
    probe_timeout = Integer(10, help="seconds a kernel has to answer again after a time-out").tag(config=True)

    def preprocess(self, nb, resources=None, km=None):
        self._name = (resources or {}).get("nbgrader", {}).get("notebook", "notebook")
        self._stopped = ""
        self._link: KernelLink | None = None
        self._referee: Referee | None = None
        self._report = Report()
        source = Path(self.referee_source) / f"{self._name}.ipynb" if self.referee_source else None
        self._source_nb = read_notebook(source) if source is not None and source.is_file() else None
        share_tmp_with_kernel(Path(self.runtime_dir) if self.runtime_dir else None)
        if self._source_nb is not None:  # the tests' libraries load while the kernel starts
            threading.Thread(target=warm_imports, args=(self._source_nb,), daemon=True).start()
        try:
            return super().preprocess(nb, resources, km)
        finally:
            if self._link is not None:
                self._link.close()
            if self.report_dir and self._source_nb is not None:
                out = Path(self.report_dir) / f"referee-{self._name}.json"
                out.write_text(self._report.to_json())

    # ------------------------------------------------------------ one cell

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        start = time.monotonic()
        try:
            return self._grade_cell(cell, resources, index)
        finally:
            self.log.info("cell %s (%s): %.2f s", index, grade_id(cell) or "-", time.monotonic() - start)

    def _grade_cell(self, cell, resources, index):
        if self._stopped:
            cell.outputs = [error_output("NotRun", NOT_RUN.format(why=self._stopped))]
            return cell, resources
        verdict = self._referee_check(cell) if self._refereed(cell) else None
        if verdict is not None and (verdict.passed or verdict.timed_out or self._stopped):
            cell.outputs = self._referee_outputs(verdict)
            return cell, resources
        cell = self._run_in_kernel(cell, resources, index)
        if verdict is not None:  # the referee failed it: did the kernel pass it?
            passed_here = first_error(cell) is None
            self._report.kernel[grade_id(cell)] = passed_here
            if passed_here:
                cell.outputs.append(error_output("RefereeCheckFailed", verdict.message))
        return cell, resources

    def _refereed(self, cell) -> bool:
        return self._source_nb is not None and is_graded_test(cell)

    def _run_in_kernel(self, cell, resources, index):
        try:
            cell, _ = super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._stop(DIED)
            cell.outputs.append(error_output("DeadKernelError", DIED))
            return cell
        except CellTimeoutError:  # the interrupted cell never went idle
            self._stop(HUNG)
            cell.outputs.append(error_output("CellTimeoutError", HUNG))
            return cell
        if self._timed_out(cell) and not self._answers():
            self._stop(HUNG)
        return cell

    @staticmethod
    def _timed_out(cell) -> bool:
        return any(o.get("output_type") == "error" and o.get("ename") == "CellTimeoutError" for o in cell.outputs)

    def _answers(self) -> bool:
        """Whether the kernel runs a trivial request again (after an interrupted cell)."""
        try:
            self._kernel_link().execute("pass", self.probe_timeout)
            return True
        except (TimeoutError, KernelGone):
            return False

    def _stop(self, why: str) -> None:
        self._stopped = why
        self._report.fatal = why

    # ------------------------------------------------------------ the referee

    def _kernel_link(self) -> KernelLink:
        if self._link is None:
            from jupyter_core.utils import run_sync

            km = self.km
            self._link = KernelLink.attach(
                km.get_connection_info(session=False), self.timeout,
                alive=lambda: run_sync(km.is_alive)(), interrupt=lambda: run_sync(km.interrupt_kernel)())
        return self._link

    def _referee_check(self, cell) -> CellVerdict:
        gid = grade_id(cell)
        try:
            if self._referee is None:
                channel_dir = Path(self.runtime_dir) if self.runtime_dir else Path(tempfile.mkdtemp(prefix="referee-"))
                self._referee = Referee(self._kernel_link(), self._source_nb, channel_dir)
            verdict = self._referee.check(gid, self._test_source(gid, cell.source))
        except KernelGone as exc:
            self._stop(str(exc))
            verdict = CellVerdict(False, f"KernelGone: {exc}")
        self._report.cells[gid] = verdict
        return verdict

    def _test_source(self, gid: str, fallback: str) -> str:
        """The instructor's source of test cell GID (the submitted cell was overwritten with it)."""
        for c in self._source_nb.cells:
            if grade_id(c) == gid:
                return c.source
        return fallback

    @staticmethod
    def _referee_outputs(verdict: CellVerdict) -> list:
        outputs = [nbformat.v4.new_output("stream", name="stdout", text=verdict.output)] if verdict.output else []
        if verdict.timed_out:
            outputs.append(error_output("CellTimeoutError", verdict.message))
        elif not verdict.passed:
            outputs.append(error_output("KernelGone", verdict.message))
        return outputs
