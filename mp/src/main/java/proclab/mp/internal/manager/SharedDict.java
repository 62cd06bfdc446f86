package proclab.mp.internal.manager;

import java.util.LinkedHashMap;
import java.util.Map;

/** Python's {@code dict} as a manager holds it; it keeps the order of insertion, as a Python dict does. */
final class SharedDict implements Referent {
    private final String name;
    private final Map<Object, Object> map = new LinkedHashMap<>();

    SharedDict(String name, Map<?, ?> initial) {
        this.name = name;
        map.putAll(initial);
    }

    @Override
    public synchronized Object call(String method, Object[] arguments, Caller caller) {
        Object key = arguments.length > 0 ? arguments[0] : null;
        switch (method) {
            case "get":
                return map.get(key);
            case "getOrDefault":
                return map.getOrDefault(key, arguments[1]);
            case "put":
                return map.put(key, arguments[1]);
            case "putIfAbsent":
                return map.putIfAbsent(key, arguments[1]);
            case "putAll":
                map.putAll((Map<?, ?>) key);
                return null;
            case "remove":
                return arguments.length == 1 ? map.remove(key) : (Object) map.remove(key, arguments[1]);
            case "replace":
                return arguments.length == 2 ? map.replace(key, arguments[1])
                        : (Object) map.replace(key, arguments[1], arguments[2]);
            case "containsKey":
                return map.containsKey(key);
            case "containsValue":
                return map.containsValue(key);
            case "size":
                return map.size();
            case "clear":
                map.clear();
                return null;
            case "copy":
                return new LinkedHashMap<>(map);
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }
}
