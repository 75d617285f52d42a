"""What the benchmark scripts in tools/ share."""
import statistics, time
import torch


def timed(fn, repeat, dev):
    "Median seconds of `repeat` calls of `fn` after one warm-up call, synchronising `dev` around each when it is a GPU."
    fn()  # warm-up
    ts = []
    for _ in range(repeat):
        if dev.type == 'cuda': torch.cuda.synchronize()
        t0 = time.perf_counter(); fn()
        if dev.type == 'cuda': torch.cuda.synchronize()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)
