package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings opened by another module through {@link QualityFindings#openFromSource}: they run through the same
 * loop as inspection deductions (answer with evidence, verification by the opening office, recurrence, overdue,
 * counts) and their acceptance is announced with {@link ExternalFindingClosed}.
 */
@RecordApplicationEvents
class ExternalFindingIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    QualityFindings findings;

    @Autowired
    ApplicationEvents events;

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private FindingView open(TestFixtures.Hospital h, String sourceId, String key) {
        return findings.openFromSource(new ExternalFindingRequest("safety.event", sourceId, h.wardA().id(), key,
                "给药核对流程未执行双人核对", null, TODAY.plusDays(14), "重新培训查对制度", h.department().id()));
    }

    @Test
    void findingFromAnotherSourceRunsThroughAnswerAndVerificationAndAnnouncesItsClosing() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.QUALITY_OFFICER), DataScope.SUBTREE, h.department().id());
        String headNurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        FindingView opened = open(h, "9001", "MEDICATION");
        assertThat(opened.external()).isTrue();
        assertThat(opened.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(opened.inspectionDate()).isEqualTo(TODAY);
        assertThat(jdbc.queryForObject("select source_type from quality_finding where id = ?", String.class, opened.id()))
                .isEqualTo("safety.event");

        mvc.perform(get("/api/v1/quality/findings/" + opened.id()).header("Authorization", headNurse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceType").value("safety.event"))
                .andExpect(jsonPath("$.sourceId").value("9001"))
                .andExpect(jsonPath("$.correctiveAction").value("重新培训查对制度"))
                .andExpect(jsonPath("$.inspectionId").doesNotExist());

        JsonNode answered = read(mvc.perform(multipart("/api/v1/quality/findings/" + opened.id() + "/answer")
                        .file(new MockMultipartFile("evidence", "training.png", "image/png", QualityApiIT.PNG))
                        .param("version", String.valueOf(opened.version()))
                        .param("correctiveAction", "全科查对制度培训并考核")
                        .header("Authorization", headNurse))
                .andExpect(status().isOk()));
        // the head nurse is not of the verifying office
        mvc.perform(post("/api/v1/quality/findings/" + opened.id() + "/verify").header("Authorization", headNurse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("version", answered.get("version").asLong(), "accept", true))))
                .andExpect(status().isForbidden());
        assertThat(events.stream(ExternalFindingClosed.class)).isEmpty();

        mvc.perform(post("/api/v1/quality/findings/" + opened.id() + "/verify").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("version", answered.get("version").asLong(), "accept", true))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(events.stream(ExternalFindingClosed.class))
                .containsExactly(new ExternalFindingClosed("safety.event", "9001", opened.id()));
        assertThat(findings.fromSource("safety.event", "9001")).extracting(FindingView::status)
                .containsExactly(FindingStatus.ACCEPTED);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'quality_finding' "
                + "and record_id = ?", Long.class, String.valueOf(opened.id()))).isGreaterThanOrEqualTo(3L);
    }

    @Test
    void sameSourceTypeAndItemKeyInTheSameUnitWithinTheWindowIsFlaggedRecurrence() {
        TestFixtures.Hospital h = fixtures.hospital();
        FindingView first = open(h, "9101", "FALL");
        FindingView other = open(h, "9102", "MEDICATION");
        FindingView again = open(h, "9103", "FALL");
        assertThat(first.recurrence()).isFalse();
        assertThat(other.recurrence()).isFalse();
        assertThat(again.recurrence()).isTrue();
        assertThat(again.recurrenceOfId()).isEqualTo(first.id());
        assertThat(again.accountabilityMissing()).isTrue();
    }

    @Test
    void externalFindingsCountOnTheUnitPanelAndAreFlaggedOverduePastTheirDeadline() {
        TestFixtures.Hospital h = fixtures.hospital();
        FindingView f = open(h, "9201", "PRESSURE");
        assertThat(findings.counts(h.wardA().id()).open()).isEqualTo(1);
        jdbc.update("update quality_finding set deadline = ? where id = ?", TODAY.minusDays(1), f.id());
        assertThat(findings.fromSource("safety.event", "9201").get(0).overdue()).isTrue();
        assertThat(findings.counts(h.hospital().id()).overdue()).isEqualTo(1);
    }

    @Test
    void missingDeadlineOrUnknownVerifierIsRefusedAndNothingIsStored() {
        TestFixtures.Hospital h = fixtures.hospital();
        assertThatThrownBy(() -> findings.openFromSource(new ExternalFindingRequest("safety.event", "9301",
                h.wardA().id(), "FALL", "跌倒", null, null, null, h.department().id())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "deadline");
        assertThatThrownBy(() -> findings.openFromSource(new ExternalFindingRequest("safety.event", "9301",
                h.wardA().id(), "FALL", "跌倒", null, TODAY.minusDays(1), null, h.department().id())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "deadline");
        assertThatThrownBy(() -> findings.openFromSource(new ExternalFindingRequest("safety.event", "9301",
                h.wardA().id(), "FALL", "跌倒", null, TODAY, null, null)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "verifierUnitId");
        assertThat(findings.fromSource("safety.event", "9301")).isEmpty();
    }
}
