package proclab.queue;

/**
 * The kitchen's ticket printer, a program of its own. It reads one order per line from its stdin
 * and answers each at once on its stdout with a numbered ticket: "dumplings" becomes
 * "ticket 1: DUMPLINGS". When its stdin ends, it prints "printed N tickets" and exits.
 */
public final class TicketPrinter {
    private TicketPrinter() {
    }

    public static void main(String[] args) {
        // TODO 5: read orders line by line from System.in; answer each with "ticket N: ORDER" at once
        throw new UnsupportedOperationException("TODO 5: print a ticket for each order");
    }
}
