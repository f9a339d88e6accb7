package org.yuanwu.union.internal.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.union.DuesFilter;
import org.yuanwu.union.DuesPeriodView;
import org.yuanwu.union.DuesService;
import org.yuanwu.union.DuesSteps;
import org.yuanwu.union.MemberCoverage;
import org.yuanwu.union.MemberEventView;
import org.yuanwu.union.MemberFilter;
import org.yuanwu.union.MemberForm;
import org.yuanwu.union.MemberImportReport;
import org.yuanwu.union.MemberService;
import org.yuanwu.union.MemberSteps;
import org.yuanwu.union.MemberView;
import org.yuanwu.union.internal.UnionFiles;

/** Union members and dues over JSON, mirroring the pages; failures become problem details. */
@RestController
@RequestMapping("/api/v1/union/members")
@Tag(name = "Union members and dues", description = "Joining (once), transfers with history, leaving and retiring, "
        + "coverage per unit, Excel in and out; the dues rate per year, wage bases, monthly dues, payments, arrears")
class MemberApiController {

    static final Sort ORDER = Sort.by("unitId", "employeeNo");
    static final Sort DUES_ORDER = Sort.by(Sort.Order.desc("periodMonth"), Sort.Order.asc("unitId"), Sort.Order.asc("memberId"));

    private final MemberService members;
    private final DuesService dues;

    MemberApiController(MemberService members, DuesService dues) {
        this.members = members;
        this.dues = dues;
    }

    @GetMapping
    @Operation(summary = "Members in your data scope, filtered by text, unit (with those below), employment type, status")
    PagedResponse<MemberView> list(@ParameterObject MemberFilter filter,
                                   @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(members.search(filter, PageRequests.of(page, size, ORDER)));
    }

    @GetMapping("/export")
    @Operation(summary = "The filtered member list as an Excel workbook")
    ResponseEntity<byte[]> export(@ParameterObject MemberFilter filter, Locale locale) {
        return UnionFiles.excel(members.export(filter, locale), "union-members.xlsx");
    }

    @GetMapping("/coverage")
    @Operation(summary = "Per unit: active staff, active members and coverage in percent")
    List<MemberCoverage> coverage() {
        return members.coverage();
    }

    @GetMapping("/{id}")
    MemberView get(@PathVariable Long id) {
        return members.get(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The membership's steps: join, transfers (from and to unit), leaving, retiring")
    List<MemberEventView> history(@PathVariable Long id) {
        return members.history(id);
    }

    @PostMapping
    @Operation(summary = "A staff member joins (UNION_WRITE); a second membership that has not ended is refused (409)")
    ResponseEntity<MemberView> join(@RequestBody MemberForm form) {
        MemberView created = members.join(form);
        return ResponseEntity.created(URI.create("/api/v1/union/members/" + created.id())).body(created);
    }

    @PostMapping("/{id}/transfer")
    MemberView transfer(@PathVariable Long id, @RequestBody MemberSteps.Transfer body) {
        return members.transfer(id, body);
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "Leave the union with a reason; the record stays")
    MemberView leave(@PathVariable Long id, @RequestBody MemberSteps.Ending body) {
        return members.leave(id, body);
    }

    @PostMapping("/{id}/retire")
    MemberView retire(@PathVariable Long id, @RequestBody MemberSteps.Ending body) {
        return members.retire(id, body);
    }

    @GetMapping("/import/template")
    @Operation(summary = "The workbook to fill in for an import (employee number, joining date, card number, application)")
    ResponseEntity<byte[]> template(Locale locale) {
        return UnionFiles.excel(members.importTemplate(locale), "union-members-template.xlsx");
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Join the members listed in a workbook; refused rows are reported with their reason")
    MemberImportReport importWorkbook(@RequestPart("file") MultipartFile file, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "member.error.unreadableWorkbook");
        }
        return members.importWorkbook(file.getBytes(), locale);
    }

    // ---------------------------------------------------------------- dues

    @GetMapping("/dues/rule/{year}")
    @Operation(summary = "The dues rate of a year (percent of the monthly wage base; 0.5 unless configured)")
    DuesSteps.RuleView rule(@PathVariable int year) {
        return dues.rule(year);
    }

    @PutMapping("/dues/rule")
    DuesSteps.RuleView setRule(@RequestBody DuesSteps.Rule body) {
        return dues.setRule(body);
    }

    @PutMapping("/dues/wage-bases")
    @Operation(summary = "Enter a member's monthly wage base for a year (yuan)")
    DuesSteps.WageBaseView setWageBase(@RequestBody DuesSteps.WageBaseEntry body) {
        return dues.setWageBase(body);
    }

    @GetMapping("/{id}/dues")
    List<DuesPeriodView> memberDues(@PathVariable Long id) {
        return dues.ofMember(id);
    }

    @PostMapping("/dues/generate")
    @Operation(summary = "Generate a month's dues (\"2026-03\") for every active member with a wage base; repeatable")
    DuesSteps.GenerationResult generate(@RequestBody DuesSteps.Generation body) {
        return dues.generate(body);
    }

    @GetMapping("/dues")
    @Operation(summary = "Dues periods filtered by month, unit, paid, arrears (unpaid after the month ended)")
    PagedResponse<DuesPeriodView> periods(@ParameterObject DuesFilter filter,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return PagedResponse.of(dues.search(filter, PageRequests.of(page, size, DUES_ORDER)));
    }

    @GetMapping("/dues/arrears/export")
    @Operation(summary = "The arrears list as an Excel workbook")
    ResponseEntity<byte[]> arrears(@RequestParam(required = false) Long unitId, Locale locale) {
        return UnionFiles.excel(dues.exportArrears(unitId, locale), "union-dues-arrears.xlsx");
    }

    @PostMapping("/dues/payments")
    @Operation(summary = "Record payment of one or many periods: one journal entry Dr BANK/CASH, Cr dues income")
    List<DuesPeriodView> pay(@RequestBody DuesSteps.Payment body) {
        return dues.pay(body);
    }
}
