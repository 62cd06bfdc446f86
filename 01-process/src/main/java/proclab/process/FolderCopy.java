package proclab.process;

import java.io.IOException;
import java.nio.file.Path;

import proclab.mp.Process;

/** Copies a folder of files with several clerks, each with its own share of the files. */
public final class FolderCopy {
    private FolderCopy() {
    }

    /**
     * Copies every file of the folder {@code from} into the folder {@code to} (made if missing)
     * with {@code workers} processes, and returns when all the copies are done.
     */
    public static void copy(Path from, Path to, int workers) throws IOException {
        // TODO 5: list the files of 'from', deal them out into 'workers' shares, and start one
        //  process per share that copies its files (your CopyClerk can). Wait for all of them.
        throw new UnsupportedOperationException("TODO 5: copy the folder with several processes");
    }
}
