#!/usr/bin/env python3
"""Benchmark: video-language embedding speed per backend, in 8-frame clips per second.

Backends timed: `domain` (the committed walker tower, 64 px; it runs on the CPU whatever `--device` says) and `hf` with an X-CLIP of the real base-patch32 size
(224 px, 8 frames, ~150M parameters), randomly initialised and saved to a temporary folder first, so nothing is
downloaded (the weights do not change the speed). Each row is the median of `--repeat` timed batches of `--batch`
random clips after one warm-up; `episode_s` is the time to embed one 501-step episode (`embed_episode`: 494 clips).
Prints a table; `--json PATH` writes the numbers with the device, threads and commit.

    python tools/bench_vlm.py --json figures/bench_vlm.json
    python tools/bench_vlm.py --device cuda --backends domain hf --batch 256
"""
import argparse, json, tempfile, time
from pathlib import Path
import numpy as np
import torch
from benchlib import timed  # tools/benchlib.py (this script's folder is on the path)
from modularagent.core import device_name, get_device, git_commit, set_threads


def xclip_base(path):
    "A randomly initialised X-CLIP of base-patch32 size with a small character tokenizer, saved to `path`."
    from transformers import XCLIPConfig, XCLIPModel
    from modularagent.vlm import tiny_xclip
    tiny_xclip(path)                                  # writes the tokenizer (and a tiny model, replaced next)
    torch.manual_seed(0); XCLIPModel(XCLIPConfig()).save_pretrained(path)  # defaults: base-patch32, 8 frames, 224 px
    return path


def load(backend, dev, tmp):
    from modularagent.vlm import load_vlm
    if backend == 'domain': return load_vlm('domain', device=str(dev))
    if backend == 'hf': return load_vlm('hf', path=xclip_base(Path(tmp)/'xclip-base'), device=str(dev))
    raise ValueError(f"unknown backend {backend!r}; this benchmark times: domain, hf")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--backends', nargs='*', default=['domain', 'hf'])
    ap.add_argument('--batch', type=int, default=32, help='clips per timed batch')
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--episode', action='store_true', help='also time embedding one 501-step episode')
    ap.add_argument('--device', default='auto')
    ap.add_argument('--json', default=None, help='write the results here')
    a = ap.parse_args()
    dev = get_device(a.device); threads = set_threads() if dev.type == 'cpu' else None
    from modularagent.vlm import embed_episode
    rng = np.random.default_rng(0); rows = []
    print(f"device {device_name(dev)}, torch threads {threads}, {a.batch} clips per batch")
    print(f"{'backend':8s} {'params':>8s} {'px':>4s} {'D':>4s} {'clips/s':>9s} {'episode s':>10s}")
    with tempfile.TemporaryDirectory() as tmp:
        for b in a.backends:
            vlm = load(b, dev, tmp)
            net = vlm.model if b == 'hf' else vlm.tower           # the part that embeds video (hf: the whole X-CLIP)
            params = sum(p.numel() for p in net.parameters()) / 1e6
            clips = rng.integers(0, 256, (a.batch, vlm.frames, 3, 64, 64), dtype=np.uint8)
            s = timed(lambda: vlm.embed_video(clips), a.repeat, dev)
            ep = None
            if a.episode:
                obs = rng.integers(0, 256, (501, 3, 64, 64), dtype=np.uint8)
                ep = round(timed(lambda: embed_episode(vlm, obs, batch=a.batch), 1, dev), 2)
            r = dict(backend=b, params_m=round(params, 1), input_px=getattr(vlm, 'size', 64), dim=vlm.dim,
                     batch=a.batch, clips_per_s=round(a.batch / s, 1), episode_s=ep)
            rows.append(r)
            print(f"{b:8s} {r['params_m']:>7.1f}M {r['input_px']:>4d} {r['dim']:>4d} {r['clips_per_s']:>9.1f} {str(ep):>10s}", flush=True)
    if a.json:
        out = dict(device=device_name(dev), torch=torch.__version__, threads=threads, commit=git_commit(),
                   time=time.strftime('%Y-%m-%dT%H:%M:%S%z'), rows=rows)
        Path(a.json).write_text(json.dumps(out, indent=1))
        print(f"wrote {a.json}")


if __name__ == '__main__':
    main()
