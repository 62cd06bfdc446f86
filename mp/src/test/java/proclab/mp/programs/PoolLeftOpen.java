package proclab.mp.programs;

import java.util.List;

import proclab.mp.Pool;
import proclab.mp.Process;

/**
 * Starts a pool, prints its workers' pids and one result, then ends its main code without closing
 * the pool; or, with the argument {@code wait}, waits to be killed.
 */
public final class PoolLeftOpen {
    public static void main(String[] args) throws Exception {
        Pool pool = new Pool(2);
        List<Integer> squares = pool.map(x -> x * x, List.of(1, 2, 3));
        for (Process worker : Process.activeChildren()) {
            System.out.println("worker " + worker.pid());
        }
        System.out.println("squares " + squares);
        if (args.length > 0 && args[0].equals("wait")) {
            Thread.sleep(600_000);
        }
        System.out.println("main ends");
    }
}
