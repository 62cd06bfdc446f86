package proclab.daemon;

import proclab.mp.Timeline;

/**
 * The main work of task 2: it crunches numbers in steps of 300 ms.
 *
 * <p>Its arguments come from the program's command line: a number sets how many steps there are
 * (6 unless given), and {@code crash} makes step 4 fail with an exception.
 */
public final class Work {
    static final int STEPS = 6;
    static final int CRASH_STEP = 4;

    private Work() {
    }

    public static void run(String... args) throws InterruptedException {
        int steps = STEPS;
        boolean crash = false;
        for (String arg : args) {
            if (arg.equals("crash")) {
                crash = true;
            } else {
                steps = Integer.parseInt(arg);
            }
        }
        for (int step = 1; step <= steps; step++) {
            Timeline.record("work.step", step + "/" + steps);
            System.out.println("work: step " + step + " of " + steps);
            if (crash && step == CRASH_STEP) {
                Timeline.record("work.crash", "step " + step);
                throw new IllegalStateException("the numbers of step " + step + " do not add up");
            }
            Thread.sleep(300);
        }
        Timeline.record("work.end", "");
        System.out.println("work done");
    }
}
