package proclab.tally.demo;

import java.util.List;

import proclab.mp.Process;
import proclab.mp.Value;
import proclab.tally.Tally;

/** Two processes add 100 each to one total. */
public final class TallyDemo {
    private TallyDemo() {
    }

    public static void main(String[] args) {
        Value<Integer> total = Value.of(0);
        List<Process> adders = List.of(new Process(() -> Tally.addTimes(total, 100)),
                new Process(() -> Tally.addTimes(total, 100)));
        adders.forEach(Process::start);
        adders.forEach(Process::join);
        System.out.println("total: " + total.get() + " (200 expected)");
    }
}
