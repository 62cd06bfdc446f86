package proclab.mp;

import java.nio.ByteBuffer;

import proclab.mp.internal.PackedWriter;

/**
 * The records a pool's parent and workers exchange through shared memory.
 *
 * <p>A task record: {@code recordNo:long kind:byte functionId:long functionLength:int function
 * arity:byte count:int} then {@code count} calls of {@code arity} packed values each. The parent
 * numbers the records it writes 1, 2, 3...; a worker puts the number of the record it took on
 * the pool's board, which is how the parent knows which task a dead worker was running.
 *
 * <p>A result record: {@code recordNo:long status:byte}, then for {@link #DONE} {@code count:int}
 * and the packed results, for {@link #FAILED} and {@link #INIT_FAILED} {@code length:int} and the
 * serialized exception.
 */
final class PoolRecords {
    static final byte TASK = 1;
    static final byte STOP = 2;

    static final byte DONE = 1;
    static final byte FAILED = 2;
    /** A worker's initializer threw: the pool cannot work. Its record number is 0. */
    static final byte INIT_FAILED = 3;

    private static final int KIND_AT = 8;

    private PoolRecords() {
    }

    /** A task: {@code count} calls whose arguments {@code arguments} holds. */
    static byte[] task(long recordNo, FunctionCache.Prepared function, int arity, int count, PackedWriter arguments) {
        byte[] code = function.bytes();
        byte[] record = new byte[8 + 1 + 8 + 4 + code.length + 1 + 4 + arguments.size()];
        ByteBuffer out = ByteBuffer.wrap(record);
        out.putLong(recordNo).put(TASK).putLong(function.id()).putInt(code.length).put(code);
        out.put((byte) arity).putInt(count);
        arguments.copyTo(record, out.position());
        return record;
    }

    /** Tells the worker that takes it to exit. */
    static byte[] stop(long recordNo) {
        return ByteBuffer.allocate(8 + 1).putLong(recordNo).put(STOP).array();
    }

    static long recordNo(byte[] record) {
        return ByteBuffer.wrap(record).getLong(0);
    }

    static boolean isStop(byte[] task) {
        return task[KIND_AT] == STOP;
    }
}
