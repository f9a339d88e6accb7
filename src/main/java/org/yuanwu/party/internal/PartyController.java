package org.yuanwu.party.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.yuanwu.common.Permissions;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.party.AgreementCheck;
import org.yuanwu.party.AgreementForm;
import org.yuanwu.party.AgreementKind;
import org.yuanwu.party.AgreementService;
import org.yuanwu.party.AgreementView;
import org.yuanwu.party.BranchForm;
import org.yuanwu.party.BranchService;
import org.yuanwu.party.BranchView;
import org.yuanwu.party.CheckResult;
import org.yuanwu.party.MeetingFilter;
import org.yuanwu.party.MeetingForm;
import org.yuanwu.party.MeetingKind;
import org.yuanwu.party.MeetingService;
import org.yuanwu.party.MeetingView;
import org.yuanwu.party.MemberFilter;
import org.yuanwu.party.MemberForm;
import org.yuanwu.party.MemberStatus;
import org.yuanwu.party.MemberSteps;
import org.yuanwu.party.MemberView;
import org.yuanwu.party.StudyForm;
import org.yuanwu.party.StudyService;
import org.yuanwu.party.StudyView;
import org.yuanwu.party.StudyWeek;

/** The party office's pages: home with reminders, branches, members, meetings, study, agreements. */
@Controller
@RequestMapping("/party")
class PartyController {

    private final BranchService branches;
    private final MeetingService meetings;
    private final StudyService study;
    private final AgreementService agreements;
    private final OrgUnitService units;
    private final StaffService staff;

    PartyController(BranchService branches, MeetingService meetings, StudyService study, AgreementService agreements,
                    OrgUnitService units, StaffService staff) {
        this.branches = branches;
        this.meetings = meetings;
        this.study = study;
        this.agreements = agreements;
        this.units = units;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("meetingKinds", MeetingKind.values());
        model.addAttribute("memberStatuses", MemberStatus.values());
        model.addAttribute("agreementKinds", AgreementKind.values());
        model.addAttribute("checkResults", CheckResult.values());
    }

    // ---------------------------------------------------------------- home and branches

    @GetMapping
    String home(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        LocalDate day = on == null ? study.today() : on;
        model.addAttribute("on", day);
        model.addAttribute("reminders", meetings.reminders(day));
        model.addAttribute("rhythms", meetings.rhythms());
        model.addAttribute("branches", branches.list(false));
        return "party/home";
    }

    @GetMapping("/branches/new")
    String newBranch(Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        BranchForm form = new BranchForm();
        form.setEstablishedOn(study.today());
        return branchForm(form, null, model);
    }

