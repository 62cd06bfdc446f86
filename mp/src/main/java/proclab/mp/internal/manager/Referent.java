package proclab.mp.internal.manager;

/**
 * A shared object as the manager's server holds it (Python's name for it); proxies in other
 * processes call its methods by name. Every call runs under the object's own monitor, so each is
 * one atomic operation.
 */
interface Referent {
    /** Runs {@code method}; an exception goes back to the caller to be raised there. */
    Object call(String method, Object[] arguments, Caller caller) throws InterruptedException;

    /** The result of a call never reached its caller, who has died: give back what the call took. */
    default void undo(String method, Object result) {
    }

    /** The caller's connection has ended: release whatever it still holds. */
    default void releaseHeldBy(Caller caller) {
    }

    static IllegalArgumentException noSuchMethod(String name, String method) {
        return new IllegalArgumentException(name + " has no method '" + method + "'");
    }
}
