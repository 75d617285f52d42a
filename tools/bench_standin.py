#!/usr/bin/env python3
"""Benchmark: the phase-1 step with the stand-in e_v computed for every row (as `joint_loss.posterior_fuse` does) against
only the dropped rows, side by side in one run, beside a plain world-model step (cpu preset, bf16, one thread).
First checks both give the same losses from the same state, then prints the median seconds of N alternating steps.

    python tools/bench_standin.py 8
"""
import sys, time, statistics, torch
from modularagent.core import get_config, seed_everything, set_threads
import modularagent.joint_loss as J
from modularagent.rssm import WorldModel, make_optimizer, train_step
set_threads(1); A = 6; E = 384
old = J.ModularAgentModel.posterior_fuse   # the library's: stand-in for every row of a step with a dropped row
def new(self, ev, keep, first, gates):   # the stand-in on the dropped rows only
    ev_a, null = self.adapt(ev), self.adapt(self.tamf.null)
    def fuse(h, s, t):
        use = keep[:, t - 1] & ~first[:, t] if t else torch.zeros_like(keep[:, 0])
        e = ev_a[:, max(t - 1, 0)]
        if not use.all():
            miss = (~use).nonzero()[:, 0]
            with torch.no_grad(): e_hat = self.predict_e(h[miss], s[miss], null)
            e = e.index_put((miss,), self.adapt(e_hat).to(e.dtype))
        return self.fuse(e, h, s, gates, adapted=True)
    return fuse
cfg = get_config('cpu'); B, T = cfg.data.batch, cfg.data.length
b = dict(observation=torch.randint(0, 256, (B, T, 3, 64, 64), dtype=torch.uint8), action=torch.rand(B, T, A) * 2 - 1, is_first=torch.zeros(B, T, dtype=torch.bool))
b = dict(b, clip_video=torch.nn.functional.normalize(torch.randn(B, T, E), dim=-1), task=['walker_walk', 'explore'] * (B // 2))
seed_everything(0); wm = WorldModel(A, cfg.wm); wopt = make_optimizer(wm, cfg.wm)
seed_everything(0); m = J.ModularAgentModel(A, E, {'walker_walk': torch.randn(E), 'explore': torch.zeros(E)}, cfg); o = torch.optim.Adam(m.parameters(), lr=1e-4)
# same numbers? one step from the same state with the same rng
import copy
for name, f in (('old', old), ('new', new)):
    J.ModularAgentModel.posterior_fuse = f; mm = copy.deepcopy(m); oo = torch.optim.Adam(mm.parameters(), lr=1e-4); torch.manual_seed(5)
    print(name, {k: round(v, 5) for k, v in J.phase1_step(mm, oo, b, 'bf16').items() if k in ('loss', 'recon', 'sem', 'align', 'jbo', 'grad_norm')})
ts = {'wm': [], 'old': [], 'new': []}
for r in range(int(sys.argv[1])):
    for name in ('wm', 'old', 'new'):
        t0 = time.perf_counter()
        if name == 'wm': train_step(wm, wopt, b, 'bf16')
        else: J.ModularAgentModel.posterior_fuse = old if name == 'old' else new; J.phase1_step(m, o, b, 'bf16')
        ts[name].append(time.perf_counter() - t0)
med = {k: statistics.median(v[1:]) for k, v in ts.items()}
print({k: round(v, 3) for k, v in med.items()}, 'ratio old', round(med['old'] / med['wm'], 2), 'new', round(med['new'] / med['wm'], 2))
