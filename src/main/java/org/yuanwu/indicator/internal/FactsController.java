package org.yuanwu.indicator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.indicator.MeasureCatalog;
import org.yuanwu.indicator.MeasureView;
import org.yuanwu.organization.OrgUnitService;

/** Manual figures: enter one, upload a sheet, list and withdraw. */
@Controller
@RequestMapping("/facts")
class FactsController {

    private final ManualFacts manual;
    private final ManualFactsWorkbook workbook;
    private final MeasureCatalog measures;
    private final OrgUnitService units;

    FactsController(ManualFacts manual, ManualFactsWorkbook workbook, MeasureCatalog measures, OrgUnitService units) {
        this.manual = manual;
        this.workbook = workbook;
        this.measures = measures;
        this.units = units;
    }

    @GetMapping
    String page(@RequestParam(required = false) String measure, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("measure", measure);
        model.addAttribute("unitId", unitId);
        model.addAttribute("page", manual.list(measure, unitId, PageRequests.of(page, 20, Sort.unsorted())));
        model.addAttribute("measures", measures.all().stream().filter(MeasureView::manualEntry).toList());
        model.addAttribute("units", units.allVisible(true));
        return "indicator/facts";
    }

    @PostMapping
    String enter(@RequestParam(required = false) String measureCode, @RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestParam(required = false) BigDecimal value, RedirectAttributes redirect) {
        try {
            manual.enter(measureCode, unitId, date, value);
            redirect.addFlashAttribute("notice", "indicator.notice.entered");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/facts";
    }

    @PostMapping("/withdraw")
    String withdraw(@RequestParam String sourceId, RedirectAttributes redirect) {
        manual.withdraw(sourceId);
        redirect.addFlashAttribute("notice", "indicator.notice.withdrawn");
        return "redirect:/facts";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "import.error.notSpreadsheet");
            redirect.addFlashAttribute("errorArgs", new Object[0]);
            return "redirect:/facts";
        }
        try {
            redirect.addFlashAttribute("report", workbook.upload(file.getInputStream()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/facts";
    }
}
