package proclab.mp;

import java.time.Duration;

/**
 * A proxy to a first-in first-out queue that a {@link Manager} holds: Python's
 * {@code Manager().Queue()}. It behaves as {@link Queue}: {@code put} waits while a bounded queue
 * is full, {@code get} while it is empty; the timed and {@code Nowait} forms raise {@link Full}
 * and {@link Empty}.
 *
 * @param <T> the type of the items
 */
public final class QueueProxy<T> extends BaseProxy {
    private static final long serialVersionUID = 1L;

    QueueProxy(Token token) {
        super(token);
    }

    /** Puts the item, waiting for room as long as it takes. */
    public void put(T item) {
        put(item, -1L);
    }

    /** Puts the item, waiting at most {@code timeout} for room; {@link Full} if none came. */
    public void put(T item, Duration timeout) {
        put(item, ItemChannel.nanos(timeout));
    }

    /** Puts the item only if there is room now; {@link Full} otherwise. */
    public void putNowait(T item) {
        put(item, 0L);
    }

    private void put(T item, long timeoutNanos) {
        // Recorded first, so that in the timeline no get ever precedes the put of its item.
        token.record("queue.put", () -> item);
        token.call("put", item, timeoutNanos);
        Delays.at("queue.put");
    }

    /** Takes the oldest item, waiting as long as it takes. */
    public T get() {
        return get(-1L);
    }

    /** Takes the oldest item, waiting at most {@code timeout}; {@link Empty} when none came. */
    public T get(Duration timeout) {
        return get(ItemChannel.nanos(timeout));
    }

    /** Takes the oldest item if there is one now; {@link Empty} otherwise. */
    public T getNowait() {
        return get(0L);
    }

    @SuppressWarnings("unchecked")
    private T get(long timeoutNanos) {
        T item = (T) token.call("get", timeoutNanos);
        token.record("queue.get", () -> item);
        Delays.at("queue.get");
        return item;
    }

    /** The number of items in the queue now (other processes may change it a moment later). */
    public int qsize() {
        return (Integer) token.call("qsize");
    }

    /** True if the queue holds no item now. */
    public boolean empty() {
        return qsize() == 0;
    }

    /** True if a bounded queue holds its maximum now. */
    public boolean full() {
        return (Boolean) token.call("full");
    }
}
