"""The lesson's comparison: 100 small tasks through a pool against a new process per task."""
import sys
from multiprocessing import Pool, Process

from common import median_seconds, result, use_spawn


def square(x):
    return x * x


def through_pool(tasks):
    with Pool() as pool:
        pending = [pool.apply_async(square, (i,)) for i in range(tasks)]
        for r in pending:
            r.get()
        pool.close()
        pool.join()


def process_per_task(tasks):
    children = [Process(target=square, args=(i,)) for i in range(tasks)]
    for p in children:
        p.start()
    for p in children:
        p.join()


def main():
    tasks = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result("pool_100_tasks", median_seconds(lambda: through_pool(tasks), rounds, 1), "s", "lower")
    result("process_per_task_100", median_seconds(lambda: process_per_task(tasks), rounds, 1), "s", "lower")


if __name__ == "__main__":
    use_spawn()
    main()
