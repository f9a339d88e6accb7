package org.yuanwu.infection;

/** A test case and what the rule gives for it now. */
public record RuleCaseResult(int no, RuleCase testCase, boolean actual) {

    public boolean passed() {
        return actual == testCase.expected();
    }
}
