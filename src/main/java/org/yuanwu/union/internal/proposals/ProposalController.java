package org.yuanwu.union.internal.proposals;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
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
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.union.CongressService;
import org.yuanwu.union.CongressViews;
import org.yuanwu.union.ProposalService;
import org.yuanwu.union.ProposalViews;
import org.yuanwu.union.internal.congress.UnionPages;

/** The proposal pages: the public list, submitting, the proposal with its steps, and a session's progress report. */
@Controller
@RequestMapping("/union/congress")
class ProposalController {

    private final ProposalService proposals;
    private final CongressService congress;
    private final OrgUnitService units;

    ProposalController(ProposalService proposals, CongressService congress, OrgUnitService units) {
        this.proposals = proposals;
        this.congress = congress;
        this.units = units;
    }

    @GetMapping("/proposals")
    String list(ProposalViews.Filter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", proposals.search(filter, PageRequests.of(page, 20, Sort.unsorted())));
        model.addAttribute("sessions", congress.allSessions());
        model.addAttribute("statuses", ProposalViews.Status.values());
        model.addAttribute("mySessions", proposals.sessionsOpenToMe());
        return "union/congress/proposals";
    }

    @GetMapping("/proposals/export")
    ResponseEntity<byte[]> export(ProposalViews.Filter filter, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("proposals-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(proposals.export(filter, locale));
    }

    @GetMapping("/proposals/new")
    String newForm(@RequestParam(required = false) Long sessionId, Model model) {
        return form(sessionId, null, null, List.of(), model);
    }

    private String form(Long sessionId, String title, String content, List<Long> cosigners, Model model) {
        List<CongressViews.Session> sessions = proposals.sessionsOpenToMe();
        Long chosen = sessionId != null ? sessionId : sessions.isEmpty() ? null : sessions.get(0).id();
        model.addAttribute("sessions", sessions);
        model.addAttribute("sessionId", chosen);
        model.addAttribute("proposalTitle", title);
        model.addAttribute("proposalContent", content);
        model.addAttribute("cosignerStaffIds", cosigners);
        sessions.stream().filter(s -> s.id().equals(chosen)).findFirst()
                .ifPresent(s -> model.addAttribute("delegates", congress.delegates(s.termId(), true)));
        return "union/congress/proposal-form";
    }

    @PostMapping("/proposals")
    String submit(@RequestParam(required = false) Long sessionId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String content,
                  @RequestParam(required = false) List<Long> cosignerStaffIds, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        List<Long> cosigners = cosignerStaffIds == null ? List.of() : cosignerStaffIds;
        try {
            ProposalViews.Proposal p = proposals.submit(new ProposalViews.SubmitForm(sessionId, title, content, cosigners));
            redirect.addFlashAttribute("notice", "proposal.notice.submitted");
            return "redirect:/union/congress/proposals/" + p.id();
        } catch (DomainException e) {
            if (e instanceof AccessDeniedProblem || e.status().value() == 404) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("errorField", e.field());
            return form(sessionId, title, content, cosigners, model);
        }
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable Long id, Model model) {
        ProposalViews.Proposal p = proposals.get(id);
        model.addAttribute("p", p);
        model.addAttribute("isProposer", proposals.isProposer(p));
        model.addAttribute("mayConfirm", proposals.mayConfirm(p));
        model.addAttribute("mayAnswer", proposals.mayAnswer(p));
        model.addAttribute("committee", CurrentActor.get().can(Permissions.UNION_WRITE));
        model.addAttribute("ratings", ProposalViews.Rating.values());
        model.addAttribute("today", proposals.today());
        if (CurrentActor.get().can(Permissions.UNION_WRITE)) {
            model.addAttribute("units", units.allVisible(true));
            model.addAttribute("mergeTargets", proposals.search(new ProposalViews.Filter(p.sessionId(), null, null, null, null),
                    PageRequests.of(0, 200, Sort.unsorted())).getContent().stream()
                    .filter(o -> !o.id().equals(p.id()) && o.status() != ProposalViews.Status.MERGED
                            && o.status() != ProposalViews.Status.OPINION).toList());
        }
        return "union/congress/proposal";
    }

    private String step(Long id, RedirectAttributes redirect, String notice, Runnable action) {
        return UnionPages.step("/union/congress/proposals/" + id, redirect, notice, action);
    }

    @PostMapping("/proposals/{id}/cosign")
    String cosign(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.cosigned", () -> proposals.confirmCosign(id));
    }

    @PostMapping("/proposals/{id}/accept")
    String accept(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean partyReview,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.accepted",
                () -> proposals.accept(id, new ProposalViews.Acceptance(partyReview, version)));
    }

    @PostMapping("/proposals/{id}/merge")
    String merge(@PathVariable Long id, @RequestParam(required = false) Long mergeIntoId,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.merged",
                () -> proposals.merge(id, new ProposalViews.Decision(mergeIntoId, reason, version)));
    }

    @PostMapping("/proposals/{id}/opinion")
    String opinion(@PathVariable Long id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.opinion",
                () -> proposals.toOpinion(id, new ProposalViews.Decision(null, reason, version)));
    }

    @PostMapping("/proposals/{id}/party")
    String party(@PathVariable Long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingOn,
                 @RequestParam(required = false) String decision, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.party",
                () -> proposals.recordParty(id, new ProposalViews.PartyRecord(meetingOn, decision, version)));
    }

    @PostMapping("/proposals/{id}/assign")
    String assign(@PathVariable Long id, @RequestParam(required = false) Long leadUnitId,
                  @RequestParam(required = false) List<Long> coUnitIds,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.assigned",
                () -> proposals.assign(id, new ProposalViews.Assignment(leadUnitId, coUnitIds, dueOn, version)));
    }

    @PostMapping("/proposals/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.answered",
                () -> proposals.answer(id, new ProposalViews.AnswerForm(answer, answeredOn, version)));
    }

    @PostMapping("/proposals/{id}/rate")
    String rate(@PathVariable Long id, @RequestParam(required = false) ProposalViews.Rating rating,
                @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.rated",
                () -> proposals.rate(id, new ProposalViews.RatingForm(rating, version)));
    }

    @PostMapping("/proposals/{id}/again")
    String again(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.notice.again", () -> proposals.requestAgain(id, version));
    }

    @GetMapping("/sessions/{id}/progress")
    String progress(@PathVariable Long id, Model model) {
        model.addAttribute("congressSession", congress.session(id));
        model.addAttribute("progress", proposals.progress(id));
        model.addAttribute("statuses", ProposalViews.Status.values());
        model.addAttribute("ratings", ProposalViews.Rating.values());
        return "union/congress/progress";
    }
}
