"""CPython's side of LockedIncrementBench: several processes each increment a shared Value under
its lock, one acquire, increment and release at a time. Arguments: processes, increments per
process per round, rounds. A first round warms up and is not counted; the figure is the median
wall time of one round."""
import multiprocessing as mp
import statistics
import sys
import time


def work(counter, barrier, increments, rounds):
    for _ in range(rounds + 1):
        barrier.wait()
        for _ in range(increments):
            with counter.get_lock():
                counter.value += 1
        barrier.wait()


def main():
    processes, increments, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    counter = mp.Value('i', 0)
    barrier = mp.Barrier(processes + 1)
    workers = [mp.Process(target=work, args=(counter, barrier, increments, rounds)) for _ in range(processes)]
    for w in workers:
        w.start()
    seconds = []
    for r in range(rounds + 1):
        barrier.wait()
        start = time.perf_counter()
        barrier.wait()
        if r > 0:
            seconds.append(time.perf_counter() - start)
    for w in workers:
        w.join()
    expected = processes * increments * (rounds + 1)
    if counter.value != expected:
        raise SystemExit(f"lost updates: {counter.value} != {expected}")
    print(f"RESULT locked_increments {statistics.median(seconds):.4f} s lower", flush=True)


if __name__ == '__main__':
    main()
