#!/usr/bin/env python3
"""The reward check and the open-loop error of a phase-1 run's snapshots against steps (`reward_check.phase1_curve`).

Writes RUN/curve.json, a copy as data/results/phase1_curve_<run>.json, and (with several runs) one figure of them all:

    python tools/phase1_curve.py data/phase1/walker-modular-s0 data/phase1/walker-base-s0 --figure figures/phase1_curve_walker.png
"""
import argparse, os, shutil
from pathlib import Path
import matplotlib; matplotlib.use('Agg')
from modularagent.core import repo_root, set_threads
from modularagent.reward_check import phase1_curve, curve_figure


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('runs', nargs='+', help='phase-1 run folders trained with --set train.snapshot_every=N')
    ap.add_argument('--episodes', type=int, default=16, help='held-out episodes per point (spread evenly)')
    ap.add_argument('--tasks', nargs='*', default=None)
    ap.add_argument('--figure', default=None, help='write the figure here')
    a = ap.parse_args(); set_threads()
    curves = []
    for r in a.runs:
        c = phase1_curve(r, a.tasks, a.episodes); curves.append(c)
        dst = repo_root()/'data'/'results'/f'phase1_curve_{Path(r).name}.json'; shutil.copy(Path(r)/'curve.json', dst)
        for p in c['points']:
            print(Path(r).name, p['step'], 'open-loop', p['open_loop_mse'],
                  {t: {v: x['spearman'] for v, x in d.items()} for t, d in p['tasks'].items()}, flush=True)
        print(f"wrote {dst}")
    if a.figure:
        curve_figure(*curves).savefig(a.figure, dpi=120); print(f"wrote {a.figure}")


if __name__ == '__main__':
    main()
