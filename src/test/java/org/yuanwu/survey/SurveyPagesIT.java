package org.yuanwu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/**
 * The survey pages: an organiser designs, opens and distributes a questionnaire; a patient answers
 * through the public link without an account (CSRF still on); results, exports and tokens.
 */
class SurveyPagesIT extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private long idFrom(String location) {
        return Long.parseLong(location.replaceAll(".*/surveys/(\\d+).*", "$1"));
    }

    private long questionId(long surveyId, int position) {
        return jdbc.queryForObject("select id from survey_question where questionnaire_id = ? and sort_order = ?",
                Long.class, surveyId, position);
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void anOrganiserDesignsOpensAndDistributesAndAPatientAnswersWithoutAnAccount() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String title = TestFixtures.unique("门诊患者满意度");
        String location = mvc.perform(post("/surveys").session(admin).with(csrf()).param("title", title)
                        .param("purpose", "PATIENT_SATISFACTION").param("audience", "PUBLIC").param("anonymous", "true")
                        .param("unitId", String.valueOf(h.hospital().id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idFrom(location);
        mvc.perform(post("/surveys/" + id + "/questions").session(admin).with(csrf()).param("kind", "RATING")
                .param("text", "护士的服务态度").param("required", "true").param("satisfiedThreshold", "4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/surveys/" + id + "/questions").session(admin).with(csrf()).param("kind", "SINGLE_CHOICE")
                .param("text", "总体评价").param("required", "true").param("optionsText", "满意\n基本满意\n不满意")
                .param("satisfiedThreshold", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/surveys/" + id + "/questions").session(admin).with(csrf()).param("kind", "TEXT")
                .param("text", "意见和建议").param("_required", "on")) // the unticked box's marker, as a browser sends it
                .andExpect(status().is3xxRedirection());
        // A bad question comes back with its message on the page.
        mvc.perform(post("/surveys/" + id + "/questions").session(admin).with(csrf())
                .param("kind", "SINGLE_CHOICE").param("text", "只有一项").param("optionsText", "是"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("选择题需要 2–20 个选项。"), containsString("只有一项"))));
        assertThat(jdbc.queryForObject("select count(*) from survey_question where questionnaire_id = ?", Long.class, id))
                .isEqualTo(3L);

        long version = jdbc.queryForObject("select version from survey_questionnaire where id = ?", Long.class, id);
        mvc.perform(post("/surveys/" + id + "/open").session(admin).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/surveys/" + id + "/links").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().is3xxRedirection());
        String code = jdbc.queryForObject("select code from survey_link where questionnaire_id = ?", String.class, id);
        mvc.perform(get("/surveys/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/s/" + code), containsString("心内科病区"),
                        containsString("进行中"))));

        // The patient: no session, the form carries its CSRF token.
        mvc.perform(get("/s/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("被调查科室：心内科病区"),
                        containsString("name=\"_csrf\""))));
        long attitude = questionId(id, 1);
        long overall = questionId(id, 2);
        long comment = questionId(id, 3);
        String address = "10.8.0.1";
        mvc.perform(from(post("/s/" + code), address).param("q" + attitude, "5").param("q" + overall, "1"))
                .andExpect(status().isForbidden());
        mvc.perform(from(post("/s/" + code), address).with(csrf()).param("q" + attitude, "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请回答第 2. 总体评价 题。"),
                        containsString("id=\"q" + attitude + "-5\" value=\"5\" checked"))));
        mvc.perform(from(post("/s/" + code), address).with(csrf()).param("q" + attitude, "5").param("q" + overall, "2")
                        .param("q" + comment, "夜班护士很负责"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("提交成功")));
        mvc.perform(from(post("/s/" + code), address).with(csrf()).param("q" + attitude, "3").param("q" + overall, "3"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from survey_response where questionnaire_id = ? and unit_id = ?",
                Long.class, id, h.wardA().id())).isEqualTo(2L);

        // Results: 4 rated answers, 2 satisfied; the comment listed; both exports.
        mvc.perform(get("/surveys/" + id + "/results").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"result-satisfaction\">50.0 %"),
                        containsString("夜班护士很负责"), containsString("chart-" + attitude))));
        mvc.perform(get("/surveys/" + id + "/results/responses.xlsx").session(admin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX));
        mvc.perform(get("/surveys/" + id + "/results/summary.xlsx").session(admin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX));
        mvc.perform(get("/surveys/" + id + "/responses").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("5 很满意")));
        mvc.perform(get("/surveys").session(admin).param("q", title)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void returnVisitCardsCarrySingleUseCodesThatRefuseASecondAnswer() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        long builtIn = jdbc.queryForObject("select id from survey_questionnaire where builtin_code = 'inpatient_satisfaction'",
                Long.class);
        mvc.perform(post("/surveys/" + builtIn + "/tokens").session(admin).with(csrf())
                        .param("unitId", String.valueOf(h.wardB().id())).param("count", "5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/surveys/" + builtIn + "/tokens?batch=*"));
        List<Map<String, Object>> tokens = jdbc.queryForList("select code, batch from survey_token where unit_id = ?",
                h.wardB().id());
        assertThat(tokens).hasSize(5);
        String batch = (String) tokens.get(0).get("batch");
        String code = (String) tokens.get(0).get("code");
        mvc.perform(get("/surveys/" + builtIn + "/tokens").session(admin).param("batch", batch)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/s/" + code)));
        mvc.perform(get("/surveys/" + builtIn + "/tokens/export").session(admin).param("batch", batch))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX));

        var request = from(post("/s/" + code), "10.8.1.1").with(csrf());
        for (Map<String, Object> q : jdbc.queryForList("select id, kind from survey_question where questionnaire_id = ?", builtIn)) {
            String kind = (String) q.get("kind");
            request.param("q" + q.get("id"), kind.equals("RATING") ? "4" : "1");
        }
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("提交成功")));
        mvc.perform(get("/s/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("该问卷码已经填写过，每个问卷码只能填写一次。")));
        mvc.perform(get("/s/nosuchcode")).andExpect(status().isNotFound());
        mvc.perform(get("/s/" + code).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This code has already been used")));
    }

    @Test
    void signedInStaffAnswerAStaffQuestionnaireOnce() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String location = mvc.perform(post("/surveys").session(admin).with(csrf()).param("title", "职工食堂满意度")
                        .param("purpose", "STAFF_EVALUATION").param("audience", "STAFF")
                        .param("unitId", String.valueOf(h.hospital().id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idFrom(location);
        mvc.perform(post("/surveys/" + id + "/questions").session(admin).with(csrf()).param("kind", "RATING")
                .param("text", "饭菜质量").param("required", "true")).andExpect(status().is3xxRedirection());
        long version = jdbc.queryForObject("select version from survey_questionnaire where id = ?", Long.class, id);
        mvc.perform(post("/surveys/" + id + "/open").session(admin).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        long q = questionId(id, 1);
        mvc.perform(get("/surveys/" + id + "/answer").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("饭菜质量")));
        mvc.perform(post("/surveys/" + id + "/answer").session(admin).with(csrf()).param("q" + q, "4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("提交成功")));
        mvc.perform(post("/surveys/" + id + "/answer").session(admin).with(csrf()).param("q" + q, "5"))
                .andExpect(status().isConflict());
        mvc.perform(get("/surveys/" + id + "/answer").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("您已经填写过本问卷，每人只能填写一次。")));
    }
}
