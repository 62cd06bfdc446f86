package proclab.process;

import java.nio.file.Path;
import java.util.List;

import proclab.mp.Process;

/**
 * A clerk of the copy shop: a process of its own that copies some files of one folder into
 * another folder with the {@link CopyMachine}.
 */
public class CopyClerk extends Process {
    private static final long serialVersionUID = 1L;

    // TODO 2: add the fields the clerk needs in its child process. The clerk travels there
    //  serialized: every field must be Serializable (a Path is not).

    /** A clerk called {@code name} that will copy {@code files} (file names) from {@code from} to {@code to}. */
    public CopyClerk(String name, Path from, Path to, List<String> files) {
        // TODO 2: give the process its name and keep what run() needs in the fields.
        throw new UnsupportedOperationException("TODO 2: build the clerk");
    }

    /** Runs in the child: copies each file with the {@link CopyMachine}. */
    @Override
    public void run() throws Exception {
        // TODO 2: copy each file from the folder 'from' to the folder 'to' with CopyMachine.copy.
        throw new UnsupportedOperationException("TODO 2: copy the clerk's files");
    }
}
