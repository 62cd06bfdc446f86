package proclab.mp.programs;

import proclab.mp.Process;

/** Prints the exit code of a child that calls {@code System.exit(42)}: the process ends normally. */
public final class ExitCodeParent {
    public static void main(String[] args) {
        Process child = new Process(() -> System.exit(42));
        child.start();
        child.join();
        System.out.println("exitcode " + child.exitCode());
    }
}
