package proclab.mp.internal;

/**
 * Hands out small segments for locks, events and values. Each process carves them from files of
 * its own, so no two processes ever allocate from the same file and no coordination is needed.
 */
public final class Arena {
    private static final int FILE_SIZE = 1 << 20;
    /** Blocks start on cache-line boundaries, so that two locks never share a line. */
    private static final int ALIGNMENT = 64;
    private static final Arena INSTANCE = new Arena();

    private Segment file;
    private int used;
    private int files;

    private Arena() {
    }

    /** A zeroed block of at least {@code size} bytes. */
    public static Segment allocate(int size) {
        return INSTANCE.take(size);
    }

    private synchronized Segment take(int size) {
        int rounded = (size + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        if (rounded > FILE_SIZE) {
            return Segment.createFile(nextName(), rounded);
        }
        if (file == null || used + rounded > FILE_SIZE) {
            file = Segment.createFile(nextName(), FILE_SIZE);
            used = 0;
        }
        Segment block = file.slice(used, rounded);
        used += rounded;
        return block;
    }

    private String nextName() {
        return "arena-" + Long.toHexString(ProcessToken.current()) + "-" + (files++);
    }
}
