package org.yuanwu.quality.internal;

import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.quality.InspectionFilter;
import org.yuanwu.quality.InspectionForm;
import org.yuanwu.quality.InspectionLineView;
import org.yuanwu.quality.InspectionStatus;
import org.yuanwu.quality.InspectionView;
import org.yuanwu.quality.QualityFindings;
import org.yuanwu.quality.QualityInspections;
import org.yuanwu.quality.QualityTemplates;
import org.yuanwu.quality.ReviewStepKind;
import org.yuanwu.quality.RoundForm;
import org.yuanwu.quality.RoundKind;
import org.yuanwu.quality.RoundView;
import org.yuanwu.quality.ScoreLine;
import org.yuanwu.quality.TemplateKind;

/** Inspection pages: the list, a new ad hoc inspection, the tablet scoring page with the review chain, rounds. */
@Controller
@RequestMapping("/quality")
class InspectionController {

    static final ZoneId ZONE = HospitalTime.ZONE;

    private final QualityInspections inspections;
    private final QualityTemplates templates;
    private final QualityFindings findings;
    private final OrgUnitService units;
    private final MessageSource messages;

    InspectionController(QualityInspections inspections, QualityTemplates templates, QualityFindings findings,
                         OrgUnitService units, MessageSource messages) {
        this.inspections = inspections;
        this.templates = templates;
        this.findings = findings;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", InspectionStatus.values());
        model.addAttribute("kinds", TemplateKind.values());
    }

    @GetMapping("/inspections")
    String list(InspectionFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", inspections.search(filter, PageRequests.of(page, 20, QualityApiController.INSPECTION_ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "quality/inspections";
    }

    /** The filtered list as Excel (at most 10,000 rows, newest first). */
    @GetMapping("/inspections/export")
    ResponseEntity<byte[]> export(InspectionFilter filter, Locale locale) {
        List<InspectionView> rows = inspections.search(filter,
                org.springframework.data.domain.PageRequest.of(0, 10_000, QualityApiController.INSPECTION_ORDER)).getContent();
        List<String> headers = List.of(msg("quality.inspection.date", locale), msg("quality.inspection.unit", locale),
                msg("quality.inspection.template", locale), msg("quality.inspection.inspectingUnit", locale),
                msg("quality.inspection.inspector", locale), msg("quality.inspection.score", locale),
                msg("quality.inspection.vetoed", locale), msg("quality.inspection.status", locale));
        List<List<Object>> data = rows.stream().map(i -> List.<Object>of(i.inspectionDate(), i.unitName(),
                i.templateName() + " v" + i.templateVersion(), i.inspectingUnitName() == null ? "" : i.inspectingUnitName(),
                i.inspector(), i.percentage(), i.vetoed() ? msg("common.yes", locale) : "",
                msg("quality.status." + i.status(), locale))).toList();
        byte[] xlsx = ExcelSheet.write(msg("quality.inspections.title", locale), headers, data);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("inspections-" + LocalDate.now(ZONE) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping("/inspections/new")
    String newForm(Model model) {
        InspectionForm form = new InspectionForm();
        form.setInspectionDate(LocalDate.now(ZONE));
        form.setDeadlineDays(7);
        return form(form, null, model);
    }

    @PostMapping("/inspections")
    String create(@ModelAttribute("inspectionForm") InspectionForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            InspectionView created = inspections.create(form);
            redirect.addFlashAttribute("notice", "quality.notice.created");
            return "redirect:/quality/inspections/" + created.id();
        } catch (DomainException e) {
            rethrowRefusal(e);
            response.setStatus(e.status().value());
            return form(form, e, model);
        }
    }

    private String form(InspectionForm form, DomainException error, Model model) {
        model.addAttribute("inspectionForm", form);
        model.addAttribute("error", error);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("templates", templates.active());
        return "quality/inspection-form";
    }

    @GetMapping("/inspections/{id}")
    String show(@PathVariable Long id, Model model) {
        return detail(inspections.get(id), Map.of(), null, model);
    }

    private String detail(InspectionView inspection, Map<String, String> entered, DomainException error, Model model) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("actions", inspections.actions(inspection.id()));
        model.addAttribute("findings", inspection.status() == InspectionStatus.PUBLISHED
                || inspection.status() == InspectionStatus.WITHDRAWN ? findings.ofInspection(inspection.id()) : List.of());
        model.addAttribute("entered", entered);
        model.addAttribute("error", error);
        model.addAttribute("errorItem", error != null && error.field() != null && error.field().startsWith("item")
                ? error.field().substring(4) : null);
        Map<String, List<InspectionLineView>> sections = new LinkedHashMap<>();
        inspection.lines().forEach(l -> sections.computeIfAbsent(l.section(), k -> new ArrayList<>()).add(l));
        model.addAttribute("sections", sections);
        return "quality/inspection";
    }

