package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.plan.ItemKind;
import org.yuanwu.plan.PlanSummary;
import org.yuanwu.plan.PlanSummary.ItemResult;
import org.yuanwu.plan.TargetComparator;

/** The summary's text for a small fixed model, compared whole. */
class SummaryTextTest {

    private static PlanSummary model() {
        List<ItemResult> items = List.of(
                new ItemResult(1, "全年开展健康教育讲座不少于12次", ItemKind.INDICATOR, "健康教育讲座次数", "次",
                        TargetComparator.AT_LEAST, new BigDecimal("12"), null, new BigDecimal("14.00"), true, false),
                new ItemResult(2, "手卫生依从率不低于95%", ItemKind.INDICATOR, "手卫生依从率", "%",
                        TargetComparator.AT_LEAST, new BigDecimal("95"), null, new BigDecimal("91.5"), false, false),
                new ItemResult(3, "护理不良事件上报", ItemKind.INDICATOR, "不良事件上报例数", "例",
                        TargetComparator.BETWEEN, new BigDecimal("5"), new BigDecimal("20"), null, false, true),
                new ItemResult(4, "完成院感自查报告。", ItemKind.DELIVERABLE, null, null, null, null, null, null, true, false));
        return new PlanSummary(7L, "内科2025年工作总结", "内科", "2025年", true, "加强护理质量管理，提高患者满意度",
                items,
                List.of(new PlanSummary.WorkCount("education.lectures", "健康教育讲座次数", "次", new BigDecimal("14"))),
                List.of(new PlanSummary.Ranking("健康教育讲座次数", "次", List.of(
                        new PlanSummary.RankedUnit("心内科病区", new BigDecimal("9")),
                        new PlanSummary.RankedUnit("呼吸科病区", new BigDecimal("5")))),
                        new PlanSummary.Ranking("手卫生依从率", "%", List.of())),
                List.of(new PlanSummary.Unmet("手卫生依从率不低于95%", false, List.of("手卫生依从率下半年因人员调整有所下降。")),
                        new PlanSummary.Unmet("护理不良事件上报", true, List.of())),
                new PlanSummary.DutyTally(11, 12), "2026年", LocalDate.of(2026, 1, 8), List.of());
    }

    @Test
    void writesTheDocumentText() {
        PlanSummary s = model();
        String text = s.withSections(SummaryText.sections(s)).text();
        assertThat(text).isEqualTo("""
                内科2025年工作总结
                一、工作目标
                本年度工作目标：加强护理质量管理，提高患者满意度。
                二、计划完成情况
                本计划共列工作事项 4 项，已完成 2 项，未完成 1 项，暂无数据 1 项。
                （一）全年开展健康教育讲座不少于12次。全年健康教育讲座次数 14 次，目标不少于 12 次，已完成。
                （二）手卫生依从率不低于95%。全年手卫生依从率 91.5%，目标不少于 95%，未完成。
                （三）护理不良事件上报。全年不良事件上报例数暂无数据，目标在 5 至 20 例之间。
                （四）完成院感自查报告。已完成。
                三、主要工作量
                根据业务记录统计，全年共完成健康教育讲座次数 14 次。
                四、各单位完成情况排名
                健康教育讲座次数：第一名为心内科病区（9 次），第二名为呼吸科病区（5 次）。
                手卫生依从率：下属各单位暂无数据。
                五、未完成事项及原因
                手卫生依从率不低于95%，未完成。原因：手卫生依从率下半年因人员调整有所下降。
                护理不良事件上报，暂无数据，未能确认完成。未记录原因。
                六、日常工作落实情况
                本年度共安排例行工作 12 次，已完成 11 次，完成率 92%。
                七、下一年度工作计划（草案）
                2026年拟继续开展以下工作：
                1. 全年开展健康教育讲座不少于12次，健康教育讲座次数目标不少于 12 次。
                2. 手卫生依从率不低于95%，手卫生依从率目标不少于 95%。
                3. 护理不良事件上报，不良事件上报例数目标在 5 至 20 例之间。
                4. 完成院感自查报告。
                内科
                2026年1月8日
                """);
    }

    @Test
    void numbersLoseTrailingZerosAndPercentSitsOnTheNumber() {
        assertThat(SummaryText.amount(new BigDecimal("14.00"), "次")).isEqualTo("14 次");
        assertThat(SummaryText.amount(new BigDecimal("1E+2"), "次")).isEqualTo("100 次");
        assertThat(SummaryText.amount(new BigDecimal("95.50"), "%")).isEqualTo("95.5%");
    }
}
