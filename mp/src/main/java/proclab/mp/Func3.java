package proclab.mp;

import java.io.Serializable;

/**
 * A function of three arguments for {@link Pool#starmap}.
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <C> the type of the third argument
 * @param <R> the type of the result
 */
@FunctionalInterface
public interface Func3<A, B, C, R> extends Serializable {
    R apply(A a, B b, C c) throws Exception;
}