    /** The tablet form: per item occurrences or points, a note and a photo; all checked by the service. */
    @PostMapping("/inspections/{id}/scores")
    String score(@PathVariable Long id, MultipartHttpServletRequest request, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) throws IOException {
        InspectionView current = inspections.get(id);
        Map<String, String> entered = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> entered.put(k, v.length == 0 ? "" : v[0]));
        try {
            List<ScoreLine> lines = new ArrayList<>();
            Map<Long, QualityInspections.Photo> photos = new LinkedHashMap<>();
            for (InspectionLineView l : current.lines()) {
                Integer occ = integer(entered.get("occ_" + l.itemId()), l);
                BigDecimal pts = decimal(entered.get("pts_" + l.itemId()), l);
                lines.add(new ScoreLine(l.itemId(), pts == null ? (occ == null ? 0 : occ) : null, pts,
                        entered.get("note_" + l.itemId())));
                MultipartFile photo = request.getFile("photo_" + l.itemId());
                if (photo != null && !photo.isEmpty()) {
                    photos.put(l.itemId(), new QualityInspections.Photo(photo.getOriginalFilename(),
                            QualityApiController.bytes(photo, "item" + l.itemId())));
                }
            }
            Long version = parseLong(entered.get("version"));
            inspections.score(id, version, lines, entered.getOrDefault("remarks", ""),
                    integer(entered.get("deadlineDays"), null), photos);
            redirect.addFlashAttribute("notice", "quality.notice.scored");
            return "redirect:/quality/inspections/" + id;
        } catch (DomainException e) {
            rethrowRefusal(e);
            response.setStatus(e.status().value());
            return detail(current, entered, e, model);
        }
    }

    @PostMapping("/inspections/{id}/steps")
    String step(@PathVariable Long id, @RequestParam String step, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            inspections.step(id, ReviewStepKind.valueOf(step), version, comment);
            redirect.addFlashAttribute("notice", "quality.notice.step." + step);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            inspections.withdraw(id, version, reason);
            redirect.addFlashAttribute("notice", "quality.notice.withdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/inspections/" + id;
    }

    @GetMapping("/inspections/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId) {
        return QualityApiController.file(inspections.photo(id, photoId), true);
    }

    // ---------------------------------------------------------------- rounds

    @GetMapping("/rounds/new")
    String newRound(Model model) {
        RoundForm form = new RoundForm();
        form.setKind(RoundKind.MONTHLY);
        form.setInspectionDate(LocalDate.now(ZONE));
        form.setDeadlineDays(7);
        form.setParentUnitId(CurrentActor.get().scopeUnitId());
        return roundForm(form, null, model);
    }

    @PostMapping("/rounds")
    String createRound(@ModelAttribute("roundForm") RoundForm form, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            RoundView round = inspections.createRound(form);
            redirect.addFlashAttribute("notice", "quality.notice.roundCreated");
            return "redirect:/quality/rounds/" + round.id();
        } catch (DomainException e) {
            rethrowRefusal(e);
            response.setStatus(e.status().value());
            return roundForm(form, e, model);
        }
    }

    private String roundForm(RoundForm form, DomainException error, Model model) {
        while (form.getAssignments().size() < 6) {
            form.getAssignments().add(new RoundForm.Assignment(null, null));
        }
        model.addAttribute("roundForm", form);
        model.addAttribute("error", error);
        model.addAttribute("roundKinds", RoundKind.values());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("wards", units.allVisible(true).stream().filter(u -> u.kind() == OrgUnitKind.WARD).toList());
        model.addAttribute("templates", templates.active());
        return "quality/round-form";
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable Long id, Model model) {
        model.addAttribute("round", inspections.round(id));
        return "quality/round";
    }

    // ---------------------------------------------------------------- helpers

    private static Integer integer(String s, InspectionLineView item) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(item == null ? "deadlineDays" : "item" + item.itemId(),
                    "quality.error.notANumber", s);
        }
    }

    private static BigDecimal decimal(String s, InspectionLineView item) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("item" + item.itemId(), "quality.error.notANumber", s);
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void rethrowRefusal(DomainException e) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
    }

}
