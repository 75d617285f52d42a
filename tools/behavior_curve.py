#!/usr/bin/env python3
"""The real normalised return of a behaviour run's snapshots against steps, beside its imagined reward (`evaluation.behavior_curve`).

Writes RUN/curve.json, a copy as data/results/behavior_curve_<phase-1 run>_<task>.json (a model-free baseline's run:
behavior_curve_<run folder>.json), and (optionally) one figure of all runs:

    python tools/behavior_curve.py data/phase1/walker-modular-s0/behavior/walker_stand --figure figures/behavior_curve_walker_stand.png
    python tools/behavior_curve.py data/baselines/curves/iql-walker_walk-s0 --episodes 10 --figure figures/baseline_curve_iql_walker_walk.png
"""
import argparse, shutil
from pathlib import Path
import matplotlib; matplotlib.use('Agg')
from modularagent.core import repo_root, set_threads
from modularagent.evaluation import behavior_curve, behavior_curve_figure
from modularagent.baselines import is_baseline_run


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('runs', nargs='+', help='behaviour (or baseline) run folders trained with --set train.snapshot_every=N')
    ap.add_argument('--episodes', type=int, default=5, help='evaluation episodes per snapshot')
    ap.add_argument('--figure', default=None, help='write the figure here')
    a = ap.parse_args(); set_threads()
    curves = []
    for r in a.runs:
        c = behavior_curve(r, a.episodes); curves.append(c)
        stem = Path(r).name if is_baseline_run(r) else f"{Path(r).parent.parent.name}_{c['task']}"
        dst = repo_root()/'data'/'results'/f"behavior_curve_{stem}.json"; shutil.copy(Path(r)/'curve.json', dst)
        for p in c['points']:
            print(stem, c['task'], p['step'], 'real', p['normalized_mean'], 'imagined reward', p['imagined_reward'], flush=True)
        print(f"wrote {dst}")
    if a.figure:
        behavior_curve_figure(*curves, path=a.figure); print(f"wrote {a.figure}")


if __name__ == '__main__':
    main()
