package proclab.mp.bench;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import proclab.mp.Pool;

/**
 * Pool(2).map over trivial items, with the default chunksize and with chunksize 1 (items per
 * second, median of several rounds after warm-up). Its CPython twin is python/pool_map.py.
 */
public final class PoolMapBench {
    private PoolMapBench() {
    }

    static int square(int x) {
        return x * x;
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Integer> data = IntStream.range(0, items).boxed().collect(Collectors.toList());
        try (Pool pool = new Pool(2)) {
            double seconds = Timing.medianSeconds(() -> pool.map(PoolMapBench::square, data), 15, 5);
            Timing.result("map_default_chunksize", items / seconds, "items/s", "higher");
            seconds = Timing.medianSeconds(() -> pool.map(PoolMapBench::square, data, 1), 3, 1);
            Timing.result("map_chunksize_1", items / seconds, "items/s", "higher");
        }
    }
}
