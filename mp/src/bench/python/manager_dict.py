"""CPython's side of ManagerDict: d['k'] += 1 under a manager lock, from several processes at once.

Arguments: processes, increments per process per round, rounds. A first round warms up and is
not counted; the figure is the median rate of the others.
"""
import multiprocessing as mp
import statistics
import sys
import time


def work(d, lock, barrier, ops, rounds):
    for _ in range(rounds + 1):
        barrier.wait()
        for _ in range(ops):
            with lock:
                d['k'] += 1
        barrier.wait()


def main():
    processes, ops, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    with mp.Manager() as manager:
        d = manager.dict({'k': 0})
        lock = manager.Lock()
        barrier = mp.Barrier(processes + 1)
        workers = [mp.Process(target=work, args=(d, lock, barrier, ops, rounds)) for _ in range(processes)]
        for w in workers:
            w.start()
        rates = []
        for r in range(rounds + 1):
            barrier.wait()
            start = time.perf_counter()
            barrier.wait()
            if r > 0:
                rates.append(processes * ops / (time.perf_counter() - start))
        for w in workers:
            w.join()
        if d['k'] != processes * ops * (rounds + 1):
            raise SystemExit(f"lost updates: {d['k']} != {processes * ops * (rounds + 1)}")
        print(f"RESULT locked_increments {statistics.median(rates):.0f} ops/s higher")


if __name__ == '__main__':
    main()
