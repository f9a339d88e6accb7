package org.yuanwu.survey.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long>, JpaSpecificationExecutor<SurveyResponse> {

    boolean existsByQuestionnaireIdAndRespondentUserId(Long questionnaireId, Long respondentUserId);

    long countByQuestionnaireIdAndWithdrawnFalse(Long questionnaireId);

    @Query("select r.linkId, count(r) from SurveyResponse r where r.questionnaireId = ?1 and r.withdrawn = false "
            + "and r.linkId is not null group by r.linkId")
    List<Object[]> countByLink(Long questionnaireId);
}
