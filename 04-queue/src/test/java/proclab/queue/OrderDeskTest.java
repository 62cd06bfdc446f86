package proclab.queue;

import static org.assertj.core.api.Assertions.fail;

import java.util.Optional;

import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/** Task 2: the desk and its kitchen talk over two queues. */
class OrderDeskTest {
    private static final String CALL = "overQueues(" + Conversation.ORDERS + ")";

    private static Trace talk() {
        return Conversation.talk(CALL, () -> OrderDesk.overQueues(Conversation.ORDERS), "queue.get",
                "the kitchen was still running. Send Kitchen.CLOSING after the last order, and let the kitchen's"
                        + " loop stop when it takes it.");
    }

    @Graded(task = 2, points = 10, hint = "Two queues: the desk puts orders on one and gets dishes from the other;"
            + " the kitchen does the opposite. Start the kitchen as a Process named \"kitchen\" and join it at the"
            + " end.")
    void theKitchenCooksEveryOrderInAChildProcess() {
        talk();
    }

    @Graded(task = 2, points = 10, hint = "In the desk's loop, put one order and get() its dish before the next"
            + " order. After the loop, put Kitchen.CLOSING; the kitchen stops when it takes it.")
    void theDeskWaitsForEachDishAndThenCloses() {
        Trace trace = talk();
        Conversation.checkOneOrderAtATime(trace, "queue.put", "queue.get");
        Event lastDish = Conversation.carrying(trace, Trace.MAIN, "queue.get",
                Conversation.dishFor(Conversation.ORDERS.get(Conversation.ORDERS.size() - 1))).orElseThrow();
        Optional<Event> closing = Conversation.carrying(trace, Trace.MAIN, "queue.put", Kitchen.CLOSING);
        if (closing.isEmpty() || closing.get().nanos() < lastDish.nanos()) {
            fail("The desk did not send \"" + Kitchen.CLOSING + "\" after its last dish" + closing.map(
                    c -> " (it sent it at " + trace.at(c) + ", before the last dish at " + trace.at(lastDish) + ")")
                    .orElse("") + ". Closing time is the last order of the day.");
        }
        if (Conversation.carrying(trace, Conversation.KITCHEN, "queue.get", Kitchen.CLOSING).isEmpty()) {
            fail("The kitchen never took \"" + Kitchen.CLOSING + "\" from its queue: it should keep taking orders"
                    + " until closing time, and then stop.");
        }
    }
}
