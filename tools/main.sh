#!/usr/bin/env bash
# The main job (README): set up .venv if needed, then run `modularagent demo` on the embedded default.
# The demo runs the whole pipeline at a small scale (about 15 minutes on 2 CPU cores): a small walker dataset from the
# committed expert replays, its embeddings, phase 1, behaviour for two sentences, evaluation, table and figures, all
# under runs/demo (a rerun resumes). Extra arguments go to `modularagent demo` (see `modularagent demo --help`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/setup.sh"
export LP_NUM_THREADS=1
cd "$ROOT"
exec modularagent demo "$@"
