package org.yuanwu.indicator.internal;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.indicator.Direction;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorForm;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.IndicatorView;
import org.yuanwu.indicator.MeasureCatalog;
import org.yuanwu.indicator.Period;
import org.yuanwu.indicator.PeriodType;
import org.yuanwu.indicator.TrafficLight;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;

/**
 * The indicator dashboard (every indicator for a unit and period against its target), one
 * indicator's drill-down (trend by month, ranking of child units), and the definition form.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorController {

    private final IndicatorCatalog catalog;
    private final MeasureCatalog measures;
    private final IndicatorEngine engine;
    private final OrgUnitService units;
    private final Requests requests;
    private final MessageSource messages;

    IndicatorController(IndicatorCatalog catalog, MeasureCatalog measures, IndicatorEngine engine, OrgUnitService units,
                        Requests requests, MessageSource messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.measures = measures;
        this.engine = engine;
        this.units = units;
        this.requests = requests;
    }

    /** One dashboard row: the definition, its value, last year's, and the light. */
    record Row(IndicatorView indicator, IndicatorValue value, IndicatorValue lastYear, TrafficLight light) {
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String period,
                     @RequestParam(required = false) String q, Model model) {
        Long unit = requests.unit(unitId);
        Period p = requests.period(period);
        common(model, unit, p);
        model.addAttribute("q", q);
        model.addAttribute("rows", rows(unit, p, q));
        return "indicator/dashboard";
    }

    /** The dashboard's table as a workbook: what the page shows, with the light spelled out. */
    @GetMapping("/export")
    ResponseEntity<byte[]> exportDashboard(@RequestParam(required = false) Long unitId,
                                           @RequestParam(required = false) String period,
                                           @RequestParam(required = false) String q) {
        Long unit = requests.unit(unitId);
        Period p = requests.period(period);
        Locale locale = LocaleContextHolder.getLocale();
        boolean zh = "zh".equals(locale.getLanguage());
        String unitName = units.get(unit).name();
        List<String> headers = zh
                ? List.of("单位", "期间", "指标代码", "指标", "指标值", "单位符号", "目标", "状态", "去年同期", "分子", "分母")
                : List.of("Unit", "Period", "Code", "Indicator", "Value", "Unit of measure", "Target", "Status",
                        "Same period last year", "Numerator", "Denominator");
        List<List<Object>> rows = rows(unit, p, q).stream().map(r -> List.<Object>of(
                unitName, p.label(locale), r.indicator().code(), r.indicator().name(locale),
                r.value().value() == null ? (zh ? "无数据" : "no data") : r.value().value(), r.indicator().unit(),
                r.indicator().target() == null ? "" : r.indicator().target(),
                messages.getMessage("indicator.light." + r.light(), null, locale),
                r.lastYear().value() == null ? "" : r.lastYear().value(),
                r.value().numerator() == null ? "" : r.value().numerator(),
                r.value().denominator() == null ? "" : r.value().denominator())).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators-" + p.code() + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(ExcelSheet.write(zh ? "指标看板" : "Indicators", headers, rows));
    }

    private List<Row> rows(Long unit, Period p, String q) {
        List<IndicatorView> shown = catalog.all().stream().filter(i -> matches(i, q)).toList();
        List<String> codes = shown.stream().map(IndicatorView::code).toList();
        List<IndicatorValue> now = codes.isEmpty() ? List.of() : engine.values(codes, unit, p);
        List<IndicatorValue> before = codes.isEmpty() ? List.of() : engine.values(codes, unit, p.previousYear());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            rows.add(new Row(shown.get(i), now.get(i), before.get(i), TrafficLight.of(now.get(i))));
        }
        return rows;
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) String period, Model model) {
        Long unit = requests.unit(unitId);
        Period p = requests.period(period);
        IndicatorView indicator = catalog.get(code);
        IndicatorValue value = engine.value(code, unit, p);
        List<IndicatorValue> trend = engine.bySubPeriod(code, unit, p, p.type() == PeriodType.MONTH ? PeriodType.DAY : PeriodType.MONTH);
        List<IndicatorValue> lastYearTrend = engine.bySubPeriod(code, unit, p.previousYear(),
                p.type() == PeriodType.MONTH ? PeriodType.DAY : PeriodType.MONTH);
        List<IndicatorValue> children = engine.byChild(code, unit, p);
        common(model, unit, p);
        model.addAttribute("indicator", indicator);
        model.addAttribute("value", value);
        model.addAttribute("light", TrafficLight.of(value));
        model.addAttribute("lastYear", engine.value(code, unit, p.previousYear()));
        model.addAttribute("trend", trend);
        model.addAttribute("lastYearTrend", lastYearTrend);
        List<IndicatorValue> ranking = rank(children, indicator.direction());
        var unitNames = units.allVisible(false).stream().collect(java.util.stream.Collectors.toMap(UnitView::id, UnitView::name));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("ranking", ranking);
        model.addAttribute("unitNames", unitNames);
        // Plain lists for the charts' script (labels, values with null for "no data").
        model.addAttribute("chartTrendLabels", trend.stream().map(v -> v.period().label(locale)).toList());
        model.addAttribute("chartTrendValues", trend.stream().map(IndicatorValue::value).toList());
        model.addAttribute("chartLastYearValues", lastYearTrend.stream().map(IndicatorValue::value).toList());
        model.addAttribute("chartRankingNames", ranking.stream().map(v -> unitNames.getOrDefault(v.unitId(), "")).toList());
        model.addAttribute("chartRankingValues", ranking.stream().map(IndicatorValue::value).toList());
        model.addAttribute("chartRankingIds", ranking.stream().map(IndicatorValue::unitId).toList());
        return "indicator/detail";
    }

    /** Children with data first, best first (by the indicator's direction); the top three are marked in the page. */
    static List<IndicatorValue> rank(List<IndicatorValue> children, Direction direction) {
        Comparator<IndicatorValue> byValue = Comparator.comparing(IndicatorValue::value);
        if (direction == Direction.HIGHER) {
            byValue = byValue.reversed();
        }
        List<IndicatorValue> ranked = new ArrayList<>(children.stream().filter(IndicatorValue::hasData).sorted(byValue).toList());
        children.stream().filter(v -> !v.hasData()).forEach(ranked::add);
        return ranked;
    }

    @GetMapping("/{code}/export")
    ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(defaultValue = "trend") String table) {
        Long unit = requests.unit(unitId);
        Period p = requests.period(period);
        Locale locale = LocaleContextHolder.getLocale();
        IndicatorView indicator = catalog.get(code);
        boolean byChild = "children".equals(table);
        List<IndicatorValue> values = byChild ? rank(engine.byChild(code, unit, p), indicator.direction())
                : engine.bySubPeriod(code, unit, p, PeriodType.MONTH);
        var names = units.allVisible(false).stream().collect(java.util.stream.Collectors.toMap(UnitView::id, UnitView::name));
        boolean zh = "zh".equals(locale.getLanguage());
        List<String> headers = List.of(byChild ? (zh ? "单位" : "Unit") : (zh ? "期间" : "Period"),
                zh ? "分子" : "Numerator", zh ? "分母" : "Denominator", zh ? "指标值" : "Value", zh ? "目标" : "Target");
        List<List<Object>> rows = values.stream().map(v -> List.<Object>of(
                byChild ? names.getOrDefault(v.unitId(), "") : v.period().label(locale),
                v.numerator() == null ? "" : v.numerator(), v.denominator() == null ? "" : v.denominator(),
                v.value() == null ? (zh ? "无数据" : "no data") : v.value(), v.target() == null ? "" : v.target())).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-" + table + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(ExcelSheet.write(code, headers, rows));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        CurrentActor.require(Permissions.INDICATOR_WRITE);
        return form(new IndicatorForm(), true, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                IndicatorView created = catalog.create(form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/indicators/" + created.code();
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        return form(form, true, model);
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        CurrentActor.require(Permissions.INDICATOR_WRITE);
        return form(IndicatorForm.of(catalog.get(code)), false, model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                catalog.update(code, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/indicators/" + code;
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        form.setCode(code);
        return form(form, false, model);
    }

    private String form(IndicatorForm form, boolean isNew, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("measures", measures.all());
        return "indicator/form";
    }

    private void common(Model model, Long unit, Period p) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", units.get(unit).name());
        model.addAttribute("period", p);
        model.addAttribute("periodLabel", p.label(locale));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("locale", locale);
        int year = p.start().getYear();
        model.addAttribute("periodChoices", List.of(Period.year(year), Period.halfYear(year, 1), Period.halfYear(year, 2),
                Period.quarter(year, 1), Period.quarter(year, 2), Period.quarter(year, 3), Period.quarter(year, 4),
                Period.year(year - 1), Period.year(year + 1)));
    }

    private static boolean matches(IndicatorView i, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String s = q.trim().toLowerCase(Locale.ROOT);
        return i.code().toLowerCase(Locale.ROOT).contains(s) || i.nameZh().contains(q.trim())
                || i.nameEn().toLowerCase(Locale.ROOT).contains(s);
    }
}
