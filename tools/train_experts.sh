#!/bin/bash
# Train (or resume) the experts of the given tasks one after another, preset cpu (200K decisions), each into
# data/experts/<task>/ with its log in data/experts/<task>/train.log. THREADS (default 1) torch threads each, so two
# queues can share a 2-core machine. SET (optional) passes config overrides to every task of the queue; RUNS (default
# data/experts) is the folder of the run folders (data/experts_next for experts still training on longer budgets).
# Examples: nohup bash tools/train_experts.sh cheetah_run stickman_walk &
#           nohup bash tools/train_experts.sh quadruped_stand quadruped_walk quadruped_run &
# (the quadruped's own settings, 500K decisions and every 8th replay episode packed, come from DOMAIN_PRESETS in
#  00_core; SET=... overrides them and everything else)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh >/dev/null
for t in "$@"; do
  R="${RUNS:-data/experts}"; mkdir -p "$R/$t"
  echo "$(date -u +%FT%TZ) start $t"
  OMP_NUM_THREADS=${THREADS:-1} MKL_NUM_THREADS=${THREADS:-1} \
    modularagent train-expert --task "$t" --out "$R/$t" --preset cpu ${SET:+--set $SET} >>"$R/$t/train.log" 2>&1
  echo "$(date -u +%FT%TZ) done $t: $(tail -c 300 "$R/$t/train.log" | tr '\r' '\n' | tail -1)"
done
