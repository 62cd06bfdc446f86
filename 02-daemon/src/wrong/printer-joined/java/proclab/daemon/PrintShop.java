package proclab.daemon;

import proclab.mp.Process;

/**
 * Task 3. A print shop: the counter takes the orders, and each order gets a printer process of
 * its own. Every order must be printed in full, and the counter must not wait for the printers.
 */
public final class PrintShop {
    private PrintShop() {
    }

    public static void main(String[] args) throws Exception {
        for (Order order : Counter.todaysOrders()) {
            Counter.take(order);
            startPrinter(order);
        }
        Counter.close();
    }

    /** Starts a process that runs {@link Printer#print} for {@code order}, and returns at once. */
    static Process startPrinter(Order order) {
        Process printer = new Process("printer-" + order.job(), () -> Printer.print(order));
        printer.start();
        printer.join();
        return printer;
    }
}
