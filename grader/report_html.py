"""`grader report --html PATH`: the gradebook as one static page an instructor looks at.

Per chapter: the distribution of the class's scores, each exercise's pass rate (the share of
students with full points on it; the one the class struggled with most stands out), the
time-outs, and every flagged submission (not graded, or graded with problems noted) with what
was noted. The plots are matplotlib PNGs inside the page (base64), labelled in Chinese with
the course's CJK font (in English where no CJK font is installed, rather than as boxes); the
page needs no network and no other file.

What the referee and the audit noted can quote a hidden check, so the page shows such a note
only up to its details ("see verdict.json"): the page may be shared beyond the instructor.
"""

from __future__ import annotations

import base64
import html
import io
import statistics
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from grader.autograde import read_verdict
from grader.course import Course
from grader.feedback import INSTRUCTOR_NOTES
from grader.gradebook import CellScore
from grader.report import totals

TIMEOUT_MARKS = ("CellTimeoutError", "Timeout", "timed out", "time limit")

LABELS = {
    "zh": {"dist_title": "得分分布", "dist_x": "得分（占满分的 %）", "dist_y": "学生数",
           "pass_title": "各练习通过率（满分的学生占比）", "pass_x": "通过率（%）",
           "mean": "平均得分率", "line": "虚线", "chap_title": "各章平均得分率", "chap_x": "平均得分率（%）"},
    "en": {"dist_title": "Score distribution", "dist_x": "score (% of the maximum)", "dist_y": "students",
           "pass_title": "Pass rate per exercise (students with full points)", "pass_x": "pass rate (%)",
           "mean": "mean score", "line": "dashed", "chap_title": "Mean score per chapter", "chap_x": "mean score (%)"},
}

CSS = """
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei",
       system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.45; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.figs { display: flex; flex-wrap: wrap; gap: 1em; } .figs img { max-width: 100%; border: 1px solid #eee; }
.hard { color: #b00020; font-weight: bold; } .muted { color: #666; }
.flag { background: #fff4e5; } .timeout { background: #fdecea; }
ul.notes { margin: 0; padding-left: 1.2em; }
"""


@dataclass
class Submission:
    student: str
    got: float = 0.0
    out_of: float = 0.0
    status: str = "-"
    problems: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.got / self.out_of if self.out_of else 0.0

    @property
    def timed_out(self) -> bool:
        return any(mark in p for p in self.problems for mark in TIMEOUT_MARKS)

    @property
    def flagged(self) -> bool:
        return self.status not in ("graded", "-") or bool(self.problems)


