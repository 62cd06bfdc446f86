package proclab.mp.internal.manager;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The objects a manager holds, by number. It is object 0 itself: its one method,
 * {@code create(typeid, arguments...)}, makes a new object and returns its number. Objects live
 * until the manager shuts down.
 */
final class SharedObjects implements Referent {
    static final int MANAGER = 0;
    private static final String TYPEIDS = "dict, list, Namespace, Lock, RLock, Semaphore, BoundedSemaphore, Event, Queue, Value";

    private final String manager;
    private final Map<Integer, Referent> objects = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();

    SharedObjects(String manager) {
        this.manager = manager;
        objects.put(MANAGER, this);
    }

    @Override
    public Object call(String method, Object[] arguments, Caller caller) {
        if (!method.equals("create")) {
            throw Referent.noSuchMethod(manager, method);
        }
        String typeid = (String) arguments[0];
        int id = lastId.incrementAndGet();
        objects.put(id, make(typeid, Wire.objectName(typeid, id, manager), Arrays.copyOfRange(arguments, 1, arguments.length)));
        return id;
    }

    private static Referent make(String typeid, String name, Object[] arguments) {
        switch (typeid) {
            case "dict":
                return new SharedDict(name, (Map<?, ?>) arguments[0]);
            case "list":
                return new SharedList(name, (Collection<?>) arguments[0]);
            case "Namespace":
                return new SharedNamespace(name);
            case "Lock":
                return new SharedLock(name, false);
            case "RLock":
                return new SharedLock(name, true);
            case "Semaphore":
                return new SharedSemaphore(name, (Integer) arguments[0], false);
            case "BoundedSemaphore":
                return new SharedSemaphore(name, (Integer) arguments[0], true);
            case "Event":
                return new SharedEvent(name);
            case "Queue":
                return new SharedQueue(name, (Integer) arguments[0]);
            case "Value":
                return new SharedValue(name, arguments[0]);
            default:
                throw new IllegalArgumentException("a manager makes no '" + typeid + "': it makes " + TYPEIDS);
        }
    }

    Referent get(int id) {
        Referent object = objects.get(id);
        if (object == null) {
            throw new IllegalArgumentException(manager + " holds no object #" + id
                    + ": the proxy that asked belongs to another manager");
        }
        return object;
    }

    @Override
    public void releaseHeldBy(Caller caller) {
        objects.values().forEach(object -> {
            if (object != this) {
                object.releaseHeldBy(caller);
            }
        });
    }
}
