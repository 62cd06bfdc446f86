"""Pool(2): many apply_async calls, then every result."""
import sys
from multiprocessing import Pool

from common import median_seconds, result, use_spawn


def square(x):
    return x * x


def main():
    tasks = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with Pool(2) as pool:
        def run():
            pending = [pool.apply_async(square, (i,)) for i in range(tasks)]
            for r in pending:
                r.get()
        seconds = median_seconds(run, rounds=5, warmup=2)
        result("apply_async", tasks / seconds, "tasks/s", "higher")


if __name__ == "__main__":
    use_spawn()
    main()
