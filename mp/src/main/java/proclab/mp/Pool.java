package proclab.mp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import proclab.mp.internal.Ring;

/**
 * A pool of worker processes that run functions for this process: Python's
 * {@code multiprocessing.Pool}. The workers start once and run task after task, so a task costs
 * microseconds instead of the start of a JVM.
 *
 * <pre>{@code
 * try (Pool pool = new Pool(4)) {
 *     List<Integer> squares = pool.map(x -> x * x, List.of(1, 2, 3));          // [1, 4, 9]
 *     AsyncResult<Integer> later = pool.applyAsync(Tasks::slowSquare, 7);
 *     System.out.println(later.get());                                          // 49
 * }
 * }</pre>
 *
 * <p>Functions are serializable lambdas or method references ({@link Func0} to {@link Func3}); they
 * and their arguments travel to the workers serialized, results travel back the same way.
 * Numbers, strings and byte arrays go in a compact form of their own; anything else must be
 * {@link java.io.Serializable}. A function or argument that cannot be serialized fails in the
 * method that submits it, naming what could not be serialized. A function travels to each worker
 * once and is kept there: pass what changes from call to call as arguments, not as captured
 * values.
 *
 * <p>An exception thrown by a task is thrown again by {@code get()} and {@code map()} in this
 * process, with the worker's exception and stack trace as its cause (see {@link AsyncResult}); the
 * pool goes on. A worker that dies (killed, {@code System.exit}, out of memory) is replaced, and
 * the task it was running fails with a {@link WorkerDiedError} that says how it died.
 *
 * <p>Workers are daemon processes named {@code SpawnPoolWorker-N}: they end with this process's
 * main code. {@link #close()} takes no more tasks and waits until the workers have finished the
 * submitted ones and exited; {@link #terminate()} ends the workers at once.
 */
public final class Pool implements AutoCloseable {
    private static final int RING_BYTES = 2 << 20;

    private enum State { RUN, CLOSE, TERMINATE, BROKEN }

    private final int processes;
    private final FunctionCache functions = new FunctionCache();
    private final TaskFeeder feeder;
    private final WorkerSlots workers;
    private final PoolSupervisor supervisor;
    private final Object stateLock = new Object();
    private volatile State state = State.RUN;
    private volatile RuntimeException brokenBy;

    /** A pool of {@link Process#cpuCount()} workers. */
    public Pool() {
        this(Process.cpuCount());
    }

    /** A pool of {@code processes} workers. */
    public Pool(int processes) {
        this(processes, null, 0);
    }

    /**
     * A pool whose workers each run {@code initializer} once before any task. Python's
     * {@code initargs} are the values the lambda captures: {@code () -> Tasks.connect("db", 3)}.
     */
    public Pool(int processes, Target initializer) {
        this(processes, initializer, 0);
    }

    /**
     * A pool whose workers run {@code initializer} (may be null) once, and are replaced by new ones
     * after {@code maxTasksPerChild} tasks each (0: never), to free what a task leaks.
     */
    public Pool(int processes, Target initializer, int maxTasksPerChild) {
        if (processes < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 process, not " + processes);
        }
        if (maxTasksPerChild < 0) {
            throw new IllegalArgumentException("maxTasksPerChild must be 0 (no limit) or more, not " + maxTasksPerChild);
        }
        this.processes = processes;
        Ring tasks = Ring.create("pool-tasks", RING_BYTES);
        Ring results = Ring.create("pool-results", RING_BYTES);
        this.feeder = new TaskFeeder(tasks);
        this.workers = new WorkerSlots(processes, tasks, results, initializer, maxTasksPerChild);
        this.supervisor = new PoolSupervisor(this, results, feeder, workers);
        try {
            workers.startAll();
        } catch (RuntimeException | Error e) {
            workers.terminateAll(); // the ones that did start
            throw e;
        }
        supervisor.start();
    }

    // ---------------------------------------------------------------- apply

    /** Runs {@code function} in a worker and returns its result: Python's {@code apply}. */
    public <R> R apply(Func0<R> function) {
        return this.<R>submitApply(function, 0, Collections.singletonList(null), null, null, "Pool.apply").get();
    }

    /** Runs {@code function(arg)} in a worker and returns its result. */
    public <T, R> R apply(Func1<T, R> function, T arg) {
        return this.<R>submitApply(function, 1, Collections.singletonList(arg), null, null, "Pool.apply").get();
    }

