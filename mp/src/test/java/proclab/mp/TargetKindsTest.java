package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shape of target reaches its child and runs there with what it captured. */
class TargetKindsTest {
    @TempDir
    Path dir;

    static void writeStatic(String file, String text) throws Exception {
        Files.writeString(Path.of(file), "static " + text);
    }

    record Note(String file, List<String> words) implements Serializable {
        void write() throws Exception {
            Files.writeString(Path.of(file), "note " + String.join(" ", words));
        }
    }

    static final class Writer implements Serializable {
        private final String file;

        Writer(String file) throws Exception {
            this.file = file;
            Files.writeString(Path.of(file), "constructed in " + ProcessHandle.current().pid());
        }
    }

    private String run(Target target) throws Exception {
        Process child = new Process(target);
        child.start();
        child.join();
        assertThat(child.exitCode()).as("exit code of the child").isZero();
        return Files.readString(dir.resolve("out"));
    }

    @Test
    void aLambdaCapturingPlainValues() throws Exception {
        String file = dir.resolve("out").toString();
        int n = 42;
        assertThat(run(() -> Files.writeString(Path.of(file), "lambda " + n))).isEqualTo("lambda 42");
    }

    @Test
    void aLambdaCapturingARecord() throws Exception {
        Note note = new Note(dir.resolve("out").toString(), List.of("sent", "whole"));
        assertThat(run(() -> note.write())).isEqualTo("note sent whole");
    }

    @Test
    void aBoundMethodReference() throws Exception {
        Note note = new Note(dir.resolve("out").toString(), List.of("by", "reference"));
        assertThat(run(note::write)).isEqualTo("note by reference");
    }

    @Test
    void aStaticMethodCalledWithArguments() throws Exception {
        String file = dir.resolve("out").toString();
        assertThat(run(() -> writeStatic(file, "call"))).isEqualTo("static call");
    }

    @Test
    void aLambdaCallingAConstructor() throws Exception {
        String file = dir.resolve("out").toString();
        String text = run(() -> new Writer(file));
        assertThat(text).startsWith("constructed in ").doesNotEndWith(" " + ProcessHandle.current().pid());
    }

    @Test
    void anExceptionFromTheTargetIsTheTargetsOwn() throws Exception {
        Process child = new Process(() -> {
            throw new java.io.FileNotFoundException("tickets.json");
        });
        child.start();
        child.join();
        assertThat(child.exitCode()).isEqualTo(1);
    }
}
