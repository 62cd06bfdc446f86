package proclab.daemon;

/**
 * The parent program of task 5. It starts {@link LifelineChild} with {@link Lifeline#startChild},
 * then does its own work: for the number of seconds given as its first argument, or forever.
 */
public final class LifelineParent {
    private LifelineParent() {
    }

    public static void main(String[] args) throws Exception {
        java.lang.Process child = Lifeline.startChild(LifelineChild.class);
        System.out.println("child " + child.pid());
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : Long.MAX_VALUE;
        long end = System.nanoTime() + Math.min(seconds, 1_000_000) * 1_000_000_000L;
        while (System.nanoTime() < end) {
            System.out.println("parent working");
            Thread.sleep(500);
        }
        System.out.println("parent done");
    }
}
