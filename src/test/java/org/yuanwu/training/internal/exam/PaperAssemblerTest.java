package org.yuanwu.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionType;

/** Drawing a paper by rules: right counts and points, deterministic per seed, and refusal when the bank is short. */
class PaperAssemblerTest {

    private static List<PaperAssembler.Candidate> bank() {
        List<PaperAssembler.Candidate> list = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < 20; i++) {
            list.add(new PaperAssembler.Candidate(id++, QuestionCategory.BASICS, 1 + i % 5, QuestionType.SINGLE));
        }
        for (int i = 0; i < 6; i++) {
            list.add(new PaperAssembler.Candidate(id++, QuestionCategory.INFECTION_CONTROL, 3, QuestionType.MULTIPLE));
        }
        return list;
    }

    private static final List<PaperAssembler.Rule> RULES = List.of(
            new PaperAssembler.Rule(QuestionCategory.BASICS, null, QuestionType.SINGLE, 10, 2),
            new PaperAssembler.Rule(QuestionCategory.BASICS, 3, QuestionType.SINGLE, 2, 3),
            new PaperAssembler.Rule(QuestionCategory.INFECTION_CONTROL, 3, QuestionType.MULTIPLE, 5, 4));

    @Test
    void rulesDrawTheAskedNumberOfDistinctQuestionsWithTheirPoints() {
        PaperAssembler.Result r = PaperAssembler.assemble(RULES, bank(), 42L);
        assertThat(r.ok()).isTrue();
        assertThat(r.paper()).hasSize(17);
        assertThat(new HashSet<>(r.paper().stream().map(PaperAssembler.Picked::questionId).toList())).hasSize(17);
        assertThat(r.paper().stream().mapToInt(PaperAssembler.Picked::points).sum()).isEqualTo(10 * 2 + 2 * 3 + 5 * 4);
        List<Long> ic = r.paper().subList(12, 17).stream().map(PaperAssembler.Picked::questionId).toList();
        assertThat(ic).allMatch(id -> id > 20);
    }

    @Test
    void theSameSeedGivesTheSamePaperAndAnotherSeedUsuallyAnother() {
        var first = PaperAssembler.assemble(RULES, bank(), 7L).paper();
        var again = PaperAssembler.assemble(RULES, bank(), 7L).paper();
        var other = PaperAssembler.assemble(RULES, bank(), 8L).paper();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aRuleTheBankCannotSatisfyIsReportedWithWhatIsAvailable() {
        List<PaperAssembler.Rule> rules = List.of(
                new PaperAssembler.Rule(QuestionCategory.BASICS, 2, QuestionType.SINGLE, 3, 2),
                new PaperAssembler.Rule(QuestionCategory.INFECTION_CONTROL, 3, QuestionType.MULTIPLE, 7, 2));
        PaperAssembler.Result r = PaperAssembler.assemble(rules, bank(), 1L);
        assertThat(r.ok()).isFalse();
        assertThat(r.paper()).isEmpty();
        assertThat(r.shortfalls()).containsExactly(new PaperAssembler.Shortfall(2, rules.get(1), 6));
    }

    @Test
    void aQuestionIsDrawnForOneRuleOnlyAndSetDifficultiesDrawFirst() {
        // 20 basics, 4 of them of difficulty 3: the "any" rule drawing 16 leaves exactly the 4 for the other
        List<PaperAssembler.Rule> fits = List.of(
                new PaperAssembler.Rule(QuestionCategory.BASICS, null, QuestionType.SINGLE, 16, 1),
                new PaperAssembler.Rule(QuestionCategory.BASICS, 3, QuestionType.SINGLE, 4, 1));
        for (long seed = 0; seed < 20; seed++) {
            assertThat(PaperAssembler.assemble(fits, bank(), seed).ok()).isTrue();
        }
        List<PaperAssembler.Rule> tooMany = List.of(
                new PaperAssembler.Rule(QuestionCategory.BASICS, null, QuestionType.SINGLE, 17, 1),
                new PaperAssembler.Rule(QuestionCategory.BASICS, 3, QuestionType.SINGLE, 4, 1));
        assertThat(PaperAssembler.check(tooMany, bank())).extracting(PaperAssembler.Shortfall::rule).containsExactly(1);
    }
}
