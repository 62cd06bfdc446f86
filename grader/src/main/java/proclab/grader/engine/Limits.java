package proclab.grader.engine;

import java.time.Duration;

/**
 * What one lesson run of one submission may take.
 *
 * @param testTime       time for one test, after which it fails as timed out
 * @param lessonTime     time for all the tests of a lesson; then the run is killed
 * @param maxProcesses   live processes a lesson run may have at once (its test JVM included)
 * @param testHeapMb     heap of the test JVM
 * @param childHeapMb    heap of each JVM that mp starts for the student's code
 * @param memoryMb       memory of the whole run, where the OS can limit it (a memory cgroup)
 * @param maxFileMb      size of any one file the run writes, where the OS can limit it
 * @param keptOutputKb   how much of the run's stdout and stderr the grader keeps (head and tail)
 */
public record Limits(Duration testTime, Duration lessonTime, int maxProcesses, int testHeapMb, int childHeapMb,
        int memoryMb, int maxFileMb, int keptOutputKb) {

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(90), Duration.ofMinutes(10), 64, 384, 192, 3072, 64, 64);
    }

    public Limits withTimes(Duration test, Duration lesson) {
        return new Limits(test, lesson, maxProcesses, testHeapMb, childHeapMb, memoryMb, maxFileMb, keptOutputKb);
    }

    public Limits withMaxProcesses(int processes) {
        return new Limits(testTime, lessonTime, processes, testHeapMb, childHeapMb, memoryMb, maxFileMb, keptOutputKb);
    }

    /** The parts that change a verdict: grades made with other limits are regraded. */
    public String fingerprint() {
        return "test=" + testTime.toSeconds() + "s lesson=" + lessonTime.toSeconds() + "s processes=" + maxProcesses
                + " heap=" + testHeapMb + "/" + childHeapMb + "m memory=" + memoryMb + "m";
    }
}
