package org.yuanwu.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips the PostgreSQL run where no server answers, unless CI requires one. */
public class DatabaseAvailable implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres() || TestDatabase.postgresRequired()) {
            return ConditionEvaluationResult.enabled("database " + TestDatabase.url());
        }
        if (reachable == null) {
            reachable = TestDatabase.reachable();
        }
        return reachable ? ConditionEvaluationResult.enabled("PostgreSQL answers")
                : ConditionEvaluationResult.disabled("no PostgreSQL at " + TestDatabase.url());
    }
}
