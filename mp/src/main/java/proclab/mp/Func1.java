package proclab.mp;

import java.io.Serializable;

/**
 * A function of one argument that a {@link Pool} runs in a worker process:
 * {@code pool.map(x -> x * x, List.of(1, 2, 3))}. It travels to the worker serialized, with what
 * it captures; a method reference to a static method ({@code Tasks::square}) captures nothing.
 *
 * @param <T> the type of the argument
 * @param <R> the type of the result
 */
@FunctionalInterface
public interface Func1<T, R> extends Serializable {
    R apply(T arg) throws Exception;
}
