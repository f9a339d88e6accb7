package org.yuanwu.training.internal.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionType;

/**
 * Draws a paper from the bank by rules: for each rule, N questions of its category, difficulty
 * (or any) and type, each worth the rule's points. The draw is a shuffle seeded by the caller, so
 * the same seed and bank always give the same paper.
 */
public final class PaperAssembler {

    /** One rule of a paper. A null difficulty means any difficulty. */
    public record Rule(QuestionCategory category, Integer difficulty, QuestionType type, int count, int pointsEach) {
    }

    /** A bank question as the assembler needs it. */
    public record Candidate(Long id, QuestionCategory category, int difficulty, QuestionType type) {
    }

    /** One question of the drawn paper. */
    public record Picked(Long questionId, int points) {
    }

    /** A rule the bank cannot satisfy: its position (from 1), how many it needs, how many the bank has left for it. */
    public record Shortfall(int rule, Rule wanted, int available) {
    }

    /** The paper, or the rules the bank cannot satisfy. */
    public record Result(List<Picked> paper, List<Shortfall> shortfalls) {
        public boolean ok() {
            return shortfalls.isEmpty();
        }
    }

    private PaperAssembler() {
    }

    /** How many questions the rules need beyond what the bank has, checked without drawing. */
    public static List<Shortfall> check(List<Rule> rules, List<Candidate> bank) {
        return assemble(rules, bank, 0L).shortfalls();
    }

    public static Result assemble(List<Rule> rules, List<Candidate> bank, long seed) {
        List<Candidate> sorted = new ArrayList<>(bank);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        Random random = new Random(seed);
        Set<Long> taken = new HashSet<>();
        List<List<Picked>> byRule = new ArrayList<>();
        rules.forEach(r -> byRule.add(new ArrayList<>()));
        List<Shortfall> shortfalls = new ArrayList<>();
        // rules with a set difficulty draw first, so an "any difficulty" rule cannot starve them
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Boolean.compare(rules.get(a).difficulty() == null, rules.get(b).difficulty() == null));
        for (int i : order) {
            Rule rule = rules.get(i);
            List<Candidate> fitting = new ArrayList<>();
            for (Candidate c : sorted) {
                if (!taken.contains(c.id()) && c.category() == rule.category() && c.type() == rule.type()
                        && (rule.difficulty() == null || rule.difficulty() == c.difficulty())) {
                    fitting.add(c);
                }
            }
            if (fitting.size() < rule.count()) {
                shortfalls.add(new Shortfall(i + 1, rule, fitting.size()));
                continue;
            }
            Collections.shuffle(fitting, random);
            for (Candidate c : fitting.subList(0, rule.count())) {
                taken.add(c.id());
                byRule.get(i).add(new Picked(c.id(), rule.pointsEach()));
            }
        }
        shortfalls.sort((a, b) -> Integer.compare(a.rule(), b.rule()));
        List<Picked> paper = new ArrayList<>();
        byRule.forEach(paper::addAll);
        return new Result(shortfalls.isEmpty() ? paper : List.of(), shortfalls);
    }
}
