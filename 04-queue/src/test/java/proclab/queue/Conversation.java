package proclab.queue;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile.Event;

/**
 * Runs a desk (the student's overQueues or overPipe) that talks with its kitchen, and checks what
 * every conversation must do, whatever carries it.
 */
final class Conversation {
    static final List<String> ORDERS = List.of("dumplings", "noodles", "soup");
    static final String KITCHEN = "kitchen";
    /** A whole conversation takes a few seconds; this much means it is stuck. */
    private static final Duration LIMIT = Duration.ofSeconds(90);
    /** Once the desk has its last dish, the kitchen should end soon. */
    private static final Duration AFTER_LAST_DISH = Duration.ofSeconds(20);

    private Conversation() {
    }

    /** What the kitchen makes of an order (see Kitchen.cook). */
    static String dishFor(String order) {
        return "hot " + order;
    }

    /** The item of a queue or pipe event: its detail without the queue's or pipe's name. */
    static String item(Event event) {
        return event.detail().substring(event.detail().indexOf(' ') + 1);
    }

    /** The first event of the process with this action that carried {@code item}. */
    static Optional<Event> carrying(Trace trace, String process, String action, String item) {
        return trace.actions(process, action).stream().filter(e -> item(e).equals(item)).findFirst();
    }

    /**
     * Runs the desk and waits for it, then checks that it returned the right dishes, that a child
     * named kitchen cooked them, and that nothing was left running. {@code whenStuck} explains a
     * kitchen that did not end after the last dish.
     */
    static Trace talk(String call, Callable<List<String>> desk, String received, String whenStuck) {
        String lastDish = dishFor(ORDERS.get(ORDERS.size() - 1));
        long[] lastDishAt = {0};
        try (Watched<List<String>> run = Watched.start(desk)) {
            boolean returned = run.awaitDone(LIMIT, () -> {
                Trace now = Trace.now();
                if (lastDishAt[0] == 0 && carrying(now, Trace.MAIN, received, lastDish).isPresent()) {
                    lastDishAt[0] = System.nanoTime();
                }
                return kitchenFailed(now) || lastDishAt[0] != 0
                        && System.nanoTime() - lastDishAt[0] > AFTER_LAST_DISH.toNanos();
            });
            if (!returned) {
                Children.rethrowTodo();
                Trace trace = Trace.now();
                if (kitchenFailed(trace)) {
                    fail("The kitchen ended with exit code " + trace.exitCode(KITCHEN).orElseThrow() + " while "
                            + call + " still waited. Its stack trace is in the test output above, under"
                            + " \"Process kitchen:\".");
                }
                fail(lastDishAt[0] != 0
                        ? call + " had its last dish, yet " + AFTER_LAST_DISH.toSeconds() + " s later it had not"
                                + " returned: " + whenStuck
                        : call + " did not return within " + LIMIT.toSeconds() + " s. " + story(Trace.now(), received));
            }
            List<String> dishes = run.result();
            if (!run.leftRunning().isEmpty()) {
                fail(call + " returned while " + run.leftRunning() + " still ran. Join the kitchen before you return.");
            }
            Trace trace = Trace.now();
            checkDishes(call, dishes);
            checkCookedInKitchen(trace);
            return trace;
        }
    }

    private static boolean kitchenFailed(Trace trace) {
        return trace.exitCode(KITCHEN).filter(code -> code != 0).isPresent();
    }

    private static void checkDishes(String call, List<String> dishes) {
        List<String> expected = ORDERS.stream().map(Conversation::dishFor).collect(Collectors.toList());
        for (int i = 0; i < Math.min(dishes.size(), ORDERS.size()); i++) {
            if (dishes.get(i).equals(ORDERS.get(i))) {
                fail("For the order \"" + ORDERS.get(i) + "\" the desk got \"" + dishes.get(i) + "\" back: its own"
                        + " order, not a dish. With one queue for both ways, whoever calls get() first takes the"
                        + " next item, and the desk was first. Use one queue per direction.");
            }
        }
        if (!dishes.equals(expected)) {
            fail(call + " returned " + dishes + ", not " + expected + ": one dish per order, in the order of the"
                    + " orders.");
        }
    }

    private static void checkCookedInKitchen(Trace trace) {
        List<Event> cooked = trace.actions("kitchen.cook");
        List<String> cooks = cooked.stream().map(Event::process).distinct().collect(Collectors.toList());
        if (!cooks.equals(List.of(KITCHEN))) {
            fail("The dishes were cooked by " + cooks + ". Kitchen.cook must run in one child process named"
                    + " \"kitchen\", which the desk starts.");
        }
        if (trace.exitCode(KITCHEN).filter(code -> code == 0).isEmpty()) {
            fail("The kitchen did not end cleanly: its exit code was " + trace.exitCode(KITCHEN).orElse(null) + ".");
        }
    }

    /**
     * Fails unless the desk sent each order only after it had the dish for the one before: a
     * conversation, not a pile of orders.
     */
    static void checkOneOrderAtATime(Trace trace, String sent, String received) {
        for (int i = 1; i < ORDERS.size(); i++) {
            String previous = dishFor(ORDERS.get(i - 1));
            String next = ORDERS.get(i);
            Event order = carrying(trace, Trace.MAIN, sent, next).orElseThrow(() -> new AssertionError(
                    "The desk never sent \"" + next + "\" itself: the desk's own process sends the orders."));
            Optional<Event> dish = carrying(trace, Trace.MAIN, received, previous);
            if (dish.isEmpty() || dish.get().nanos() > order.nanos()) {
                fail("The desk sent \"" + next + "\" at " + trace.at(order) + ", before it had \"" + previous
                        + "\"" + dish.map(d -> " (at " + trace.at(d) + ")").orElse("") + ". Wait for each dish"
                        + " before the next order: ask, answer, ask, answer.");
            }
        }
    }

    private static String story(Trace trace, String received) {
        List<String> dishes = trace.actions(Trace.MAIN, received).stream().map(Conversation::item)
                .collect(Collectors.toList());
        return "By then the desk had received " + dishes + " and the kitchen had cooked "
                + trace.actions("kitchen.cook").size() + " orders.";
    }
}
