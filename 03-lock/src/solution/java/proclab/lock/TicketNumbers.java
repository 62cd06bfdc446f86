package proclab.lock;

/** Task 5: ticket numbers from a counter file, each handed out once, whatever the processes. */
public final class TicketNumbers {
    private TicketNumbers() {
    }

    /** Counts the counter up by one and returns the new value: the next ticket number. */
    public static int next(CounterFile counter, FileMutex mutex) {
        mutex.acquire();
        try {
            int number = counter.read() + 1;
            counter.write(number);
            return number;
        } finally {
            mutex.release();
        }
    }
}
