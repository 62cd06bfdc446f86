"""What the pool benchmarks share: the start method, the timing and the RESULT lines."""
import multiprocessing
import statistics
import time


def use_spawn():
    """The JVM cannot fork: compare with CPython's spawn, which also starts a new interpreter."""
    multiprocessing.set_start_method("spawn")


def median_seconds(action, rounds, warmup):
    """Runs action warmup times untimed, then rounds times; the median wall time of one round."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def result(metric, value, unit, better):
    print(f"RESULT {metric} {value:.6g} {unit} {better}", flush=True)
