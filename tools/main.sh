#!/usr/bin/env bash
# The main job (README): set up .venv if needed, then run `modularagent demo` on the embedded default.
# Until the training notebooks land, the demo runs the part of the pipeline that exists: it collects a small
# random-policy dataset of every domain, validates it and renders a picture of each domain. Extra arguments go
# to `modularagent demo` (see `modularagent demo --help`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/setup.sh"
export LP_NUM_THREADS=1
cd "$ROOT"
exec modularagent demo "$@"
