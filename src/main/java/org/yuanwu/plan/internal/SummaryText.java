package org.yuanwu.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.plan.ItemKind;
import org.yuanwu.plan.PlanSummary;
import org.yuanwu.plan.PlanSummary.ItemResult;
import org.yuanwu.plan.PlanSummary.Section;
import org.yuanwu.plan.TargetComparator;

/** Writes a summary's sentences from its figures; pure (no Spring, no database), so it is tested as plain text. */
public final class SummaryText {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] PLACES = {"第一名", "第二名", "第三名"};

    private SummaryText() {
    }

    public static List<Section> sections(PlanSummary s) {
        List<Section> out = new ArrayList<>();
        String whole = s.annual() ? "全年" : "本期";

        out.add(section(out, "工作目标", List.of(blank(s.goals())
                ? "本计划未填写工作目标。" : "本" + (s.annual() ? "年度" : "期") + "工作目标：" + s.goals().trim()
                + (endsSentence(s.goals().trim()) ? "" : "。"))));

        List<String> items = new ArrayList<>();
        long met = s.items().stream().filter(ItemResult::met).count();
        long noData = s.items().stream().filter(ItemResult::noData).count();
        items.add("本计划共列工作事项 " + s.items().size() + " 项，已完成 " + met + " 项，未完成 "
                + (s.items().size() - met - noData) + " 项" + (noData > 0 ? "，暂无数据 " + noData + " 项" : "") + "。");
        for (ItemResult i : s.items()) {
            items.add(itemSentence(i, whole));
        }
        out.add(section(out, "计划完成情况", items));

        if (!s.work().isEmpty()) {
            List<String> parts = s.work().stream().map(w -> w.name() + " " + amount(w.total(), w.unit())).toList();
            out.add(section(out, "主要工作量", List.of("根据业务记录统计，" + whole + "共完成" + String.join("，", parts) + "。")));
        }

        if (!s.rankings().isEmpty()) {
            List<String> paragraphs = new ArrayList<>();
            for (PlanSummary.Ranking r : s.rankings()) {
                if (r.top().isEmpty()) {
                    paragraphs.add(r.indicatorName() + "：下属各单位暂无数据。");
                    continue;
                }
                List<String> places = new ArrayList<>();
                for (int k = 0; k < r.top().size() && k < PLACES.length; k++) {
                    PlanSummary.RankedUnit u = r.top().get(k);
                    places.add(PLACES[k] + "为" + u.unitName() + "（" + amount(u.value(), r.unit()) + "）");
                }
                paragraphs.add(r.indicatorName() + "：" + String.join("，", places) + "。");
            }
            out.add(section(out, "各单位完成情况排名", paragraphs));
        }

        List<String> unmet = new ArrayList<>();
        if (s.unmet().isEmpty()) {
            unmet.add("本" + (s.annual() ? "年度" : "期") + "计划事项均已完成。");
        }
        for (PlanSummary.Unmet u : s.unmet()) {
            String state = u.noData() ? "暂无数据，未能确认完成" : "未完成";
            String why = u.reasons().isEmpty() ? "未记录原因。"
                    : "原因：" + String.join("；", u.reasons().stream().map(SummaryText::stripEnd).toList()) + "。";
            unmet.add(stripEnd(u.text()) + "，" + state + "。" + why);
        }
        out.add(section(out, "未完成事项及原因", unmet));

        if (s.duties() != null && s.duties().total() > 0) {
            long pct = Math.round(100.0 * s.duties().done() / s.duties().total());
            out.add(section(out, "日常工作落实情况", List.of("本" + (s.annual() ? "年度" : "期") + "共安排例行工作 "
                    + s.duties().total() + " 次，已完成 " + s.duties().done() + " 次，完成率 " + pct + "%。")));
        }

        List<String> next = new ArrayList<>();
        next.add(s.nextPeriodLabel() + "拟继续开展以下工作：");
        int n = 1;
        for (ItemResult i : s.items()) {
            String line = n++ + ". " + stripEnd(i.text());
            if (i.kind() == ItemKind.INDICATOR && i.target() != null) {
                line += "，" + i.indicatorName() + "目标" + target(i.comparator(), i.target(), i.targetUpper(), i.unit());
            }
            next.add(line + "。");
        }
        out.add(section(out, "下一年度工作计划（草案）", next));
        return out;
    }

    /** One item's sentence, e.g. "（一）全年开展健康教育讲座不少于12次。全年健康教育讲座次数 14 次，目标不少于 12 次，已完成。" */
    public static String itemSentence(ItemResult i, String whole) {
        String head = "（" + numeral(i.position()) + "）" + stripEnd(i.text()) + "。";
        if (i.kind() == ItemKind.DELIVERABLE) {
            return head + (i.met() ? "已完成。" : "未完成。");
        }
        String goal = i.target() == null ? "" : "，目标" + target(i.comparator(), i.target(), i.targetUpper(), i.unit());
        if (i.noData() || i.value() == null) {
            return head + whole + i.indicatorName() + "暂无数据" + goal + "。";
        }
        return head + whole + i.indicatorName() + " " + amount(i.value(), i.unit()) + goal + "，"
                + (i.met() ? "已完成" : "未完成") + "。";
    }

    static String target(TargetComparator c, BigDecimal target, BigDecimal upper, String unit) {
        if (c == null) {
            return "为 " + amount(target, unit);
        }
        return switch (c) {
            case AT_LEAST -> "不少于 " + amount(target, unit);
            case AT_MOST -> "不超过 " + amount(target, unit);
            case EQUAL -> "为 " + amount(target, unit);
            case BETWEEN -> "在 " + number(target) + " 至 " + amount(upper, unit) + "之间";
        };
    }

    /** "14 次", "95.5%". */
    public static String amount(BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return "%".equals(unit) || "‰".equals(unit) ? number(value) + unit : number(value) + " " + unit;
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    static String numeral(int n) {
        if (n >= 1 && n <= 10) {
            return NUMERALS[n - 1];
        }
        if (n < 20) {
            return "十" + NUMERALS[n - 11];
        }
        return String.valueOf(n);
    }

    private static Section section(List<Section> before, String title, List<String> paragraphs) {
        return new Section(numeral(before.size() + 1) + "、" + title, List.copyOf(paragraphs));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean endsSentence(String s) {
        return s.endsWith("。") || s.endsWith("！") || s.endsWith("；") || s.endsWith(".");
    }

    private static String stripEnd(String s) {
        String t = s == null ? "" : s.trim();
        while (!t.isEmpty() && "。；;.，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
