package org.yuanwu.party.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
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
import org.yuanwu.party.ConductFilter;
import org.yuanwu.party.ConductForm;
import org.yuanwu.party.ConductService;
import org.yuanwu.party.ConductTotal;
import org.yuanwu.party.ConductView;
import org.yuanwu.party.EvaluationForm;
import org.yuanwu.party.EvaluationItemForm;
import org.yuanwu.party.EvaluationItemView;
import org.yuanwu.party.ConductEvaluationService;
import org.yuanwu.party.EvaluationView;
import org.yuanwu.party.StarRating;
import org.yuanwu.party.StarRule;
import org.yuanwu.party.Withdrawal;

/** Conduct records, the monthly conduct evaluation and the five-star rating over JSON. */
@RestController
@RequestMapping("/api/v1/party")
@Tag(name = "Conduct", description = "Conduct records (thanks letters, banners, refused gifts and red envelopes with "
        + "amount and handling, declined meals, good deeds, media reports, upheld complaints) with totals per unit and "
        + "month; the monthly conduct evaluation against configurable items; the five-star service rating")
class ConductApiController {

    private final ConductService conduct;
    private final ConductEvaluationService evaluations;

    ConductApiController(ConductService conduct, ConductEvaluationService evaluations) {
        this.conduct = conduct;
        this.evaluations = evaluations;
    }

    @GetMapping("/conduct")
    @Operation(summary = "Conduct records of units in your scope (PARTY_READ or CONDUCT_REPORT), newest first")
    PagedResponse<ConductView> list(@ParameterObject ConductFilter filter, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return PagedResponse.of(conduct.search(filter, PageRequests.of(page, size, PartyWeb.CONDUCT_ORDER)));
    }

    @GetMapping("/conduct/export")
    ResponseEntity<byte[]> export(@ParameterObject ConductFilter filter, Locale locale) {
        return PartyWeb.excel(conduct.export(filter, locale), "conduct.xlsx");
    }

    @GetMapping("/conduct/totals")
    @Operation(summary = "Counts of each kind and yuan refused per unit and month in [from, to], then per unit "
            + "(month null); withdrawn records left out")
    List<ConductTotal> totals(@RequestParam(required = false) Long unitId,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return conduct.totals(unitId, from, to);
    }

    @GetMapping("/conduct/{id}")
    ConductView get(@PathVariable Long id) {
        return conduct.get(id);
    }

    @PostMapping("/conduct")
    @Operation(summary = "Record conduct for a unit in your scope (PARTY_WRITE or CONDUCT_REPORT); a refused gift "
            + "needs amountYuan and handling")
    ResponseEntity<ConductView> create(@Valid @RequestBody ConductForm form) {
        ConductView c = conduct.create(form);
        return ResponseEntity.created(URI.create("/api/v1/party/conduct/" + c.id())).body(c);
    }

    @PutMapping("/conduct/{id}")
    ConductView update(@PathVariable Long id, @Valid @RequestBody ConductForm form) {
        return conduct.update(id, form);
    }

    @PostMapping("/conduct/{id}/withdraw")
    @Operation(summary = "Withdraw with a reason; it stays on record and no longer counts")
    ConductView withdraw(@PathVariable Long id, @RequestBody Withdrawal body) {
        return conduct.withdraw(id, body.reason(), body.version());
    }

    @GetMapping("/evaluation-items")
    List<EvaluationItemView> items() {
        return evaluations.items(false);
    }

    @PostMapping("/evaluation-items")
    ResponseEntity<EvaluationItemView> addItem(@RequestBody EvaluationItemForm form) {
        EvaluationItemView i = evaluations.addItem(form);
        return ResponseEntity.created(URI.create("/api/v1/party/evaluation-items/" + i.id())).body(i);
    }

    @PutMapping("/evaluation-items/{id}")
    EvaluationItemView updateItem(@PathVariable Long id, @RequestBody EvaluationItemForm form) {
        return evaluations.updateItem(id, form);
    }

    @GetMapping("/evaluations")
    List<EvaluationView> evaluations(@RequestParam int year, @RequestParam(required = false) Long unitId) {
        return evaluations.list(year, unitId);
    }

    @GetMapping("/evaluations/{id}")
    EvaluationView evaluation(@PathVariable Long id) {
        return evaluations.get(id);
    }

    @PostMapping("/evaluations")
    @Operation(summary = "A unit's monthly evaluation (month yyyy-MM, a score for every active item); again with its "
            + "version to correct it")
    EvaluationView evaluate(@Valid @RequestBody EvaluationForm form) {
        return evaluations.evaluate(form);
    }

    @GetMapping("/star-rules")
    List<StarRule> starRules() {
        return evaluations.starRules();
    }

    @GetMapping("/stars")
    @Operation(summary = "The year's five-star rating of every unit with a monthly evaluation")
    List<StarRating> stars(@RequestParam int year) {
        return evaluations.ratings(year);
    }
}
