"""nbgrader configuration for the course (read by `nbgrader ...` and by `grader ...`).

solutions/ is the instructor source, notebooks/ the student release. Submissions, autograded
notebooks, feedback and the gradebook live in git-ignored folders at the root. The settings
themselves (stubs, time-outs, output limits) are in grader/settings.py, shared by every run.
"""

import os
import sys

root = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, root)  # grader/ beside this file, even from an interpreter it is not installed in

from grader.settings import CELL_TIMEOUT, configure  # noqa: E402

configure(
    get_config(),  # noqa: F821 - provided by nbgrader's config loader
    root,
    # The gradebook: sqlite next to this file unless COURSE_GRADEBOOK_URL names another database.
    os.environ.get("COURSE_GRADEBOOK_URL", "sqlite:///" + os.path.join(root, "gradebook.db")),
    cell_timeout=int(os.environ.get("COURSE_CELL_TIMEOUT", CELL_TIMEOUT)),
)
