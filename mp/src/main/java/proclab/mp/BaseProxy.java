package proclab.mp;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the proxies to a {@link Manager}'s objects share: Python's
 * {@code multiprocessing.managers.BaseProxy}. Two proxies are equal when they stand for the same
 * shared object.
 */
abstract class BaseProxy implements Serializable {
    private static final long serialVersionUID = 1L;

    final Token token;

    BaseProxy(Token token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((BaseProxy) other).token.equals(token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + token.name() + ">";
    }
}