    @PostMapping("/branches")
    String createBranch(@Valid @ModelAttribute("branchForm") BranchForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            BranchView b = branches.create(form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/branches/" + b.id();
        }, () -> branchForm(form, null, model));
    }

    @GetMapping("/branches/{id}")
    String branch(@PathVariable Long id, Model model) {
        model.addAttribute("b", branches.get(id));
        model.addAttribute("mayWrite", branches.mayWrite(id));
        model.addAttribute("members", branches.activeMembers(id));
        model.addAttribute("meetings", meetings.search(new MeetingFilter(id, null, null, null),
                PageRequests.of(0, 10, PartyWeb.MEETING_ORDER)).getContent());
        return "party/branch";
    }

    @GetMapping("/branches/{id}/edit")
    String editBranch(@PathVariable Long id, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        BranchView b = branches.get(id);
        return branchForm(BranchForm.of(b), b, model);
    }

    @PostMapping("/branches/{id}")
    String updateBranch(@PathVariable Long id, @Valid @ModelAttribute("branchForm") BranchForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            branches.update(id, form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/branches/" + id;
        }, () -> branchForm(form, branches.get(id), model));
    }

    @PostMapping("/branches/{id}/deactivate")
    String deactivateBranch(@PathVariable Long id, @RequestParam(required = false) String reason,
                            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.deactivated", "/party/branches/" + id,
                () -> branches.deactivate(id, reason, version));
    }

    private String branchForm(BranchForm form, BranchView b, Model model) {
        model.addAttribute("branchForm", form);
        model.addAttribute("b", b);
        model.addAttribute("formAction", b == null ? "/party/branches" : "/party/branches/" + b.id());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("staff", staffOf(null));
        return "party/branch-form";
    }

    private List<StaffView> staffOf(Long unitId) {
        return staff.search(new StaffFilter(null, unitId, null, StaffStatus.ACTIVE, null, null),
                PageRequests.of(0, 200, Sort.by("employeeNo"))).getContent();
    }

    // ---------------------------------------------------------------- members

    @GetMapping("/members")
    String members(MemberFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", branches.members(filter, PageRequests.of(page, PartyWeb.PAGE_SIZE, Sort.unsorted())));
        model.addAttribute("branchNames", branches.names());
        model.addAttribute("units", units.allVisible(false));
        return "party/members";
    }

    @GetMapping("/members/export")
    ResponseEntity<byte[]> exportMembers(MemberFilter filter, Locale locale) {
        return PartyWeb.excel(branches.exportMembers(filter, locale), "party-members-" + study.today() + ".xlsx");
    }

    @GetMapping("/members/new")
    String newMember(@RequestParam(required = false) Long branchId, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        MemberForm form = new MemberForm();
        form.setBranchId(branchId);
        return memberForm(form, null, model);
    }

    @PostMapping("/members")
    String addMember(@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult binding, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            MemberView m = branches.addMember(form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/members/" + m.id();
        }, () -> memberForm(form, null, model));
    }

    @GetMapping("/members/{id}")
    String member(@PathVariable Long id, Model model) {
        MemberView m = branches.member(id);
        model.addAttribute("m", m);
        model.addAttribute("history", branches.history(id));
        model.addAttribute("mayWrite", branches.mayWrite(m.branchId()));
        model.addAttribute("branchNames", branches.names());
        model.addAttribute("today", study.today());
        return "party/member";
    }

    @GetMapping("/members/{id}/edit")
    String editMember(@PathVariable Long id, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        MemberView m = branches.member(id);
        MemberForm form = new MemberForm();
        form.setBranchId(m.branchId());
        form.setStaffId(m.staffId());
        form.setStatus(m.status());
        form.setJoinedOn(m.joinedOn());
        form.setRegularisedOn(m.regularisedOn());
        form.setNote(m.note());
        form.setVersion(m.version());
        return memberForm(form, m, model);
    }

    @PostMapping("/members/{id}")
    String updateMember(@PathVariable Long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            branches.updateMember(id, form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/members/" + id;
        }, () -> memberForm(form, branches.member(id), model));
    }

    @PostMapping("/members/{id}/regularise")
    String regularise(@PathVariable Long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.regularised", "/party/members/" + id,
                () -> branches.regularise(id, new MemberSteps.Regularisation(on, version)));
    }

    @PostMapping("/members/{id}/transfer")
    String transfer(@PathVariable Long id, @RequestParam(required = false) Long toBranchId,
                    @RequestParam(required = false) String otherParty,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.transferred", "/party/members/" + id,
                () -> branches.transfer(id, new MemberSteps.Transfer(toBranchId, otherParty, on, note, version)));
    }

    private String memberForm(MemberForm form, MemberView m, Model model) {
        model.addAttribute("memberForm", form);
        model.addAttribute("m", m);
        model.addAttribute("formAction", m == null ? "/party/members" : "/party/members/" + m.id());
        model.addAttribute("branchNames", branches.names());
        model.addAttribute("staff", m == null ? staffOf(null) : List.of());
        return "party/member-form";
    }

    // ---------------------------------------------------------------- meetings

    @GetMapping("/meetings")
    String meetings(MeetingFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", meetings.search(filter, PageRequests.of(page, PartyWeb.PAGE_SIZE, PartyWeb.MEETING_ORDER)));
        model.addAttribute("branchNames", branches.names());
        return "party/meetings";
    }

    @GetMapping("/meetings/export")
    ResponseEntity<byte[]> exportMeetings(MeetingFilter filter, Locale locale) {
        return PartyWeb.excel(meetings.export(filter, locale), "party-meetings-" + study.today() + ".xlsx");
    }

    @GetMapping("/meetings/new")
    String newMeeting(@RequestParam(required = false) Long branchId, @RequestParam(required = false) MeetingKind kind,
                      Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        MeetingForm form = new MeetingForm();
        form.setBranchId(branchId);
        if (kind != null) {
            form.setKind(kind);
        }
        form.setHeldOn(study.today());
        return meetingForm(form, null, model);
    }

    @PostMapping("/meetings")
    String recordMeeting(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            MeetingView m = meetings.record(form);
            redirect.addFlashAttribute("notice", "party.notice.meetingRecorded");
            return "redirect:/party/meetings/" + m.id();
        }, () -> meetingForm(form, null, model));
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable Long id, Model model) {
        MeetingView m = meetings.get(id);
        model.addAttribute("m", m);
        model.addAttribute("mayWrite", branches.mayWrite(m.branchId()));
        return "party/meeting";
    }

    @GetMapping("/meetings/{id}/edit")
    String editMeeting(@PathVariable Long id, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        MeetingView m = meetings.get(id);
        MeetingForm form = new MeetingForm();
        form.setBranchId(m.branchId());
        form.setKind(m.kind());
        form.setHeldOn(m.heldOn());
        form.setTopic(m.topic());
        form.setMinutes(m.minutes());
        m.attendance().forEach(a -> {
            if (a.present()) {
                form.getPresentMemberIds().add(a.personId());
            } else if (a.absenceReason() != null) {
                form.getAbsenceReasons().put(a.personId(), a.absenceReason());
            }
        });
        form.setVersion(m.version());
        return meetingForm(form, m, model);
    }

    @PostMapping("/meetings/{id}")
    String updateMeeting(@PathVariable Long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            meetings.update(id, form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/meetings/" + id;
        }, () -> meetingForm(form, meetings.get(id), model));
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancelMeeting(@PathVariable Long id, @RequestParam(required = false) String reason,
                         @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.cancelled", "/party/meetings/" + id,
                () -> meetings.cancel(id, reason, version));
    }

    private String meetingForm(MeetingForm form, MeetingView m, Model model) {
        model.addAttribute("meetingForm", form);
        model.addAttribute("m", m);
        model.addAttribute("formAction", m == null ? "/party/meetings" : "/party/meetings/" + m.id());
        model.addAttribute("branchNames", branches.names());
        model.addAttribute("members", form.getBranchId() == null ? List.of() : branches.activeMembers(form.getBranchId()));
        return "party/meeting-form";
    }

    // ---------------------------------------------------------------- study

    @GetMapping("/study")
    String study(@RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Integer page, Model model) {
        LocalDate today = study.today();
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("unitId", unitId);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("hoursPerWeek", study.hoursPerWeek().toPlainString());
        model.addAttribute("page", study.search(unitId, f, t, PageRequests.of(page, PartyWeb.PAGE_SIZE, PartyWeb.STUDY_ORDER)));
        List<StudyWeek> weeks = study.weeks(unitId, f, t);
        model.addAttribute("weeks", weeks);
        model.addAttribute("shortWeeks", weeks.stream().filter(StudyWeek::shortOfHours).count());
        model.addAttribute("units", units.allVisible(false));
        return "party/study";
    }

    @GetMapping("/study/new")
    String newStudy(@RequestParam(required = false) Long unitId, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        StudyForm form = new StudyForm();
        form.setUnitId(unitId);
        form.setHeldOn(study.today());
        return studyForm(form, model);
    }

    @PostMapping("/study")
    String recordStudy(@Valid @ModelAttribute("studyForm") StudyForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            StudyView s = study.record(form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/study/" + s.id();
        }, () -> studyForm(form, model));
    }

    @GetMapping("/study/{id}")
    String studySession(@PathVariable Long id, Model model) {
        model.addAttribute("s", study.get(id));
        return "party/study-session";
    }

    @PostMapping("/study/{id}/cancel")
    String cancelStudy(@PathVariable Long id, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.cancelled", "/party/study/" + id, () -> study.cancel(id, reason, version));
    }

    private String studyForm(StudyForm form, Model model) {
        model.addAttribute("studyForm", form);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("staff", form.getUnitId() == null ? List.of() : staffOf(form.getUnitId()));
        return "party/study-form";
    }

    // ---------------------------------------------------------------- agreements

    @GetMapping("/agreements")
    String agreements(@RequestParam(required = false) Integer year, @RequestParam(required = false) AgreementKind kind,
                      Model model) {
        int y = year == null ? study.today().getYear() : year;
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("kind", kind);
        model.addAttribute("agreements", agreements.list(y, kind));
        model.addAttribute("missing", agreements.departmentsWithout(y));
        return "party/agreements";
    }

    @GetMapping("/agreements/new")
    String newAgreement(@RequestParam(required = false) Long unitId, @RequestParam(required = false) AgreementKind kind,
                        Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        AgreementForm form = new AgreementForm();
        form.setUnitId(unitId);
        if (kind != null) {
            form.setKind(kind);
        }
        form.setSignedOn(study.today());
        return agreementForm(form, null, model);
    }

    @PostMapping("/agreements")
    String createAgreement(@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult binding, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            AgreementView a = agreements.create(form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/agreements/" + a.id();
        }, () -> agreementForm(form, null, model));
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable Long id, Model model) {
        model.addAttribute("a", agreements.get(id));
        model.addAttribute("today", study.today());
        return "party/agreement";
    }

    @GetMapping("/agreements/{id}/edit")
    String editAgreement(@PathVariable Long id, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        AgreementView a = agreements.get(id);
        AgreementForm form = new AgreementForm();
        form.setKind(a.kind());
        form.setUnitId(a.unitId());
        form.setFirstParty(a.firstParty());
        form.setSecondParty(a.secondParty());
        form.setContent(a.content());
        form.setSignedOn(a.signedOn());
        form.setVersion(a.version());
        return agreementForm(form, a, model);
    }

    @PostMapping("/agreements/{id}")
    String updateAgreement(@PathVariable Long id, @Valid @ModelAttribute("agreementForm") AgreementForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            agreements.update(id, form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/agreements/" + id;
        }, () -> agreementForm(form, agreements.get(id), model));
    }

    @PostMapping("/agreements/{id}/check")
    String checkAgreement(@PathVariable Long id, @RequestParam(required = false) CheckResult result,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                          @RequestParam(required = false) String notes, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.checked", "/party/agreements/" + id,
                () -> agreements.check(id, new AgreementCheck(result, on, notes, version)));
    }

    @PostMapping("/agreements/{id}/cancel")
    String cancelAgreement(@PathVariable Long id, @RequestParam(required = false) String reason,
                           @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "party.notice.cancelled", "/party/agreements/" + id,
                () -> agreements.cancel(id, reason, version));
    }

    private String agreementForm(AgreementForm form, AgreementView a, Model model) {
        model.addAttribute("agreementForm", form);
        model.addAttribute("a", a);
        model.addAttribute("formAction", a == null ? "/party/agreements" : "/party/agreements/" + a.id());
        model.addAttribute("units", units.allVisible(true));
        return "party/agreement-form";
    }
}
