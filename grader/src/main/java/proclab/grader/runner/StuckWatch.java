package proclab.grader.runner;

import java.util.Map;

/**
 * Shortly before the grader's time limit for the whole lesson runs out, notes where each running
 * test is stuck, so that the grader can say so after it has killed the JVM.
 */
final class StuckWatch {
    private StuckWatch() {
    }

    /** At {@code atMillis} (wall clock, as the grader's), notes where the running tests are. */
    static void start(ProgressLog log, long atMillis) {
        if (atMillis == Long.MAX_VALUE) {
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, atMillis - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                return;
            }
            Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
            for (String test : log.running()) {
                String testClass = test.substring(0, test.indexOf('#'));
                String where = stacks.values().stream()
                        .filter(stack -> runs(stack, testClass))
                        .findFirst()
                        .map(WhereStuck::describe)
                        .orElse("in code that no longer shows on any thread");
                log.write(new ProgressEvent(ProgressEvent.STUCK, test, null, null, where, null));
            }
        }, "proclab-stuck-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static boolean runs(StackTraceElement[] stack, String testClass) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(testClass) || frame.getClassName().startsWith(testClass + "$")) {
                return true;
            }
        }
        return false;
    }
}
