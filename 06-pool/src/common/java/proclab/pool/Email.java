package proclab.pool;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An email of the newsletter, numbered from 1. */
public record Email(int number, String to) implements Serializable {

    /** Emails 1 to {@code count}, one for each reader. */
    public static List<Email> batch(int count) {
        List<Email> emails = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            emails.add(new Email(n, "reader-" + n + "@example.org"));
        }
        return emails;
    }
}
