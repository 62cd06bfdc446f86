package proclab.mp.internal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A queue of byte records in shared memory, the transport under mp's queues and pipes. Writers
 * take turns with one lock, readers with another; a record becomes visible when the writer
 * moves the tail past it, and its space is free again when the reader moves the head past it.
 * Either may die at any moment: its lock is taken over and a half-written record is never seen.
 *
 * <p>Records are {@code [length:int][kind:int][payload]}, padded to 8 bytes. A record that does
 * not fit before the end of the buffer leaves a wrap mark and starts again at the beginning. An
 * item larger than a quarter of the buffer travels in a file of its own instead.
 *
 * <p>The head and the tail are each one word holding a byte position (low 40 bits) and a count
 * of records (high 24 bits), both counting on forever modulo their size. Moving a position and
 * counting the record is then one store, so a process that dies between two steps cannot leave
 * the item count wrong.
 */
public final class Ring implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int WRITE_LOCK = 0;
    private static final int READ_LOCK = 64;
    private static final int TAIL = 128;
    private static final int UNFINISHED = 144;
    private static final int HEAD = 192;
    private static final int WRITERS = 256;
    private static final int READERS = WRITERS + Holders.SIZE;
    private static final int HEADER = 2048;

    private static final int INLINE = 0;
    private static final int IN_FILE = 1;
    private static final int WRAP = 2;
    private static final AtomicLong NAMES = new AtomicLong();
    private static final int POSITION_BITS = 40;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    private static final long RECORDS_MASK = (1L << (64 - POSITION_BITS)) - 1;

    private final Segment memory;
    private final int capacity;

    private Ring(Segment memory, int capacity) {
        this.memory = memory;
        this.capacity = capacity;
    }

    /** The end of the stream: the ring is empty and no living process can write to it any more. */
    public static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super(null, null, false, false);
        }
    }

    /** A new ring of {@code capacity} bytes (a power of two) in the tree's directory. */
    public static Ring create(String kind, int capacity) {
        if (Integer.bitCount(capacity) != 1 || capacity < 4096) {
            throw new IllegalArgumentException("a ring's capacity must be a power of two of at least 4096, not " + capacity);
        }
        return new Ring(Segment.createFile(uniqueName(kind), HEADER + capacity), capacity);
    }

    private static String uniqueName(String kind) {
        return kind + "-" + Long.toHexString(ProcessToken.current()) + "-" + NAMES.incrementAndGet();
    }

    /**
     * Appends a record; waits for room (and, with {@code maxItems > 0}, for fewer items than
     * that) at most {@code timeoutNanos} (negative: forever). False when the time ran out.
     *
     * @param beforePublish run, if not null, just before the record becomes visible: a timeline
     *                      event stamped there comes before the reader's
     * @throws Closed when {@code readersGone} says nobody will ever read it
     */
    public boolean write(byte[] item, long timeoutNanos, long maxItems, BooleanSupplier readersGone,
            Runnable beforePublish) {
        if (item.length + 8 <= capacity / 4) {
            return write(item, INLINE, timeoutNanos, maxItems, readersGone, beforePublish);
        }
        byte[] fileName = spillToFile(item);
        boolean written = false;
        try {
            written = write(fileName, IN_FILE, timeoutNanos, maxItems, readersGone, beforePublish);
            return written;
        } finally {
            if (!written) {
                deleteSpilled(fileName); // no reader will ever take it
            }
        }
    }

    private boolean write(byte[] payload, int kind, long timeoutNanos, long maxItems, BooleanSupplier readersGone,
            Runnable beforePublish) {
        long deadline = deadline(timeoutNanos);
        int need = align(8 + payload.length);
        SharedMutex lock = new SharedMutex(memory, WRITE_LOCK);
        if (lock.acquire(remaining(deadline)) == SharedMutex.Outcome.TIMED_OUT) {
            return false;
        }
        try {
            Backoff backoff = Backoff.within(remaining(deadline));
            while (true) {
                long tail = memory.getLong(TAIL);
                int index = (int) (tail & (capacity - 1));
                int untilEnd = capacity - index;
                long total = untilEnd < need ? untilEnd + need : need;
                long free = capacity - ((tail - memory.getLong(HEAD)) & POSITION_MASK);
                boolean roomForItem = maxItems <= 0 || count() < maxItems;
                if (free >= total && roomForItem) {
                    if (untilEnd < need) {
                        memory.setInt(HEADER + index + 4, WRAP);
                        index = 0;
                    }
                    memory.putBytes(HEADER + index + 8, payload, 0, payload.length);
                    memory.setInt(HEADER + index, payload.length);
                    memory.setInt(HEADER + index + 4, kind);
                    if (beforePublish != null) {
                        beforePublish.run();
                    }
                    memory.setLong(TAIL, advance(tail, total, 1)); // publishes the record
                    return true;
                }
                if (backoff.timeToCheck() && readersGone.getAsBoolean()) {
                    throw new Closed();
                }
                if (!backoff.pause()) {
                    return false;
                }
            }
        } finally {
            lock.release();
        }
    }

    /**
     * Takes the oldest record, waiting at most {@code timeoutNanos} (negative: forever). Null when
     * the time ran out.
     *
     * @param beforeFree run, if not null, with the record just before its space is freed: a
     *                   timeline event stamped there comes before the next writer's
     * @throws Closed when the ring is empty and {@code writersGone} says nothing more will come
     */
    public byte[] read(long timeoutNanos, BooleanSupplier writersGone, Consumer<byte[]> beforeFree) {
        long deadline = deadline(timeoutNanos);
        SharedMutex lock = new SharedMutex(memory, READ_LOCK);
        if (lock.acquire(remaining(deadline)) == SharedMutex.Outcome.TIMED_OUT) {
            return null;
        }
        try {
            Backoff backoff = Backoff.within(remaining(deadline));
            while (true) {
                long head = memory.getLong(HEAD);
                if (head != memory.getLong(TAIL)) {
                    int index = (int) (head & (capacity - 1));
                    int skipped = 0;
                    if (memory.getInt(HEADER + index + 4) == WRAP) {
                        skipped = capacity - index;
                        index = 0;
                    }
                    int length = memory.getInt(HEADER + index);
                    int kind = memory.getInt(HEADER + index + 4);
                    byte[] payload = new byte[length];
                    memory.getBytes(HEADER + index + 8, payload, 0, length);
                    byte[] item = kind == IN_FILE ? takeFromFile(payload) : payload;
                    if (beforeFree != null) {
                        beforeFree.accept(item);
                    }
                    memory.setLong(HEAD, advance(head, skipped + align(8 + length), 1)); // frees the space
                    return item;
                }
                // Asking whether the writers live costs microseconds: only after a while of waiting.
                if (backoff.timeToCheck() && writersGone.getAsBoolean()
                        && memory.getLong(HEAD) == memory.getLong(TAIL)) {
                    throw new Closed();
                }
                if (!backoff.pause()) {
                    return null;
                }
            }
        } finally {
            lock.release();
        }
    }

    /**
     * Waits until a record can be read or the stream has ended, at most {@code timeoutNanos}
     * (negative: forever); true if a read would not wait.
     */
    public boolean awaitReadable(long timeoutNanos, BooleanSupplier writersGone) {
        Backoff backoff = Backoff.within(timeoutNanos);
        while (count() == 0) {
            if (backoff.timeToCheck() && writersGone.getAsBoolean()) {
                return true;
            }
            if (!backoff.pause()) {
                return count() > 0;
            }
        }
        return true;
    }

    /** Items written and not yet read; a moment later it may differ. */
    public long count() {
        return (records(memory.getLong(TAIL)) - records(memory.getLong(HEAD))) & RECORDS_MASK;
    }

    private static long records(long word) {
        return word >>> POSITION_BITS;
    }

    /** The head or tail word moved {@code bytes} on, having passed {@code count} more records. */
    private static long advance(long word, long bytes, long count) {
        long position = (word + bytes) & POSITION_MASK;
        return position | (((records(word) + count) & RECORDS_MASK) << POSITION_BITS);
    }

    /** Counts items put and not yet marked done, for joinable queues. */
    public long addUnfinished(long delta) {
        return memory.getAndAddLong(UNFINISHED, delta) + delta;
    }

    public long unfinished() {
        return memory.getLong(UNFINISHED);
    }

    /** Lowers the count of unfinished items unless it is already 0; false then. */
    public boolean finishOne() {
        while (true) {
            long unfinished = memory.getLong(UNFINISHED);
            if (unfinished <= 0) {
                return false;
            }
            if (memory.compareAndSetLong(UNFINISHED, unfinished, unfinished - 1)) {
                return true;
            }
        }
    }

    /** The processes that hold the end writing to this ring (pipes only). */
    public Holders writers() {
        return new Holders(memory, WRITERS);
    }

    /** The processes that hold the end reading from this ring (pipes only). */
    public Holders readers() {
        return new Holders(memory, READERS);
    }

    private byte[] spillToFile(byte[] item) {
        String name = uniqueName("item");
        try {
            Files.write(TreeDirectory.get().resolve(name), item);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a large item in " + name, e);
        }
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteSpilled(byte[] nameBytes) {
        try {
            Files.deleteIfExists(TreeDirectory.get().resolve(new String(nameBytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // the tree's directory goes at exit, with whatever is left in it
        }
    }

    private static byte[] takeFromFile(byte[] nameBytes) {
        Path file = TreeDirectory.get().resolve(new String(nameBytes, StandardCharsets.UTF_8));
        try {
            byte[] item = Files.readAllBytes(file);
            Files.delete(file);
            return item;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a large item from " + file, e);
        }
    }

    private static int align(int bytes) {
        return (bytes + 7) & ~7;
    }

    private static long deadline(long timeoutNanos) {
        return timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
    }

    private static long remaining(long deadline) {
        return deadline == Long.MAX_VALUE ? -1 : Math.max(0, deadline - System.nanoTime());
    }
}
