package proclab.mp;

import java.io.Serializable;

/**
 * The code a {@link Process} runs in its child JVM: Python's {@code target=}.
 *
 * <p>A lambda passes its arguments by capture: {@code new Process(() -> task("egon", 3))}.
 * The lambda and everything it captures travel to the child serialized, so they must be
 * {@link Serializable}; {@link Process#start()} says which captured value is not.
 */
@FunctionalInterface
public interface Target extends Serializable {
    void run() throws Exception;
}
