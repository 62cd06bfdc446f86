package proclab.mp;

import proclab.mp.internal.PackedReader;
import proclab.mp.internal.PackedWriter;
import proclab.mp.internal.Serialization;

/**
 * Runs a task record in a worker and writes its result record: the results of every call, or the
 * exception of the first call that failed (a chunk fails as a whole, as in Python).
 */
final class TaskRunner {
    private static final String RESULT = "the result of a task";
    private final FunctionTable functions = new FunctionTable();

    /**
     * The result record of {@code task}. An {@link OutOfMemoryError} is not caught: the worker
     * cannot be trusted after one.
     */
    byte[] run(byte[] task) {
        PackedReader in = new PackedReader(task, 0);
        long recordNo = in.readLong();
        in.readByte(); // the kind: a task, or the worker would not be here
        try {
            long functionId = in.readLong();
            int functionLength = in.readInt();
            Object function = functions.get(functionId, task, in.position(), functionLength);
            in.skip(functionLength);
            int arity = in.readByte();
            int count = in.readInt();
            PackedWriter out = new PackedWriter(16 + count * 8);
            out.writeLong(recordNo);
            out.writeByte(PoolRecords.DONE);
            out.writeInt(count);
            callAll(function, arity, count, in, out);
            return out.toByteArray();
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return failure(recordNo, PoolRecords.FAILED, e);
        }
    }

    /** Calls the function {@code count} times, reading the arguments from {@code in}, writing the results to {@code out}. */
    @SuppressWarnings("unchecked")
    private static void callAll(Object function, int arity, int count, PackedReader in, PackedWriter out)
            throws Exception {
        // One loop per arity: the hot loop of a worker, kept free of per-call decisions.
        // Arguments are read in order: Java evaluates a call's arguments left to right.
        switch (arity) {
            case 0: {
                for (int i = 0; i < count; i++) {
                    if (function instanceof Target task) {
                        task.run(); // a task that returns nothing: its result is null
                        write(out, null);
                    } else {
                        write(out, ((Func0<Object>) function).call());
                    }
                }
                break;
            }
            case 1: {
                Func1<Object, Object> f = (Func1<Object, Object>) function;
                for (int i = 0; i < count; i++) {
                    write(out, f.apply(in.readValue()));
                }
                break;
            }
            case 2: {
                Func2<Object, Object, Object> f = (Func2<Object, Object, Object>) function;
                for (int i = 0; i < count; i++) {
                    write(out, f.apply(in.readValue(), in.readValue()));
                }
                break;
            }
            case 3: {
                Func3<Object, Object, Object, Object> f = (Func3<Object, Object, Object, Object>) function;
                for (int i = 0; i < count; i++) {
                    write(out, f.apply(in.readValue(), in.readValue(), in.readValue()));
                }
                break;
            }
            default:
                throw new IllegalStateException("a task with " + arity + " arguments per call");
        }
    }

    /** Small enough for C1 to inline, unlike {@link PackedWriter#writeValue}, which adds a call per result. */
    private static void write(PackedWriter out, Object result) {
        if (!out.writeCompact(result)) {
            out.writeSerialized(result, RESULT);
        }
    }

    /**
     * A record carrying {@code error} to the parent. An exception that cannot be serialized (it
     * holds a thread, say) is replaced by one that keeps its class name, message and stack trace.
     */
    static byte[] failure(long recordNo, byte status, Throwable error) {
        byte[] serialized;
        try {
            serialized = Serialization.serialize(error, "the exception of a task");
        } catch (SerializationException e) {
            IllegalStateException standIn = new IllegalStateException(error + " (the task's exception itself could"
                    + " not be sent back: " + e.getMessage() + ")");
            standIn.setStackTrace(error.getStackTrace());
            serialized = Serialization.serialize(standIn, "the exception of a task");
        }
        PackedWriter out = new PackedWriter(serialized.length + 16);
        out.writeLong(recordNo);
        out.writeByte(status);
        out.writeInt(serialized.length);
        out.writeBytes(serialized, 0, serialized.length);
        return out.toByteArray();
    }
}
