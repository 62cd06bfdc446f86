package proclab.queue;

import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Empty;
import proclab.mp.Func0;
import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.mp.Timeline;
import proclab.testkit.TimelineFile.Event;

/**
 * A child calls the student's code and sends back, through a queue of answers, what each call
 * returned. Each call is framed on the timeline by {@code call.begin} and {@code call.end}, so
 * that the test can see how long it waited and what happened meanwhile.
 */
final class Answers {
    /** Generous: a loaded machine can pause a JVM for seconds. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Answers() {
    }

    /** Runs in the child: calls {@code call} between two timeline marks and returns its result as text. */
    static String framed(String label, Func0<Object> call) throws Exception {
        Timeline.record("call.begin", label);
        Object result = call.call();
        Timeline.record("call.end", label);
        return String.valueOf(result);
    }

    /**
     * Waits for the child's next answer. Fails with {@code whenLate} if none comes within
     * {@link #PATIENCE}, and says so if the child ended without answering.
     */
    static String next(Process child, Queue<String> answers, Supplier<String> whenLate) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return answers.get(Duration.ofMillis(200));
            } catch (Empty none) {
                if (!child.isAlive()) {
                    Optional<String> last = nowait(answers);
                    if (last.isPresent()) {
                        return last.get();
                    }
                    Children.rethrowTodo();
                    fail(child.name() + " ended with exit code " + child.exitCode() + " before it answered. Its"
                            + " stack trace is in the test output above, under \"Process " + child.name() + ":\".");
                }
                if (System.nanoTime() > deadline) {
                    fail(whenLate.get());
                }
            }
        }
    }

    /** Waits until the child has marked the beginning of the call {@code label}. */
    static Event awaitBegin(Process child, String label) {
        try {
            return await().pollInterval(Duration.ofMillis(20)).atMost(PATIENCE)
                    .until(() -> mark(child, "call.begin", label), found -> found.isPresent() || !child.isAlive())
                    .orElseGet(() -> {
                        Children.rethrowTodo();
                        return fail(child.name() + " ended before it began " + label + ".");
                    });
        } catch (ConditionTimeoutException e) {
            return fail(child.name() + " did not begin " + label + " within " + PATIENCE.toSeconds() + " s.");
        }
    }

    /** How long the call {@code label} of {@code child} took, from its marks on the timeline. */
    static long nanosOf(Process child, String label) {
        Event begin = mark(child, "call.begin", label).orElseThrow();
        Event end = mark(child, "call.end", label).orElseThrow();
        return end.nanos() - begin.nanos();
    }

    private static Optional<Event> mark(Process child, String action, String label) {
        return Trace.now().actions(child.name(), action).stream().filter(e -> e.detail().equals(label)).findFirst();
    }

    /** A counter (a bounded queue) that holds {@code trays} already. */
    static Queue<String> counter(int maxsize, String... trays) {
        Queue<String> counter = new Queue<>(maxsize);
        for (String tray : trays) {
            counter.put(tray);
        }
        return counter;
    }

    /** Takes everything that is in the queue now, oldest first. */
    static List<String> drain(Queue<String> queue) {
        List<String> items = new ArrayList<>();
        for (Optional<String> item = nowait(queue); item.isPresent(); item = nowait(queue)) {
            items.add(item.get());
        }
        return items;
    }

    private static Optional<String> nowait(Queue<String> queue) {
        try {
            return Optional.of(queue.getNowait());
        } catch (Empty none) {
            return Optional.empty();
        }
    }
}
