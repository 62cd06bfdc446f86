package proclab.queue;

import java.util.List;

import proclab.mp.Queue;

/**
 * The order desk talks with the kitchen through two queues: one carries orders to the kitchen,
 * the other carries dishes back. One order at a time: the desk waits for each dish before it
 * sends the next order.
 */
public final class OrderDesk {
    private OrderDesk() {
    }

    /** Runs the kitchen in a child process named "kitchen" and returns the dishes, in the order of the orders. */
    public static List<String> overQueues(List<String> orders) {
        // TODO 2: start the kitchen, send each order and wait for its dish, then send Kitchen.CLOSING and
        //  join
        throw new UnsupportedOperationException("TODO 2: talk with the kitchen over two queues");
    }

    /** The kitchen's side: cooks each order and sends the dish back, until closing time. */
    public static void kitchen(Queue<String> orders, Queue<String> dishes) {
        // TODO 2: take orders until Kitchen.CLOSING; put Kitchen.cook(order) for each
        throw new UnsupportedOperationException("TODO 2: cook orders until closing time");
    }
}
