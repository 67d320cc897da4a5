"""Reference code that stands in for a graded exercise somewhere outside its chapter.

The course model builders use their own versions of a few functions that chapter b09 asks
students to write. Each entry maps (chapter, solution cell id) to the code that defines the
reference under the exercise's name; the test suite runs the chapter's solution notebook,
swaps the reference in for the solution cell and runs every test cell, hidden ones included
(tests/test_references.py), so a reference that drifts from the exercise fails the build.
"""

from __future__ import annotations

REFERENCES: dict[str, dict[str, str]] = {
    "b09_bert_pretraining": {
        "build_pair_inputs": "from nlpcourse_instructor.models.bert import build_pair_inputs",
        "make_nsp_pairs": "from nlpcourse_instructor.models.bert import make_nsp_pairs",
        "mask_tokens": "from nlpcourse_instructor.models.bert import mask_tokens",
    },
}
