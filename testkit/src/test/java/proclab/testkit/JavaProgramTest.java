package proclab.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JavaProgramTest {
    /** Prints {@code name=value} for each system property named in its arguments. */
    public static final class ShowProperties {
        public static void main(String[] args) {
            for (String name : args) {
                System.out.println(name + "=" + System.getProperty(name));
            }
        }
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("proclab.test.inherited");
        System.clearProperty("proclab.test.chosen");
        System.clearProperty("proclab.internal.test");
    }

    @Test
    void theProgramGetsTheProclabPropertiesOfThisJvmButNotTheInternalOnes() {
        System.setProperty("proclab.test.inherited", "from the test");
        System.setProperty("proclab.test.chosen", "from the test");
        System.setProperty("proclab.internal.test", "this JVM only");

        RunningProgram.Result result = JavaProgram.main(ShowProperties.class)
                .property("proclab.test.chosen", "for this program")
                .args("proclab.test.inherited", "proclab.test.chosen", "proclab.internal.test")
                .run();

        assertThat(result.stdout()).containsExactly(
                "proclab.test.inherited=from the test",
                "proclab.test.chosen=for this program",
                "proclab.internal.test=null");
    }
}
