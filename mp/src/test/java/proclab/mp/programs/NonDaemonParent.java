package proclab.mp.programs;

import java.nio.file.Files;
import java.nio.file.Path;

import proclab.mp.Process;

/**
 * Starts a non-daemon child that waits until the file named by the first argument exists, then
 * writes to that file whether its parent is still alive. With a second argument {@code wait} the
 * parent waits to be killed instead of ending its main code.
 */
public final class NonDaemonParent {
    public static void main(String[] args) throws Exception {
        String release = args[0];
        Process child = new Process(() -> {
            Path go = Path.of(release);
            while (!Files.exists(go)) {
                Thread.sleep(20);
            }
            Files.writeString(Path.of(release + ".report"),
                    "parent alive=" + Process.parentProcess().isAlive() + "\n");
        });
        child.start();
        System.out.println("child " + child.pid());
        if (args.length > 1 && args[1].equals("wait")) {
            Thread.sleep(600_000);
        }
        System.out.println("main ends");
    }
}
