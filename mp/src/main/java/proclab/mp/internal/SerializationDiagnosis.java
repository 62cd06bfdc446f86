package proclab.mp.internal;

import java.io.NotSerializableException;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where in an object graph the value that cannot be serialized sits, because Java's own
 * {@link NotSerializableException} only names its class. Walks fields of the project's classes,
 * values captured by lambdas, arrays and JDK collections.
 */
final class SerializationDiagnosis {
    private static final int MAX_DEPTH = 24;

    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final List<String> path = new ArrayList<>();
    /** The culprit found by the innermost successful {@link #descend}. */
    private Object last;

    private SerializationDiagnosis() {
    }

    static String explain(Object root, NotSerializableException e) {
        SerializationDiagnosis walk = new SerializationDiagnosis();
        Object culprit = walk.find(root, 0);
        if (culprit == null) {
            return e.getMessage() + " is not Serializable.";
        }
        String where = walk.path.isEmpty() ? "" : " It was reached through " + String.join(" -> ", walk.path) + ".";
        return "a " + typeName(culprit) + " is not Serializable." + where + " " + walk.hint(culprit);
    }

    /** Returns the first value that cannot be serialized, leaving the way to it in {@link #path}. */
    private Object find(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH || seen.put(value, Boolean.TRUE) != null) {
            return null;
        }
        Class<?> type = value.getClass();
        if (type.isPrimitive() || value instanceof String || value instanceof Number
                || value instanceof Enum<?> || value instanceof Class<?>) {
            return null;
        }
        if (!(value instanceof Serializable)) {
            return value;
        }
        SerializedLambda lambda = Lambdas.serializedForm(value);
        if (lambda != null) {
            for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
                if (descend("value " + (i + 1) + " captured by " + describe(lambda), lambda.getCapturedArg(i), depth)) {
                    return last;
                }
            }
            return null;
        }
        if (type.isArray() && !type.getComponentType().isPrimitive()) {
            Object[] items = (Object[]) value;
            for (int i = 0; i < items.length; i++) {
                if (descend("element [" + i + "]", items[i], depth)) {
                    return last;
                }
            }
            return null;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (descend("an element of a " + type.getSimpleName(), item, depth)) {
                    return last;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (descend("a key of a " + type.getSimpleName(), entry.getKey(), depth)
                        || descend("the value for key " + entry.getKey(), entry.getValue(), depth)) {
                    return last;
                }
            }
            return null;
        }
        if (isJdk(type)) {
            return null; // the JDK's serializable classes know how to write themselves
        }
        for (Class<?> c = type; c != null && Serializable.class.isAssignableFrom(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int mods = field.getModifiers();
                if (Modifier.isStatic(mods) || Modifier.isTransient(mods) || field.getType().isPrimitive()) {
                    continue;
                }
                Object fieldValue = read(field, value);
                if (descend("field '" + field.getName() + "' of " + typeName(value), fieldValue, depth)) {
                    return last;
                }
            }
        }
        return null;
    }

    private boolean descend(String step, Object next, int depth) {
        path.add(step);
        Object found = find(next, depth + 1);
        if (found != null) {
            last = found;
            return true;
        }
        path.remove(path.size() - 1);
        return false;
    }

    private String hint(Object culprit) {
        if (culprit instanceof java.nio.file.Path) {
            return "A Path is not Serializable: send path.toString() and call Path.of(...) in the child.";
        }
        if (culprit instanceof Thread || culprit instanceof java.io.Closeable) {
            return "Threads, streams, sockets and files belong to one process: open them in the child instead.";
        }
        String way = String.join(" ", path);
        if (way.contains("'this$0'")) {
            return "An inner or anonymous class carries its enclosing object: use a lambda or a static nested class.";
        }
        if (way.endsWith("captured by " + lastLambda()) && !isJdk(culprit.getClass())) {
            return "The lambda uses 'this' or an object of " + typeName(culprit)
                    + ": make the method static, or copy what the child needs into a local variable first.";
        }
        if (!path.isEmpty() && path.get(path.size() - 1).startsWith("field")) {
            return "Mark that field transient if the child does not need it, or pass what it needs instead"
                    + " (a name, a path, a number).";
        }
        return "Send only serializable values: strings, numbers, records that implement Serializable, mp objects.";
    }

    private String lastLambda() {
        String step = path.isEmpty() ? "" : path.get(path.size() - 1);
        int at = step.indexOf("captured by ");
        return at < 0 ? "\u0000" : step.substring(at + "captured by ".length());
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(SerializedLambda lambda) {
        String owner = lambda.getImplClass().replace('/', '.');
        String method = lambda.getImplMethodName();
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            return "the lambda in " + owner + "." + (parts.length > 1 ? parts[1] : method);
        }
        return "the method reference " + owner + "::" + method;
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    private static String typeName(Object value) {
        Class<?> type = value.getClass();
        if (type.isSynthetic() && type.getName().contains("$$Lambda")) {
            return "lambda whose type is not Serializable (give it a Serializable functional interface such as proclab.mp.Target)";
        }
        return type.getName();
    }
}
