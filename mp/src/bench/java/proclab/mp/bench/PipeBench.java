package proclab.mp.bench;

import proclab.mp.Connection;
import proclab.mp.Pipe;
import proclab.mp.Process;

/**
 * Ping-pong over a {@link Pipe}: the parent sends an int, a child sends it back. Arguments: round
 * trips per round, rounds. A first round warms up and is not counted; the figure is the median
 * time of one round trip. Its CPython twin is python/pipe_ping_pong.py.
 */
public final class PipeBench {
    private PipeBench() {
    }

    public static void main(String[] args) {
        int trips = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Pipe pipe = new Pipe();
        Connection parentEnd = pipe.first();
        Connection childEnd = pipe.second();
        Process echo = new Process(() -> {
            while (true) {
                int n = childEnd.<Integer>recv();
                childEnd.send(n);
                if (n < 0) {
                    return;
                }
            }
        });
        echo.start();
        double[] micros = new double[rounds];
        for (int r = 0; r <= rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < trips; i++) {
                parentEnd.send(i);
                parentEnd.recv();
            }
            if (r > 0) {
                micros[r - 1] = (System.nanoTime() - start) / 1e3 / trips;
            }
        }
        parentEnd.send(-1);
        parentEnd.recv();
        echo.join();
        Timing.result("pipe_round_trip", Stats.median(micros), "us", "lower");
    }
}
