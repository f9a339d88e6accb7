package org.yuanwu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.FindingCounts;

class SummaryFindingsTest {

    private static final List<PlanSummary.Section> SECTIONS = List.of(
            new PlanSummary.Section("一、工作目标", List.of("本年度工作目标：提高护理质量。")),
            new PlanSummary.Section("二、计划完成情况", List.of("本计划共列工作事项 2 项，已完成 2 项，未完成 0 项。")));

    @Test
    void theSummarySaysHowManyFindingsWereClosedAndWhatIsStillOpen() {
        List<PlanSummary.Section> out = SummaryService.withFindings(SECTIONS, new FindingCounts(2, 1, 1, 1, 7));
        assertThat(out.get(1).paragraphs()).containsExactly("本计划共列工作事项 2 项，已完成 2 项，未完成 0 项。",
                "质量检查共发现问题 10 项，已整改验收 7 项，尚未闭环 3 项（其中逾期 1 项）；同一问题重复出现 1 项，已要求科室负责人说明。");
        assertThat(out.get(0)).isEqualTo(SECTIONS.get(0));
    }

    @Test
    void allClosedIsSaidSoAndNoFindingsSaysNothing() {
        assertThat(SummaryService.withFindings(SECTIONS, new FindingCounts(0, 0, 0, 0, 4)).get(1).paragraphs())
                .endsWith("质量检查共发现问题 4 项，已整改验收 4 项，全部闭环。");
        assertThat(SummaryService.withFindings(SECTIONS, new FindingCounts(0, 0, 0, 0, 0))).isEqualTo(SECTIONS);
    }

    @Test
    void theYearsHonoursAreNamedHighestLevelFirstAndNoneSaysNothing() {
        List<org.yuanwu.union.HonourView> won = List.of(
                new org.yuanwu.union.HonourView(1L, "优秀护士", org.yuanwu.union.HonourLevel.HOSPITAL, "本院", null, 7L, "李梅",
                        3L, "心内科病区", org.yuanwu.union.HonourStatus.AWARDED, null, false, null, 0),
                new org.yuanwu.union.HonourView(2L, "巾帼文明岗", org.yuanwu.union.HonourLevel.CITY, "市妇联", null, null, null,
                        3L, "心内科病区", org.yuanwu.union.HonourStatus.AWARDED, null, false, null, 0));
        assertThat(SummaryService.withHonours(SECTIONS, won).get(1).paragraphs()).endsWith(
                "全年获得各级荣誉 2 项：心内科病区获市级“巾帼文明岗”（市妇联）；李梅获院级“优秀护士”（本院）。");
        assertThat(SummaryService.withHonours(SECTIONS, List.of())).isEqualTo(SECTIONS);
    }
}
