package org.yuanwu.quality.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.quality.QualityRankings;
import org.yuanwu.quality.QualityTemplates;
import org.yuanwu.quality.RankingRow;
import org.yuanwu.quality.TemplateView;

/** The ranking page: units by average score for a checklist and period, bar chart beside its table, Excel export. */
@Controller
@RequestMapping("/quality/rankings")
class RankingController {

    private final QualityRankings rankings;
    private final QualityTemplates templates;
    private final OrgUnitService units;
    private final MessageSource messages;

    RankingController(QualityRankings rankings, QualityTemplates templates, OrgUnitService units, MessageSource messages) {
        this.rankings = rankings;
        this.templates = templates;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long templateId, @RequestParam(required = false) String period,
                @RequestParam(required = false) Long unitId, Model model) {
        List<TemplateView> all = templates.list(null);
        Long chosen = templateId != null ? templateId : all.stream().findFirst().map(TemplateView::id).orElse(null);
        String code = period == null || period.isBlank() ? String.valueOf(LocalDate.now(InspectionController.ZONE).getYear())
                : period.strip();
        Period p = QualityApiController.parsePeriod(code);
        List<RankingRow> rows = chosen == null ? List.of() : rankings.ranking(chosen, p, unitId);
        model.addAttribute("templates", all);
        model.addAttribute("templateId", chosen);
        model.addAttribute("period", code);
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("rows", rows);
        model.addAttribute("chartNames", rows.stream().map(RankingRow::unitName).toList());
        model.addAttribute("chartValues", rows.stream().map(RankingRow::averageScore).toList());
        model.addAttribute("chartPlaces", rows.stream().map(RankingRow::place).toList());
        return "quality/rankings";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam Long templateId, @RequestParam String period,
                                  @RequestParam(required = false) Long unitId, Locale locale) {
        List<RankingRow> rows = rankings.ranking(templateId, QualityApiController.parsePeriod(period), unitId);
        List<String> headers = List.of(msg("quality.ranking.place", locale), msg("quality.ranking.unit", locale),
                msg("quality.ranking.average", locale), msg("quality.ranking.count", locale),
                msg("quality.ranking.medal", locale));
        List<List<Object>> data = rows.stream().map(r -> List.<Object>of(r.place(), r.unitName(), r.averageScore(),
                r.inspections(), r.medal() ? msg("quality.ranking.medal." + r.place(), locale) : "")).toList();
        byte[] xlsx = ExcelSheet.write(msg("quality.ranking.title", locale), headers, data);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ranking-" + period + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
