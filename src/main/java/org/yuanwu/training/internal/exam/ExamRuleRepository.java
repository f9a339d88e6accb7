package org.yuanwu.training.internal.exam;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamRuleRepository extends JpaRepository<ExamRule, Long> {

    List<ExamRule> findByExamIdOrderByPosition(Long examId);

    void deleteByExamId(Long examId);
}
