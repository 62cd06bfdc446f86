package proclab.queue;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;
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
        Queue<String> toKitchen = new Queue<>();
        Queue<String> fromKitchen = new Queue<>();
        Process kitchen = new Process("kitchen", () -> kitchen(toKitchen, fromKitchen));
        kitchen.start();
        List<String> dishes = new ArrayList<>();
        for (String order : orders) {
            toKitchen.put(order);
            dishes.add(fromKitchen.get());
        }
        toKitchen.put(Kitchen.CLOSING);
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
