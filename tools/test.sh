#!/usr/bin/env bash
# The test command (README, CI): set up .venv if needed, then run the notebooks' tests and the repository checks
# (notebooks clean, library in sync with the notebooks, README made from nbs/index.ipynb) through pytest.
# Extra arguments go to pytest, e.g. `bash tools/test.sh -k envs`. TEST_FLAGS="slow" also runs slow cells.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/setup.sh"
NCPU="$(python -c 'import os; print(len(os.sched_getaffinity(0)))')"
export OMP_NUM_THREADS="$NCPU" MKL_NUM_THREADS="$NCPU" MPLBACKEND=Agg LP_NUM_THREADS=1
cd "$ROOT"
exec python -m pytest tests -q -p no:cacheprovider --durations=5 "$@"
