"""Feedback pages render a submission's markdown without the HTML that could run in the page."""

from __future__ import annotations

import nbformat

from grader.feedback import render

ATTACK = ('Answer <img src=x onerror="alert(1)"> <script>alert(2)</script> '
          '<a href="javascript:alert(3)">link</a> <iframe src="https://example.org"></iframe>')
COURSE_TEXT = "## 2. 注意力\n\n| 符号 | 含义 |\n|---|---|\n| $j<P+T$ | 位置 |\n\n`<pad>` 与 **加粗**"


def test_markdown_html_that_could_run_is_removed_and_the_text_kept():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(ATTACK),
                                         nbformat.v4.new_markdown_cell(COURSE_TEXT)])
    page = render(nb)
    body = page[page.index("<main"):]
    for bad in ("onerror", "<script>alert", "javascript:", "<iframe"):
        assert bad not in body, bad
    assert "Answer" in body and "link" in body
    # the course's own markdown keeps its structure and its math
    assert "<h2" in body and "<table>" in body and "<strong>加粗</strong>" in body
    assert "$j&lt;P+T$" in body and "&lt;pad&gt;" in body
