package proclab.daemon.demo;

import proclab.mp.Process;

/**
 * A daemon and an ordinary child side by side. When main's code ends, the daemon is stopped at
 * once; the program then waits for the ordinary child, and ends when it has finished.
 */
public final class DaemonDemo {
    private DaemonDemo() {
    }

    public static void main(String[] args) throws Exception {
        Process clock = new Process("clock", () -> {
            for (int tick = 1; ; tick++) {
                System.out.println("clock (daemon): tick " + tick);
                Thread.sleep(250);
            }
        });
        clock.setDaemon(true);

        Process writer = new Process("writer", () -> {
            for (int line = 1; line <= 6; line++) {
                Thread.sleep(250);
                System.out.println("writer: line " + line + " of 6");
            }
            System.out.println("writer: done");
        });

        clock.start();
        writer.start();
        Thread.sleep(700);
        System.out.println("main: my code ends here");
    }
}
