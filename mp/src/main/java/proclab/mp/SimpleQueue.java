package proclab.mp;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * The plainest queue: put, get and empty, without limits or timeouts. Python's {@code SimpleQueue}.
 * Items travel as in {@link Queue}.
 */
public final class SimpleQueue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ItemChannel channel = new ItemChannel("SimpleQueue");
    private transient boolean closed;

    /** Puts the item, waiting for room if the queue's buffer is full. */
    public void put(T item) {
        checkOpen();
        channel.put(item, channel.encode(item), -1, 0);
    }

    /** Takes the oldest item, waiting as long as it takes. */
    @SuppressWarnings("unchecked")
    public T get() {
        checkOpen();
        return (T) channel.get(-1);
    }

    /** True if the queue holds no item now (other processes go on). */
    public boolean empty() {
        checkOpen();
        return channel.ring.count() == 0;
    }

    /** This process will use the queue no more; a later put, get or empty here is an error. */
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
        return "<" + channel.name + ">";
    }
}
