package proclab.queue;

import java.util.List;

import proclab.mp.Connection;

/**
 * The same conversation over one two-way pipe. There is no "closing time" order: the desk closes
 * its end of the pipe, and the kitchen stops when it reads end of file.
 */
public final class PipeDesk {
    private PipeDesk() {
    }

    /** Runs the kitchen in a child process named "kitchen" and returns the dishes, in the order of the orders. */
    public static List<String> overPipe(List<String> orders) {
        // TODO 3: make a Pipe, start the kitchen with one end, talk over the other end, close it and join
        throw new UnsupportedOperationException("TODO 3: talk with the kitchen over a pipe");
    }

    /** The kitchen's side: cooks each order it receives and sends the dish back, until end of file. */
    public static void kitchen(Connection end) {
        // TODO 3: recv orders and send back Kitchen.cook(order) until recv throws EOFError
        throw new UnsupportedOperationException("TODO 3: cook orders until end of file");
    }
}
