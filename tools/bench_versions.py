#!/usr/bin/env python3
"""Benchmark: this working tree's phase-1 step beside an earlier commit's, side by side in one run.

The earlier commit's `modularagent/` is unpacked into a temporary folder under another package name and imported
beside the current one. Both models get the same weights and the same batch (`tools/bench_wm.py`'s random frames,
unit-norm clip embeddings, half the rows labelled with a task): the script first checks that one phase-1 forward
pass of each gives the same terms from the same random state (fp32), then alternates `--repeat` rounds of
(world-model step, earlier phase-1 step, current phase-1 step) on one thread and prints the medians and each
phase-1 step's ratio to the world-model step. `--json PATH` writes the numbers with the device and both commits.

    python tools/bench_versions.py --before f231da2 --amp none bf16 --repeat 7 --json figures/bench_phase1_versions.json
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path
import torch
from bench_wm import batch  # tools/bench_wm.py (this script's folder is on the path)
from modularagent.core import get_config, device_name, git_commit, set_threads, seed_everything, repo_root
from modularagent.rssm import WorldModel, make_optimizer, train_step
import modularagent.joint_loss as now
from modularagent.trainer import adam


def unpack(rev, dest):
    "`rev`'s modularagent/ as the package `modularagent_before` under `dest`; returns its joint_loss module."
    root = repo_root()
    sha = subprocess.run(['git', 'rev-parse', '--short', rev], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
    tar = subprocess.run(['git', 'archive', rev, 'modularagent'], cwd=root, capture_output=True, check=True).stdout
    subprocess.run(['tar', '-x', '-C', str(dest)], input=tar, check=True)
    pkg = Path(dest)/'modularagent_before'; (Path(dest)/'modularagent').rename(pkg)
    for f in pkg.glob('*.py'):
        f.write_text(re.sub(r'\bmodularagent\.', 'modularagent_before.', f.read_text()))
    sys.path.insert(0, str(dest))
    import modularagent_before.joint_loss as before
    return sha, before


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--before', required=True, help='the earlier commit (e.g. HEAD~1)')
    ap.add_argument('--preset', default='cpu')
    ap.add_argument('--amp', nargs='+', default=['bf16'], choices=['none', 'bf16'])
    ap.add_argument('--repeat', type=int, default=7)
    ap.add_argument('--json', help='write the results here')
    args = ap.parse_args()
    set_threads(1); dev = torch.device('cpu'); A, E = 6, 384
    tmp = Path(tempfile.mkdtemp())
    try:
        sha, before = unpack(args.before, tmp)
        cfg, cfg_b = get_config(args.preset), before.get_config(args.preset)
        b = batch(cfg.data.batch, cfg.data.length, A, dev)
        b = dict(b, clip_video=torch.nn.functional.normalize(torch.randn(*b['action'].shape[:2], E), dim=-1),
                 task=['walker_walk', 'explore'] * (cfg.data.batch // 2) + ['walker_walk'] * (cfg.data.batch % 2))
        prompts = {'walker_walk': torch.randn(E), 'explore': torch.zeros(E)}
        seed_everything(0); m = now.ModularAgentModel(A, E, prompts, cfg)
        mb = before.ModularAgentModel(A, E, prompts, cfg_b); mb.load_state_dict(m.state_dict())
        terms = {}
        for name, mod, model in (('before', before, mb), ('now', now, m)):
            torch.manual_seed(5)
            with torch.no_grad(): terms[name] = {k: v.float().mean().item() for k, v in mod.phase1_terms(model, b)[0].items()}
        worst = max(abs(terms['now'][k] - v) / max(abs(v), 1e-6) for k, v in terms['before'].items())
        print(f"same terms from the same state (fp32): largest relative difference {worst:.1e}")
        if worst > 1e-3: sys.exit(f"the two versions disagree: {terms}")
        wm = WorldModel(A, cfg.wm); wopt = make_optimizer(wm, cfg.wm)
        opts = {'before': adam(mb.parameters(), 1e-4), 'now': adam(m.parameters(), 1e-4)}   # the same optimiser for both: the model's code is compared
        rows = []
        for amp in args.amp:
            a = None if amp == 'none' else amp
            steps = {'wm': lambda: train_step(wm, wopt, b, a),
                     'before': lambda: before.phase1_step(mb, opts['before'], b, a),
                     'now': lambda: now.phase1_step(m, opts['now'], b, a)}
            ts = {k: [] for k in steps}
            for f in steps.values(): f()  # warm-up
            for _ in range(args.repeat):
                for k, f in steps.items(): t0 = time.perf_counter(); f(); ts[k].append(time.perf_counter() - t0)
            med = {k: statistics.median(v) for k, v in ts.items()}
            rows.append(dict(amp=amp, wm_step_s=round(med['wm'], 4), before_step_s=round(med['before'], 4), now_step_s=round(med['now'], 4),
                             before_ratio=round(med['before'] / med['wm'], 2), now_ratio=round(med['now'] / med['wm'], 2),
                             speedup=round(med['before'] / med['now'], 3)))
        print(f"{'amp':5s} {'wm step':>9s} {sha + ' p1':>14s} {'now p1':>9s} {'ratio before':>13s} {'ratio now':>10s} {'speed-up':>9s}")
        for r in rows:
            print(f"{r['amp']:5s} {r['wm_step_s']:9.3f} {r['before_step_s']:14.3f} {r['now_step_s']:9.3f} {r['before_ratio']:13.2f} {r['now_ratio']:10.2f} {r['speedup']:9.3f}")
        if args.json:
            out = dict(what=f"phase-1 step ({args.preset} preset, batch {cfg.data.batch} x {cfg.data.length}, one thread) of commit {sha} and of this tree, "
                            f"alternating in one process, beside a world-model step; medians of {args.repeat} rounds",
                       command=' '.join(['python', 'tools/bench_versions.py', *sys.argv[1:]]), device=device_name(dev),
                       torch=torch.__version__, commit=git_commit(), before=sha, load_avg_1min=round(os.getloadavg()[0], 2),
                       time=time.strftime('%Y-%m-%dT%H:%M:%S%z'), same_terms_max_rel_diff=float(f"{worst:.2e}"), rows=rows)
            Path(args.json).write_text(json.dumps(out, indent=1) + '\n'); print('wrote', args.json)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
