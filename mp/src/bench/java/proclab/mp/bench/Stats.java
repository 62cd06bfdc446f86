package proclab.mp.bench;

import java.util.Arrays;

/** Small statistics for benchmark figures. */
final class Stats {
    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
