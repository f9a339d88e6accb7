package org.yuanwu.infection.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yuanwu.common.pdf.ChineseFont;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.Period;
import org.yuanwu.infection.AntibioticService;
import org.yuanwu.infection.ClusterAlert;
import org.yuanwu.infection.InfectionCaseService;
import org.yuanwu.infection.PrescriptionSampleView;
import org.yuanwu.organization.OrgUnitService;

/**
 * The monthly infection bulletin (院感简报) as a PDF: incidence per unit with those over target marked, device-associated
 * rates and under-reporting, environment and sterilisation monitoring, antibiotic use ranked by department, and cluster
 * alerts — every figure from the indicator engine or the module's own records, in sentences an office would send round.
 */
@Component
class InfectionBulletin {

    private final IndicatorEngine engine;
    private final AntibioticService antibiotics;
    private final InfectionCaseService cases;
    private final OrgUnitService units;
    private final ChineseFont font;

    InfectionBulletin(IndicatorEngine engine, AntibioticService antibiotics, InfectionCaseService cases, OrgUnitService units,
                      ChineseFont font) {
        this.engine = engine;
        this.antibiotics = antibiotics;
        this.cases = cases;
        this.units = units;
        this.font = font;
    }

    byte[] write(Long unitId, YearMonth month) {
        BaseFont base = font.baseFont();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 9);
        String unitName = units.get(unitId).name();
        Period period = Period.month(month.getYear(), month.getMonthValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            String name = unitName + month.getYear() + "年" + month.getMonthValue() + "月医院感染监测简报";
            doc.addTitle(name);
            doc.open();
            Paragraph t = new Paragraph(name, title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(12);
            doc.add(t);

            List<IndicatorValue> all = engine.values(List.of("infection.hai_incidence", "infection.clabsi_rate",
                    "infection.cauti_rate", "infection.vap_rate", "infection.hai_underreport_rate", "infection.environment_pass_rate",
                    "infection.disinfectant_pass_rate", "infection.uv_lamp_pass_rate", "infection.sterilization_pass_rate"),
                    unitId, period);
            doc.add(section("一、医院感染发生情况", heading));
            IndicatorValue hai = all.get(0);
            doc.add(paragraph(hai.hasData()
                    ? "本月出院 " + n(hai.denominator()) + " 人，发生医院感染 " + n(hai.numerator()) + " 例，发生率 " + v(hai) + "%"
                    + (hai.target() == null ? "。" : "（目标不高于 " + n(hai.target()) + "%），" + (hai.status() == IndicatorValue.Status.MET
                    ? "达到目标。" : "超过目标，须调查原因。"))
                    : "本月尚无出院人数登记，无法计算医院感染发生率。", body));
            List<IndicatorValue> byChild = engine.byChild("infection.hai_incidence", unitId, period);
            if (!byChild.isEmpty()) {
                PdfPTable table = table(small, new float[] {4, 2, 2, 2, 2}, "单位", "出院人数", "感染例数", "发生率（%）", "判定");
                for (IndicatorValue c : byChild) {
                    if (!c.hasData()) {
                        continue;
                    }
                    cells(table, small, units.find(c.unitId()).map(u -> u.name()).orElse(""), n(c.denominator()), n(c.numerator()),
                            v(c), c.status() == IndicatorValue.Status.NOT_MET ? "需调查" : "");
                }
                doc.add(table);
            }
            doc.add(section("二、器械相关感染与漏报", heading));
            doc.add(paragraph("中心静脉导管相关血流感染 " + rate(all.get(1), "‰") + "；导尿管相关尿路感染 " + rate(all.get(2), "‰")
                    + "；呼吸机相关肺炎 " + rate(all.get(3), "‰") + "（均为每千器械日）。医院感染漏报率 " + rate(all.get(4), "%") + "。", body));
            doc.add(section("三、环境卫生学与消毒灭菌监测", heading));
            doc.add(paragraph("环境卫生学监测合格率 " + rate(all.get(5), "%") + "；使用中消毒液合格率 " + rate(all.get(6), "%")
                    + "；紫外线灯强度合格率 " + rate(all.get(7), "%") + "；灭菌监测合格率 " + rate(all.get(8), "%") + "。", body));
            doc.add(section("四、抗菌药物使用", heading));
            List<PrescriptionSampleView> rows = antibiotics.month(unitId, month);
            if (rows.isEmpty()) {
                doc.add(paragraph("本月未登记处方抽查。", body));
            } else {
                long over = rows.stream().filter(PrescriptionSampleView::overLimit).count();
                doc.add(paragraph("本月抽查 " + rows.size() + " 项，" + (over == 0 ? "均未超过国家上限。" : over + " 项超过国家上限，见下表（按使用率由高到低）。"), body));
                PdfPTable table = table(small, new float[] {2, 4, 2, 2, 2, 2}, "类别", "科室", "抽查数", "使用率（%）", "上限（%）", "判定");
                for (PrescriptionSampleView r : rows) {
                    cells(table, small, switch (r.setting()) {
                        case OUTPATIENT -> "门诊处方";
                        case EMERGENCY -> "急诊处方";
                        case INPATIENT -> "出院患者";
                    }, r.unitName(), String.valueOf(r.sampled()), r.ratePercent().toPlainString(), r.limitPercent().toPlainString(),
                            r.overLimit() ? "超限" : "");
                }
                doc.add(table);
            }
            doc.add(section("五、聚集性预警", heading));
            List<ClusterAlert> clusters = cases.clusters(month.atEndOfMonth(), month.lengthOfMonth()).stream()
                    .filter(c -> !c.lastOnset().isBefore(month.atDay(1))).toList();
            if (clusters.isEmpty()) {
                doc.add(paragraph("本月未发现医院感染聚集。", body));
            } else {
                for (ClusterAlert c : clusters) {
                    doc.add(paragraph(c.unitName() + "：" + c.pathogen() + " " + c.caseIds().size() + " 例（" + c.firstOnset() + " 至 "
                            + c.lastOnset() + "），请立即调查。", body));
                }
            }
            Paragraph sign = new Paragraph(unitName + " 院感科", body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(24);
            doc.add(sign);
        } catch (DocumentException e) {
            throw new IllegalStateException("Bulletin could not be written", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setFirstLineIndent(21);
        p.setLeading(0, 1.5f);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(Font font, float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, font));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String v : values) {
            table.addCell(new PdfPCell(new Phrase(v, font)));
        }
    }

    private static String n(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String v(IndicatorValue value) {
        return value.value() == null ? "—" : value.value().toPlainString();
    }

    private static String rate(IndicatorValue value, String unit) {
        return value.hasData() ? value.value().toPlainString() + unit : "无数据";
    }
}
