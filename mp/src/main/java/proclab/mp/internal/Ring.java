package proclab.mp.internal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import proclab.mp.Delays;

/**
 * A queue of byte records in shared memory, the transport under mp's queues and pipes. Writers
 * take turns with one lock, readers with another, each held only while a record is copied (a
 * process waits for room or for data without it); a record becomes visible when the writer
 * moves the tail past it, and its space is free again when the reader moves the head past it.
 * Either may die at any moment: its lock is taken over, a half-written record is never seen and
 * a half-read one is read again by the next reader.
 *
 * <p>Two {@link Delays} points sit inside the locks, to hold a writer or reader there on purpose:
 * {@code ring.write} (the record is copied in, not yet visible) and {@code ring.read} (the record
 * is copied out, its space not yet free).
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
     * that) at most {@code timeoutNanos} (negative: forever; zero: not at all). Empty when the
     * time ran out; otherwise the {@link System#nanoTime()} taken just before the record became
     * visible, which is earlier than any reader's.
     *
     * @throws Closed when {@code readersGone} says nobody will ever read it
     */
    public OptionalLong write(byte[] item, long timeoutNanos, long maxItems, BooleanSupplier readersGone) {
        if (item.length + 8 <= capacity / 4) {
            return write(item, INLINE, timeoutNanos, maxItems, readersGone);
        }
        Path spilled = spillToFile(item);
        OptionalLong written = OptionalLong.empty();
        try {
            written = write(spilled.getFileName().toString().getBytes(StandardCharsets.UTF_8), IN_FILE,
                    timeoutNanos, maxItems, readersGone);
            return written;
        } finally {
            if (written.isEmpty()) {
                deleteQuietly(spilled); // no reader will ever take it
            }
        }
    }

    private OptionalLong write(byte[] payload, int kind, long timeoutNanos, long maxItems, BooleanSupplier readersGone) {
        int need = align(8 + payload.length);
        Backoff backoff = Backoff.within(timeoutNanos);
        while (true) {
            if (hasRoom(need, maxItems)) {
                OptionalLong written = writeLocked(payload, kind, need, maxItems);
                if (written.isPresent()) {
                    return written;
                }
            }
            if (backoff.timeToCheck() && readersGone.getAsBoolean()) {
                throw new Closed();
            }
            if (!backoff.pause()) {
                return OptionalLong.empty();
            }
        }
    }

    /**
     * Writers wait for room without the lock and take it only to copy a record, so it is never
     * held for long: waiting for it, even in a call that must not wait for room, is waiting for a
     * copy to finish (or for a dead writer's lock to be taken over).
     */
    private OptionalLong writeLocked(byte[] payload, int kind, int need, long maxItems) {
        SharedMutex lock = new SharedMutex(memory, WRITE_LOCK);
        lock.acquire(-1);
        try {
            if (!hasRoom(need, maxItems)) {
                return OptionalLong.empty(); // another writer took the room first
            }
            long tail = memory.getLong(TAIL);
            int index = (int) (tail & (capacity - 1));
            int untilEnd = capacity - index;
            if (untilEnd < need) {
                memory.setInt(HEADER + index + 4, WRAP);
                index = 0;
            }
            memory.putBytes(HEADER + index + 8, payload, 0, payload.length);
            memory.setInt(HEADER + index, payload.length);
            memory.setInt(HEADER + index + 4, kind);
            Delays.at("ring.write");
            long stamp = System.nanoTime();
            memory.setLong(TAIL, advance(tail, untilEnd < need ? untilEnd + need : need, 1)); // publishes it
            return OptionalLong.of(stamp);
        } finally {
            lock.release();
        }
    }

    /** Room for a record of {@code need} bytes (plus a wrap at the end, if it needs one) and for one more item. */
    private boolean hasRoom(int need, long maxItems) {
        long tail = memory.getLong(TAIL);
        int untilEnd = capacity - (int) (tail & (capacity - 1));
        long total = untilEnd < need ? untilEnd + need : need;
        long free = capacity - ((tail - memory.getLong(HEAD)) & POSITION_MASK);
        return free >= total && (maxItems <= 0 || count() < maxItems);
    }

    /** A record taken from the ring, and the {@link System#nanoTime()} taken just before its space was freed. */
    public record Taken(byte[] bytes, long nanos) {
    }

    /**
     * Takes the oldest record, waiting at most {@code timeoutNanos} (negative: forever; zero: not
     * at all). Null when the time ran out. The time in the result is later than the writer's and
     * earlier than that of any writer who needed the space it frees.
     *
     * @throws Closed when the ring is empty and {@code writersGone} says nothing more will come
     */
    public Taken read(long timeoutNanos, BooleanSupplier writersGone) {
        return read(timeoutNanos, writersGone, null);
    }

    /**
     * As {@link #read(long, BooleanSupplier)}; {@code beforeFree}, if not null, sees the record
     * while its space is still taken, so that a reader can note what it holds before anyone can
     * tell the record is gone (a pool worker notes its task there).
     */
    public Taken read(long timeoutNanos, BooleanSupplier writersGone, Consumer<byte[]> beforeFree) {
        Backoff backoff = Backoff.within(timeoutNanos);
        while (true) {
            if (count() > 0) {
                Taken taken = readLocked(beforeFree);
                if (taken != null) {
                    return taken;
                }
            }
            // Asking whether the writers live costs microseconds: only after a while of waiting.
            if (backoff.timeToCheck() && writersGone.getAsBoolean() && count() == 0) {
                throw new Closed();
            }
            if (!backoff.pause()) {
                return null;
            }
        }
    }

    /** As {@link #writeLocked}: readers hold the lock only to copy a record out. */
    private Taken readLocked(Consumer<byte[]> beforeFree) {
        SharedMutex lock = new SharedMutex(memory, READ_LOCK);
        lock.acquire(-1);
        Path spilled = null;
        try {
            long head = memory.getLong(HEAD);
            if (head == memory.getLong(TAIL)) {
                return null; // another reader took it first
            }
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
            byte[] item = payload;
            if (kind == IN_FILE) {
                spilled = TreeDirectory.get().resolve(new String(payload, StandardCharsets.UTF_8));
                item = readFile(spilled);
            }
            if (beforeFree != null) {
                beforeFree.accept(item);
            }
            Delays.at("ring.read");
            long stamp = System.nanoTime();
            memory.setLong(HEAD, advance(head, skipped + align(8 + length), 1)); // frees the space
            return new Taken(item, stamp);
        } finally {
            lock.release();
            // Only now: a reader that dies before freeing the record leaves the file to the next one.
            if (spilled != null) {
                deleteQuietly(spilled);
            }
        }
    }

    /**
     * Waits until a record can be read or the stream has ended, at most {@code timeoutNanos}
     * (negative: forever; zero: not at all); true if a read would not wait.
     */
    public boolean awaitReadable(long timeoutNanos, BooleanSupplier writersGone) {
        Backoff backoff = Backoff.within(timeoutNanos);
        while (count() == 0) {
            boolean waitMore = backoff.pause();
            if ((!waitMore || backoff.timeToCheck()) && writersGone.getAsBoolean()) {
                return true; // end of stream: a read fails at once
            }
            if (!waitMore) {
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

    private static Path spillToFile(byte[] item) {
        Path file = TreeDirectory.get().resolve(uniqueName("item"));
        try {
            return Files.write(file, item);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a large item in " + file, e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a large item from " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the tree's directory goes at the end anyway
        }
    }

    private static int align(int bytes) {
        return (bytes + 7) & ~7;
    }
}
