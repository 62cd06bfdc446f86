package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import proclab.grader.runner.WhereStuck;

class WhereStuckTest {
    private static StackTraceElement frame(String type, String method, int line) {
        return new StackTraceElement(type, method, type.substring(type.lastIndexOf('.') + 1) + ".java", line);
    }

    @Test
    void aThreadBlockedInMpNamesTheMpCallAndTheLessonCodeThatMadeIt() {
        String where = WhereStuck.describe(new StackTraceElement[] {
            frame("java.lang.Object", "wait", -2),
            frame("proclab.mp.internal.ChildHandle", "join", 48),
            frame("proclab.mp.Process", "join", 139),
            frame("proclab.queue.Consumer", "drain", 31),
            frame("proclab.queue.ConsumerTest", "drainsAll", 20),
            frame("org.junit.platform.Something", "run", 1),
        });
        assertThat(where).isEqualTo("waiting in Object.wait, inside proclab.mp.internal.ChildHandle.join(ChildHandle.java:48),"
                + " called from proclab.queue.Consumer.drain(Consumer.java:31)");
    }

    @Test
    void aBusyLoopInTheStudentsCodeIsBusy() {
        String where = WhereStuck.describe(new StackTraceElement[] {
            frame("proclab.lock.Office", "sell", 12),
            frame("proclab.lock.OfficeTest", "sells", 40),
        });
        assertThat(where).isEqualTo("busy in proclab.lock.Office.sell(Office.java:12)");
    }

    @Test
    void aStackWithoutCourseCodeSaysWhereItIs() {
        assertThat(WhereStuck.describe(new StackTraceElement[] {frame("java.lang.Thread", "sleep", -2)}))
                .isEqualTo("waiting in Thread.sleep");
        assertThat(WhereStuck.describe(new StackTraceElement[0])).isEqualTo("no stack was available");
    }
}
