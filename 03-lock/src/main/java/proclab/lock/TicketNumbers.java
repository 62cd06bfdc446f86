package proclab.lock;

/** Task 5: ticket numbers from a counter file, each handed out once, whatever the processes. */
public final class TicketNumbers {
    private TicketNumbers() {
    }

    /** Counts the counter up by one and returns the new value: the next ticket number. */
    public static int next(CounterFile counter, FileMutex mutex) {
        // TODO 5: while holding the mutex, read the counter, write it back one higher and return
        //  the new value.
        throw new UnsupportedOperationException("TODO 5: hand out the next number under the FileMutex");
    }
}
