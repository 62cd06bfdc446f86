package proclab.mp;

import java.io.Serializable;

/**
 * A function of two arguments for {@link Pool#starmap}: {@code pool.starmap(Math::pow, List.of(List.of(2.0, 5.0)))}.
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <R> the type of the result
 */
@FunctionalInterface
public interface Func2<A, B, R> extends Serializable {
    R apply(A a, B b) throws Exception;
}
