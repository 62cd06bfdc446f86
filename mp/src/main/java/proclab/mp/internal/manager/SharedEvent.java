package proclab.mp.internal.manager;

/** Python's {@code threading.Event} as a manager holds it. */
final class SharedEvent implements Referent {
    private final String name;
    private boolean flag;

    SharedEvent(String name) {
        this.name = name;
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) throws InterruptedException {
        switch (method) {
            case "set":
                flag = true;
                notifyAll();
                return null;
            case "clear":
                flag = false;
                return null;
            case "isSet":
                return flag;
            case "wait":
                return Waiting.until(this, () -> flag, (Long) arguments[0], caller);
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }
}
