#!/usr/bin/env python3
"""Benchmark: world-model training step, ModularAgent's phase-1 and phase-2 steps and imagination time per preset and precision.

For each preset (tiny, cpu, paper) and precision (fp32, bf16 autocast): seconds per training step of eq. 12 (Adam
update on the preset's batch x length windows of random 64x64 frames), seconds per phase-1 step of the whole model
(eq. 11 with every switch on, `joint_loss.phase1_step`, on the same batch plus unit-norm clip embeddings), their
ratio, seconds per phase-2 update (`behavior.behavior_step`: `behavior.starts` start states from the same batch's
posteriors, `behavior.horizon` imagined steps under the actor, eq. 10's reward, actor and critic updates), and seconds per imagination of `--starts` start states x `--horizon` steps under random actions (no gradients). The median of `--repeat` timed rounds after
one warm-up; within a preset and precision the variants' operations alternate round by round, so that a machine whose
speed drifts (a shared VM) slows them alike and the ratios stay comparable. Prints a table; `--json PATH` writes the numbers with the device, threads and commit.

    python tools/bench_wm.py --json figures/bench_wm.json
    python tools/bench_wm.py --presets tiny cpu --repeat 5
    python tools/bench_wm.py --presets cpu --amp bf16 --variants "" tamf.hidden=256 joint.dropout_unit=step --json figures/bench_wm_variants.json
    python tools/bench_wm.py --presets cpu --amp fp32 --repeat 7 --starts 256 --variants "" train.fused=false "tamf.dim=128,tamf.hidden=256,joint.dropout_unit=step" \
        "tamf.dim=128,tamf.hidden=256,joint.dropout_unit=step,train.fused=false" --json figures/bench_wm_preset.json
    python tools/bench_wm.py --presets cpu --amp fp32 --repeat 7 --starts 256 --variants "tamf.hidden=512,tamf.sem_width=2" "tamf.hidden=64,tamf.sem_width=0.25" \
        --json figures/bench_wm_bottleneck.json
    python tools/bench_wm.py --presets cpu --amp bf16 --starts 256 --repeat 5 --variants "" behavior.standin_grad=false behavior.jbo=false \
        "behavior.standin_grad=false,behavior.jbo=false" "" behavior.standin_grad=false --json figures/bench_wm_standin.json
"""
import argparse, copy, json, os, statistics, time
import torch
from modularagent.core import get_config, device_name, get_device, git_commit, set_threads, seed_everything
from modularagent.rssm import WorldModel, make_optimizer, train_step, imagine, n_params
from modularagent.trainer import adam
from modularagent.joint_loss import ModularAgentModel, phase1_step
from modularagent.behavior import Behavior, behavior_step


def batch(B, T, A, dev):
    return dict(observation=torch.randint(0, 256, (B, T, 3, 64, 64), dtype=torch.uint8, device=dev),
                action=torch.rand(B, T, A, device=dev) * 2 - 1, is_first=torch.zeros(B, T, dtype=torch.bool, device=dev))


