package proclab.queue;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;
import proclab.mp.Queue;

/**
 * The order desk talks with the kitchen through one queue, which carries the orders to the kitchen
 * and the dishes back. One order at a time: the desk waits for each dish before it
 * sends the next order.
 */
public final class OrderDesk {
    private OrderDesk() {
    }

    /** Runs the kitchen in a child process named "kitchen" and returns the dishes, in the order of the orders. */
    public static List<String> overQueues(List<String> orders) {
        Queue<String> pass = new Queue<>();
        Process kitchen = new Process("kitchen", () -> kitchen(pass, pass));
        kitchen.start();
        List<String> dishes = new ArrayList<>();
        for (String order : orders) {
            pass.put(order);
            dishes.add(pass.get());
        }
        pass.put(Kitchen.CLOSING);
        kitchen.join();
        return dishes;
    }

    /** The kitchen's side: cooks each order and sends the dish back, until closing time. */
    public static void kitchen(Queue<String> orders, Queue<String> dishes) {
        for (String order = orders.get(); !order.equals(Kitchen.CLOSING); order = orders.get()) {
            dishes.put(Kitchen.cook(order));
        }
    }
}