@dataclass
class Exercise:
    notebook: str
    cell: str
    max_score: float
    scores: list[float] = field(default_factory=list)

    @property
    def pass_rate(self) -> float:
        return 100.0 * sum(s >= self.max_score for s in self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def mean_share(self) -> float:
        if not self.scores or not self.max_score:
            return 0.0
        return 100.0 * statistics.fmean(self.scores) / self.max_score


@dataclass
class ChapterStats:
    chapter: str
    submissions: list[Submission]
    exercises: list[Exercise]

    @property
    def hardest(self) -> Exercise | None:
        """The exercise with the lowest pass rate (None for a chapter of one exercise)."""
        if len(self.exercises) < 2:
            return None
        return min(self.exercises, key=lambda e: (e.pass_rate, e.mean_share))


def shown_problem(problem: str) -> str:
    """A noted problem as the page shows it: the referee's and audit's notes without details."""
    if problem.startswith(INSTRUCTOR_NOTES):
        head = problem.split(" (", 1)[0].split("; ", 1)[0]
        return head + " … (details in verdict.json)"
    return problem


def chapter_stats(course: Course, rows: list[CellScore], chapter: str) -> ChapterStats:
    mine = [r for r in rows if r.chapter == chapter]
    subs = {student: Submission(student, got, out_of) for (student, _), (got, out_of) in totals(mine).items()}
    exercises: dict[tuple[str, str], Exercise] = {}
    for r in mine:
        ex = exercises.setdefault((r.notebook, r.cell), Exercise(r.notebook, r.cell, r.max_score))
        ex.scores.append(r.score)
    for sub in subs.values():
        verdict = read_verdict(course.root / "autograded" / sub.student / chapter)
        if verdict is not None:
            sub.status = verdict.get("status", "-")
            sub.problems = [str(p) for p in verdict.get("problems", [])]
            if sub.status != "graded" and verdict.get("message"):
                sub.problems.insert(0, str(verdict["message"]).splitlines()[0])
    order = notebook_order(course, chapter)
    ordered = sorted(exercises.values(), key=lambda e: (order.get((e.notebook, e.cell), len(order)), e.notebook, e.cell))
    return ChapterStats(chapter, [subs[s] for s in sorted(subs)], ordered)


def notebook_order(course: Course, chapter: str) -> dict[tuple[str, str], int]:
    """(notebook, grade id) -> position in the release, so exercises appear in the chapter's order."""
    from grader.course import grade_id, read_notebook

    order: dict[tuple[str, str], int] = {}
    try:
        paths = course.notebooks(chapter)
    except Exception:  # noqa: BLE001 - a chapter the course no longer has: alphabetical
        return order
    for path in paths:
        try:
            nb = read_notebook(path)
        except Exception:  # noqa: BLE001
            continue
        for cell in nb.cells:
            if gid := grade_id(cell):
                order.setdefault((path.stem, gid), len(order))
    return order


# ------------------------------------------------------------------ figures


def _labels() -> dict[str, str]:
    from nlpcourse.plotting import use_chinese_font

    with warnings.catch_warnings(action="ignore"):  # no CJK font: English labels, without the warning
        return LABELS["zh"] if use_chinese_font() else LABELS["en"]


def _png(fig) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


def distribution_png(stats: ChapterStats, lab: dict[str, str]) -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.2, 3.2))
    ax = fig.add_subplot()
    values = [s.percent for s in stats.submissions]
    ax.hist(values, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001], color="#4c78a8", edgecolor="white")
    title = f"{stats.chapter}: {lab['dist_title']}"
    if values:  # the mean as a dashed line, named in the title (a legend would hide bars)
        mean = statistics.fmean(values)
        ax.axvline(mean, color="#e45756", linestyle="--")
        title += f" ({lab['mean']} {mean:.0f}%, {lab['line']})"
    ax.set_xlim(0, 100)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.set_xlabel(lab["dist_x"])
    ax.set_ylabel(lab["dist_y"])
    return _png(fig)


def pass_rate_png(stats: ChapterStats, lab: dict[str, str]) -> str:
    from matplotlib.figure import Figure

    exercises = stats.exercises
    fig = Figure(figsize=(5.8, 0.45 * len(exercises) + 1.4))
    ax = fig.add_subplot()
    hardest = stats.hardest
    names = [e.cell for e in exercises]
    rates = [e.pass_rate for e in exercises]
    colors = ["#e45756" if e is hardest else "#54a24b" for e in exercises]
    ys = list(range(len(exercises)))
    ax.barh(ys, rates, color=colors)
    for y, rate in zip(ys, rates, strict=True):
        ax.text(min(rate + 1.5, 88), y, f"{rate:.0f}%", va="center")
    ax.set_yticks(ys, names)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(lab["pass_x"])
    ax.set_title(lab["pass_title"])
    return _png(fig)


def chapters_png(all_stats: list[ChapterStats], lab: dict[str, str]) -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.5, 0.4 * len(all_stats) + 1.4))
    ax = fig.add_subplot()
    means = [statistics.fmean(s.percent for s in st.submissions) if st.submissions else 0.0 for st in all_stats]
    ys = list(range(len(all_stats)))
    ax.barh(ys, means, color="#4c78a8")
    ax.set_yticks(ys, [st.chapter for st in all_stats])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(lab["chap_x"])
    ax.set_title(lab["chap_title"])
    return _png(fig)


# ------------------------------------------------------------------ the page


def _img(data: str, alt: str) -> str:
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'


def _pct(x: float) -> str:
    return f"{x:.0f}%"


