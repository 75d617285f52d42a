#!/usr/bin/env python3
"""Benchmark: gradient steps per second of the model-free baselines (d3rlpy's IQL, TD3+BC, TD3) from stacked 64x64 frames.

For each preset (tiny, cpu, paper) and algorithm: seconds per gradient step of `baselines.build_learner`'s learner with
the preset's `baseline` section (batch, encoder), on batches sampled from a d3rlpy buffer of random uint8 episodes with
the preset's frame stacking and DrQ's random shift applied, as `train_baseline` does. The median of `--repeat` timed
steps after one warm-up; the sampling and the shift are included (they are part of every step). Prints a table; `--json
PATH` writes the numbers with the device, threads, load and commit.

    python tools/bench_baselines.py --json figures/bench_baselines.json
    python tools/bench_baselines.py --presets cpu --repeat 20
"""
import argparse, json, os, time
import numpy as np, torch
from benchlib import timed  # tools/benchlib.py (this script's folder is on the path)
from modularagent.core import get_config, device_name, get_device, git_commit, set_threads, seed_everything
from modularagent.baselines import d3rlpy, build_learner, shifted, ALGOS


def buffer(frames, episodes=4, T=501, A=6, seed=0):
    d, rng = d3rlpy(), np.random.default_rng(seed)
    eps = [d.dataset.Episode(observations=rng.integers(0, 256, (T, 3, 64, 64), dtype=np.uint8), actions=rng.uniform(-1, 1, (T, A)).astype(np.float32),
                             rewards=rng.normal(0.3, 0.03, (T, 1)).astype(np.float32), terminated=False) for _ in range(episodes)]
    return d.dataset.ReplayBuffer(d.dataset.InfiniteBuffer(), episodes=eps, transition_picker=d.dataset.FrameStackTransitionPicker(frames))


def bench(preset, algo, repeat, dev):
    cfg = get_config(preset); b = cfg.baseline
    seed_everything(0); rng = np.random.default_rng(0); buf = buffer(b.frames)
    lr = build_learner(algo, cfg, (3 * b.frames, 64, 64), 6, dict(reward_mean=0.3, reward_std=0.03))
    params = sum(p.numel() for m in lr.impl.modules.create_checkpointer(lr.impl.device).modules.values() if isinstance(m, torch.nn.Module) for p in m.parameters())
    step = timed(lambda: lr.update(shifted(buf.sample_transition_batch(b.batch), b.shift, rng)), repeat, dev)
    return dict(preset=preset, algo=algo, batch=b.batch, frames=b.frames, filters=b.filters, feature=b.feature, params_m=round(params / 1e6, 2),
                step_s=round(step, 4), steps_per_s=round(1 / step, 2), frames_per_s=round(b.batch / step, 1), steps=b.steps,
                run_minutes=round(b.steps * step / 60, 1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--presets', nargs='*', default=['tiny', 'cpu', 'paper'])
    ap.add_argument('--algos', nargs='*', default=list(ALGOS))
    ap.add_argument('--repeat', type=int, default=10, help='timed steps per cell (median)')
    ap.add_argument('--json', default=None, help='write the results here')
    a = ap.parse_args()
    dev = get_device('cpu'); threads = set_threads()
    print(f"device {device_name(dev)}, torch threads {threads}, d3rlpy {d3rlpy().__version__}")
    print(f"{'preset':6s} {'algo':6s} {'batch':>5s} {'params':>8s} {'s/step':>8s} {'steps/s':>8s} {'frames/s':>9s} {'run (preset steps)':>19s}")
    rows = []
    for p in a.presets:
        for algo in a.algos:
            r = bench(p, algo, a.repeat, dev); rows.append(r)
            print(f"{p:6s} {algo:6s} {r['batch']:>5d} {r['params_m']:>7.2f}M {r['step_s']:>8.3f} {r['steps_per_s']:>8.2f} {r['frames_per_s']:>9.1f} "
                  f"{r['run_minutes']:>12.1f} min ({r['steps']})", flush=True)
    if a.json:
        out = dict(device=device_name(dev), torch=torch.__version__, d3rlpy=d3rlpy().__version__, threads=threads, commit=git_commit(),
                   load_avg_1min=round(os.getloadavg()[0], 2),  # other work on the machine while it ran
                   time=time.strftime('%Y-%m-%dT%H:%M:%S%z'), rows=rows)
        with open(a.json, 'w') as f: json.dump(out, f, indent=1)
        print(f"wrote {a.json}")


if __name__ == '__main__':
    main()
