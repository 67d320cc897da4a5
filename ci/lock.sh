#!/usr/bin/env bash
# Re-resolve requirements.in into requirements.lock in a throwaway virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3.11 -m venv "$tmp/venv" 2>/dev/null || python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q -r requirements.in
{
  echo "# Pinned, resolved from requirements.in on Python 3.11 (bash ci/lock.sh). torch is the CPU build."
  "$tmp/venv/bin/pip" freeze --exclude-editable | sed 's/^torch==\(.*\)+cpu$/torch==\1/'
} > requirements.lock
echo "wrote requirements.lock"
