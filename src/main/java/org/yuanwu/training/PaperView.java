package org.yuanwu.training;

import java.util.List;

/** An exam's paper: the fixed questions (by hand or drawn at publishing) and/or the rules. */
public record PaperView(PaperAssembly assembly, boolean perCandidate, List<PaperQuestionView> questions,
                        List<PaperRule> rules, int totalPoints) {
}
