"""From Pool(2) to the result of its first task: the first time (cold), and the median of later rounds."""
import statistics
import sys
import time
from multiprocessing import Pool

from common import result, use_spawn


def square(x):
    return x * x


def create_and_ask_once():
    start = time.perf_counter()
    pool = Pool(2)
    pool.apply(square, (3,))
    seconds = time.perf_counter() - start
    pool.terminate()
    pool.join()
    return seconds


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    result("pool_start_first_result_cold", create_and_ask_once() * 1000, "ms", "lower")
    result("pool_start_first_result", statistics.median(create_and_ask_once() * 1000 for _ in range(rounds)),
           "ms", "lower")


if __name__ == "__main__":
    use_spawn()
    main()
