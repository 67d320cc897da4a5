"""Command line of the course support package: ``nlpcourse data list|verify|stats``, ``nlpcourse models verify``."""

from __future__ import annotations

import argparse
import sys


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*header), fmt.format(*["-" * w for w in widths])]
    lines += [fmt.format(*[str(c) for c in r]) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def _cmd_list(data) -> int:
    files = data.manifest()["files"]
    course_files = data.manifest().get("course_files", {})
    rows = []
    for ds in data.DATASETS.values():
        if ds.files:
            f = files[ds.files[0]]
            source = f"{f['pip']}=={f['version']}: " + ", ".join(files[k]["path"] for k in ds.files)
            licence = f["licence"].split(".")[0]
        elif ds.course_files:
            source = "course file: " + ", ".join(f"datasets/{course_files[k]['path']}" for k in ds.course_files)
            licence = course_files[ds.course_files[0]]["licence"].split(" ")[0]
        else:
            source, licence = "seeded generator (nlpcourse.data)", "MIT (course code)"
        rows.append([ds.name, "/".join(ds.splits), source, licence])
    print(_table(rows, ["dataset", "splits", "source", "licence"]))
    return 0


def _cmd_verify(data) -> int:
    bad = 0
    rows = []
    for key, path, status in data.verify():
        rows.append([key, "ok" if status == "ok" else "FAILED", path])
        if status != "ok":
            bad += 1
            print(f"error: {status}", file=sys.stderr)
    print(_table(rows, ["file", "status", "path"]))
    print(f"{len(rows) - bad}/{len(rows)} files verified")
    return 1 if bad else 0


def _cmd_stats(data, names: list[str], markdown: bool) -> int:
    rows = []
    for name in names or data.names():
        st = data.stats(name)
        for split in data.splits(name):
            rows.append([name, split, st[split], st["fast_" + split]])
    header = ["dataset", "split", "items", "fast"]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(str(c) for c in r) + " |")
    else:
        print(_table(rows, header))
    return 0


def _cmd_results(check: bool) -> int:
    from . import REPO_ROOT, results

    target = REPO_ROOT / "RESULTS.md"
    if check:
        fresh = results.render()
        ok = target.is_file() and target.read_text(encoding="utf-8") == fresh
        print("RESULTS.md is up to date" if ok else "RESULTS.md is stale: run `nlpcourse results`")
        return 0 if ok else 1
    print(f"wrote {results.write(target)}")
    return 0


def _cmd_models() -> int:
    from . import models

    bad = 0
    for name in models.MODELS:
        for fast in (True, False):
            try:
                print(f"ok      {models.ensure(name, fast)}")
            except models.ModelMissing as exc:
                bad += 1
                print(f"error: {exc}", file=sys.stderr)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nlpcourse", description="Course support tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_data = sub.add_parser("data", help="inspect and verify the course datasets")
    dsub = p_data.add_subparsers(dest="action", required=True)
    dsub.add_parser("list", help="dataset names, splits, sources and licences")
    dsub.add_parser("verify", help="check every corpus file against datasets/manifest.json")
    p_stats = dsub.add_parser("stats", help="item counts per dataset and split")
    p_stats.add_argument("names", nargs="*", help="datasets (default: all)")
    p_stats.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p_results = sub.add_parser("results", help="write RESULTS.md from results/*.json")
    p_results.add_argument("--check", action="store_true", help="exit 1 if RESULTS.md is stale")
    p_models = sub.add_parser("models", help="check the shipped course models against their checksums")
    p_models.add_argument("action", choices=["verify"])
    args = parser.parse_args(argv)

    if args.command == "results":
        return _cmd_results(args.check)
    if args.command == "models":
        return _cmd_models()

    from . import data

    try:
        if args.action == "list":
            return _cmd_list(data)
        if args.action == "verify":
            return _cmd_verify(data)
        return _cmd_stats(data, args.names, args.markdown)
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
