"""CPython's side of QueueBench: one producer process puts small items into a Queue; the parent
gets them. Arguments: items per round, rounds. A first round warms up and is not counted; the
figure is the median rate of the others."""
import multiprocessing as mp
import statistics
import sys
import time

HUNDRED_CHARS = "x" * 100


def produce(queue, barrier, items, rounds, strings):
    for _ in range(rounds + 1):
        barrier.wait()
        for i in range(items):
            queue.put(HUNDRED_CHARS if strings else i)


def items_per_second(items, rounds, strings):
    queue = mp.Queue()
    barrier = mp.Barrier(2)
    producer = mp.Process(target=produce, args=(queue, barrier, items, rounds, strings))
    producer.start()
    rates = []
    for r in range(rounds + 1):
        barrier.wait()
        start = time.perf_counter()
        for _ in range(items):
            queue.get()
        if r > 0:
            rates.append(items / (time.perf_counter() - start))
    producer.join()
    return statistics.median(rates)


def main():
    items, rounds = int(sys.argv[1]), int(sys.argv[2])
    print(f"RESULT queue_ints {items_per_second(items, rounds, False):.0f} items/s higher", flush=True)
    print(f"RESULT queue_strings_100B {items_per_second(items, rounds, True):.0f} items/s higher", flush=True)


if __name__ == '__main__':
    main()
