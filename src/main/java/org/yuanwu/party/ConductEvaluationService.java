package org.yuanwu.party;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.party.internal.Evaluation;
import org.yuanwu.party.internal.EvaluationItem;
import org.yuanwu.party.internal.EvaluationItemRepository;
import org.yuanwu.party.internal.EvaluationRepository;
import org.yuanwu.party.internal.StarRuleRepository;
import org.yuanwu.party.internal.StarRuleRow;

/**
 * The monthly conduct evaluation of each unit against the configurable score items, and the five-star service
 * rating that follows from a year of them and the unit's conduct record, by the rule kept in {@code party_star_rule}.
 */
@Service
@Transactional
public class ConductEvaluationService {

    public static final String RECORD_TYPE = "party_evaluation";
    public static final String ITEM_RECORD_TYPE = "party_evaluation_item";

    private final EvaluationRepository evaluations;
    private final EvaluationItemRepository items;
    private final StarRuleRepository starRules;
    private final ConductService conduct;
    private final PartySupport support;

    ConductEvaluationService(EvaluationRepository evaluations, EvaluationItemRepository items, StarRuleRepository starRules,
                      ConductService conduct, PartySupport support) {
        this.evaluations = evaluations;
        this.items = items;
        this.starRules = starRules;
        this.conduct = conduct;
        this.support = support;
    }

    // ---------------------------------------------------------------- items

    @Transactional(readOnly = true)
    public List<EvaluationItemView> items(boolean activeOnly) {
        ConductService.reader();
        return items.findAllByOrderBySortOrderAscIdAsc().stream().filter(i -> !activeOnly || i.isActive())
                .map(ConductEvaluationService::view).toList();
    }

