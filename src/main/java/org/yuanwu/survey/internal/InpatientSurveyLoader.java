package org.yuanwu.survey.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.survey.QuestionForm;
import org.yuanwu.survey.QuestionKind;
import org.yuanwu.survey.QuestionnaireForm;
import org.yuanwu.survey.SurveyAudience;
import org.yuanwu.survey.SurveyPurpose;
import org.yuanwu.survey.SurveyStatus;

/**
 * On first start, the ready-made inpatient satisfaction questionnaire (住院患者满意度调查), hospital-wide
 * and open, so an organiser only makes links for the wards. Added once (by its built-in code): a
 * hospital's later changes are never overwritten.
 */
@Component
@Order(15)
class InpatientSurveyLoader implements ApplicationRunner {

    static final String CODE = "inpatient_satisfaction";
    private static final List<String> RATING = List.of("很不满意", "不满意", "一般", "满意", "很满意");
    private static final List<String> OVERALL = List.of("满意", "基本满意", "不满意");

    private final QuestionnaireRepository questionnaires;
    private final QuestionRepository questions;

    InpatientSurveyLoader(QuestionnaireRepository questionnaires, QuestionRepository questions) {
        this.questionnaires = questionnaires;
        this.questions = questions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (questionnaires.findByBuiltinCode(CODE).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        Questionnaire q = new Questionnaire(null, CODE, "system", now);
        QuestionnaireForm f = new QuestionnaireForm();
        f.setTitle("住院患者满意度调查");
        f.setPurpose(SurveyPurpose.PATIENT_SATISFACTION);
        f.setAudience(SurveyAudience.PUBLIC);
        f.setAnonymous(true);
        f.setDescription("感谢您在住院期间对我们工作的支持。本问卷匿名填写，约需3分钟，您的意见将帮助我们改进护理服务。");
        q.apply(f, now);
        q.moveTo(SurveyStatus.OPEN, now);
        questionnaires.save(q);
        List<QuestionForm> forms = List.of(
                rating("护士的服务态度（热情、耐心、礼貌）"),
                rating("护士对您的病情、治疗和检查的解释说明"),
                rating("呼叫铃响后护士的响应速度"),
                rating("护士的技术操作水平（打针、输液等）"),
                rating("入院时护士对病区环境、规章制度的介绍"),
                rating("用药前护士告知药物作用和注意事项"),
                rating("护士对您隐私的保护"),
                rating("病区环境的清洁、安静和舒适程度"),
                rating("医院膳食的质量与送餐服务"),
                rating("出院指导（用药、饮食、复诊）"),
                rating("医生的服务态度与病情沟通"),
                QuestionForm.of(QuestionKind.SINGLE_CHOICE, "您对本次住院护理服务的总体评价", true, OVERALL, 2, null),
                QuestionForm.of(QuestionKind.SINGLE_CHOICE, "住院期间是否有医务人员收受红包或提出不合理要求", true,
                        List.of("没有", "有"), null, null),
                QuestionForm.of(QuestionKind.MULTIPLE_CHOICE, "您认为我们在哪些方面需要改进（可多选）", false,
                        List.of("服务态度", "健康宣教", "呼叫响应", "病区环境", "膳食", "收费"), null, null),
                QuestionForm.of(QuestionKind.TEXT, "您的意见和建议", false, List.of(), null, null));
        int position = 1;
        for (QuestionForm form : forms) {
            questions.save(new Question(q.getId(), position++, form));
        }
    }

    private static QuestionForm rating(String text) {
        return QuestionForm.of(QuestionKind.RATING, text, true, RATING, SatisfactionRule.DEFAULT_RATING_THRESHOLD, null);
    }
}
