package proclab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import proclab.mp.Process;

/**
 * The night watch: the parent starts a watchman and waits for it. The watchman walks its rounds
 * and writes one line per round to a log file, and it goes on even when its parent dies.
 */
public final class NightWatch {
    /** How many rounds the watchman walks: a minute's worth, then it goes home. */
    static final int ROUNDS = 600;
    private static final long ROUND_MILLIS = 100;

    private NightWatch() {
    }

    /**
     * The parent. {@code args[0]} is the log file. Starts the watchman (a process named
     * {@code watchman} that calls {@code keepWatch(log, ROUNDS)}), prints {@code watchman PID},
     * and waits for it.
     */
    public static void main(String[] args) {
        String log = args[0];
        Process watchman = new Process("watchman", () -> keepWatch(log, ROUNDS));
        watchman.start();
        System.out.println("watchman " + watchman.pid());
        watchman.join();
    }

    /**
     * Runs in the watchman: {@code rounds} rounds, one every 100 ms. Each round appends one line to
     * the log: {@code round N: parent PID alive} while the parent lives, and once it is gone
     * {@code round N: parent PID gone, adopted by NEWPID}, where NEWPID is the watchman's parent in
     * the operating system now.
     */
    static void keepWatch(String log, int rounds) throws IOException, InterruptedException {
        Process parent = Process.parentProcess();
        for (int round = 1; round <= rounds; round++) {
            String line = "round " + round + ": parent " + parent.pid();
            if (parent.isAlive()) {
                line += " alive";
            } else {
                long adopter = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
                line += " gone, adopted by " + adopter;
            }
            Files.writeString(Path.of(log), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!parent.isAlive()) {
                return; // nobody left to watch for
            }
            Thread.sleep(ROUND_MILLIS);
        }
    }
}
