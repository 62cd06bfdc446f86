package proclab.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import proclab.mp.Empty;
import proclab.mp.Event;
import proclab.mp.Process;
import proclab.mp.Queue;

/**
 * Runs {@link Mailer#allAtOnce} in a child process, the mailroom, and hands its receipts to the
 * test. The pool that allAtOnce makes is then the mailroom's: a pool it forgets to close cannot
 * outlive the test, because a pool's workers end with the process that made them. The mailroom
 * waits until the test has looked at the workers, and ends when it is closed.
 */
final class Mailroom implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final Queue<ArrayList<Receipt>> out = new Queue<>();
    private final Event looked = new Event();

    private Mailroom(PostOffice office, List<Email> emails, int workers) {
        process = Children.named("mailroom", task(office, new ArrayList<>(emails), workers, out, looked));
        process.start();
    }

    static Mailroom start(PostOffice office, List<Email> emails, int workers) {
        return new Mailroom(office, emails, workers);
    }

    /** A static method, so that the target captures only what it needs, not the test. */
    private static proclab.mp.Target task(PostOffice office, ArrayList<Email> emails, int workers,
            Queue<ArrayList<Receipt>> out, Event looked) {
        return () -> {
            out.put(new ArrayList<>(Mailer.allAtOnce(office, emails, workers)));
            looked.await(PATIENCE);
        };
    }

    /** The receipts allAtOnce returned; an error if the mailroom ended without them. */
    List<Receipt> receipts() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return out.get(Duration.ofMillis(200));
            } catch (Empty notYet) {
                if (!process.isAlive()) {
                    Children.rethrowTodo();
                    throw new AssertionError("allAtOnce threw an exception instead of returning the receipts;"
                            + " the mailroom process ended with exit code " + process.exitCode()
                            + ". Its error output above says why.");
                }
            }
        }
        throw new AssertionError("allAtOnce did not return within " + PATIENCE.toSeconds() + " s.");
    }

    @Override
    public void close() {
        looked.set();
        process.join(Duration.ofSeconds(30));
        if (process.isAlive()) {
            process.kill();
            process.join();
        }
    }
}
