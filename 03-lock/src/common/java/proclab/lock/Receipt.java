package proclab.lock;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A buyer's receipt: a few lines that belong together on paper. Every line starts with the buyer's
 * name, so that anyone can tell whose line it is.
 *
 * @param buyer the buyer's name, such as {@code buyer-3}
 * @param seat  the seat bought, such as {@code car 3, seat 12A}
 */
public record Receipt(String buyer, String seat) implements Serializable {
    private static final String TRAIN = "G102 Beijing South -> Shanghai Hongqiao";

    /** The receipt of buyer number {@code n}, named {@code buyer-n}. */
    public static Receipt forBuyer(int n) {
        return new Receipt("buyer-" + n, String.format(Locale.ROOT, "car %d, seat %02dA", 1 + n % 8, n));
    }

    /** The lines to print, top to bottom. */
    public List<String> lines() {
        String tag = String.format(Locale.ROOT, "%-9s|", buyer);
        return List.of(
                tag + " ======== TICKET ========",
                tag + " train  " + TRAIN,
                tag + " seat   " + seat,
                tag + " ==== paid, thank you ===");
    }
}
