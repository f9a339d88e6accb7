package org.yuanwu.party.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.organization.UnitView;
import org.yuanwu.party.AgreementCheck;
import org.yuanwu.party.AgreementForm;
import org.yuanwu.party.AgreementKind;
import org.yuanwu.party.AgreementService;
import org.yuanwu.party.AgreementView;
import org.yuanwu.party.BranchForm;
import org.yuanwu.party.BranchService;
import org.yuanwu.party.BranchView;
import org.yuanwu.party.MeetingFilter;
import org.yuanwu.party.MeetingForm;
import org.yuanwu.party.MeetingService;
import org.yuanwu.party.MeetingView;
import org.yuanwu.party.MemberFilter;
import org.yuanwu.party.MemberForm;
import org.yuanwu.party.MemberMoveView;
import org.yuanwu.party.MemberSteps;
import org.yuanwu.party.MemberView;
import org.yuanwu.party.Reminder;
import org.yuanwu.party.Rhythm;
import org.yuanwu.party.StudyForm;
import org.yuanwu.party.StudyService;
import org.yuanwu.party.StudyView;
import org.yuanwu.party.StudyWeek;
import org.yuanwu.party.Withdrawal;

/** The party office over JSON, mirroring the pages; failures become problem details. */
@RestController
@RequestMapping("/api/v1/party")
@Tag(name = "Party office", description = "Party branches and members (probationary / full, transfers with history), "
        + "三会一课 meetings and lessons with attendance and reminders for missed ones, weekly political study with the "
        + "two-hours-a-week check, responsibility agreements with their yearly check")
class PartyApiController {

    private final BranchService branches;
    private final MeetingService meetings;
    private final StudyService study;
    private final AgreementService agreements;

    PartyApiController(BranchService branches, MeetingService meetings, StudyService study, AgreementService agreements) {
        this.branches = branches;
        this.meetings = meetings;
        this.study = study;
        this.agreements = agreements;
    }

    // ---------------------------------------------------------------- branches

    @GetMapping("/branches")
    @Operation(summary = "Branches covering units in your data scope, by name")
    List<BranchView> branches(@RequestParam(defaultValue = "false") boolean activeOnly) {
        return branches.list(activeOnly);
    }

    @GetMapping("/branches/{id}")
    BranchView branch(@PathVariable Long id) {
        return branches.get(id);
    }

    @PostMapping("/branches")
    @Operation(summary = "Create a branch (PARTY_WRITE); unitIds: the units covered, the first is where its facts count")
    ResponseEntity<BranchView> createBranch(@Valid @RequestBody BranchForm form) {
        BranchView b = branches.create(form);
        return ResponseEntity.created(URI.create("/api/v1/party/branches/" + b.id())).body(b);
    }

    @PutMapping("/branches/{id}")
    @Operation(summary = "Edit a branch; the body's version must be the stored one, else 409")
    BranchView updateBranch(@PathVariable Long id, @Valid @RequestBody BranchForm form) {
        return branches.update(id, form);
    }

    @PostMapping("/branches/{id}/deactivate")
    @Operation(summary = "Dissolve a branch with a reason, once no active member is left in it")
    BranchView deactivateBranch(@PathVariable Long id, @RequestBody Withdrawal body) {
        return branches.deactivate(id, body.reason(), body.version());
    }

    // ---------------------------------------------------------------- members

    @GetMapping("/members")
    @Operation(summary = "Members of the branches you see; filter by branch, status, the staff member's unit (with "
            + "those below) or name / employee number")
    PagedResponse<MemberView> members(@ParameterObject MemberFilter filter,
                                      @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                      @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(branches.members(filter, PageRequests.of(page, size, Sort.unsorted())));
    }

    @GetMapping("/members/export")
    @Operation(summary = "The filtered member list as an Excel workbook")
    ResponseEntity<byte[]> exportMembers(@ParameterObject MemberFilter filter, Locale locale) {
        return PartyWeb.excel(branches.exportMembers(filter, locale), "party-members.xlsx");
    }

    @GetMapping("/members/{id}")
    MemberView member(@PathVariable Long id) {
        return branches.member(id);
    }

    @GetMapping("/members/{id}/history")
    @Operation(summary = "The member's transfers in and out, moves between branches and regularisation")
    List<MemberMoveView> history(@PathVariable Long id) {
        return branches.history(id);
    }

    @PostMapping("/members")
    @Operation(summary = "Admit a staff member to a branch; refused (400) while she is already a member anywhere")
    ResponseEntity<MemberView> addMember(@Valid @RequestBody MemberForm form) {
        MemberView m = branches.addMember(form);
        return ResponseEntity.created(URI.create("/api/v1/party/members/" + m.id())).body(m);
    }

    @PutMapping("/members/{id}")
    @Operation(summary = "Correct a member's status, dates and note (moving her is a transfer)")
    MemberView updateMember(@PathVariable Long id, @Valid @RequestBody MemberForm form) {
        return branches.updateMember(id, form);
    }

    @PostMapping("/members/{id}/regularise")
    @Operation(summary = "A probationary member becomes full on the date given (today when none)")
    MemberView regularise(@PathVariable Long id, @RequestBody MemberSteps.Regularisation body) {
        return branches.regularise(id, body);
    }

