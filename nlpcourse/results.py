"""RESULTS.md: the full-mode figures every chapter saved in results/<chapter>.json."""

from __future__ import annotations

import json
from pathlib import Path

from nlpcourse import REPO_ROOT, results_dir

HEADER = """\
# Full-mode results

The figures each chapter reports when run in full mode on a 2-core CPU, as saved in
`results/<chapter>.json` by the notebook itself. Regenerate the figures of some chapters
and this table with

    bash ci/full.sh b02_segmentation b04_cbow     # or no ids for every chapter

(this file is written by `python -m nlpcourse results`). Long series (loss curves and the
like) are summarised by their length and last value; the JSON files hold them whole.
"""


def flatten(value, prefix: str = "") -> list[tuple[str, str]]:
    """Nested dicts as (dotted key, printable value) rows; lists summarised."""
    if isinstance(value, dict):
        rows = []
        for key in sorted(value):
            rows += flatten(value[key], f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(value, list):
        if all(isinstance(v, (int, float)) for v in value) and len(value) > 6:
            last = value[-1] if value else None
            return [(prefix, f"{len(value)} values, last {fmt(last)}")]
        return [(prefix, ", ".join(fmt(v) for v in value[:12]) + (" …" if len(value) > 12 else ""))]
    return [(prefix, fmt(value))]


def fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)[:80]
    return str(value)


def render(folder: Path | None = None) -> str:
    folder = folder or results_dir()
    parts = [HEADER]
    for path in sorted(folder.glob("*.json")):
        figures = json.loads(path.read_text(encoding="utf-8"))
        parts.append(f"\n## {path.stem}\n\n| figure | value |\n|---|---|")
        for key, value in flatten(figures):
            parts.append(f"| {key} | {value.replace('|', '/')} |")
    return "\n".join(parts) + "\n"


def write(target: Path | None = None) -> Path:
    target = target or REPO_ROOT / "RESULTS.md"
    target.write_text(render(), encoding="utf-8")
    return target
