#!/usr/bin/env bash
# Set up everything the course needs, idempotently: .venv with the pinned packages, the
# course's own packages (nlpcourse, nlpcourse_instructor, grader) installed editable, bubblewrap
# for the grading sandbox, a CJK font for the figures' Chinese labels, PostgreSQL (for the
# tests of a real gradebook server) and chromium with its driver (for the browser tests). A
# second run with nothing changed takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      PYTHON=$candidate; break
    fi
  done
fi
if [ -z "$PYTHON" ]; then
  echo "ci/setup.sh: Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2
  exit 2
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi

stamp=".venv/.installed-$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "==> installing pinned packages (requirements.lock)"
  # (the sed drops pip's notes about unreachable extra indexes some hosts configure)
  {
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -r requirements.lock
    .venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
  } 2>&1 | sed '/^WARNING: Location .* is ignored/d' 
  rm -f .venv/.installed-*
  touch "$stamp"
fi

if ! command -v bwrap >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing bubblewrap (grading sandbox)"
    apt-get update -qq >/dev/null && apt-get install -y -qq bubblewrap >/dev/null
  else
    echo "WARNING: bubblewrap is not installed; 'grader autograde' will refuse to run without" >&2
    echo "         it (install it: sudo apt-get install bubblewrap) or --no-sandbox." >&2
  fi
fi
if ! fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing a CJK font for Chinese figure labels (fonts-wqy-microhei)"
    apt-get update -qq >/dev/null && apt-get install -y -qq fonts-wqy-microhei fontconfig >/dev/null
  else
    echo "WARNING: no CJK font; Chinese figure labels will show as boxes (sudo apt-get install fonts-wqy-microhei)." >&2
  fi
fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing chromium and its driver (the browser tests: tests/test_browser.py)"
    apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "WARNING: no chromium/chromedriver; tests/test_browser.py will skip (fail with CI=true) (sudo apt-get install chromium chromium-driver)." >&2
  fi
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing PostgreSQL (the tests grade into a real gradebook server)"
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
  else
    echo "WARNING: PostgreSQL is not installed; tests/test_scale.py will fail (sudo apt-get install postgresql)." >&2
  fi
fi
echo "==> ready: $(.venv/bin/python --version), torch $(.venv/bin/python -c 'import torch; print(torch.__version__)')"
