#!/usr/bin/env python3
"""Benchmark: environment decisions per second per domain: physics only, our wrapper without pixels, with our fast
rendering and with dm_control's default rendering (64x64). Prints a table; `--json PATH` also writes the numbers
with the hardware, date and commit.

    python tools/bench_envs.py --steps 500 --json figures/bench_envs.json
"""
import argparse, json, os, platform, time
os.environ.setdefault('MUJOCO_GL', 'egl')
import numpy as np
from modularagent.envs import DOMAINS, make_env
from modularagent.core import device_name, get_device, git_commit

MODES = {'none': 'physics only', 'state': 'wrapper, no pixels', 'fast': 'fast render', 'default': 'default render'}


def rate(domain: str, steps: int, mode: str) -> float:
    "Decisions per second (each decision = action_repeat control steps) in `mode` (a key of MODES)."
    env = make_env(domain, seed=0, fast_render=(mode != 'default'), pixels=(mode in ('fast', 'default')))
    rng = np.random.default_rng(0)
    acts = rng.uniform(-1, 1, (steps, env.act_dim))
    env.reset()
    if mode == 'none':  # the dm_control environment under the wrapper, same action mapping (it resets itself)
        lo, hi = env._lo, env._hi
        t0 = time.perf_counter()
        for a in acts:
            for _ in range(env.action_repeat): env._env.step(lo + (a + 1) / 2 * (hi - lo))
        return steps / (time.perf_counter() - t0)
    if env.pixels: env.render()  # the first frame creates the GL context: not timed
    t0 = time.perf_counter()
    for a in acts:
        if env.step(a)['is_last']: env.reset()  # more than one episode when steps > 500
    return steps / (time.perf_counter() - t0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--steps', type=int, default=500, help='decisions per measurement')
    ap.add_argument('--domains', nargs='*', default=list(DOMAINS), choices=DOMAINS)
    ap.add_argument('--json', default=None, help='write the results to this JSON file')
    a = ap.parse_args()
    res = {d: {m: rate(d, a.steps, m) for m in MODES} for d in a.domains}
    hw = device_name(get_device('cpu'))
    print(f"decisions/s (1 decision = 2 control steps), {a.steps} decisions, {hw}, MUJOCO_GL={os.environ['MUJOCO_GL']}, "
          f"LP_NUM_THREADS={os.environ.get('LP_NUM_THREADS')}")
    print(f"{'domain':10s}" + ''.join(f"{v:>20s}" for v in MODES.values()))
    for d, r in res.items(): print(f"{d:10s}" + ''.join(f"{r[m]:20.0f}" for m in MODES))
    if a.json:
        out = dict(benchmark='env decisions per second', modes=MODES, steps=a.steps, results=res, hardware=hw,
                   cpu=platform.processor() or platform.machine(), n_cpus=len(os.sched_getaffinity(0)),
                   mujoco_gl=os.environ['MUJOCO_GL'], lp_num_threads=os.environ.get('LP_NUM_THREADS'),
                   commit=git_commit(), python=platform.python_version(), date=time.strftime('%Y-%m-%d'))
        with open(a.json, 'w') as f: json.dump(out, f, indent=1)
        print(f'wrote {a.json}')


if __name__ == '__main__':
    main()
