package proclab.mp.internal.manager;

/** Python's {@code threading.Semaphore} and {@code BoundedSemaphore} as a manager holds them. */
final class SharedSemaphore implements Referent {
    private final String name;
    /** The most permits it may have: its starting value if bounded; a plain one may grow. */
    private final long bound;
    private long permits;

    SharedSemaphore(String name, int permits, boolean bounded) {
        if (permits < 0) {
            throw new IllegalArgumentException("a semaphore starts with 0 or more permits, not " + permits);
        }
        this.name = name;
        this.permits = permits;
        this.bound = bounded ? permits : Long.MAX_VALUE;
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) throws InterruptedException {
        switch (method) {
            case "acquire":
                return acquire(caller, (Long) arguments[0]);
            case "release":
                release();
                return null;
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }

    private boolean acquire(Caller caller, long timeoutNanos) throws InterruptedException {
        if (!Waiting.until(this, () -> permits > 0, timeoutNanos, caller)) {
            return false;
        }
        permits--;
        return true;
    }

    private void release() {
        if (permits >= bound) {
            throw new IllegalStateException(name + " released too many times: it already has all its "
                    + bound + " permits");
        }
        permits++;
        notify(); // one permit, one waiter
    }

    /** A permit taken for a caller that died before it learned so goes back. */
    @Override
    public synchronized void undo(String method, Object result) {
        if (method.equals("acquire") && Boolean.TRUE.equals(result)) {
            permits++;
            notify(); // one permit, one waiter
        }
    }
}
