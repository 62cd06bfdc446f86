package proclab.daemon;

import java.io.Serializable;

/** A supplier's price in task 4, in cents. */
public record Price(String supplier, int cents) implements Serializable {
}