    /**
     * Runs {@code task}, which returns nothing, in a worker and waits for it to end:
     * {@code pool.apply(() -> Emails.send(7))}.
     */
    public void apply(Target task) {
        submitApply(task, 0, Collections.singletonList(null), null, null, "Pool.apply").get();
    }

    /**
     * Starts {@code task}, which returns nothing, in a worker; {@code get()} returns null once it has
     * ended. Python's {@code apply_async} of a function that returns None.
     */
    public AsyncResult<Void> applyAsync(Target task) {
        return submitApply(task, 0, Collections.singletonList(null), null, null, "Pool.applyAsync");
    }

    /** Starts {@code function} in a worker; the result comes later. */
    public <R> AsyncResult<R> applyAsync(Func0<R> function) {
        return applyAsync(function, null, null);
    }

    /** Starts {@code function(arg)} in a worker; the result comes later. */
    public <T, R> AsyncResult<R> applyAsync(Func1<T, R> function, T arg) {
        return applyAsync(function, arg, null, null);
    }

    /**
     * Starts {@code function}; when it ends, {@code callback} gets the result or
     * {@code errorCallback} the exception (either may be null). Callbacks run in this process, on
     * the pool's thread, before {@code get()} returns: keep them short.
     */
    public <R> AsyncResult<R> applyAsync(Func0<R> function, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        return submitApply(function, 0, Collections.singletonList(null), callback, errorCallback, "Pool.applyAsync");
    }

    /** Starts {@code function(arg)}, with callbacks as {@link #applyAsync(Func0, Consumer, Consumer)}. */
    public <T, R> AsyncResult<R> applyAsync(Func1<T, R> function, T arg, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        return submitApply(function, 1, Collections.singletonList(arg), callback, errorCallback, "Pool.applyAsync");
    }

    private <R> AsyncResult<R> submitApply(Object function, int arity, List<?> call, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback, String method) {
        AsyncResult<R> result = new AsyncResult<>(callback, errorCallback);
        submit(new ApplyJob<>(result), function, arity, call, 1, method);
        return result;
    }

    // ---------------------------------------------------------------- map

    /**
     * {@code function} applied to every item, in the workers; the results in the items' order.
     * The items go in chunks, about 4 per worker (Python's default), each chunk a task.
     */
    public <T, R> List<R> map(Func1<T, R> function, Iterable<? extends T> items) {
        return this.<R>submitMap(function, 1, items, null, null, null, "Pool.map").get();
    }

    /** As {@link #map(Func1, Iterable)}, in chunks of {@code chunksize} items. */
    public <T, R> List<R> map(Func1<T, R> function, Iterable<? extends T> items, int chunksize) {
        return this.<R>submitMap(function, 1, items, chunksize, null, null, "Pool.map").get();
    }

    /** As {@link #map(Func1, Iterable)}, without waiting for the results. */
    public <T, R> AsyncResult<List<R>> mapAsync(Func1<T, R> function, Iterable<? extends T> items) {
        return submitMap(function, 1, items, null, null, null, "Pool.mapAsync");
    }

    /** As {@link #mapAsync(Func1, Iterable)}, in chunks of {@code chunksize} items. */
    public <T, R> AsyncResult<List<R>> mapAsync(Func1<T, R> function, Iterable<? extends T> items, int chunksize) {
        return submitMap(function, 1, items, chunksize, null, null, "Pool.mapAsync");
    }

    /** As {@link #map}, without waiting; {@code callback} gets the whole list, {@code errorCallback} the first exception. */
    public <T, R> AsyncResult<List<R>> mapAsync(Func1<T, R> function, Iterable<? extends T> items, int chunksize,
            Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback) {
        return submitMap(function, 1, items, chunksize, callback, errorCallback, "Pool.mapAsync");
    }

    /**
     * {@code function} applied to each list of two arguments, in the workers; the results in the
     * lists' order: {@code starmap(Integer::sum, List.of(List.of(1, 2), List.of(3, 4)))} is
     * {@code [3, 7]}. Give the lambda's parameter types, {@code (Integer a, Integer b) -> a * b}, or
     * use a method reference: the lists do not tell Java the types.
     */
    public <A, B, R> List<R> starmap(Func2<A, B, R> function, Iterable<? extends List<?>> argumentLists) {
        return this.<R>submitMap(function, 2, argumentLists, null, null, null, "Pool.starmap").get();
    }

