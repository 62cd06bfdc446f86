package proclab.mp;

import java.io.IOException;

/** Functions the pool tests run in workers. Static methods: their references capture nothing. */
final class PoolTasks {
    /** Set by {@link #initialize} in each worker, read back by {@link #initialized}. */
    private static String initializedWith = "not initialized";
    private static int initializerRuns;

    private PoolTasks() {
    }

    static int square(int x) {
        return x * x;
    }

    static long pid(Object ignored) {
        return ProcessHandle.current().pid();
    }

    static void initialize(String name, int size) {
        initializedWith = name + ":" + size;
        initializerRuns++;
    }

    /** What the initializer left in this worker: its arguments and how often it ran. */
    static String initialized(Object ignored) {
        return initializedWith + " runs=" + initializerRuns;
    }

    static int failOnThree(int x) {
        if (x == 3) {
            throw new IllegalArgumentException("three is not allowed");
        }
        return x;
    }

    static String readMissingFile(String name) throws IOException {
        throw new IOException("no such file: " + name);
    }

    static long sleepThenPid(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return ProcessHandle.current().pid();
    }

    /** Runs out of heap at once: the array is larger than any heap this JVM may have. */
    static int exhaustMemory(int ignored) {
        long[] huge = new long[Integer.MAX_VALUE - 16];
        return huge.length;
    }
}
