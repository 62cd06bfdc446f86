package proclab.mp;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import proclab.mp.internal.ItemCodec;
import proclab.mp.internal.Ring;

/**
 * What {@link Queue} and {@link SimpleQueue} share: items to bytes and back over a {@link Ring},
 * with a timeline event and a delay point for each put and get.
 */
final class ItemChannel implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_BYTES = 4 << 20;
    private static final int PREVIEW = 60;
    /** What {@link #get} returns when its time ran out; null is a legal item. */
    static final Object NOTHING = new Object();

    final Ring ring;
    final String name;

    ItemChannel(String kind) {
        this.ring = Ring.create(kind.toLowerCase(Locale.ROOT), Integer.getInteger("proclab.mp.queueBytes", DEFAULT_BYTES));
        this.name = SharedName.next(kind);
    }

    static long nanos(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a timeout cannot be negative: " + timeout);
        }
        return timeout.toNanos();
    }

    /** The item's bytes: an item that cannot be serialized fails here, in the caller. */
    byte[] encode(Object item) {
        return ItemCodec.encode(item, "an item of " + name);
    }

    /** False when {@code timeoutNanos} ran out before there was room. */
    boolean put(Object item, byte[] encoded, long timeoutNanos, long maxItems) {
        OptionalLong published = ring.write(encoded, timeoutNanos, maxItems, () -> false);
        if (published.isEmpty()) {
            return false;
        }
        if (Timeline.isRecording()) {
            Timeline.recordAt(published.getAsLong(), "queue.put", name + " " + preview(item));
        }
        Delays.at("queue.put");
        return true;
    }

    /** The next item, or {@link #NOTHING} when {@code timeoutNanos} ran out. */
    Object get(long timeoutNanos) {
        Ring.Taken taken = ring.read(timeoutNanos, () -> false);
        if (taken == null) {
            return NOTHING;
        }
        // Decoded once: decoding a pipe end counts its receiver as a holder.
        Object item = ItemCodec.decode(taken.bytes());
        if (Timeline.isRecording()) {
            Timeline.recordAt(taken.nanos(), "queue.get", name + " " + preview(item));
        }
        Delays.at("queue.get");
        return item;
    }

    /** How an item shows in the timeline: its text, cut short; raw bytes by their number. */
    static String preview(Object item) {
        String text = item instanceof byte[] bytes ? bytes.length + " bytes" : String.valueOf(item);
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 3) + "...";
    }
}
