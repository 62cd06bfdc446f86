"""What the pool benchmarks share: the start method, the timing and the RESULT lines."""
import multiprocessing
import statistics
import time


def use_spawn():
    """The JVM cannot fork: compare with CPython's spawn, which also starts a new interpreter."""
    multiprocessing.set_start_method("spawn")


WARMUP_SECONDS = 2


def median_seconds(action, rounds, warmup):
    """Runs action untimed at least warmup times and for at least WARMUP_SECONDS (as the Java side
    does for its JIT compilers), then rounds times; the median wall time of one round."""
    warmup_end = time.perf_counter() + WARMUP_SECONDS
    done = 0
    while done < warmup or time.perf_counter() < warmup_end:
        action()
        done += 1
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def result(metric, value, unit, better):
    print(f"RESULT {metric} {value:.6g} {unit} {better}", flush=True)
