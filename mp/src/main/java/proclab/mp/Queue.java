package proclab.mp;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;

/**
 * A first-in first-out queue that processes share: Python's {@code multiprocessing.Queue}.
 * Create it in the parent and capture it in the children's targets.
 *
 * <pre>{@code
 * Queue<String> q = new Queue<>();
 * Process child = new Process(() -> q.put("hello from the child"));
 * child.start();
 * System.out.println(q.get());
 * }</pre>
 *
 * <p>Items travel as bytes in shared memory: strings, numbers and byte arrays in a compact form,
 * anything else {@link java.io.Serializable} through Java serialization. An item that cannot be
 * serialized fails in {@code put}, in the caller (Python only fails later, in a background thread).
 * Items put by one process come out in the order it put them.
 *
 * <p>With a {@code maxsize}, {@code put} waits while the queue holds that many items. Without
 * one, the queue holds up to 4 MiB of items ({@code -Dproclab.mp.queueBytes}) before {@code put}
 * waits: unlike Python, a put never buffers in the putting process, so a process can always exit
 * without waiting for its items to be flushed. {@link #qsize()}, {@link #empty()} and
 * {@link #full()} are only snapshots, as in Python: another process may change the queue a moment
 * later.
 *
 * @param <T> the type of the items
 */
public class Queue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    final ItemChannel channel;
    private final int maxsize;
    private transient boolean closed;

    /** An unbounded queue. */
    public Queue() {
        this(0);
    }

    /** A queue that holds at most {@code maxsize} items (0 or less: unbounded). */
    public Queue(int maxsize) {
        this("Queue", maxsize);
    }

    Queue(String kind, int maxsize) {
        this.channel = new ItemChannel(kind);
        this.maxsize = Math.max(0, maxsize);
    }

    /** Puts the item, waiting for room as long as it takes. */
    public void put(T item) {
        put(item, -1);
    }

    /** Puts the item, waiting at most {@code timeout} for room. */
    public void put(T item, Duration timeout) {
        put(item, ItemChannel.nanos(timeout));
    }

    /** Puts the item only if there is room now; {@link Full} otherwise. */
    public void putNowait(T item) {
        put(item, 0);
    }

    private void put(T item, long timeoutNanos) {
        checkOpen();
        byte[] encoded = channel.encode(item);
        beforePut();
        if (!channel.put(item, encoded, timeoutNanos, maxsize)) {
            putFailed();
            throw new Full(channel.name + " is full: it holds its maximum of " + maxsize + " items"
                    + (timeoutNanos > 0 ? " and none was taken within " + Duration.ofNanos(timeoutNanos) : ""));
        }
    }

    void beforePut() {
        // a JoinableQueue counts the item as unfinished from here
    }

    void putFailed() {
        // a JoinableQueue takes the count back
    }

    /** Takes the oldest item, waiting as long as it takes. */
    public T get() {
        return get(-1);
    }

    /** Takes the oldest item, waiting at most {@code timeout}; {@link Empty} when none came. */
    public T get(Duration timeout) {
        return get(ItemChannel.nanos(timeout));
    }

    /** Takes the oldest item if there is one now; {@link Empty} otherwise. */
    public T getNowait() {
        return get(0);
    }

    @SuppressWarnings("unchecked")
    private T get(long timeoutNanos) {
        checkOpen();
        Object item = channel.get(timeoutNanos);
        if (item == ItemChannel.NOTHING) {
            throw new Empty(channel.name + " is empty" + (timeoutNanos > 0
                    ? ": no item came within " + Duration.ofNanos(timeoutNanos) : ""));
        }
        return (T) item;
    }

    /** The number of items in the queue now (approximate: other processes go on). */
    public int qsize() {
        return (int) channel.ring.count();
    }

    public boolean empty() {
        return channel.ring.count() == 0;
    }

    public boolean full() {
        return maxsize > 0 && channel.ring.count() >= maxsize;
    }

    /** This process will use the queue no more; a later put or get here is an error. */
    public void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(channel.name + " is closed in this process");
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        closed = false;
    }

    @Override
    public String toString() {
        return "<" + channel.name + "(qsize=" + qsize() + (maxsize > 0 ? ", maxsize=" + maxsize : "") + ")>";
    }
}
