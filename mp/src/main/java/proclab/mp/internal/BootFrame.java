package proclab.mp.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one message a parent writes to a new child's stdin: who the child is and what it runs.
 * The parent keeps that stdin open afterwards; the child reads end of file when the parent dies.
 * Written field by field rather than with Java serialization, which is slow to warm up.
 *
 * @param processName the child's name, for messages before its object is deserialized
 * @param exitNonce   makes the child's exit control line unguessable by its own code
 * @param spec        what the parent tells the child
 * @param process     the serialized process object
 */
public record BootFrame(String processName, String exitNonce, ChildSpec spec, byte[] process) {
    private static final int MAGIC = 0x6d70_6266; // "mpbf"

    void writeTo(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeUTF(processName);
        out.writeUTF(exitNonce);
        out.writeLong(spec.parentPid());
        out.writeUTF(spec.parentName());
        out.writeInt(spec.properties().size());
        for (Map.Entry<String, String> property : spec.properties().entrySet()) {
            out.writeUTF(property.getKey());
            out.writeUTF(property.getValue());
        }
        out.writeUTF(spec.treeDirectory());
        out.writeInt(spec.authkey().length);
        out.write(spec.authkey());
        out.writeInt(process.length);
        out.write(process);
        out.flush();
    }

    /** Reads the frame; end of file here means the parent let this spare JVM go unused. */
    public static BootFrame readFrom(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a proclab boot frame (magic " + Integer.toHexString(magic) + ")");
        }
        String name = in.readUTF();
        String nonce = in.readUTF();
        long parentPid = in.readLong();
        String parentName = in.readUTF();
        int count = in.readInt();
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            properties.put(in.readUTF(), in.readUTF());
        }
        String treeDirectory = in.readUTF();
        byte[] authkey = new byte[in.readInt()];
        in.readFully(authkey);
        byte[] process = new byte[in.readInt()];
        in.readFully(process);
        return new BootFrame(name, nonce, new ChildSpec(parentPid, parentName, properties, treeDirectory, authkey),
                process);
    }
}