    /** As {@link #starmap(Func2, Iterable)}, in chunks of {@code chunksize} argument lists. */
    public <A, B, R> List<R> starmap(Func2<A, B, R> function, Iterable<? extends List<?>> argumentLists, int chunksize) {
        return this.<R>submitMap(function, 2, argumentLists, chunksize, null, null, "Pool.starmap").get();
    }

    /** {@code function} applied to each list of three arguments. */
    public <A, B, C, R> List<R> starmap(Func3<A, B, C, R> function, Iterable<? extends List<?>> argumentLists) {
        return this.<R>submitMap(function, 3, argumentLists, null, null, null, "Pool.starmap").get();
    }

    /** As {@link #starmap(Func3, Iterable)}, in chunks of {@code chunksize} argument lists. */
    public <A, B, C, R> List<R> starmap(Func3<A, B, C, R> function, Iterable<? extends List<?>> argumentLists,
            int chunksize) {
        return this.<R>submitMap(function, 3, argumentLists, chunksize, null, null, "Pool.starmap").get();
    }

    /** As {@link #starmap(Func2, Iterable)}, without waiting for the results. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(Func2<A, B, R> function, Iterable<? extends List<?>> argumentLists) {
        return submitMap(function, 2, argumentLists, null, null, null, "Pool.starmapAsync");
    }

    /** As {@link #starmapAsync(Func2, Iterable)}, in chunks of {@code chunksize} argument lists. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(Func2<A, B, R> function, Iterable<? extends List<?>> argumentLists,
            int chunksize) {
        return submitMap(function, 2, argumentLists, chunksize, null, null, "Pool.starmapAsync");
    }

    /** As {@link #starmap(Func3, Iterable)}, without waiting for the results. */
    public <A, B, C, R> AsyncResult<List<R>> starmapAsync(Func3<A, B, C, R> function,
            Iterable<? extends List<?>> argumentLists) {
        return submitMap(function, 3, argumentLists, null, null, null, "Pool.starmapAsync");
    }

    /** As {@link #starmapAsync(Func3, Iterable)}, in chunks of {@code chunksize} argument lists. */
    public <A, B, C, R> AsyncResult<List<R>> starmapAsync(Func3<A, B, C, R> function,
            Iterable<? extends List<?>> argumentLists, int chunksize) {
        return submitMap(function, 3, argumentLists, chunksize, null, null, "Pool.starmapAsync");
    }

    /** With {@code chunksize} null: Python's default for the number of items. */
    private <R> AsyncResult<List<R>> submitMap(Object function, int arity, Iterable<?> items, Integer chunksize,
            Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback, String method) {
        List<?> list = listOf(items);
        int size = chunksize == null ? defaultChunksize(list.size()) : checkChunksize(chunksize);
        AsyncResult<List<R>> result = new AsyncResult<>(callback, errorCallback);
        submit(new MapJob<>(result, list.size(), size), function, arity, list, size, method);
        return result;
    }

    // ---------------------------------------------------------------- imap

    /** The results of {@code function} over the items, in order, each as soon as it and those before it are ready. */
    public <T, R> IMapIterator<R> imap(Func1<T, R> function, Iterable<? extends T> items) {
        return imap(function, items, 1);
    }

    /** As {@link #imap(Func1, Iterable)}, in chunks of {@code chunksize} items (Python's default is 1). */
    public <T, R> IMapIterator<R> imap(Func1<T, R> function, Iterable<? extends T> items, int chunksize) {
        return submitIMap(function, items, chunksize, true, "Pool.imap");
    }

    /** The results of {@code function} over the items, in the order they finish. */
    public <T, R> IMapIterator<R> imapUnordered(Func1<T, R> function, Iterable<? extends T> items) {
        return imapUnordered(function, items, 1);
    }

    /** As {@link #imapUnordered(Func1, Iterable)}, in chunks of {@code chunksize} items. */
    public <T, R> IMapIterator<R> imapUnordered(Func1<T, R> function, Iterable<? extends T> items, int chunksize) {
        return submitIMap(function, items, chunksize, false, "Pool.imapUnordered");
    }

    private <R> IMapIterator<R> submitIMap(Object function, Iterable<?> items, int chunksize, boolean ordered,
            String method) {
        checkChunksize(chunksize);
        List<?> list = listOf(items);
        IMapIterator<R> results = new IMapIterator<>(ordered, list.size(), chunksize);
        submit(results.job(), function, 1, list, chunksize, method);
        return results;
    }

