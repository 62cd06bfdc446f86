package proclab.mp.internal.manager;

import java.time.Duration;
import java.util.Deque;
import java.util.LinkedList;

import proclab.mp.Empty;
import proclab.mp.Full;

/** Python's {@code queue.Queue} as a manager holds it: first in, first out, bounded by {@code maxsize} if above 0. */
final class SharedQueue implements Referent {
    private final String name;
    private final int maxsize;
    /** A LinkedList, because null is an item like any other. */
    private final Deque<Object> items = new LinkedList<>();

    SharedQueue(String name, int maxsize) {
        this.name = name;
        this.maxsize = Math.max(0, maxsize);
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) throws InterruptedException {
        switch (method) {
            case "put":
                put(arguments[0], (Long) arguments[1], caller);
                return null;
            case "get":
                return get((Long) arguments[0], caller);
            case "qsize":
                return items.size();
            case "full":
                return maxsize > 0 && items.size() >= maxsize;
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }

    private void put(Object item, long timeoutNanos, Caller caller) throws InterruptedException {
        if (!Waiting.until(this, () -> maxsize == 0 || items.size() < maxsize, timeoutNanos, caller)) {
            throw new Full(name + " is full: it holds its maximum of " + maxsize + " items"
                    + (timeoutNanos > 0 ? " and none was taken within " + Duration.ofNanos(timeoutNanos) : ""));
        }
        items.addLast(item);
        notifyAll();
    }

    private Object get(long timeoutNanos, Caller caller) throws InterruptedException {
        if (!Waiting.until(this, () -> !items.isEmpty(), timeoutNanos, caller)) {
            throw new Empty(name + " is empty"
                    + (timeoutNanos > 0 ? ": no item came within " + Duration.ofNanos(timeoutNanos) : ""));
        }
        Object item = items.removeFirst();
        notifyAll();
        return item;
    }

    /** An item taken for a caller that died before it received it goes back to the front. */
    @Override
    public synchronized void undo(String method, Object result) {
        if (method.equals("get")) {
            items.addFirst(result);
            notifyAll();
        }
    }
}
