package proclab.mp.internal.manager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Python's {@code list} as a manager holds it. */
final class SharedList implements Referent {
    private final String name;
    private final List<Object> list;

    SharedList(String name, Collection<?> initial) {
        this.name = name;
        this.list = new ArrayList<>(initial);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized Object call(String method, Object[] arguments, Caller caller) {
        Object first = arguments.length > 0 ? arguments[0] : null;
        switch (method) {
            case "get":
                return list.get((Integer) first);
            case "set":
                return list.set((Integer) first, arguments[1]);
            case "add":
                if (arguments.length == 1) {
                    return list.add(first);
                }
                list.add((Integer) first, arguments[1]);
                return null;
            case "addAll":
                return arguments.length == 1 ? list.addAll((Collection<?>) first)
                        : list.addAll((Integer) first, (Collection<?>) arguments[1]);
            case "removeAt":
                return list.remove((int) (Integer) first);
            case "remove":
                return list.remove(first);
            case "removeAll":
                return list.removeAll((Collection<?>) first);
            case "retainAll":
                return list.retainAll((Collection<?>) first);
            case "contains":
                return list.contains(first);
            case "indexOf":
                return list.indexOf(first);
            case "lastIndexOf":
                return list.lastIndexOf(first);
            case "size":
                return list.size();
            case "clear":
                list.clear();
                return null;
            case "sort":
                list.sort((Comparator<Object>) first);
                return null;
            case "copy":
                return new ArrayList<>(list);
            default:
                throw Referent.noSuchMethod(name, method);
        }
    }
}
