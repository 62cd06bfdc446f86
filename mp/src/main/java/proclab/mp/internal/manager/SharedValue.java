package proclab.mp.internal.manager;

/** One value a manager holds, as Python's {@code Manager().Value}: get and set, and no lock of its own. */
final class SharedValue implements Referent {
    private final String name;
    private Object value;

    SharedValue(String name, Object initial) {
        this.name = name;
        this.value = initial;
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) {
        switch (method) {
            case "get":
                return value;
            case "set":
                value = arguments[0];
                return null;
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }
}
