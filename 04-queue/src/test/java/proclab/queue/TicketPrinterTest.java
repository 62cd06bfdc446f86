package proclab.queue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import proclab.testkit.Graded;
import proclab.testkit.JavaProgram;
import proclab.testkit.RunningProgram;

/** Task 5: the ticket printer runs as a program of its own; the test talks to it through its stdin and stdout. */
class TicketPrinterTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> ORDERS = List.of("dumplings", "fried rice", "soup");

    private static String ticket(int number, String order) {
        return "ticket " + number + ": " + order.toUpperCase(Locale.ROOT);
    }

    /** Sends one order and waits for its ticket before the test goes on. */
    private static void order(RunningProgram printer, int number, String order) {
        printer.writeLine(order);
        String expected = ticket(number, order);
        try {
            printer.awaitLine(expected::equals, PATIENCE);
        } catch (AssertionError late) {
            throw printer.failure("The printer did not answer \"" + order + "\" with \"" + expected + "\" "
                    + (printer.isAlive() ? "within " + PATIENCE.toSeconds() + " s" : "before it ended") + ". "
                    + printer.transcript());
        }
    }

    @Graded(task = 5, points = 5, hint = "Read System.in with a BufferedReader, line by line. Print each ticket with"
            + " System.out.println, which sends the line at once; a writer of your own must be flushed after"
            + " each line.")
    void theTicketPrinterAnswersEachOrderAtOnce() {
        try (RunningProgram printer = JavaProgram.main(TicketPrinter.class).start()) {
            for (int i = 0; i < ORDERS.size(); i++) {
                order(printer, i + 1, ORDERS.get(i));
            }
        }
    }

    @Graded(task = 5, points = 4, hint = "readLine() returns null when the input has ended: stop the loop there, print"
            + " \"printed N tickets\" and return from main.")
    void theTicketPrinterEndsWhenItsInputEnds() {
        try (RunningProgram printer = JavaProgram.main(TicketPrinter.class).start()) {
            order(printer, 1, ORDERS.get(0));
            order(printer, 2, ORDERS.get(1));
            printer.closeInput();
            RunningProgram.Result result;
            try {
                result = printer.awaitExit(PATIENCE);
            } catch (AssertionError stillRunning) {
                throw printer.failure("The printer still ran " + PATIENCE.toSeconds() + " s after its stdin was"
                        + " closed. At the end of the input, readLine() returns null: end the program there.");
            }
            List<String> lines = result.stdout();
            String last = lines.isEmpty() ? "nothing" : "\"" + lines.get(lines.size() - 1) + "\"";
            if (result.exitCode() != 0 || !"printed 2 tickets".equals(lines.isEmpty() ? "" : lines.get(lines.size() - 1))) {
                throw printer.failure("After its stdin was closed, the printer ended with exit code " + result.exitCode()
                        + " and its last line was " + last + ", not \"printed 2 tickets\" and exit code 0. "
                        + printer.transcript());
            }
        }
    }
}
