"""CPython's side of PipeBench: ping-pong over a Pipe, the parent sends an int and a child sends
it back. Arguments: round trips per round, rounds. A first round warms up and is not counted;
the figure is the median time of one round trip."""
import multiprocessing as mp
import statistics
import sys
import time


def echo(conn):
    while True:
        n = conn.recv()
        conn.send(n)
        if n < 0:
            return


def main():
    trips, rounds = int(sys.argv[1]), int(sys.argv[2])
    parent_end, child_end = mp.Pipe()
    child = mp.Process(target=echo, args=(child_end,))
    child.start()
    micros = []
    for r in range(rounds + 1):
        start = time.perf_counter()
        for i in range(trips):
            parent_end.send(i)
            parent_end.recv()
        if r > 0:
            micros.append((time.perf_counter() - start) * 1e6 / trips)
    parent_end.send(-1)
    parent_end.recv()
    child.join()
    print(f"RESULT pipe_round_trip {statistics.median(micros):.2f} us lower", flush=True)


if __name__ == '__main__':
    main()
