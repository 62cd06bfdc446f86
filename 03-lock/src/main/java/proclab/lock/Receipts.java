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
        // TODO 2: print receipt.lines() one by one with printer.printLine, so that no other
        //  process can print between two lines of this receipt.
        throw new UnsupportedOperationException("TODO 2: print the receipt in one piece");
    }
}
