#!/usr/bin/env python3
"""Does a model-free baseline read the frames? Its actions against the data's on held-out episodes (`baselines.action_check`).

Writes RUN/action_check.json and a copy as data/results/action_check/<run folder>.json, and prints one line per dataset folder.
A run that still has its resume checkpoint (trained on this machine) also gets `baselines.critic_check`: the critic's values
of the data's and the policy's actions beside the discounted reward that followed (RUN/critic_check.json, copied to
data/results/critic_check/):

    python tools/action_check.py data/baselines/iql-walker_stand-s0 data/baselines/td3bc-walker_stand-s0
"""
import argparse, shutil
from pathlib import Path
from modularagent.core import repo_root, set_threads
from modularagent.baselines import action_check, critic_check


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('runs', nargs='+', help='finished baseline run folders')
    ap.add_argument('--per-folder', type=int, default=10, help='held-out episodes per dataset folder at most')
    a = ap.parse_args(); set_threads()
    dst = repo_root()/'data'/'results'/'action_check'; dst.mkdir(parents=True, exist_ok=True)
    cdst = repo_root()/'data'/'results'/'critic_check'
    for r in a.runs:
        c = action_check(r, per_folder=a.per_folder)
        for name, f in c['folders'].items():
            print(f"{Path(r).name:28s} {name:13s} {f['transitions']:6d} transitions: mse {f['mse']:.3f} vs best constant "
                  f"{f['mse_best_constant']:.3f} (ratio {f['ratio']:.2f}), corr {f['corr']:+.2f}, saturated {f['saturated']:.2f}, "
              f"policy std {f['policy_std']:.2f} (data {f['data_std']:.2f})", flush=True)
        shutil.copy(Path(r)/'action_check.json', dst/f"{Path(r).name}.json")
        if not (Path(r)/'ckpt.safetensors').exists(): print(f"{Path(r).name}: no resume checkpoint here, so no critic check"); continue
        c = critic_check(r, per_folder=a.per_folder)
        for name, f in c['folders'].items():
            print(f"{Path(r).name:28s} {name:13s} critic: Q(s, a_data) {f['q_data']:+8.2f}, Q(s, pi(s)) {f['q_policy']:+8.2f} "
                  f"(preferred on {f['policy_over_data']:.2f} of states), discounted reward that followed {f['real_return']:+8.2f}", flush=True)
        cdst.mkdir(parents=True, exist_ok=True); shutil.copy(Path(r)/'critic_check.json', cdst/f"{Path(r).name}.json")
    print(f"wrote {dst}")


if __name__ == '__main__':
    main()
