package proclab.process;

import java.io.IOException;

import proclab.mp.Process;

/**
 * The night watch: the parent starts a watchman and waits for it. The watchman walks its rounds
 * and writes one line per round to a log file, and it goes on even when its parent dies.
 */
public final class NightWatch {
    /** How many rounds the watchman walks: a minute's worth, then it goes home. */
    static final int ROUNDS = 600;

    private NightWatch() {
    }

    /**
     * The parent. {@code args[0]} is the log file. Starts the watchman (a process named
     * {@code watchman} that calls {@code keepWatch(log, ROUNDS)}), prints {@code watchman PID},
     * and waits for it.
     */
    public static void main(String[] args) {
        // TODO 7: start the watchman, print "watchman PID", then wait for the watchman to end.
        throw new UnsupportedOperationException("TODO 7: start the watchman");
    }

    /**
     * Runs in the watchman: {@code rounds} rounds, one every 100 ms. Each round appends one line to
     * the log: {@code round N: parent PID alive} while the parent lives, and once it is gone
     * {@code round N: parent PID gone, adopted by NEWPID}, where NEWPID is the watchman's parent in
     * the operating system now.
     */
    static void keepWatch(String log, int rounds) throws IOException, InterruptedException {
        // TODO 7: walk the rounds and write one line per round to the log file.
        throw new UnsupportedOperationException("TODO 7: keep watch");
    }
}
