package org.yuanwu.survey.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyLinkRepository extends JpaRepository<SurveyLink, Long> {

    Optional<SurveyLink> findByCode(String code);

    Optional<SurveyLink> findByQuestionnaireIdAndUnitId(Long questionnaireId, Long unitId);

    List<SurveyLink> findByQuestionnaireIdOrderByIdAsc(Long questionnaireId);
}
