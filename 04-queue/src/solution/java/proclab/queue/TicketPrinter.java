package proclab.queue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kitchen's ticket printer, a program of its own. It reads one order per line from its stdin
 * and answers each at once on its stdout with a numbered ticket: "dumplings" becomes
 * "ticket 1: DUMPLINGS". When its stdin ends, it prints "printed N tickets" and exits.
 */
public final class TicketPrinter {
    private TicketPrinter() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int tickets = 0;
        String order;
        while ((order = in.readLine()) != null) {
            tickets++;
            System.out.println("ticket " + tickets + ": " + order.toUpperCase(Locale.ROOT));
        }
        System.out.println("printed " + tickets + " tickets");
    }
}
