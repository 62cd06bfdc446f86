"""Pool(2).map over trivial items: with the default chunksize and with chunksize=1."""
import sys
from multiprocessing import Pool

from common import median_seconds, result, use_spawn


def square(x):
    return x * x


def main():
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = list(range(items))
    with Pool(2) as pool:
        seconds = median_seconds(lambda: pool.map(square, data), rounds=15, warmup=5)
        result("map_default_chunksize", items / seconds, "items/s", "higher")
        seconds = median_seconds(lambda: pool.map(square, data, chunksize=1), rounds=3, warmup=1)
        result("map_chunksize_1", items / seconds, "items/s", "higher")


if __name__ == "__main__":
    use_spawn()
    main()
