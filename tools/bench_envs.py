#!/usr/bin/env python3
"""Benchmark: environment decisions per second per domain, without rendering, with our fast rendering and with
dm_control's default rendering (64x64). Prints a table; `--json PATH` also writes the numbers with the hardware.

    python tools/bench_envs.py --steps 500 --json figures/bench_envs.json
"""
import argparse, json, os, platform, time
os.environ.setdefault('MUJOCO_GL', 'egl')
import numpy as np
from modularagent.envs import DOMAINS, make_env
from modularagent.core import device_name, get_device, git_commit


def rate(domain: str, steps: int, mode: str) -> float:
    "Decisions per second (each decision = action_repeat control steps) in `mode` none | fast | default."
    env = make_env(domain, seed=0, fast_render=(mode != 'default'))
    rng = np.random.default_rng(0)
    acts = rng.uniform(-1, 1, (steps, env.act_dim))
    env.reset()
    if mode == 'none':  # physics only: the dm_control environment under the wrapper, same action mapping
        lo, hi = env._lo, env._hi
        t0 = time.perf_counter()
        for a in acts:
            for _ in range(env.action_repeat): env._env.step(lo + (a + 1) / 2 * (hi - lo))
        return steps / (time.perf_counter() - t0)
    env.render()  # the first frame creates the GL context: not timed
    t0 = time.perf_counter()
    for a in acts: env.step(a)
    return steps / (time.perf_counter() - t0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--steps', type=int, default=500, help='decisions per measurement')
    ap.add_argument('--domains', nargs='*', default=list(DOMAINS))
    ap.add_argument('--json', default=None, help='write the results to this JSON file')
    a = ap.parse_args()
    modes = ('none', 'fast', 'default')
    res = {d: {m: rate(d, a.steps, m) for m in modes} for d in a.domains}
    print(f"decisions/s (1 decision = 2 control steps), {a.steps} decisions, {device_name(get_device('cpu'))}, MUJOCO_GL={os.environ['MUJOCO_GL']}")
    print(f"{'domain':10s} {'no render':>10s} {'fast render':>12s} {'default render':>15s}")
    for d, r in res.items(): print(f"{d:10s} {r['none']:10.0f} {r['fast']:12.0f} {r['default']:15.0f}")
    if a.json:
        out = dict(benchmark='env decisions per second', steps=a.steps, results=res, hardware=device_name(get_device('cpu')),
                   mujoco_gl=os.environ['MUJOCO_GL'], commit=git_commit(), python=platform.python_version(),
                   date=time.strftime('%Y-%m-%d'), lp_num_threads=os.environ.get('LP_NUM_THREADS'))
        with open(a.json, 'w') as f: json.dump(out, f, indent=1)
        print(f'wrote {a.json}')


if __name__ == '__main__':
    main()