def build(preset, amp, starts, horizon, dev, A=6, overrides=()):
    "The four timed operations of one preset, precision and variant, as closures, and the row's fixed columns."
    cfg = get_config(preset, list(overrides))
    seed_everything(0)
    wm = WorldModel(A, cfg.wm).to(dev); opt = make_optimizer(wm, cfg.wm, cfg.train.fused)
    b = batch(cfg.data.batch, cfg.data.length, A, dev)
    h, s = wm.rssm.initial(starts)
    acts = torch.rand(starts, horizon, A, device=dev) * 2 - 1
    def imag():
        with torch.no_grad(), torch.autocast(dev.type, dtype=torch.bfloat16, enabled=amp == 'bf16'):
            imagine(wm.rssm, (h, s), acts)
    E = 384  # the domain backend's embedding size
    m = ModularAgentModel(A, E, {'walker_walk': torch.randn(E), 'explore': torch.zeros(E)}, cfg).to(dev)
    mopt = adam(m.parameters(), cfg.joint.lr, fused=cfg.train.fused)   # as `pretrain` makes it
    mb = dict(b, clip_video=torch.nn.functional.normalize(torch.randn(*b['action'].shape[:2], E, device=dev), dim=-1),
              task=['walker_walk', 'explore'] * (cfg.data.batch // 2) + ['walker_walk'] * (cfg.data.batch % 2))
    model_params = n_params(m)
    m2 = copy.deepcopy(m).requires_grad_(False); beh = Behavior(m2, 'walker_walk', cfg).to(dev)  # phase 2 on a frozen copy
    bopt = beh.optimizers()  # (+ the text imagination's, when eq. 14 runs in phase 2)
    def p2():
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=amp == 'bf16'): behavior_step(m2, beh, bopt, mb)
    ops = dict(train_step_s=lambda: train_step(wm, opt, b, amp), phase1_step_s=lambda: phase1_step(m, mopt, mb, amp),
               phase2_step_s=p2, imagine_s=imag)
    row = dict(preset=preset, variant=','.join(overrides), amp=amp, batch=cfg.data.batch, length=cfg.data.length,
               params_m=round(n_params(wm) / 1e6, 2), model_params_m=round(model_params / 1e6, 2), starts=cfg.behavior.starts)
    return ops, row


def bench(cells, repeat, dev):
    "Time every operation of every cell round-robin (one warm-up call each, then `repeat` rounds), so that a machine whose speed drifts slows all cells alike; the medians, and the phase-1 ratio to the world-model step of the same cell."
    for ops, _ in cells:
        for f in ops.values(): f()
    ts = [{k: [] for k in ops} for ops, _ in cells]
    for _ in range(repeat):
        for (ops, _), t in zip(cells, ts):
            for k, f in ops.items():
                if dev.type == 'cuda': torch.cuda.synchronize()
                t0 = time.perf_counter(); f()
                if dev.type == 'cuda': torch.cuda.synchronize()
                t[k].append(time.perf_counter() - t0)
    rows = []
    for (_, row), t in zip(cells, ts):
        med = {k: round(statistics.median(v), 4) for k, v in t.items()}
        rows.append(dict(row, **med, phase1_ratio=round(med['phase1_step_s'] / med['train_step_s'], 2)))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--presets', nargs='*', default=['tiny', 'cpu', 'paper'])
    ap.add_argument('--amp', nargs='*', default=['fp32', 'bf16'])
    ap.add_argument('--starts', type=int, default=1024)
    ap.add_argument('--horizon', type=int, default=16)
    ap.add_argument('--repeat', type=int, default=3, help='timed runs per cell (median); paper-size runs on a CPU use 1')
    ap.add_argument('--device', default='auto')
    ap.add_argument('--json', default=None, help='write the results here')
    ap.add_argument('--variants', nargs='*', default=[''],
                    help="config overrides to compare in the same run, one comma-joined list per variant ('' is the preset as it is), "
                         "e.g. '' tamf.hidden=256 joint.dropout_unit=step")
    a = ap.parse_args()
    dev = get_device(a.device); threads = set_threads() if dev.type == 'cpu' else None
    rows = []
    print(f"device {device_name(dev)}, torch threads {threads}, imagination {a.starts} starts x {a.horizon} steps")
    print(f"{'preset':6s} {'amp':5s} {'B x T':>7s} {'params':>8s} {'train step s':>13s} {'phase-1 s':>10s} {'ratio':>6s} {'phase-2 s':>10s} {'imagine s':>10s}")
    for p in a.presets:
        for amp in a.amp:
            cells = [build(p, amp, a.starts, a.horizon, dev, overrides=[o for o in v.split(',') if o]) for v in a.variants]
            for r in bench(cells, 1 if p == 'paper' and dev.type == 'cpu' else a.repeat, dev):
                rows.append(r)
                if r['variant']: print(f"  variant {r['variant']}:")
                print(f"{p:6s} {amp:5s} {r['batch']:>3d}x{r['length']:<3d} {r['params_m']:>7.2f}M {r['train_step_s']:>13.3f} "
                      f"{r['phase1_step_s']:>10.3f} {r['phase1_ratio']:>6.2f} {r['phase2_step_s']:>10.3f} {r['imagine_s']:>10.3f}", flush=True)
    if a.json:
        out = dict(device=device_name(dev), torch=torch.__version__, threads=threads, commit=git_commit(),
                   load_avg_1min=round(os.getloadavg()[0], 2),  # other work on the machine while it ran (the ratio column is less sensitive to it)
                   starts=a.starts, horizon=a.horizon, time=time.strftime('%Y-%m-%dT%H:%M:%S%z'), rows=rows)
        with open(a.json, 'w') as f: json.dump(out, f, indent=1)
        print(f"wrote {a.json}")


if __name__ == '__main__':
    main()
