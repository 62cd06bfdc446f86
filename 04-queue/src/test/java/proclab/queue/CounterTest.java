package proclab.queue;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;

import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.testkit.Graded;

/**
 * Task 1: a cook or a waiter process calls the student's Counter methods on a counter that holds
 * at most 3 trays, and sends back what each call returned.
 */
class CounterTest {
    private static final Duration SHORT_PATIENCE = Duration.ofSeconds(1);
    private static final Duration LONG_PATIENCE = Duration.ofSeconds(60);
    /** A call with a patience of 1 s that gives up sooner than this did not wait. */
    private static final Duration WAITED_ENOUGH = Duration.ofMillis(900);

    @Graded(task = 1, points = 5, hint = "putNowait() throws Full when the counter is full: catch it and return false.")
    void tryToServeNeverWaits() {
        Queue<String> full = Answers.counter(3, "tray-1", "tray-2", "tray-3");
        Queue<String> roomy = Answers.counter(3, "tray-1", "tray-2");
        Queue<String> answers = new Queue<>();
        Process cook = Children.named("cook", () -> {
            answers.put(String.valueOf(Counter.tryToServe(full, "tray-4")));
            answers.put(String.valueOf(Counter.tryToServe(roomy, "tray-3")));
        });
        try {
            cook.start();
            String onFull = Answers.next(cook, answers, () -> "tryToServe(counter, tray) on a full counter was still"
                    + " waiting after " + Answers.PATIENCE.toSeconds() + " s. It must not wait: give up at once.");
            if (!onFull.equals("false")) {
                fail("tryToServe(counter, tray) on a full counter returned " + onFull + ". The counter holds at most 3"
                        + " trays, so the tray did not fit: return false.");
            }
            String onRoomy = Answers.next(cook, answers, () -> "tryToServe(counter, tray) on a counter with room"
                    + " did not return within " + Answers.PATIENCE.toSeconds() + " s.");
            if (!onRoomy.equals("true")) {
                fail("tryToServe(counter, tray) on a counter with 2 of 3 trays returned " + onRoomy + ": there was"
                        + " room, so the tray is served and the answer is true.");
            }
            expectTrays(full, List.of("tray-1", "tray-2", "tray-3"), "the full counter after tryToServe");
            expectTrays(roomy, List.of("tray-1", "tray-2", "tray-3"), "the counter with room after tryToServe");
            cook.join();
        } finally {
            Children.killAll();
        }
    }

    @Graded(task = 1, points = 5, hint = "getNowait() throws Empty when the counter is empty: catch it and return"
            + " Optional.empty().")
    void tryToTakeNeverWaits() {
        Queue<String> empty = Answers.counter(3);
        Queue<String> stocked = Answers.counter(3, "tray-1", "tray-2");
        Queue<String> answers = new Queue<>();
        Process waiter = Children.named("waiter", () -> {
            answers.put(Counter.tryToTake(empty).orElse("nothing"));
            answers.put(Counter.tryToTake(stocked).orElse("nothing"));
        });
        try {
            waiter.start();
            String fromEmpty = Answers.next(waiter, answers, () -> "tryToTake(counter) on an empty counter was still"
                    + " waiting after " + Answers.PATIENCE.toSeconds() + " s. It must not wait: give up at once.");
            if (!fromEmpty.equals("nothing")) {
                fail("tryToTake(counter) on an empty counter returned a tray, " + fromEmpty + ". There was none:"
                        + " return Optional.empty().");
            }
            String fromStocked = Answers.next(waiter, answers, () -> "tryToTake(counter) on a counter with trays"
                    + " did not return within " + Answers.PATIENCE.toSeconds() + " s.");
            if (!fromStocked.equals("tray-1")) {
                fail("tryToTake(counter) on a counter with tray-1 and tray-2 returned " + fromStocked + ", not the"
                        + " oldest tray, tray-1.");
            }
            expectTrays(stocked, List.of("tray-2"), "the counter after one tryToTake");
            waiter.join();
        } finally {
            Children.killAll();
        }
    }

