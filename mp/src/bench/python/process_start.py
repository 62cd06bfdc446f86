"""CPython's side of ProcessStartBench: start+join one after another, and 100 at once.

Prints RESULT lines for the spawn start method (the one that, like mp, starts a fresh
interpreter), then the same figures for fork and forkserver under their own names.
"""
import multiprocessing as mp
import statistics
import sys
import time


def nothing():
    pass


def start_join(ctx, count):
    times = []
    for _ in range(count):
        start = time.perf_counter()
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
        times.append((time.perf_counter() - start) * 1000)
    return times


def hundred_at_once(ctx):
    start = time.perf_counter()
    children = [ctx.Process(target=nothing) for _ in range(100)]
    for p in children:
        p.start()
    for p in children:
        p.join()
    return time.perf_counter() - start


def main():
    sequential = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for method, suffix in (("spawn", ""), ("fork", "_fork"), ("forkserver", "_forkserver")):
        ctx = mp.get_context(method)
        start_join(ctx, 5)
        print(f"RESULT start_join{suffix} {statistics.median(start_join(ctx, sequential)):.4f} ms lower")
        hundred = [hundred_at_once(ctx) for _ in range(rounds)]
        print(f"RESULT hundred_at_once{suffix} {statistics.median(hundred):.4f} s lower", flush=True)


if __name__ == "__main__":
    main()
