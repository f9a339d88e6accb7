package org.yuanwu.union.internal.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.union.CongressService;
import org.yuanwu.union.CongressViews;

/** The congress pages: terms, delegates and quotas, sessions with attendance, agenda, documents and votes, the resolution. */
@Controller
@RequestMapping("/union/congress")
class CongressController {

    private final CongressService congress;
    private final OrgUnitService units;
    private final StaffService staff;

    CongressController(CongressService congress, OrgUnitService units, StaffService staff) {
        this.congress = congress;
        this.units = units;
        this.staff = staff;
    }

    @GetMapping
    String index(Model model) {
        List<CongressViews.Term> terms = congress.terms();
        model.addAttribute("terms", terms);
        model.addAttribute("sessions", congress.allSessions());
        if (CurrentActor.get().can(Permissions.UNION_WRITE)) {
            model.addAttribute("units", units.allVisible(true));
        }
        model.addAttribute("defaultStaffPerDelegate", congress.defaultStaffPerDelegate());
        model.addAttribute("defaultQuorum", congress.defaultQuorumNumerator() + "/" + congress.defaultQuorumDenominator());
        model.addAttribute("today", congress.today());
        return "union/congress/index";
    }

    @PostMapping("/terms")
    String createTerm(@RequestParam(required = false) Long hospitalUnitId, @RequestParam(required = false) String name,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                      @RequestParam(required = false) Integer staffPerDelegate, RedirectAttributes redirect) {
        return UnionPages.stepTo(redirect, "congress.notice.termCreated", () -> "/union/congress/terms/"
                + congress.createTerm(new CongressViews.TermForm(hospitalUnitId, name, startsOn, endsOn, staffPerDelegate,
                null, null, null)).id(), "/union/congress");
    }

    @GetMapping("/terms/{id}")
    String term(@PathVariable Long id, Model model) {
        model.addAttribute("term", congress.term(id));
        model.addAttribute("delegates", congress.delegates(id, false));
        model.addAttribute("sessions", congress.sessions(id));
        if (CurrentActor.get().can(Permissions.UNION_READ)) {
            model.addAttribute("quotas", congress.quotas(id));
        }
        if (CurrentActor.get().can(Permissions.UNION_WRITE) && CurrentActor.get().can(Permissions.STAFF_READ)) {
            CongressViews.Term t = congress.term(id);
            List<StaffView> people = staff.search(new StaffFilter(null, t.hospitalUnitId(), null, StaffStatus.ACTIVE, null, null),
                    PageRequest.of(0, 1000, Sort.by("employeeNo"))).getContent();
            model.addAttribute("people", people);
        }
        model.addAttribute("today", congress.today());
        return "union/congress/term";
    }

    @GetMapping("/terms/{id}/delegates/export")
    ResponseEntity<byte[]> exportDelegates(@PathVariable Long id, Locale locale) {
        return CongressApiController.excel(congress.exportDelegates(id, locale), "delegates-" + id + ".xlsx");
    }

    @PostMapping("/terms/{id}/delegates")
    String elect(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate electedOn,
                 RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/terms/" + id, redirect, "congress.notice.elected",
                () -> congress.elect(id, new CongressViews.Election(staffId, electedOn)));
    }

    @PostMapping("/delegates/{id}/leave")
    String leave(@PathVariable Long id, @RequestParam Long termId, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/terms/" + termId, redirect, "congress.notice.left",
                () -> congress.leave(id, new CongressViews.Leave(reason)));
    }

    @PostMapping("/terms/{id}/sessions")
    String createSession(@PathVariable Long id, @RequestParam(required = false) String title,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                         @RequestParam(required = false) String place, RedirectAttributes redirect) {
        return UnionPages.stepTo(redirect, "congress.notice.sessionCreated", () -> "/union/congress/sessions/"
                + congress.createSession(id, new CongressViews.SessionForm(title, heldOn, place)).id(),
                "/union/congress/terms/" + id);
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable Long id, Model model) {
        CongressViews.Session s = congress.session(id);
        model.addAttribute("s", s);
        model.addAttribute("items", congress.items(id));
        model.addAttribute("delegates", congress.delegates(s.termId(), true));
        model.addAttribute("present", congress.presentDelegateIds(id));
        model.addAttribute("me", congress.standing(id));
        model.addAttribute("kinds", CongressViews.ItemKind.values());
        model.addAttribute("bases", CongressViews.MajorityBasis.values());
        model.addAttribute("choices", CongressViews.VoteChoice.values());
        model.addAttribute("majority", congress.majorityText());
        return "union/congress/session";
    }

    @PostMapping("/sessions/{id}/attendance")
    String attendance(@PathVariable Long id, @RequestParam(required = false) List<Long> delegateIds,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + id, redirect, "congress.notice.attendance",
                () -> congress.recordAttendance(id, new CongressViews.Attendance(delegateIds, version)));
    }

    @PostMapping("/sessions/{id}/convene")
    String convene(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + id, redirect, "congress.notice.convened",
                () -> congress.convene(id, version));
    }

    @PostMapping("/sessions/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + id, redirect, "congress.notice.closed",
                () -> congress.close(id, version));
    }

    @PostMapping("/sessions/{id}/items")
    String addItem(@PathVariable Long id, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String description,
                   @RequestParam(required = false) CongressViews.ItemKind kind,
                   @RequestParam(required = false) CongressViews.MajorityBasis majorityBasis, RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + id, redirect, "congress.notice.itemAdded",
                () -> congress.addItem(id, new CongressViews.ItemForm(title, description, kind, majorityBasis)));
    }

    @PostMapping("/items/{id}/documents")
    String upload(@PathVariable Long id, @RequestParam Long sessionId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + sessionId, redirect, "congress.notice.uploaded",
                () -> congress.upload(id, file == null ? null : file.getOriginalFilename(),
                        file == null ? null : CongressApiController.bytes(file)));
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable Long id) {
        return CongressApiController.download(congress.document(id));
    }

    @PostMapping("/items/{id}/votes")
    String vote(@PathVariable Long id, @RequestParam Long sessionId,
                @RequestParam(required = false) CongressViews.VoteChoice choice, RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + sessionId, redirect, "congress.notice.voted",
                () -> congress.vote(id, new CongressViews.Ballot(choice)));
    }

    @PostMapping("/items/{id}/decide")
    String decide(@PathVariable Long id, @RequestParam Long sessionId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return UnionPages.step("/union/congress/sessions/" + sessionId, redirect, "congress.notice.decided",
                () -> congress.decide(id, version));
    }

    @GetMapping("/sessions/{id}/resolution")
    String resolution(@PathVariable Long id, Model model) {
        model.addAttribute("r", congress.resolution(id));
        return "union/congress/resolution";
    }
}
