package proclab.mp;

import java.util.concurrent.atomic.AtomicInteger;

/** Short names for shared objects in timelines and messages: {@code Lock#1}, {@code Queue#2@Process-3}. */
final class SharedName {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SharedName() {
    }

    static String next(String kind) {
        Process self = Process.currentProcess();
        String creator = self == null || "MainProcess".equals(self.name()) ? "" : "@" + self.name();
        return kind + "#" + COUNTER.incrementAndGet() + creator;
    }

    /** Python shows the holder of a lock by name; across processes we know its pid. */
    static String holder(long token) {
        if (token == 0) {
            return "None";
        }
        long pid = proclab.mp.internal.ProcessToken.pidOf(token);
        return pid == ProcessHandle.current().pid() ? Process.currentProcess().name() : "pid " + pid;
    }
}
