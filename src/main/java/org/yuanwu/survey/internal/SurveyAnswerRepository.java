package org.yuanwu.survey.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findByResponseIdIn(Collection<Long> responseIds);

    List<SurveyAnswer> findByResponseId(Long responseId);
}
