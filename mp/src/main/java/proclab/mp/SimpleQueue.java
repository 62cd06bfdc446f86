package proclab.mp;

import java.io.Serializable;

/** The plainest queue: put, get and empty, without limits or timeouts. Python's {@code SimpleQueue}. */
public final class SimpleQueue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ItemChannel channel = new ItemChannel("SimpleQueue");

    public void put(T item) {
        channel.put(item, channel.encode(item), -1, 0);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        return (T) channel.get(-1);
    }

    public boolean empty() {
        return channel.ring.count() == 0;
    }

    @Override
    public String toString() {
        return "<" + channel.name + ">";
    }
}