    // ---------------------------------------------------------------- submitting

    /**
     * Encodes and queues the tasks one by one: the workers start on the first while the next is
     * encoded. An argument that cannot be serialized fails here; tasks queued before it run, but
     * their results go nowhere (Python's pool does the same).
     */
    private void submit(Job job, Object function, int arity, List<?> items, int chunksize, String method) {
        Objects.requireNonNull(function, () -> method + ": the function is null");
        checkRunning();
        Submission submission = new Submission(job, functions.prepare(function, "the function given to " + method),
                arity, items, chunksize, method);
        while (submission.hasNextTask()) {
            PoolTask task = submission.encodeNextTask();
            synchronized (stateLock) {
                checkRunning(); // again: close() may have come meanwhile
                feeder.submit(task);
            }
            if (task.index() == 0) {
                supervisor.wake(); // it stays awake while tasks are out
            }
        }
    }

    private void checkRunning() {
        State now = state;
        if (now == State.BROKEN) {
            throw new IllegalStateException(brokenBy.getMessage(), brokenBy);
        }
        if (now != State.RUN) {
            throw new IllegalStateException("Pool not running: it was " + (now == State.CLOSE ? "closed" : "terminated")
                    + ", so it takes no more tasks. Create a new Pool.");
        }
    }

    private static int checkChunksize(int chunksize) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be 1 or more, not " + chunksize);
        }
        return chunksize;
    }

    /** Python's default: about 4 chunks per worker. */
    private int defaultChunksize(int items) {
        int perChunk = items / (processes * 4);
        return Math.max(1, items % (processes * 4) == 0 ? perChunk : perChunk + 1);
    }

    private static List<?> listOf(Iterable<?> items) {
        Objects.requireNonNull(items, "the items to map over are null");
        if (items instanceof List<?> list) {
            return list;
        }
        List<Object> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    // ---------------------------------------------------------------- ending

    /**
     * Takes no more tasks, lets the workers finish those already submitted, and waits until
     * they have exited. Python's {@code close()} returns at once and leaves the wait to
     * {@code join()}; this one also waits, so that try-with-resources leaves no worker running
     * (call {@link #terminate()} first to end the workers without waiting for their tasks).
     * Called from a callback it does not wait. Closing twice does nothing more.
     */
    @Override
    public void close() {
        synchronized (stateLock) {
            if (state == State.RUN) {
                state = State.CLOSE;
                feeder.stopWorkers(processes);
            }
        }
        supervisor.wake();
        if (!supervisor.isCurrentThread()) {
            awaitWorkers();
        }
    }

    /** Waits for the workers to exit; only after {@link #close()} or {@link #terminate()}, as in Python. */
    public void join() {
        if (state == State.RUN) {
            throw new IllegalStateException("Pool is still running: call close() or terminate() before join()");
        }
        awaitWorkers();
    }

    private void awaitWorkers() {
        if (state == State.CLOSE) {
            supervisor.awaitEnd();
        }
    }

    /**
     * Ends every worker at once, without waiting for their tasks, and returns once they are gone.
     * Results not ready yet fail with a {@link CancellationException} (Python's would wait forever).
     */
    public void terminate() {
        synchronized (stateLock) {
            if (state == State.TERMINATE) {
                return;
            }
            state = State.TERMINATE;
        }
        end(TaskFailure.inParent(new CancellationException("the pool was terminated before this task finished")));
    }

    /** The initializer failed: every task fails, now and later. */
    void breakDown(RuntimeException why) {
        synchronized (stateLock) {
            if (state == State.TERMINATE || state == State.BROKEN) {
                return;
            }
            brokenBy = why;
            state = State.BROKEN;
        }
        end(TaskFailure.inParent(why));
    }

    private void end(TaskFailure failure) {
        supervisor.stop();
        workers.terminateAll();
        feeder.failAll(failure);
    }

    boolean isClosing() {
        return state == State.CLOSE;
    }

    /** Whether a worker that ended gets a successor: while running, and while closing with tasks left. */
    boolean needsWorkers(boolean tasksLeft) {
        State now = state;
        return now == State.RUN || now == State.CLOSE && tasksLeft;
    }

    @Override
    public String toString() {
        return "<Pool state=" + state + " pool_size=" + processes + ">";
    }
}
