package proclab.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** With {@code -Dtask=N}, only the graded tests of task N run. */
public class TaskFilter implements ExecutionCondition {
    static final String PROPERTY = "task";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String wanted = System.getProperty(PROPERTY, "").strip();
        Graded graded = context.getTestMethod().map(m -> m.getAnnotation(Graded.class)).orElse(null);
        if (wanted.isEmpty() || graded == null) {
            return ConditionEvaluationResult.enabled("no task filter");
        }
        return wanted.equals(Integer.toString(graded.task()))
                ? ConditionEvaluationResult.enabled("task " + wanted)
                : ConditionEvaluationResult.disabled("only task " + wanted + " runs (-Dtask=" + wanted + ")");
    }
}
