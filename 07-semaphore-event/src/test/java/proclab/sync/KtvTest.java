package proclab.sync;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import proclab.mp.Process;
import proclab.testkit.Graded;

/**
 * Task 1: ten groups, four rooms. The KTV opens its doors when all ten have arrived, so that they
 * all want a room at the same moment, and a group sings until it has seen four groups inside at
 * once: how many are inside together shows how many the semaphore lets in.
 */
class KtvTest {
    private static final int GROUPS = 10;
    private static final Duration LIMIT = Duration.ofSeconds(150);

    /** Runs the student's evening, checks that it ran cleanly, and returns its timeline. */
    private static Marks evening() {
        Ktv ktv = new Ktv(GROUPS);
        CompletableFuture<Void> evening = CompletableFuture.runAsync(() -> Karaoke.evening(ktv, GROUPS), runnable -> {
            Thread thread = new Thread(runnable, "evening");
            thread.setDaemon(true);
            thread.start();
        });
        boolean returned = Crew.within(LIMIT, evening::isDone);
        List<String> leftRunning = Process.activeChildren().stream().map(Process::name).collect(Collectors.toList());
        endAll();
        Crew.rethrowTodo();
        if (!returned) {
            fail("evening(ktv, " + GROUPS + ") did not return within " + LIMIT.toSeconds() + " s, so the test ended"
                    + " its processes.");
        }
        rethrow(evening);
        if (!leftRunning.isEmpty()) {
            fail("evening(ktv, " + GROUPS + ") returned while " + Marks.names(leftRunning) + " still ran. Join every"
                    + " group before you return.");
        }
        Marks marks = Marks.now();
        List<String> expected = IntStream.rangeClosed(1, GROUPS).mapToObj(i -> "group-" + i).collect(Collectors.toList());
        List<String> sang = new ArrayList<>(marks.who("ktv.leave"));
        if (!sang.containsAll(expected)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(sang);
            fail(Marks.names(missing) + " never sang. Start one process per group, named group-1 to group-"
                    + GROUPS + ", and let each one visit the KTV.");
        }
        for (var exit : marks.of("exit")) {
            if (!exit.detail().equals("code=0")) {
                fail(exit.process() + " ended with " + exit.detail() + ": an exception in its code. Its stack trace"
                        + " is in the test output, under \"Process " + exit.process() + ":\".");
            }
        }
        return marks;
    }

    private static void endAll() {
        for (Process child : Process.activeChildren()) {
            child.kill();
        }
        Crew.within(Duration.ofSeconds(20), () -> Process.activeChildren().isEmpty());
    }

    private static void rethrow(CompletableFuture<Void> done) {
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Graded(task = 1, points = 20, hint = "Each group holds a permit of the one shared semaphore from before it sings"
            + " until after it has sung. Make the semaphore once, with Ktv.ROOMS permits, and release in a finally"
            + " block after sing().")
    void neverMoreGroupsThanRooms() {
        Marks marks = evening();
        Marks.Crowd crowd = marks.biggestCrowd("ktv.enter", "ktv.leave");
        if (crowd.size() > Ktv.ROOMS) {
            fail(crowd.size() + " groups were singing at once at " + marks.at(crowd.from()) + " ("
                    + Marks.names(crowd.inside()) + "), but the KTV has " + Ktv.ROOMS + " rooms. A group may sing"
                    + " only while it holds one of the " + Ktv.ROOMS + " permits.");
        }
    }

    @Graded(task = 1, points = 15, hint = "A Lock lets one group in at a time. A semaphore made with Ktv.ROOMS permits"
            + " lets in that many at once, and all groups must share the same one.")
    void allRoomsInUseAtOnce() {
        Marks marks = evening();
        Marks.Crowd crowd = marks.biggestCrowd("ktv.enter", "ktv.leave");
        if (crowd.size() < Ktv.ROOMS) {
            fail("At most " + crowd.size() + " group(s) sang at the same time. " + GROUPS + " groups wanted a room at"
                    + " the same moment and the KTV has " + Ktv.ROOMS + " rooms, so " + Ktv.ROOMS + " groups should"
                    + " have sung together, and the others waited for a free room.");
        }
    }
}
