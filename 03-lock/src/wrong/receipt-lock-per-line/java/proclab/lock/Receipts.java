package proclab.lock;

import proclab.mp.Lock;

/** Task 2: receipts that come out of the shared printer in one piece. */
public final class Receipts {
    private Receipts() {
    }

    /**
     * Prints every line of the receipt, with no line of another receipt in between, although
     * other processes print on the same printer at the same time.
     */
    public static void print(Printer printer, Lock lock, Receipt receipt) {
        for (String line : receipt.lines()) {
            lock.acquire(); // one line at a time: another worker may print between two lines
            try {
                printer.printLine(line);
            } finally {
                lock.release();
            }
        }
    }
}
