package org.yuanwu.survey.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyTokenRepository extends JpaRepository<SurveyToken, Long> {

    Optional<SurveyToken> findByCode(String code);

    List<SurveyToken> findByQuestionnaireIdOrderByIdAsc(Long questionnaireId);

    List<SurveyToken> findByQuestionnaireIdAndBatchOrderByIdAsc(Long questionnaireId, String batch);
}
