package proclab.grader.runner;

/**
 * Says in one sentence where a thread is, from its stack: the method it waits in and the course
 * code that called it. It turns a bare "timed out" into "waiting in proclab.mp.Queue.get, called
 * from proclab.queue.Consumer.run(Consumer.java:31)".
 */
public final class WhereStuck {
    private WhereStuck() {
    }

    /** The sentence for a stack, deepest frame first as {@link Thread#getStackTrace()} gives it. */
    public static String describe(StackTraceElement[] stack) {
        if (stack == null || stack.length == 0) {
            return "no stack was available";
        }
        StackTraceElement top = stack[0];
        StackTraceElement lesson = firstMatching(stack, WhereStuck::isLessonCode);
        StackTraceElement mp = firstMatching(stack, f -> f.getClassName().startsWith("proclab.mp."));
        if (lesson != null && lesson == top) {
            return "busy in " + frame(lesson);
        }
        StringBuilder text = new StringBuilder("waiting in ").append(shortName(top));
        if (mp != null && mp != top && (lesson == null || indexOf(stack, mp) < indexOf(stack, lesson))) {
            text.append(", inside ").append(frame(mp));
        }
        if (lesson != null) {
            text.append(", called from ").append(frame(lesson));
        }
        return text.toString();
    }

    /** Code of a lesson: its tests, its skeleton or solution, its given code; not the libraries. */
    static boolean isLessonCode(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("proclab.") && !name.startsWith("proclab.mp.") && !name.startsWith("proclab.testkit.")
                && !name.startsWith("proclab.grader.");
    }

    /** {@code pkg.Type.method(File.java:12)}, without the class loader's name that toString() adds. */
    static String frame(StackTraceElement frame) {
        String where = frame.getFileName() == null ? "unknown source"
                : frame.getLineNumber() > 0 ? frame.getFileName() + ":" + frame.getLineNumber() : frame.getFileName();
        return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
    }

    private static String shortName(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    private static StackTraceElement firstMatching(StackTraceElement[] stack,
            java.util.function.Predicate<StackTraceElement> test) {
        for (StackTraceElement frame : stack) {
            if (test.test(frame)) {
                return frame;
            }
        }
        return null;
    }

    private static int indexOf(StackTraceElement[] stack, StackTraceElement frame) {
        for (int i = 0; i < stack.length; i++) {
            if (stack[i] == frame) {
                return i;
            }
        }
        return -1;
    }
}
