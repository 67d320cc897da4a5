"""nbgrader configuration for the course (read by `nbgrader ...` and by `grader ...`).

solutions/ is the instructor source, notebooks/ the student release. Submissions, autograded
notebooks, feedback and the gradebook live in git-ignored folders at the root.
"""

import os

c = get_config()  # noqa: F821 - provided by nbgrader's config loader

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "notebooks"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
# Only notebooks are course material; helper files never travel with a release.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# The gradebook: sqlite next to this file unless COURSE_GRADEBOOK_URL names another database.
c.CourseDirectory.db_url = os.environ.get(
    "COURSE_GRADEBOOK_URL",
    "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db"),
)

# Stubs the release puts in place of solutions.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Execution limits while autograding: a cell that runs longer than this is interrupted and
# scored as failed; the rest of the notebook still runs.
c.Execute.timeout = int(os.environ.get("COURSE_CELL_TIMEOUT", "30"))
c.Execute.interrupt_on_timeout = True
# Keep autograded notebooks (and feedback) small whatever a submission prints.
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100
