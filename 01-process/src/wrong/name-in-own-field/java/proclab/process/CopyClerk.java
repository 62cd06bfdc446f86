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

    // The clerk travels to its child JVM serialized: Strings and a List.copyOf can, a Path cannot.
    private final String from;
    private final String to;
    private final List<String> files;
    private final String name;

    /** A clerk called {@code name} that will copy {@code files} (file names) from {@code from} to {@code to}. */
    public CopyClerk(String name, Path from, Path to, List<String> files) {
        this.name = name;
        this.from = from.toString();
        this.to = to.toString();
        this.files = List.copyOf(files);
    }

    /** Runs in the child: copies each file with the {@link CopyMachine}. */
    @Override
    public void run() throws Exception {
        for (String file : files) {
            CopyMachine.copy(Path.of(from, file).toString(), Path.of(to, file).toString());
        }
    }
}
