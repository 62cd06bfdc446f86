package proclab.mp.programs;

import java.util.Map;

import proclab.mp.DictProxy;
import proclab.mp.Manager;
import proclab.mp.Process;

/**
 * Starts a manager and never closes it, prints the pid of the manager's process, then ends its
 * main code, or with the argument {@code wait} waits to be killed.
 */
public final class ManagerParent {
    public static void main(String[] args) throws Exception {
        Manager manager = new Manager();
        DictProxy<String, Integer> d = manager.dict(Map.of("served", 1));
        if (d.get("served") != 1) {
            throw new IllegalStateException("the manager does not serve");
        }
        Process server = Process.activeChildren().stream().filter(p -> p.name().startsWith("SyncManager"))
                .findFirst().orElseThrow();
        System.out.println("server " + server.pid());
        if (args.length > 0 && args[0].equals("wait")) {
            Thread.sleep(600_000);
        }
        System.out.println("main ends");
    }
}
