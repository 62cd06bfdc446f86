package proclab.mp.internal.manager;

/**
 * Who made a call: one connection, which is one thread of one client process. Locks remember
 * their holder by it.
 */
interface Caller {
    /** True once the caller has closed its connection or its process has died. */
    boolean gone();
}
