"""CPython's side of JoinableQueueBench: the parent puts small items into a JoinableQueue and
waits in join() until daemon consumer processes have marked every one done. Arguments: items per
round, consumers, rounds. A first round warms up and is not counted; the figure is the median
rate of the others."""
import multiprocessing as mp
import statistics
import sys
import time


def consume(queue):
    while True:
        queue.get()
        queue.task_done()


def main():
    items, consumers, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    queue = mp.JoinableQueue()
    workers = [mp.Process(target=consume, args=(queue,), daemon=True) for _ in range(consumers)]
    for w in workers:
        w.start()
    rates = []
    for r in range(rounds + 1):
        start = time.perf_counter()
        for i in range(items):
            queue.put(i)
        queue.join()
        if r > 0:
            rates.append(items / (time.perf_counter() - start))
    print(f"RESULT joinable_queue {statistics.median(rates):.0f} items/s higher", flush=True)


if __name__ == '__main__':
    main()
