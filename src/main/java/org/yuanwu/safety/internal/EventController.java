package org.yuanwu.safety.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.safety.AdverseEventService;
import org.yuanwu.safety.EventFilter;
import org.yuanwu.safety.EventForm;
import org.yuanwu.safety.EventLevel;
import org.yuanwu.safety.EventStatus;
import org.yuanwu.safety.EventSteps;
import org.yuanwu.safety.EventType;
import org.yuanwu.safety.EventView;
import org.yuanwu.safety.FishboneCategory;
import org.yuanwu.safety.TriageDecision;

/** The adverse-event pages: list with filters and export, the report form, the event with its steps, the monthly review. */
@Controller
@RequestMapping("/safety/events")
class EventController {

    static final int PAGE_SIZE = 20;
    static final Sort ORDER = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
    static final int TIMELINE_ROWS = 6;
    static final int WHY_ROWS = 5;

    private final AdverseEventService events;
    private final OrgUnitService units;
    private final StaffService staff;

    EventController(AdverseEventService events, OrgUnitService units, StaffService staff) {
        this.events = events;
        this.units = units;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", EventLevel.values());
        model.addAttribute("types", EventType.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("categories", FishboneCategory.values());
        model.addAttribute("decisions", TriageDecision.values());
        model.addAttribute("repeatWindowDays", String.valueOf(events.repeatWindowDays()));
    }

    @GetMapping
    String list(EventFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", events.search(filter, PageRequests.of(page, PAGE_SIZE, ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "safety/events";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(EventFilter filter, Locale locale) {
        return excel(events.export(filter, locale), "adverse-events-" + events.today() + ".xlsx");
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        EventForm form = new EventForm();
        form.setOccurredAt(LocalDateTime.now(HospitalTime.ZONE).truncatedTo(ChronoUnit.MINUTES));
        form.setUnitId(CurrentActor.get().scopeUnitId());
        form.setNursing(true);
        return formPage(form, model);
    }

    @PostMapping
    String report(@ModelAttribute("eventForm") EventForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                EventView created = events.report(form);
                if (created.anonymous()) {
                    // an anonymous reporter cannot open the event afterwards: it is not hers on record
                    redirect.addFlashAttribute("notice", "event.notice.reportedAnonymously");
                    return "redirect:/safety/events";
                }
                redirect.addFlashAttribute("notice", "event.notice.reported");
                return "redirect:/safety/events/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, model);
    }

    @GetMapping("/review")
    String review(@RequestParam(required = false) String month, Model model) {
        String m = month == null || month.isBlank() ? YearMonth.from(events.today()).toString() : month;
        model.addAttribute("review", events.review(m));
        model.addAttribute("month", m);
        return "safety/event-review";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        EventView e = events.get(id);
        model.addAttribute("e", e);
        model.addAttribute("mayAnswerRepeat", events.mayAnswerRepeat(id));
        model.addAttribute("timelineRows", padded(e.timeline().size(), TIMELINE_ROWS));
        model.addAttribute("whyRows", padded(e.whys().size(), WHY_ROWS));
        java.util.Map<String, String> causeText = new java.util.HashMap<>();
        for (EventSteps.Cause c : e.causes()) {
            causeText.merge(c.category().name(), c.cause(), (a, b) -> a + "\n" + b);
        }
        model.addAttribute("causeText", causeText);
        model.addAttribute("units", units.allVisible(true));
        boolean manage = events.mayManage(id);
        model.addAttribute("staffChoices", manage && CurrentActor.get().can(Permissions.STAFF_READ)
                ? staff.search(new StaffFilter(null, e.unitId(), null, StaffStatus.ACTIVE, null, null),
                PageRequests.of(0, 200, Sort.by("name"))).getContent()
                : List.of());
        model.addAttribute("mayManage", manage);
        model.addAttribute("defaultDeadline", events.today().plusDays(30));
        return "safety/event";
    }

    @PostMapping("/{id}/triage")
    String triage(@PathVariable Long id, @RequestParam(required = false) TriageDecision decision,
                  @RequestParam(required = false) EventType type, @RequestParam(required = false) EventLevel level,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return step(id, redirect, "event.notice.triaged",
                () -> events.triage(id, new EventSteps.Triage(decision, type, level, note, version)));
    }

    @PostMapping("/{id}/rca")
    String rca(@PathVariable Long id, @RequestParam(required = false) List<String> timelineAt,
               @RequestParam(required = false) List<String> timelineEntry,
               @RequestParam(required = false) List<String> why, @RequestParam(required = false) String summary,
               @RequestParam java.util.Map<String, String> params, @RequestParam(required = false) Long version,
               RedirectAttributes redirect) {
        List<EventSteps.TimelineEntry> timeline = new ArrayList<>();
        List<String> entries = timelineEntry == null ? List.of() : timelineEntry;
        for (int i = 0; i < entries.size(); i++) {
            String at = timelineAt != null && i < timelineAt.size() ? timelineAt.get(i) : null;
            timeline.add(new EventSteps.TimelineEntry(at, entries.get(i)));
        }
        // one text box per fishbone category, one cause a line
        List<EventSteps.Cause> causes = new ArrayList<>();
        for (FishboneCategory c : FishboneCategory.values()) {
            String text = params.get("cause_" + c.name());
            if (text != null) {
                text.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(l -> causes.add(new EventSteps.Cause(c, l)));
            }
        }
        return step(id, redirect, "event.notice.analysed", () -> events.analyse(id,
                new EventSteps.RootCauseAnalysis(timeline, causes, why == null ? List.of() : why, summary, version)));
    }

    @PostMapping("/{id}/actions")
    String action(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String action,
                  @RequestParam(required = false) Long responsibleStaffId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  RedirectAttributes redirect) {
        return step(id, redirect, "event.notice.actionAdded", () -> events.addAction(id,
                new EventSteps.CorrectiveAction(unitId, description, action, responsibleStaffId, deadline)));
    }

    @PostMapping("/{id}/accountability")
    String accountability(@PathVariable Long id, @RequestParam(required = false) String text,
                          @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "event.notice.accountability",
                () -> events.accountability(id, new EventSteps.Accountability(text, version)));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) String note,
                 @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "event.notice.closed", () -> events.close(id, new EventSteps.Closing(note, version)));
    }

    private String step(Long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            redirect.addFlashAttribute("actionField", e.field());
        }
        return "redirect:/safety/events/" + id;
    }

    private static List<Integer> padded(int filled, int minimum) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(filled + 1, minimum); i++) {
            rows.add(i);
        }
        return rows;
    }

    private String formPage(EventForm form, Model model) {
        model.addAttribute("eventForm", form);
        model.addAttribute("units", units.allVisible(true));
        return "safety/event-form";
    }
}
