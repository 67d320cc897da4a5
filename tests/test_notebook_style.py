"""One scheme in every chapter: the title, numbered sections, and references that exist.

The rules are in docs/authoring.md ("Titles, sections and cross-references"). A reader who
meets "B08 第 3 节" must find chapter B08 in the course and a section numbered 3 in it; "第 16 章"
is refused because the course has a B16 and an A16.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())

TITLE = re.compile(r"# ([AB]\d\d) \S")
SECTION = re.compile(r"## (\d+)\. \S")
CHAPTER_REF = re.compile(r"(?<![A-Za-z0-9_/.-])([AB]\d\d)(?![0-9_])")
LOWER_REF = re.compile(r"(?<![A-Za-z0-9_/.`-])([ab]\d\d)(?![0-9_A-Za-z])")
SECTION_REF = re.compile(r"(?:([AB]\d\d)\s*(?:的)?\s*)?第\s*(\d+)\s*节")
REFUSED = re.compile(r"第\s*[0-9一二三四五六七八九十]+\s*章|进阶\s*\d+")


def chapter_id(chapter: str) -> str:
    return chapter[:3].upper()


@cache
def markdown_of(chapter: str) -> list[str]:
    path = next((ROOT / "solutions" / chapter).glob("*.ipynb"))
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


@cache
def sections_of(chapter: str) -> frozenset[int]:
    return frozenset(int(m.group(1)) for text in markdown_of(chapter)
                     for line in text.splitlines() if (m := SECTION.match(line)))


IDS = {chapter_id(c): c for c in CHAPTERS}


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_title_is_id_then_chinese_title(chapter):
    first = markdown_of(chapter)[0].splitlines()[0]
    match = TITLE.match(first)
    assert match and match.group(1) == chapter_id(chapter), (
        f"{chapter}: the title must read '# {chapter_id(chapter)} <标题>', got {first!r}")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_sections_are_numbered_in_order(chapter):
    numbers = [int(m.group(1)) for text in markdown_of(chapter)
               for line in text.splitlines() if (m := SECTION.match(line))]
    assert numbers == list(range(1, len(numbers) + 1)), f"{chapter}: sections numbered {numbers}"
    loose = [line for text in markdown_of(chapter) for line in text.splitlines()
             if line.startswith("## ") and not SECTION.match(line)
             and not line.startswith(("## 小结", "## 附录"))]
    assert not loose, f"{chapter}: sections must read '## <n>. <标题>': {loose}"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_references_point_to_what_exists(chapter):
    problems = []
    for text in markdown_of(chapter):
        problems += [f"refused form {m.group(0)!r} (name the chapter by its id)"
                     for m in REFUSED.finditer(text)]
        problems += [f"{m.group(1)} is not a chapter of the course"
                     for m in CHAPTER_REF.finditer(text) if m.group(1) not in IDS]
        problems += [f"{m.group(1)!r}: write the id in capitals ({m.group(1).upper()})"
                     for m in LOWER_REF.finditer(text)]
        for m in SECTION_REF.finditer(text):
            target = IDS.get(m.group(1), chapter) if m.group(1) else chapter
            if int(m.group(2)) not in sections_of(target):
                problems.append(f"{m.group(0)!r}: {target} has no section {m.group(2)}")
    assert not problems, f"{chapter}: " + "; ".join(problems)
