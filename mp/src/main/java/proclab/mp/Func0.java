package proclab.mp;

import java.io.Serializable;

/**
 * A function of no arguments that a {@link Pool} runs in a worker process: {@code pool.apply(() -> 42)}.
 * Like every pool function it travels to the worker serialized, with what it captures.
 *
 * @param <R> the type of the result
 */
@FunctionalInterface
public interface Func0<R> extends Serializable {
    R call() throws Exception;
}
