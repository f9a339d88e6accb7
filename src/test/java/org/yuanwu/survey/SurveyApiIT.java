package org.yuanwu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.Period;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaires over the API: design and lifecycle, public links and single-use tokens without
 * an account, the rate limit, staff answers once per person, data scope, and the satisfaction facts
 * that the indicator engine turns into the ward's patient satisfaction.
 */
class SurveyApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    IndicatorEngine engine;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Each test answers from its own client address, so the rate limit of one does not touch another. */
    private static String freshAddress() {
        int n = ADDRESS.incrementAndGet();
        return "10.9." + (n / 250) + "." + (n % 250 + 1);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private ResultActions answer(String code, String address, Object body) throws Exception {
        return call(post("/api/v1/public/surveys/" + code + "/responses").with(r -> {
            r.setRemoteAddr(address);
            return r;
        }), null, body);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String admin() {
        return "Bearer " + fixtures.adminToken();
    }

    /** An open patient-satisfaction questionnaire: two ratings, the overall verdict, a comment. */
    private record Survey(long id, long attitude, long bell, long overall, long comment) {
    }

    private Survey openSatisfactionSurvey(String auth, Long unitId) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", TestFixtures.unique("出院患者满意度"));
        form.put("purpose", "PATIENT_SATISFACTION");
        form.put("audience", "PUBLIC");
        form.put("anonymous", true);
        form.put("unitId", unitId);
        JsonNode q = read(call(post("/api/v1/surveys"), auth, form).andExpect(status().isCreated()));
        long id = q.get("id").asLong();
        long attitude = addQuestion(auth, id, Map.of("kind", "RATING", "text", "护士的服务态度", "required", true));
        long bell = addQuestion(auth, id, Map.of("kind", "RATING", "text", "呼叫铃响应速度", "required", true));
        long overall = addQuestion(auth, id, Map.of("kind", "SINGLE_CHOICE", "text", "总体评价", "required", true,
                "options", List.of("满意", "基本满意", "不满意"), "satisfiedThreshold", 2));
        long comment = addQuestion(auth, id, Map.of("kind", "TEXT", "text", "意见和建议", "required", false));
        long version = read(call(get("/api/v1/surveys/" + id), auth, null)).get("version").asLong();
        call(post("/api/v1/surveys/" + id + "/open"), auth, Map.of("version", version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        return new Survey(id, attitude, bell, overall, comment);
    }

    private long addQuestion(String auth, long id, Map<String, Object> question) throws Exception {
        return read(call(post("/api/v1/surveys/" + id + "/questions"), auth, question).andExpect(status().isCreated()))
                .get("id").asLong();
    }

    private static Map<String, Object> answers(Survey s, int attitude, int bell, int overall, String comment) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(Map.of("questionId", s.attitude(), "score", attitude));
        list.add(Map.of("questionId", s.bell(), "score", bell));
        list.add(Map.of("questionId", s.overall(), "choices", List.of(overall)));
        if (comment != null) {
            list.add(Map.of("questionId", s.comment(), "text", comment));
        }
        return Map.of("answers", list);
    }

    private String linkFor(String auth, long surveyId, Long unitId) throws Exception {
        return read(call(post("/api/v1/surveys/" + surveyId + "/links"), auth, Map.of("unitId", unitId))
                .andExpect(status().isCreated())).get("code").asText();
    }

    @Test
    void answersThroughAWardLinkBecomeThatWardsPatientSatisfaction() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Survey s = openSatisfactionSurvey(auth, h.hospital().id());
        String code = linkFor(auth, s.id(), h.wardA().id());
        String address = freshAddress();

        call(get("/api/v1/public/surveys/" + code), null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("心内科病区")).andExpect(jsonPath("$.answerable").value(true));
        long happy = read(answer(code, address, answers(s, 5, 4, 1, "护士很耐心")).andExpect(status().isCreated()))
                .get("id").asLong();
        long unhappy = read(answer(code, address, answers(s, 2, 3, 3, null)).andExpect(status().isCreated()))
                .get("id").asLong();

        // 6 rated answers, 3 satisfied: 50 % for the ward, and for the department above it.
        Period month = Period.month(today().getYear(), today().getMonthValue());
        assertThat(engine.value("nursing.patient_satisfaction", h.wardA().id(), month).value()).isEqualByComparingTo("50");
        assertThat(engine.value("nursing.patient_satisfaction", h.department().id(), month).value()).isEqualByComparingTo("50");
        assertThat(engine.value("nursing.patient_satisfaction", h.wardB().id(), month).hasData()).isFalse();

        call(get("/api/v1/surveys/" + s.id() + "/results?unitId=" + h.wardA().id()), auth, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(2)).andExpect(jsonPath("$.rated").value(6))
                .andExpect(jsonPath("$.satisfied").value(3)).andExpect(jsonPath("$.satisfactionRate").value(50.0))
                .andExpect(jsonPath("$.questions[3].texts[0]").value("护士很耐心"));
        assertThat(jdbc.queryForObject("select count(*) from survey_response where questionnaire_id = ? and unit_id = ?",
                Long.class, s.id(), h.wardA().id())).isEqualTo(2L);
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where response_id = ?", Long.class, happy))
                .isEqualTo(4L);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'survey_questionnaire' "
                + "and record_id = ?", Long.class, String.valueOf(s.id()))).isGreaterThanOrEqualTo(5L);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'survey_response' "
                + "and record_id = ?", Long.class, String.valueOf(happy))).isEqualTo(1L);

        // Withdrawing the unhappy response (entered twice by mistake, say) takes its facts out again.
        long version = -1;
        for (JsonNode item : read(call(get("/api/v1/surveys/" + s.id() + "/responses"), auth, null)).get("items")) {
            if (item.get("id").asLong() == unhappy) {
                version = item.get("version").asLong();
            }
        }
        call(post("/api/v1/surveys/" + s.id() + "/responses/" + unhappy + "/withdraw"), auth,
                Map.of("reason", "重复录入", "version", version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true));
        assertThat(engine.value("nursing.patient_satisfaction", h.wardA().id(), month).value()).isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("select withdraw_reason from survey_response where id = ?", String.class, unhappy))
                .isEqualTo("重复录入");
    }

    @Test
    void aSecondResponseFromAUsedTokenIsRefusedWithAConflict() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Survey s = openSatisfactionSurvey(auth, h.hospital().id());
        JsonNode tokens = read(call(post("/api/v1/surveys/" + s.id() + "/tokens"), auth,
                Map.of("unitId", h.wardB().id(), "count", 3)).andExpect(status().isCreated()));
        assertThat(tokens.size()).isEqualTo(3);
        String code = tokens.get(0).get("code").asText();
        String address = freshAddress();

        answer(code, address, answers(s, 5, 5, 1, null)).andExpect(status().isCreated());
        answer(code, address, answers(s, 1, 1, 3, null)).andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.code").value("survey.error.tokenUsed"))
                .andExpect(jsonPath("$.detail").value("该问卷码已经填写过，每个问卷码只能填写一次。"));
        call(post("/api/v1/public/surveys/" + code + "/responses").header("Accept-Language", "en")
                .with(r -> { r.setRemoteAddr(address); return r; }), null, answers(s, 1, 1, 3, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This code has already been used; each code answers once."));

        assertThat(jdbc.queryForObject("select count(*) from survey_response where token_id = ?", Long.class,
                tokens.get(0).get("id").asLong())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select used_at is not null from survey_token where code = ?", Boolean.class, code))
                .isTrue();
        call(get("/api/v1/public/surveys/" + code), null, null).andExpect(jsonPath("$.answerable").value(false))
                .andExpect(jsonPath("$.refusalKey").value("survey.error.tokenUsed"));
        // The other tokens of the batch are still good.
        answer(tokens.get(1).get("code").asText(), address, answers(s, 4, 4, 2, null)).andExpect(status().isCreated());
    }

    @Test
    void anUnansweredRequiredQuestionIsABadRequestNamingTheQuestion() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Survey s = openSatisfactionSurvey(auth, h.hospital().id());
        String code = linkFor(auth, s.id(), h.wardA().id());
        Map<String, Object> body = Map.of("answers", List.of(Map.of("questionId", s.attitude(), "score", 5),
                Map.of("questionId", s.overall(), "choices", List.of(1))));

        answer(code, freshAddress(), body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q" + s.bell()))
                .andExpect(jsonPath("$.detail").value("请回答第 2. 呼叫铃响应速度 题。"));
        answer(code, freshAddress(), answers(s, 7, 5, 1, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.error.scoreRange"));
        answer("nosuchcode", freshAddress(), answers(s, 5, 5, 1, null)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from survey_response where questionnaire_id = ?", Long.class,
                s.id())).isZero();
    }

    @Test
    void tooManyResponsesFromOneAddressAreRefusedWith429() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Survey s = openSatisfactionSurvey(auth, h.hospital().id());
        String code = linkFor(auth, s.id(), h.wardA().id());
        String address = freshAddress();
        for (int i = 0; i < 10; i++) {
            answer(code, address, answers(s, 5, 5, 1, null)).andExpect(status().isCreated());
        }
        answer(code, address, answers(s, 5, 5, 1, null)).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("survey.error.tooMany"));
        answer(code, freshAddress(), answers(s, 5, 5, 1, null)).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from survey_response where questionnaire_id = ?", Long.class,
                s.id())).isEqualTo(11L);
    }

    @Test
    void anOpenQuestionnairesQuestionsAreLockedAndAClosedOneTakesNoAnswers() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Survey s = openSatisfactionSurvey(auth, h.hospital().id());
        call(post("/api/v1/surveys/" + s.id() + "/questions"), auth, Map.of("kind", "TEXT", "text", "再加一题"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("survey.error.questionsLocked"));
        String code = linkFor(auth, s.id(), h.wardA().id());
        long version = read(call(get("/api/v1/surveys/" + s.id()), auth, null)).get("version").asLong();
        call(post("/api/v1/surveys/" + s.id() + "/close"), auth, Map.of("version", version - 1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.staleEdit"));
        call(post("/api/v1/surveys/" + s.id() + "/close"), auth, Map.of("version", version)).andExpect(status().isOk());
        answer(code, freshAddress(), answers(s, 5, 5, 1, null)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.error.closed"));
    }

    @Test
    void badQuestionDesignsAreRefusedBesideTheirField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Map<String, Object> form = Map.of("title", "健康知识问卷", "purpose", "HEALTH_KNOWLEDGE", "audience", "PUBLIC",
                "anonymous", true, "unitId", h.hospital().id());
        long id = read(call(post("/api/v1/surveys"), auth, form).andExpect(status().isCreated())).get("id").asLong();
        call(post("/api/v1/surveys/" + id + "/questions"), auth, Map.of("kind", "SINGLE_CHOICE", "text", "只有一个选项",
                "options", List.of("是"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("optionsText"));
        call(post("/api/v1/surveys/" + id + "/questions"), auth, Map.of("kind", "SINGLE_CHOICE", "text", "洗手",
                "options", List.of("A", "B"), "correctOption", 3)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("correctOption"));
        call(post("/api/v1/surveys"), auth, Map.of("purpose", "OTHER", "audience", "PUBLIC", "unitId", h.hospital().id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        long version = read(call(get("/api/v1/surveys/" + id), auth, null)).get("version").asLong();
        call(post("/api/v1/surveys/" + id + "/open"), auth, Map.of("version", version)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.error.noQuestions"));
    }

    @Test
    void knowledgeAnswersFeedTheAwarenessRate() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Map<String, Object> form = Map.of("title", "高血压知识知晓调查", "purpose", "HEALTH_KNOWLEDGE", "audience", "PUBLIC",
                "anonymous", true, "unitId", h.hospital().id());
        long id = read(call(post("/api/v1/surveys"), auth, form).andExpect(status().isCreated())).get("id").asLong();
        long q = addQuestion(auth, id, Map.of("kind", "SINGLE_CHOICE", "text", "成人正常血压上限",
                "options", List.of("140/90 mmHg", "160/100 mmHg"), "correctOption", 1));
        call(post("/api/v1/surveys/" + id + "/open"), auth, Map.of("version",
                read(call(get("/api/v1/surveys/" + id), auth, null)).get("version").asLong())).andExpect(status().isOk());
        String code = linkFor(auth, id, h.wardB().id());
        String address = freshAddress();
        for (int choice : new int[] {1, 1, 1, 2}) {
            answer(code, address, Map.of("answers", List.of(Map.of("questionId", q, "choices", List.of(choice)))))
                    .andExpect(status().isCreated());
        }
        Period month = Period.month(today().getYear(), today().getMonthValue());
        assertThat(engine.value("education.knowledge_awareness_rate", h.wardB().id(), month).value()).isEqualByComparingTo("75");
        assertThat(engine.value("nursing.patient_satisfaction", h.wardB().id(), month).hasData()).isFalse();
    }

    @Test
    void staffAnswerAStaffQuestionnaireOncePerPerson() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        Map<String, Object> form = Map.of("title", "职工满意度调查", "purpose", "STAFF_EVALUATION", "audience", "STAFF",
                "anonymous", false, "unitId", h.hospital().id());
        long id = read(call(post("/api/v1/surveys"), auth, form).andExpect(status().isCreated())).get("id").asLong();
        long q = addQuestion(auth, id, Map.of("kind", "RATING", "text", "对科室管理的评价"));
        call(post("/api/v1/surveys/" + id + "/open"), auth, Map.of("version",
                read(call(get("/api/v1/surveys/" + id), auth, null)).get("version").asLong())).andExpect(status().isOk());
        call(post("/api/v1/surveys/" + id + "/links"), auth, Map.of("unitId", h.wardA().id()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("survey.error.staffSurveyNoLinks"));

        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT, h.wardA().id());
        Map<String, Object> body = Map.of("answers", List.of(Map.of("questionId", q, "score", 4)));
        call(post("/api/v1/surveys/" + id + "/responses"), nurse, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitId").value(h.wardA().id()));
        call(post("/api/v1/surveys/" + id + "/responses"), nurse, body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.error.alreadyAnswered"));
        assertThat(jdbc.queryForObject("select count(*) from survey_response where questionnaire_id = ? "
                + "and respondent_user_id is not null", Long.class, id)).isEqualTo(1L);
        // A staff evaluation does not count toward patient satisfaction.
        Period month = Period.month(today().getYear(), today().getMonthValue());
        assertThat(engine.value("nursing.patient_satisfaction", h.wardA().id(), month).hasData()).isFalse();
    }

    @Test
    void aHeadNurseSeesHerOwnWardsResultsOnlyAndCannotDistribute() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = admin();
        long builtIn = jdbc.queryForObject("select id from survey_questionnaire where builtin_code = 'inpatient_satisfaction'",
                Long.class);
        JsonNode questions = read(call(get("/api/v1/surveys/" + builtIn), auth, null)).get("questions");
        assertThat(questions.size()).isBetween(10, 15);
        List<Map<String, Object>> all = new ArrayList<>();
        for (JsonNode q : questions) {
            String kind = q.get("kind").asText();
            if (kind.equals("RATING")) {
                all.add(Map.of("questionId", q.get("id").asLong(), "score", 5));
            } else if (kind.equals("SINGLE_CHOICE")) {
                all.add(Map.of("questionId", q.get("id").asLong(), "choices", List.of(1)));
            }
        }
        String linkA = linkFor(auth, builtIn, h.wardA().id());
        String linkB = linkFor(auth, builtIn, h.wardB().id());
        answer(linkA, freshAddress(), Map.of("answers", all)).andExpect(status().isCreated());
        answer(linkB, freshAddress(), Map.of("answers", all)).andExpect(status().isCreated());

        String headNurseB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        call(get("/api/v1/surveys/" + builtIn + "/results"), headNurseB, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(1)).andExpect(jsonPath("$.satisfactionRate").value(100.0));
        call(get("/api/v1/surveys/" + builtIn + "/links"), headNurseB, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].unitId").value(h.wardB().id()));
        call(post("/api/v1/surveys/" + builtIn + "/links"), headNurseB, Map.of("unitId", h.wardB().id()))
                .andExpect(status().isForbidden());
        String quality = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.QUALITY_OFFICER), DataScope.SUBTREE, h.wardA().id());
        call(post("/api/v1/surveys/" + builtIn + "/links"), quality, Map.of("unitId", h.wardB().id()))
                .andExpect(status().isForbidden());
        call(get("/api/v1/surveys"), null, null).andExpect(status().isUnauthorized());
    }
}
