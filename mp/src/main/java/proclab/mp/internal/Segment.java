package proclab.mp.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A block of memory shared by the processes of a tree: a region of a file in the tree's
 * directory, mapped into every process that uses it. Words are read and written with volatile
 * and compare-and-set access, which work across processes as they do across threads.
 *
 * <p>A segment travels to other processes as its file name and offset; each process maps a file
 * once and shares that mapping among all segments in it.
 */
public final class Segment implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final Map<String, ByteBuffer> MAPPINGS = new ConcurrentHashMap<>();

    private final String file;
    private final int offset;
    private final int size;
    private transient ByteBuffer memory;

    Segment(String file, int offset, int size) {
        this.file = file;
        this.offset = offset;
        this.size = size;
        this.memory = mapping(file);
    }

    /** A new file of {@code size} bytes in the tree's directory, all of it one segment. */
    public static Segment createFile(String name, int size) {
        Path path = TreeDirectory.get().resolve(name);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
            MAPPINGS.put(name, mapped);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create shared memory " + path + ": " + e.getMessage(), e);
        }
        return new Segment(name, 0, size);
    }

    public Segment slice(int at, int length) {
        if (at < 0 || length < 0 || at + length > size) {
            throw new IndexOutOfBoundsException("slice " + at + "+" + length + " of a segment of " + size);
        }
        return new Segment(file, offset + at, length);
    }

    private static ByteBuffer mapping(String file) {
        return MAPPINGS.computeIfAbsent(file, name -> {
            Path path = TreeDirectory.get().resolve(name);
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                return channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not open shared memory " + path + " (" + e.getMessage()
                        + "): the process that made it may have ended, taking its tree's directory along", e);
            }
        });
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        memory = mapping(file);
    }

    public int size() {
        return size;
    }

    public long getLong(int at) {
        return (long) LONGS.getVolatile(memory, offset + at);
    }

    public void setLong(int at, long value) {
        LONGS.setVolatile(memory, offset + at, value);
    }

    public boolean compareAndSetLong(int at, long expected, long value) {
        return LONGS.compareAndSet(memory, offset + at, expected, value);
    }

    public long getAndAddLong(int at, long delta) {
        return (long) LONGS.getAndAdd(memory, offset + at, delta);
    }

    public int getInt(int at) {
        return (int) INTS.getVolatile(memory, offset + at);
    }

    public void setInt(int at, int value) {
        INTS.setVolatile(memory, offset + at, value);
    }

    /** Plain bulk copies: publish them with a volatile write of a word afterwards. */
    public void putBytes(int at, byte[] source, int from, int length) {
        memory.put(offset + at, source, from, length);
    }

    public void getBytes(int at, byte[] target, int from, int length) {
        memory.get(offset + at, target, from, length);
    }

    /** Raw access for typed values (Value, Array): absolute reads and writes on the shared buffer. */
    public ByteBuffer buffer() {
        return memory;
    }

    public int offset() {
        return offset;
    }

    @Override
    public String toString() {
        return file + "@" + offset + "+" + size;
    }
}
