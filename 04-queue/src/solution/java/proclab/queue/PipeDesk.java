package proclab.queue;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Connection;
import proclab.mp.EOFError;
import proclab.mp.Pipe;
import proclab.mp.Process;

/**
 * The same conversation over one two-way pipe. There is no "closing time" order: the desk closes
 * its end of the pipe, and the kitchen stops when it reads end of file.
 */
public final class PipeDesk {
    private PipeDesk() {
    }

    /** Runs the kitchen in a child process named "kitchen" and returns the dishes, in the order of the orders. */
    public static List<String> overPipe(List<String> orders) {
        Pipe pipe = new Pipe();
        Connection deskEnd = pipe.first();
        Connection kitchenEnd = pipe.second();
        Process kitchen = new Process("kitchen", () -> kitchen(kitchenEnd));
        kitchen.start();
        kitchenEnd.close();   // the kitchen has its own copy; the desk never uses this end
        List<String> dishes = new ArrayList<>();
        for (String order : orders) {
            deskEnd.send(order);
            dishes.add(deskEnd.recv());
        }
        deskEnd.close();      // the kitchen reads end of file
        kitchen.join();
        return dishes;
    }

    /** The kitchen's side: cooks each order it receives and sends the dish back, until end of file. */
    public static void kitchen(Connection end) {
        try {
            while (true) {
                String order = end.recv();
                end.send(Kitchen.cook(order));
            }
        } catch (EOFError closed) {
            end.close();
        }
    }
}
