package proclab.grader.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a class split across machines: {@code i/n} takes every n-th submission in student
 * order, starting at the i-th. Every submission is in exactly one of the n shards.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("A shard is i/n with 1 <= i <= n, such as 2/4; not " + index + "/" + count);
        }
    }

    /** Reads {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text + "' is not a shard: write i/n, such as 2/4 for the second of four");
    }

    /** This shard's part of {@code items}, which must be in a fixed order. */
    public <T> List<T> of(List<T> items) {
        List<T> mine = new ArrayList<>();
        for (int i = index - 1; i < items.size(); i += count) {
            mine.add(items.get(i));
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
