#!/usr/bin/env python3
"""Benchmark: online SAC decisions per second on a state-based task, Stable-Baselines3 vs d3rlpy (when installed).

One decision = one environment step (action repeat 2) plus one gradient update of batch 256 on 256x256 MLPs, after
`--warmup` random decisions that are not timed. Prints a table; `--json PATH` writes the numbers with the hardware.

    python tools/bench_rl.py --steps 3000 --json figures/bench_rl.json
    (d3rlpy 2.8.1 is a dependency of the package: the model-free baselines run on it)
"""
import argparse, json, os, time
os.environ.setdefault('MUJOCO_GL', 'egl')
import numpy as np, torch
from modularagent.core import device_name, get_device, git_commit
from modularagent.experts import StateEnv


def bench_sb3(task, steps, warmup):
    from stable_baselines3 import SAC
    m = SAC('MlpPolicy', StateEnv(task), learning_starts=warmup, batch_size=256, policy_kwargs=dict(net_arch=[256, 256]),
            device='cpu', verbose=0, seed=0)
    m.learn(warmup + 10)
    t0 = time.perf_counter(); m.learn(steps, reset_num_timesteps=False)
    return steps / (time.perf_counter() - t0)


def bench_d3rlpy(task, steps, warmup):
    import d3rlpy
    env = StateEnv(task)
    sac = d3rlpy.algos.SACConfig(batch_size=256, actor_encoder_factory=d3rlpy.models.VectorEncoderFactory([256, 256]),
                                 critic_encoder_factory=d3rlpy.models.VectorEncoderFactory([256, 256])).create(device='cpu:0')
    buf = d3rlpy.dataset.create_fifo_replay_buffer(limit=100_000, env=env)
    kw = dict(show_progress=False, save_interval=10**9, logger_adapter=d3rlpy.logging.NoopAdapterFactory())
    sac.fit_online(env, buf, n_steps=warmup + 10, n_steps_per_epoch=warmup + 10, random_steps=warmup, **kw)
    t0 = time.perf_counter(); sac.fit_online(env, buf, n_steps=steps, n_steps_per_epoch=steps, random_steps=0, **kw)
    return steps / (time.perf_counter() - t0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--task', default='walker_walk')
    ap.add_argument('--steps', type=int, default=3000, help='timed decisions')
    ap.add_argument('--warmup', type=int, default=1000, help='random decisions before the timed ones')
    ap.add_argument('--threads', type=int, default=None, help='torch threads (default: all cores)')
    ap.add_argument('--json', default=None)
    a = ap.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    res = {}
    for name, fn in (('stable-baselines3', bench_sb3), ('d3rlpy', bench_d3rlpy)):
        try: res[name] = fn(a.task, a.steps, a.warmup)
        except ImportError: res[name] = None
    hw = device_name(get_device('cpu'))
    print(f"SAC decisions/s on {a.task} (1 env decision + 1 update, batch 256, 256x256), {a.steps} timed, {hw}, torch threads {torch.get_num_threads()}")
    for k, v in res.items(): print(f"  {k:18s} {'not installed' if v is None else f'{v:7.1f}'}")
    if a.json:
        with open(a.json, 'w') as f:
            json.dump(dict(benchmark='online SAC decisions per second', task=a.task, steps=a.steps, results=res, hardware=hw,
                           torch_threads=torch.get_num_threads(), commit=git_commit(), date=time.strftime('%Y-%m-%d')), f, indent=1)
        print(f'wrote {a.json}')


if __name__ == '__main__':
    main()
