package proclab.mp.programs;

import proclab.mp.Process;

/**
 * Starts a daemon child that would sleep for ten minutes, prints its pid, then ends its main
 * code, or with the argument {@code wait} waits to be killed.
 */
public final class DaemonParent {
    public static void main(String[] args) throws Exception {
        Process child = new Process(() -> Thread.sleep(600_000));
        child.setDaemon(true);
        child.start();
        System.out.println("child " + child.pid());
        if (args.length > 0 && args[0].equals("wait")) {
            Thread.sleep(600_000);
        }
        System.out.println("main ends");
    }
}
