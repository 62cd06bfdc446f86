package proclab.mp;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import proclab.mp.internal.TreeDirectory;
import proclab.mp.internal.manager.ManagerServer;

/**
 * A server process that holds shared objects, and proxies through which every process of the tree
 * uses them: Python's {@code multiprocessing.Manager()}.
 *
 * <pre>{@code
 * try (Manager manager = new Manager()) {                        // Python: with Manager() as m:
 *     DictProxy<String, Integer> d = manager.dict(Map.of("count", 100));
 *     AcquirerProxy lock = manager.lock();
 *     List<Process> workers = new ArrayList<>();
 *     for (int i = 0; i < 100; i++) {
 *         Process p = new Process(() -> {
 *             try (var held = lock.hold()) {
 *                 d.put("count", d.get("count") - 1);
 *             }
 *         });
 *         p.start();
 *         workers.add(p);
 *     }
 *     workers.forEach(Process::join);
 *     System.out.println(d);                                      // {count=0}
 * }
 * }</pre>
 *
 * <p>The server is a daemon child started like any {@link Process} (its name is
 * {@code SyncManager-N}): it ends when the manager is closed, and with its parent. Proxies may be
 * captured by a child's target or sent through a {@link Queue}; each call on a proxy is one atomic
 * operation in the server. They talk to it over a Unix domain socket in the tree's private
 * directory, and every connection must prove it knows the tree's authentication key.
 *
 * <p>Shared objects live as long as the manager. A lock held by a process that dies is released
 * at once (beyond Python).
 */
public final class Manager implements AutoCloseable {
    /** How long a manager's process has to start serving: JVMs start slowly on a loaded machine. */
    private static final Duration START_LIMIT = Duration.ofMinutes(1);
    /** How long the process has to end by itself after a shutdown before it is terminated, then killed. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Process process;
    /** The manager itself: object 0 of its server. */
    private final Token self;
    private boolean shutDown; // guarded by this

    /** Starts the manager's process and waits until it serves. */
    public Manager() {
        String address = TreeDirectory.get().resolve("manager-" + HexFormat.of().toHexDigits(RANDOM.nextInt()))
                .toString();
        process = new Process(serveAt(address));
        process.setName("SyncManager" + process.name().substring("Process".length()));
        process.setDaemon(true);
        process.start();
        self = new Token("manager", 0, address, process.name());
        try {
            awaitServing();
        } catch (RuntimeException e) {
            process.kill();
            process.join();
            throw e;
        }
    }

    /** A static method, so that the target captures the address and not this manager. */
    private static Target serveAt(String address) {
        return () -> ManagerServer.serve(address);
    }

    /** Connects until the server answers; an error if its process ends first, or takes too long. */
    private void awaitServing() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            try {
                ManagerClient.connection(self);
                return;
            } catch (IllegalStateException notYet) {
                if (!process.isAlive()) {
                    process.join();
                    throw new ProcessStartException(process.name() + ", the manager's process, ended with exit code "
                            + process.exitCode() + " before it served; its error output says why", notYet);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new ProcessStartException(process.name() + ", the manager's process, did not serve within "
                            + START_LIMIT.toSeconds() + " s, so it was killed", notYet);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
    }

    /** A new empty dict: Python's {@code manager.dict()}. */
    public <K, V> DictProxy<K, V> dict() {
        return dict(Map.of());
    }

    /** A new dict holding {@code initial}'s entries: Python's {@code manager.dict({...})}. */
    public <K, V> DictProxy<K, V> dict(Map<? extends K, ? extends V> initial) {
        return new DictProxy<>(create("dict", new LinkedHashMap<>(initial)));
    }

    /** A new empty list: Python's {@code manager.list()}. */
    public <E> ListProxy<E> list() {
        return list(List.of());
    }

    /** A new list holding {@code initial}'s elements: Python's {@code manager.list([...])}. */
    public <E> ListProxy<E> list(Collection<? extends E> initial) {
        return new ListProxy<>(create("list", new ArrayList<>(initial)));
    }

    /** A new namespace without attributes: Python's {@code manager.Namespace()}. */
    public Namespace namespace() {
        return new Namespace(create("Namespace"));
    }

    /** A new lock: Python's {@code manager.Lock()}. */
    public AcquirerProxy lock() {
        return new AcquirerProxy(create("Lock"));
    }

    /** A new reentrant lock: Python's {@code manager.RLock()}. */
    public AcquirerProxy rlock() {
        return new AcquirerProxy(create("RLock"));
    }

    /** A new semaphore with {@code value} permits: Python's {@code manager.Semaphore(value)}. */
    public AcquirerProxy semaphore(int value) {
        return new AcquirerProxy(create("Semaphore", value));
    }

    /** A semaphore that refuses to grow past {@code value}: Python's {@code manager.BoundedSemaphore(value)}. */
    public AcquirerProxy boundedSemaphore(int value) {
        return new AcquirerProxy(create("BoundedSemaphore", value));
    }

    /** A new event, not set: Python's {@code manager.Event()}. */
    public EventProxy event() {
        return new EventProxy(create("Event"));
    }

    /** A new unbounded queue: Python's {@code manager.Queue()}. */
    public <T> QueueProxy<T> queue() {
        return queue(0);
    }

    /** A new queue holding at most {@code maxsize} items (0 or less: unbounded). */
    public <T> QueueProxy<T> queue(int maxsize) {
        return new QueueProxy<>(create("Queue", maxsize));
    }

    /** A new value: Python's {@code manager.Value(typecode, initial)}. */
    public <T> ValueProxy<T> value(T initial) {
        return new ValueProxy<>(create("Value", initial));
    }

    private Token create(String typeid, Object... arguments) {
        synchronized (this) {
            if (shutDown) {
                throw new IllegalStateException(process.name() + " has been shut down: it makes no more objects");
            }
        }
        Object[] call = new Object[arguments.length + 1];
        call[0] = typeid;
        System.arraycopy(arguments, 0, call, 1, arguments.length);
        int id = (Integer) self.call("create", call);
        return new Token(typeid, id, self.address(), self.manager());
    }

    /** The path of the manager's socket. */
    public String address() {
        return self.address();
    }

    /**
     * Stops the manager's process; its proxies fail from then on, in every process. Waits for the
     * process to end, and terminates it if it does not. Calling it again does nothing.
     */
    public void shutdown() {
        synchronized (this) {
            if (shutDown) {
                return;
            }
            shutDown = true;
        }
        try {
            self.call("shutdown");
        } catch (IllegalStateException alreadyGone) {
            // its process ended already; there is only the joining to do
        }
        ManagerClient.closeAll(self.address());
        process.join(EXIT_GRACE);
        if (process.isAlive()) {
            process.terminate();
            process.join(EXIT_GRACE);
        }
        if (process.isAlive()) {
            process.kill();
            process.join();
        }
    }

    /** {@link #shutdown()}, for try-with-resources: Python's {@code with Manager() as m:}. */
    @Override
    public void close() {
        shutdown();
    }

    @Override
    public synchronized String toString() {
        return "<" + process.name() + " " + self.address() + (shutDown ? " shut down" : "") + ">";
    }
}
