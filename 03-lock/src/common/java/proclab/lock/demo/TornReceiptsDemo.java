package proclab.lock.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import proclab.lock.Printer;
import proclab.lock.Receipt;
import proclab.lock.StartGate;
import proclab.mp.Delays;
import proclab.mp.Process;

/**
 * Three workers print three receipts on one printer at the same time, without a lock. Every line
 * comes out whole, but the receipts do not.
 *
 * <p>Run it: {@code ./mvnw -q -pl 03-lock compile exec:exec -Dexec.mainClass=proclab.lock.demo.TornReceiptsDemo}
 */
public final class TornReceiptsDemo {
    private static final int WORKERS = 3;

    private TornReceiptsDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path paper = Files.createTempFile("paper", ".txt");
        Printer printer = Printer.withPaper(paper.toString());
        StartGate together = new StartGate(WORKERS);
        Delays.set("printer.line", Duration.ofMillis(50));

        List<Process> workers = new ArrayList<>();
        for (int i = 1; i <= WORKERS; i++) {
            Receipt receipt = Receipt.forBuyer(i);
            workers.add(new Process(receipt.buyer(), () -> {
                together.arrive();
                for (String line : receipt.lines()) {
                    printer.printLine(line);
                }
            }));
        }
        for (Process worker : workers) {
            worker.start();
        }
        for (Process worker : workers) {
            worker.join();
        }

        System.out.println("The paper, after " + WORKERS + " workers printed a receipt each, with no lock:");
        System.out.println();
        printer.paper().forEach(System.out::println);
        Files.deleteIfExists(paper);
    }
}
