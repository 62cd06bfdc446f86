package proclab.mp.internal.manager;

/**
 * Python's {@code threading.Lock} and {@code threading.RLock} as a manager holds them. The holder
 * is a connection, which is one thread of one process: an RLock is reentrant for that thread, and
 * a holder whose process dies releases the lock.
 */
final class SharedLock implements Referent {
    private final String name;
    private final boolean reentrant;
    private Caller holder;
    private long depth;

    SharedLock(String name, boolean reentrant) {
        this.name = name;
        this.reentrant = reentrant;
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) throws InterruptedException {
        switch (method) {
            case "acquire":
                return acquire(caller, (Long) arguments[0]);
            case "release":
                release(caller);
                return null;
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }

    private boolean acquire(Caller caller, long timeoutNanos) throws InterruptedException {
        if (reentrant && holder == caller) {
            depth++;
            return true;
        }
        if (!Waiting.until(this, () -> holder == null, timeoutNanos, caller)) {
            return false;
        }
        holder = caller;
        depth = 1;
        return true;
    }

    /** Any process may release a Lock, as in Python; only its holder may release an RLock. */
    private void release(Caller caller) {
        if (holder == null) {
            throw new IllegalStateException(name + " released too many times: it was not held");
        }
        if (reentrant && holder != caller) {
            throw new IllegalStateException("cannot release un-acquired lock " + name
                    + ": only the thread that holds an RLock may release it");
        }
        if (reentrant && --depth > 0) {
            return;
        }
        free();
    }

    @Override
    public synchronized void releaseHeldBy(Caller caller) {
        if (holder == caller) {
            free();
        }
    }

    private void free() {
        holder = null;
        depth = 0;
        notify(); // only one waiter can take it
    }
}
