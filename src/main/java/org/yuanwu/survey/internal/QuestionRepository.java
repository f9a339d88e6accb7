package org.yuanwu.survey.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByQuestionnaireIdOrderByPositionAscIdAsc(Long questionnaireId);

    long countByQuestionnaireId(Long questionnaireId);
}
