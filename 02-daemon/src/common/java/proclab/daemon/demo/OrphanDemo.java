package proclab.daemon.demo;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;

/**
 * An orphan, with the JDK alone. This program starts a parent JVM; the parent starts a child JVM
 * and ends one second later. The child has no lifeline: it goes on, and sees that another process
 * has adopted it. This program stays until both have ended, so that their output is seen.
 */
public final class OrphanDemo {
    private OrphanDemo() {
    }

    public static void main(String[] args) throws Exception {
        String role = args.length > 0 ? args[0] : "";
        switch (role) {
            case "parent" -> runParent();
            case "child" -> runChild();
            default -> watch();
        }
    }

    /** Starts the parent, and waits for it and for its child, which outlives it. */
    private static void watch() throws Exception {
        java.lang.Process parent = start("parent");
        ProcessHandle child = null;
        while (child == null && parent.isAlive()) {
            child = parent.children().findFirst().orElse(null);
            Thread.sleep(10);
        }
        parent.waitFor();
        if (child != null) {
            child.onExit().get();
        }
    }

    private static void runParent() throws Exception {
        java.lang.Process child = start("child");
        System.out.println("parent " + ProcessHandle.current().pid() + ": I started child " + child.pid());
        Thread.sleep(1000);
        System.out.println("parent " + ProcessHandle.current().pid() + ": my main ends here");
    }

    /** Every half second, for three seconds, the child says who its parent is now. */
    private static void runChild() throws InterruptedException {
        ProcessHandle me = ProcessHandle.current();
        for (int i = 0; i < 6; i++) {
            String parent = me.parent().map(p -> Long.toString(p.pid())).orElse("nobody");
            System.out.println("child " + me.pid() + ": my parent is " + parent);
            Thread.sleep(500);
        }
        System.out.println("child " + me.pid() + ": done");
    }

    /** This class again, in a new JVM, in the given role, printing where its starter prints. */
    private static java.lang.Process start(String role) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OrphanDemo.class.getName(), role)
                .redirectOutput(Redirect.INHERIT)
                .redirectError(Redirect.INHERIT)
                .start();
    }
}
