package proclab.mp.programs;

import proclab.mp.Process;
import proclab.mp.ProcessStartException;

/**
 * Starts one child, prints its exit code or the error that stopped it, then the pids of the
 * launcher's idle spare JVMs (line {@code spares ...}), and waits for a line on stdin before ending.
 */
public final class StartOneChild {
    public static void main(String[] args) throws Exception {
        Process child = new Process(() -> System.out.println("child running"));
        try {
            child.start();
            child.join();
            System.out.println("exitcode " + child.exitCode());
        } catch (ProcessStartException e) {
            System.out.println("error " + e.getMessage());
            return;
        }
        for (int i = 0; i < 200 && System.getProperty("proclab.internal.sparePids", "").isEmpty()
                && !"0".equals(System.getProperty("proclab.mp.spares")); i++) {
            Thread.sleep(50); // the spare is launched in the background after the first start
        }
        System.out.println("spares " + System.getProperty("proclab.internal.sparePids", ""));
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
    }
}