    public EvaluationItemView addItem(EvaluationItemForm form) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        String name = checkItem(form);
        int order = items.findAll().stream().mapToInt(EvaluationItem::getSortOrder).max().orElse(0) + 1;
        EvaluationItem i = new EvaluationItem(name, form.maxScore(), order);
        items.saveAndFlush(i);
        support.created(ITEM_RECORD_TYPE, i.getId(), i.getName(), i.snapshot());
        return view(i);
    }

    public EvaluationItemView updateItem(Long id, EvaluationItemForm form) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        EvaluationItem i = items.findById(id).orElseThrow(() -> DomainException.notFound("conduct.error.itemNotFound", id));
        StaleEditException.check(form.version(), i.getVersion());
        String name = checkItem(form);
        Map<String, Object> before = i.snapshot();
        i.apply(name, form.maxScore(), form.active() == null || form.active());
        items.saveAndFlush(i);
        support.updated(ITEM_RECORD_TYPE, id, i.getName(), before, i.snapshot());
        return view(i);
    }

    private static String checkItem(EvaluationItemForm form) {
        String name = PartySupport.required(form.name(), "name", "party.error.nameRequired", 100);
        if (form.maxScore() == null || form.maxScore() < 1 || form.maxScore() > 100) {
            throw DomainException.invalid("maxScore", "conduct.error.maxScoreRange");
        }
        return name;
    }

    // ---------------------------------------------------------------- evaluations

    @Transactional(readOnly = true)
    public List<EvaluationView> list(int year, Long unitId) {
        Actor actor = ConductService.reader();
        Map<Long, String> names = new HashMap<>();
        java.util.Set<Long> wanted = unitId == null ? null : new java.util.HashSet<>(support.units.subtreeIds(unitId));
        return evaluations.findByMonthStartBetweenOrderByMonthStartAscIdAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
                .stream().filter(e -> support.canSee(actor, e.getUnitId()))
                .filter(e -> wanted == null || wanted.contains(e.getUnitId()))
                .map(e -> view(e, names)).toList();
    }

    @Transactional(readOnly = true)
    public EvaluationView get(Long id) {
        Evaluation e = evaluations.findById(id).orElseThrow(() -> DomainException.notFound("conduct.error.evaluationNotFound", id));
        if (!support.canSee(ConductService.reader(), e.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return view(e, new HashMap<>());
    }

    /** Records a unit's evaluation for a month, or corrects it (the form's version must then match). */
    public EvaluationView evaluate(EvaluationForm form) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        if (form.getMonth() == null) {
            throw DomainException.invalid("month", "conduct.error.monthRequired");
        }
        if (form.getMonth().isAfter(YearMonth.from(support.today()))) {
            throw DomainException.invalid("month", "conduct.error.monthFuture");
        }
        support.unitInScope(actor, form.getUnitId(), "unitId");
        String evaluator = PartySupport.required(form.getEvaluator(), "evaluator", "conduct.error.evaluatorRequired", 64);
        String notes = PartySupport.limited(form.getNotes(), "notes", 1000);
        Map<Long, BigDecimal> scores = new TreeMap<>();
        int max = 0;
        for (EvaluationItem item : items.findAllByOrderBySortOrderAscIdAsc()) {
            if (!item.isActive()) {
                continue;
            }
            BigDecimal score = form.getScores().get(item.getId());
            if (score == null) {
                throw DomainException.invalid("scores", "conduct.error.scoreMissing", item.getName());
            }
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(item.getMaxScore())) > 0 || score.scale() > 2) {
                throw DomainException.invalid("scores", "conduct.error.scoreRange", item.getName(), String.valueOf(item.getMaxScore()));
            }
            scores.put(item.getId(), score);
            max += item.getMaxScore();
        }
        if (scores.isEmpty()) {
            throw DomainException.invalid("scores", "conduct.error.noItems");
        }
        LocalDate monthStart = form.getMonth().atDay(1);
        Evaluation e = evaluations.findByUnitIdAndMonthStart(form.getUnitId(), monthStart).orElse(null);
        if (e == null) {
            if (form.getVersion() != null) {
                throw new org.yuanwu.common.StaleEditException();
            }
            e = new Evaluation(form.getUnitId(), monthStart, actor.username(), support.now());
            e.apply(evaluator, scores, max, notes, support.now());
            evaluations.saveAndFlush(e);
            support.created(RECORD_TYPE, e.getId(), form.getMonth().toString(), e.snapshot());
        } else {
            if (form.getVersion() == null) {
                throw DomainException.invalid("month", "conduct.error.alreadyEvaluated", form.getMonth().toString());
            }
            StaleEditException.check(form.getVersion(), e.getVersion());
            Map<String, Object> before = e.snapshot();
            e.apply(evaluator, scores, max, notes, support.now());
            evaluations.saveAndFlush(e);
            support.updated(RECORD_TYPE, e.getId(), form.getMonth().toString(), before, e.snapshot());
        }
        return view(e, new HashMap<>());
    }

    // ---------------------------------------------------------------- stars

    @Transactional(readOnly = true)
    public List<StarRule> starRules() {
        return starRules.findAll().stream().map(StarRuleRow::rule)
                .sorted(Comparator.comparingInt(StarRule::stars).reversed()).toList();
    }

    /** The year's rating of every unit the caller sees that has at least one monthly evaluation in it. */
    @Transactional(readOnly = true)
    public List<StarRating> ratings(int year) {
        List<StarRule> rules = starRules();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> byUnit = new LinkedHashMap<>();
        for (EvaluationView e : list(year, null)) {
            byUnit.computeIfAbsent(e.unitId(), k -> new TreeMap<>())
                    .put(YearMonth.parse(e.month()).getMonthValue(), e.percent());
            names.put(e.unitId(), e.unitName());
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<StarRating> out = new ArrayList<>();
        byUnit.forEach((unitId, monthly) -> {
            BigDecimal average = StarRating.average(monthly);
            long upheld = conduct.count(unitId, ConductKind.COMPLAINT_UPHELD, from, to);
            long praise = 0;
            for (ConductKind k : ConductKind.values()) {
                if (k.praise()) {
                    praise += conduct.count(unitId, k, from, to);
                }
            }
            out.add(new StarRating(unitId, names.get(unitId), year, monthly, average, praise, upheld,
                    StarRating.stars(rules, average, upheld)));
        });
        out.sort(Comparator.comparing(StarRating::unitName));
        return out;
    }

    private static EvaluationItemView view(EvaluationItem i) {
        return new EvaluationItemView(i.getId(), i.getName(), i.getMaxScore(), i.getSortOrder(), i.isActive(), i.getVersion());
    }

    private EvaluationView view(Evaluation e, Map<Long, String> names) {
        BigDecimal percent = e.getMaxScore() == 0 ? BigDecimal.ZERO
                : e.getScore().multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(e.getMaxScore()), 1, RoundingMode.HALF_UP);
        return new EvaluationView(e.getId(), e.getUnitId(), support.unitName(e.getUnitId(), names),
                YearMonth.from(e.getMonthStart()).toString(), e.getEvaluator(), e.getScore(), e.getMaxScore(), percent,
                new TreeMap<>(e.getScores()), e.getNotes(), e.getVersion());
    }
}