def chapter_section(stats: ChapterStats, lab: dict[str, str]) -> str:
    e = html.escape
    subs = stats.submissions
    percents = [s.percent for s in subs]
    flagged = [s for s in subs if s.flagged]
    timeouts = [s for s in subs if s.timed_out]
    hardest = stats.hardest
    out = [f'<section id="{e(stats.chapter)}"><h2>{e(stats.chapter)}</h2>']
    summary = (f"{len(subs)} submission(s); mean {_pct(statistics.fmean(percents))}, "
               f"median {_pct(statistics.median(percents))}; {len(flagged)} flagged, "
               f"{len(timeouts)} with a time-out.") if subs else "no submissions."
    out.append(f"<p>{summary}</p>")
    if hardest is not None:
        out.append(f'<p>The class struggled most with <span class="hard">{e(hardest.cell)}</span>: '
                   f"{_pct(hardest.pass_rate)} of the students have full points on it "
                   f"(mean {_pct(hardest.mean_share)} of its points).</p>")
    out.append('<div class="figs">')
    out.append(_img(distribution_png(stats, lab), f"{stats.chapter}: score distribution"))
    if stats.exercises:
        out.append(_img(pass_rate_png(stats, lab), f"{stats.chapter}: pass rate per exercise"))
    out.append("</div>")

    out.append("<h3>Exercises</h3><table><tr><th>exercise</th><th>notebook</th><th>points</th>"
               "<th>pass rate</th><th>mean score</th></tr>")
    for ex in stats.exercises:
        cls = ' class="hard"' if ex is hardest else ""
        out.append(f"<tr><td{cls}>{e(ex.cell)}</td><td>{e(ex.notebook)}</td><td class=num>{ex.max_score:g}</td>"
                   f"<td class=num>{_pct(ex.pass_rate)}</td><td class=num>{_pct(ex.mean_share)}</td></tr>")
    out.append("</table>")

    out.append("<h3>Flagged submissions</h3>")
    if flagged:
        out.append("<table><tr><th>student</th><th>score</th><th>status</th><th>what was noted</th></tr>")
        for s in flagged:
            cls = "timeout" if s.timed_out else "flag"
            notes = "".join(f"<li>{e(shown_problem(p))}</li>" for p in s.problems)
            out.append(f'<tr class="{cls}"><td>{e(s.student)}</td><td class=num>{s.got:g} / {s.out_of:g}</td>'
                       f'<td>{e(s.status)}</td><td><ul class="notes">{notes}</ul></td></tr>')
        out.append("</table>")
    else:
        out.append('<p class="muted">none: every submission was graded without a problem noted.</p>')

    out.append("<h3>Students</h3><table><tr><th>student</th><th>score</th><th>%</th><th>status</th></tr>")
    for s in subs:
        mark = "*" if s.problems else ""
        out.append(f"<tr><td>{e(s.student)}</td><td class=num>{s.got:g} / {s.out_of:g}</td>"
                   f"<td class=num>{_pct(s.percent)}</td><td>{e(s.status)}{mark}</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)


def render(course: Course, rows: list[CellScore]) -> str:
    lab = _labels()
    chapters = sorted({r.chapter for r in rows})
    all_stats = [chapter_stats(course, rows, ch) for ch in chapters]
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             "<title>Class report</title>", f"<style>{CSS}</style></head><body>",
             "<h1>Class report</h1>",
             f'<p class="muted">{len({r.student for r in rows})} student(s), {len(chapters)} chapter(s). '
             "Pass rate: the share of students with full points on an exercise. Flagged: not graded, "
             "or graded with a problem noted (autograded/STUDENT/CHAPTER/verdict.json says more).</p>"]
    parts.append("<table><tr><th>chapter</th><th>submissions</th><th>mean</th><th>median</th>"
                 "<th>hardest exercise</th><th>flagged</th><th>time-outs</th></tr>")
    for st in all_stats:
        percents = [s.percent for s in st.submissions] or [0.0]
        hard = st.hardest
        parts.append(f'<tr><td><a href="#{e(st.chapter)}">{e(st.chapter)}</a></td>'
                     f"<td class=num>{len(st.submissions)}</td>"
                     f"<td class=num>{_pct(statistics.fmean(percents))}</td>"
                     f"<td class=num>{_pct(statistics.median(percents))}</td>"
                     f"<td>{e(hard.cell) + f' ({_pct(hard.pass_rate)})' if hard else '-'}</td>"
                     f"<td class=num>{sum(s.flagged for s in st.submissions)}</td>"
                     f"<td class=num>{sum(s.timed_out for s in st.submissions)}</td></tr>")
    parts.append("</table>")
    if len(all_stats) > 1:
        parts.append(f'<div class="figs">{_img(chapters_png(all_stats, lab), "mean score per chapter")}</div>')
    parts += [chapter_section(st, lab) for st in all_stats]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_html(course: Course, rows: list[CellScore], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(course, rows), encoding="utf-8")
    return path
