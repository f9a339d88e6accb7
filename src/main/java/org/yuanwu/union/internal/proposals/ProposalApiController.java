package org.yuanwu.union.internal.proposals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.union.ProposalService;
import org.yuanwu.union.ProposalViews;

/** Congress proposals over the API: the public list, the delegate's, the committee's and the department's steps. */
@RestController
@RequestMapping(path = "/api/v1/union/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Union: congress proposals")
class ProposalApiController {

    private final ProposalService proposals;

    ProposalApiController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    @Operation(summary = "The public list (every signed-in user), filtered by session, status, overdue, lead unit, text")
    PagedResponse<ProposalViews.Proposal> list(@ParameterObject ProposalViews.Filter filter,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return PagedResponse.of(proposals.search(filter, PageRequests.of(page, size, Sort.unsorted())));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ParameterObject ProposalViews.Filter filter, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("proposals.xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(proposals.export(filter, locale));
    }

    @GetMapping("/{id}")
    ProposalViews.Proposal get(@PathVariable Long id) {
        return proposals.get(id);
    }

    @GetMapping("/progress/{sessionId}")
    @Operation(summary = "A session's progress report: counts by status, answer rate, satisfaction, overdue")
    ProposalViews.Progress progress(@PathVariable Long sessionId) {
        return proposals.progress(sessionId);
    }

    @PostMapping
    @Operation(summary = "Submit a proposal as a delegate of the session's term, optionally naming co-signing delegates (staff ids)")
    ResponseEntity<ProposalViews.Proposal> submit(@RequestBody ProposalViews.SubmitForm form) {
        ProposalViews.Proposal p = proposals.submit(form);
        return ResponseEntity.created(URI.create("/api/v1/union/proposals/" + p.id())).body(p);
    }

    @PostMapping("/{id}/cosign")
    @Operation(summary = "A named co-signer confirms")
    ProposalViews.Proposal cosign(@PathVariable Long id) {
        return proposals.confirmCosign(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "The committee accepts (立案); partyReview sends it through the party committee meeting first")
    ProposalViews.Proposal accept(@PathVariable Long id, @RequestBody ProposalViews.Acceptance body) {
        return proposals.accept(id, body);
    }

    @PostMapping("/{id}/merge")
    ProposalViews.Proposal merge(@PathVariable Long id, @RequestBody ProposalViews.Decision body) {
        return proposals.merge(id, body);
    }

    @PostMapping("/{id}/opinion")
    @Operation(summary = "Turn into an opinion or suggestion (意见建议), with a reason")
    ProposalViews.Proposal opinion(@PathVariable Long id, @RequestBody ProposalViews.Decision body) {
        return proposals.toOpinion(id, body);
    }

    @PostMapping("/{id}/party")
    @Operation(summary = "Record the party committee meeting's date and decision")
    ProposalViews.Proposal party(@PathVariable Long id, @RequestBody ProposalViews.PartyRecord body) {
        return proposals.recordParty(id, body);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign the lead department, co-departments and the deadline")
    ProposalViews.Proposal assign(@PathVariable Long id, @RequestBody ProposalViews.Assignment body) {
        return proposals.assign(id, body);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "The lead department answers (PROPOSAL_ANSWER, lead unit in one's scope); others are refused (403)")
    ProposalViews.Proposal answer(@PathVariable Long id, @RequestBody ProposalViews.AnswerForm body) {
        return proposals.answer(id, body);
    }

    @PostMapping("/{id}/rate")
    @Operation(summary = "The proposer rates the latest answer: SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED")
    ProposalViews.Proposal rate(@PathVariable Long id, @RequestBody ProposalViews.RatingForm body) {
        return proposals.rate(id, body);
    }

    @PostMapping("/{id}/again")
    @Operation(summary = "Not satisfied, the proposer asks for a second answer (once; a third round is refused)")
    ProposalViews.Proposal again(@PathVariable Long id, @RequestBody ProposalViews.Request body) {
        return proposals.requestAgain(id, body.version());
    }
}