    @PostMapping("/members/{id}/transfer")
    @Operation(summary = "Move to another branch (toBranchId) or out of the hospital (otherParty); kept as history")
    MemberView transfer(@PathVariable Long id, @RequestBody MemberSteps.Transfer body) {
        return branches.transfer(id, body);
    }

    // ---------------------------------------------------------------- meetings

    @GetMapping("/rhythms")
    @Operation(summary = "How often each kind of meeting or lesson must be held (monthly or quarterly)")
    List<Rhythm> rhythms() {
        return meetings.rhythms();
    }

    @GetMapping("/reminders")
    @Operation(summary = "Branches that held fewer meetings of a kind than its rhythm asks in the last ended month or "
            + "quarter, as of the date given (today when none)")
    List<Reminder> reminders(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return meetings.reminders(on);
    }

    @GetMapping("/meetings")
    PagedResponse<MeetingView> meetings(@ParameterObject MeetingFilter filter,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return PagedResponse.of(meetings.search(filter, PageRequests.of(page, size, PartyWeb.MEETING_ORDER)));
    }

    @GetMapping("/meetings/export")
    ResponseEntity<byte[]> exportMeetings(@ParameterObject MeetingFilter filter, Locale locale) {
        return PartyWeb.excel(meetings.export(filter, locale), "party-meetings.xlsx");
    }

    @GetMapping("/meetings/{id}")
    MeetingView meeting(@PathVariable Long id) {
        return meetings.get(id);
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record a meeting or lesson held, with minutes and attendance (every active member listed: "
            + "present when in presentMemberIds, else absent with the reason in absenceReasons)")
    ResponseEntity<MeetingView> recordMeeting(@Valid @RequestBody MeetingForm form) {
        MeetingView m = meetings.record(form);
        return ResponseEntity.created(URI.create("/api/v1/party/meetings/" + m.id())).body(m);
    }

    @PutMapping("/meetings/{id}")
    MeetingView updateMeeting(@PathVariable Long id, @Valid @RequestBody MeetingForm form) {
        return meetings.update(id, form);
    }

    @PostMapping("/meetings/{id}/cancel")
    @Operation(summary = "Take a meeting off the record with a reason; it no longer counts")
    MeetingView cancelMeeting(@PathVariable Long id, @RequestBody Withdrawal body) {
        return meetings.cancel(id, body.reason(), body.version());
    }

    // ---------------------------------------------------------------- study

    @GetMapping("/study")
    PagedResponse<StudyView> studySessions(@RequestParam(required = false) Long unitId,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return PagedResponse.of(study.search(unitId, from, to, PageRequests.of(page, size, PartyWeb.STUDY_ORDER)));
    }

    @GetMapping("/study/weeks")
    @Operation(summary = "Per department and week (Monday in [from, to]): hours, attendance and whether short of the "
            + "weekly hours (two by default)")
    List<StudyWeek> studyWeeks(@RequestParam(required = false) Long unitId,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "false") boolean shortOnly) {
        return study.weeks(unitId, from, to).stream().filter(w -> !shortOnly || w.shortOfHours()).toList();
    }

    @GetMapping("/study/{id}")
    StudyView studySession(@PathVariable Long id) {
        return study.get(id);
    }

    @PostMapping("/study")
    ResponseEntity<StudyView> recordStudy(@Valid @RequestBody StudyForm form) {
        StudyView s = study.record(form);
        return ResponseEntity.created(URI.create("/api/v1/party/study/" + s.id())).body(s);
    }

    @PutMapping("/study/{id}")
    StudyView updateStudy(@PathVariable Long id, @Valid @RequestBody StudyForm form) {
        return study.update(id, form);
    }

    @PostMapping("/study/{id}/cancel")
    StudyView cancelStudy(@PathVariable Long id, @RequestBody Withdrawal body) {
        return study.cancel(id, body.reason(), body.version());
    }

    // ---------------------------------------------------------------- agreements

    @GetMapping("/agreements")
    List<AgreementView> agreements(@RequestParam int year, @RequestParam(required = false) AgreementKind kind) {
        return agreements.list(year, kind);
    }

    @GetMapping("/agreements/missing")
    @Operation(summary = "Departments you see without a signed department agreement in the year")
    List<UnitView> missingAgreements(@RequestParam int year) {
        return agreements.departmentsWithout(year);
    }

    @GetMapping("/agreements/{id}")
    AgreementView agreement(@PathVariable Long id) {
        return agreements.get(id);
    }

    @PostMapping("/agreements")
    ResponseEntity<AgreementView> createAgreement(@Valid @RequestBody AgreementForm form) {
        AgreementView a = agreements.create(form);
        return ResponseEntity.created(URI.create("/api/v1/party/agreements/" + a.id())).body(a);
    }

    @PutMapping("/agreements/{id}")
    AgreementView updateAgreement(@PathVariable Long id, @Valid @RequestBody AgreementForm form) {
        return agreements.update(id, form);
    }

    @PostMapping("/agreements/{id}/check")
    @Operation(summary = "Record the yearly check: result, date (today when none), notes")
    AgreementView checkAgreement(@PathVariable Long id, @RequestBody AgreementCheck body) {
        return agreements.check(id, body);
    }

    @PostMapping("/agreements/{id}/cancel")
    AgreementView cancelAgreement(@PathVariable Long id, @RequestBody Withdrawal body) {
        return agreements.cancel(id, body.reason(), body.version());
    }
}
