package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.infection.IsolationForm;
import org.yuanwu.infection.IsolationService;
import org.yuanwu.infection.IsolationView;
import org.yuanwu.infection.Precaution;
import org.yuanwu.organization.OrgUnitService;

/** The isolation register page: filter, register, void, export. */
@Controller
@RequestMapping("/infection/isolation")
class IsolationController {

    private final IsolationService isolations;
    private final OrgUnitService units;

    IsolationController(IsolationService isolations, OrgUnitService units) {
        this.isolations = isolations;
        this.units = units;
    }

    @GetMapping
    String register(@RequestParam(required = false) Long unitId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "false") boolean withVoided,
                    @RequestParam(required = false) Integer page, Model model) {
        Long unit = Requests.unitOrDefault(unitId, units);
        LocalDate today = LocalDate.now(Requests.ZONE);
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        Page<IsolationView> entries = unit == null ? Page.empty()
                : isolations.search(unit, start, end, withVoided, PageRequests.of(page, 50, Sort.unsorted()));
        long[] tally = unit == null ? new long[2] : isolations.tally(unit, start, end);
        model.addAttribute("unitId", unit);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("today", today);
        model.addAttribute("withVoided", withVoided);
        model.addAttribute("entries", entries);
        model.addAttribute("tallyArgs", new Object[] {String.valueOf(tally[0]), String.valueOf(tally[1])});
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("precautions", Precaution.values());
        return "infection/isolation";
    }

    @PostMapping
    String record(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String patientNo,
                  @RequestParam(required = false) String disease,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diagnosedOn,
                  @RequestParam(required = false) Boolean isolated, @RequestParam(required = false) Precaution precaution,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate isolatedOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
                  @RequestParam(required = false) String reasonNotIsolated, RedirectAttributes redirect) {
        try {
            isolations.record(new IsolationForm(unitId, patientNo, disease, diagnosedOn, isolated, precaution, isolatedOn,
                    endedOn, reasonNotIsolated, null));
            redirect.addFlashAttribute("notice", "infection.isolation.saved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/isolation";
    }

    @PostMapping("/{id}/void")
    String voidEntry(@PathVariable Long id, @RequestParam(required = false) Long version,
                     @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            isolations.voidEntry(id, version, reason);
            redirect.addFlashAttribute("notice", "infection.isolation.voided");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/isolation";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam Long unitId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "false") boolean withVoided) {
        boolean zh = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
        List<String> headers = zh
                ? List.of("编号", "科室", "病案号", "传染病诊断", "诊断日期", "是否隔离", "隔离方式", "隔离开始", "解除隔离", "未隔离原因", "登记人", "作废原因")
                : List.of("ID", "Unit", "Patient", "Disease", "Diagnosed", "Isolated", "Precaution", "From", "Ended", "Reason not isolated", "Recorded by", "Void reason");
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        Page<IsolationView> chunk;
        do {
            chunk = isolations.search(unitId, from, to, withVoided, PageRequests.of(page++, PageRequests.MAX_SIZE, Sort.unsorted()));
            for (IsolationView v : chunk) {
                rows.add(List.of(v.id(), v.unitName(), v.patientNo(), v.disease(), v.diagnosedOn().toString(),
                        v.isolated() ? (zh ? "是" : "yes") : (zh ? "否" : "no"), v.precaution() == null ? "" : v.precaution().name(),
                        v.isolatedOn() == null ? "" : v.isolatedOn().toString(), v.endedOn() == null ? "" : v.endedOn().toString(),
                        nz(v.reasonNotIsolated()), v.recordedBy(), nz(v.voidReason())));
            }
        } while (chunk.hasNext());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"isolation-register.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(ExcelSheet.write(zh ? "隔离登记" : "Isolation register", headers, rows));
    }


    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
