package proclab.mp.internal.manager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Python's {@code Namespace} as a manager holds it: named attributes, in the order they were first set. */
final class SharedNamespace implements Referent {
    private final String name;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    SharedNamespace(String name) {
        this.name = name;
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) {
        String attribute = arguments.length > 0 ? (String) arguments[0] : null;
        switch (method) {
            case "get":
                if (!attributes.containsKey(attribute)) {
                    throw missing(attribute);
                }
                return attributes.get(attribute);
            case "set":
                attributes.put(attribute, arguments[1]);
                return null;
            case "delete":
                if (!attributes.containsKey(attribute)) {
                    throw missing(attribute);
                }
                attributes.remove(attribute);
                return null;
            case "copy":
                return new LinkedHashMap<>(attributes);
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }

    private NoSuchElementException missing(String attribute) {
        return new NoSuchElementException(name + " has no attribute '" + attribute + "': set it first with set(\""
                + attribute + "\", value)");
    }
}