    @Graded(task = 1, points = 5, hint = "put(tray, patience) waits at most that long for room and throws Full when"
            + " none came: catch it and return false. putNowait() does not wait at all.")
    void serveWithinWaitsForRoomButNotForEver() {
        Queue<String> nobodyTakes = Answers.counter(3, "tray-1", "tray-2", "tray-3");
        Queue<String> aWaiterTakes = Answers.counter(3, "tray-1", "tray-2", "tray-3");
        Queue<String> answers = new Queue<>();
        Process cook = Children.named("cook", () -> {
            answers.put(Answers.framed("no room", () -> Counter.serveWithin(nobodyTakes, "tray-4", SHORT_PATIENCE)));
            answers.put(Answers.framed("room later", () -> Counter.serveWithin(aWaiterTakes, "tray-4", LONG_PATIENCE)));
        });
        try {
            cook.start();
            String noRoom = Answers.next(cook, answers, () -> "serveWithin(counter, tray, 1 s) on a full counter was"
                    + " still waiting after " + Answers.PATIENCE.toSeconds() + " s. A patience of 1 s means: give up"
                    + " after 1 s.");
            long waited = Answers.nanosOf(cook, "no room");
            if (!noRoom.equals("false")) {
                fail("serveWithin(counter, tray, 1 s) on a full counter that nobody emptied returned " + noRoom
                        + ". No room came, so the answer is false.");
            }
            if (waited < WAITED_ENOUGH.toNanos()) {
                fail("serveWithin(counter, tray, 1 s) gave up after " + Trace.millis(waited) + " on a full counter."
                        + " With a patience of 1 s, a cook waits up to 1 s for room before it gives up.");
            }
            Answers.awaitBegin(cook, "room later");
            aWaiterTakes.get();   // the waiter takes tray-1 while the cook waits
            String roomLater = Answers.next(cook, answers, () -> "serveWithin(counter, tray, 60 s) still waited "
                    + Answers.PATIENCE.toSeconds() + " s after a waiter had taken a tray. It should serve its tray as"
                    + " soon as there is room.");
            if (!roomLater.equals("true")) {
                fail("A waiter took a tray while the cook waited with a patience of 60 s, yet serveWithin returned "
                        + roomLater + ". The cook should have served its tray into the free place.");
            }
            expectTrays(aWaiterTakes, List.of("tray-2", "tray-3", "tray-4"), "the counter after serveWithin");
            cook.join();
        } finally {
            Children.killAll();
        }
    }

    @Graded(task = 1, points = 5, hint = "get(patience) waits at most that long for a tray and throws Empty when none"
            + " came: catch it and return Optional.empty(). getNowait() does not wait at all.")
    void takeWithinWaitsForATrayButNotForEver() {
        Queue<String> nobodyServes = Answers.counter(3);
        Queue<String> aCookServes = Answers.counter(3);
        Queue<String> answers = new Queue<>();
        Process waiter = Children.named("waiter", () -> {
            answers.put(Answers.framed("no tray", () -> Counter.takeWithin(nobodyServes, SHORT_PATIENCE)
                    .orElse("nothing")));
            answers.put(Answers.framed("tray later", () -> Counter.takeWithin(aCookServes, LONG_PATIENCE)
                    .orElse("nothing")));
        });
        try {
            waiter.start();
            String noTray = Answers.next(waiter, answers, () -> "takeWithin(counter, 1 s) on an empty counter was"
                    + " still waiting after " + Answers.PATIENCE.toSeconds() + " s. A patience of 1 s means: give up"
                    + " after 1 s.");
            long waited = Answers.nanosOf(waiter, "no tray");
            if (!noTray.equals("nothing")) {
                fail("takeWithin(counter, 1 s) on an empty counter returned a tray, " + noTray + ". No tray came:"
                        + " return Optional.empty().");
            }
            if (waited < WAITED_ENOUGH.toNanos()) {
                fail("takeWithin(counter, 1 s) gave up after " + Trace.millis(waited) + " on an empty counter. With"
                        + " a patience of 1 s, a waiter waits up to 1 s for a tray before it gives up.");
            }
            Answers.awaitBegin(waiter, "tray later");
            aCookServes.put("tray-1");   // a cook serves while the waiter waits
            String trayLater = Answers.next(waiter, answers, () -> "takeWithin(counter, 60 s) still waited "
                    + Answers.PATIENCE.toSeconds() + " s after a cook had served a tray. It should take the tray as"
                    + " soon as it is there.");
            if (!trayLater.equals("tray-1")) {
                fail("A cook served tray-1 while the waiter waited with a patience of 60 s, yet takeWithin returned "
                        + trayLater + ".");
            }
            waiter.join();
        } finally {
            Children.killAll();
        }
    }

    private static void expectTrays(Queue<String> counter, List<String> expected, String what) {
        List<String> trays = Answers.drain(counter);
        if (!trays.equals(expected)) {
            fail(what + " held " + trays + ", not " + expected + ".");
        }
    }
}
