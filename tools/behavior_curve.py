#!/usr/bin/env python3
"""The real normalised return of a behaviour run's snapshots against steps, beside its imagined reward (`evaluation.behavior_curve`).

Writes RUN/curve.json, a copy as data/results/behavior_curve_<phase-1 run>_<task>.json, and (optionally) one figure of all runs:

    python tools/behavior_curve.py data/phase1/walker-modular-s0/behavior/walker_stand --figure figures/behavior_curve_walker_stand.png
"""
import argparse, shutil
from pathlib import Path
import matplotlib; matplotlib.use('Agg')
from modularagent.core import repo_root, set_threads
from modularagent.evaluation import behavior_curve, behavior_curve_figure


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('runs', nargs='+', help='behaviour run folders trained with --set train.snapshot_every=N')
    ap.add_argument('--episodes', type=int, default=5, help='evaluation episodes per snapshot')
    ap.add_argument('--figure', default=None, help='write the figure here')
    a = ap.parse_args(); set_threads()
    curves = []
    for r in a.runs:
        c = behavior_curve(r, a.episodes); curves.append(c)
        dst = repo_root()/'data'/'results'/f"behavior_curve_{Path(r).parent.parent.name}_{c['task']}.json"; shutil.copy(Path(r)/'curve.json', dst)
        for p in c['points']:
            print(Path(r).parent.parent.name, c['task'], p['step'], 'real', p['normalized_mean'], 'imagined reward', p['imagined_reward'], flush=True)
        print(f"wrote {dst}")
    if a.figure:
        behavior_curve_figure(*curves, path=a.figure); print(f"wrote {a.figure}")


if __name__ == '__main__':
    main()
