package org.yuanwu.party;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.StaffView;
import org.yuanwu.party.internal.Conduct;
import org.yuanwu.party.internal.ConductRepository;

/**
 * Conduct records (行风记录): letters of thanks, banners, refused gifts and red envelopes (with the amount and how
 * they were handled), declined meals, good deeds, media reports, upheld complaints. Entered by the party office
 * (PARTY_WRITE) or by a department for its own units (CONDUCT_REPORT), always within the caller's scope; read by
 * PARTY_READ or CONDUCT_REPORT users within theirs. Each record counts one toward its kind's measure at its unit on
 * its date (a refused gift also its yuan toward {@code party.gifts_refused_yuan}); withdrawn, it counts no more.
 */
@Service
@Transactional
public class ConductService {

    public static final String RECORD_TYPE = "party_conduct";
    public static final String FACT_SOURCE = "party.conduct";
    public static final int EXPORT_LIMIT = 50_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    private final ConductRepository conducts;
    private final PartySupport support;

    ConductService(ConductRepository conducts, PartySupport support) {
        this.conducts = conducts;
        this.support = support;
    }

    /** The hospital's date today. */
    public LocalDate today() {
        return support.today();
    }

    static Actor reader() {
        return PartySupport.requireAny(Permissions.PARTY_READ, Permissions.CONDUCT_REPORT);
    }

    static Actor writer() {
        return PartySupport.requireAny(Permissions.PARTY_WRITE, Permissions.CONDUCT_REPORT);
    }

    @Transactional(readOnly = true)
    public Page<ConductView> search(ConductFilter filter, Pageable pageable) {
        Actor actor = reader();
        Map<Long, String> units = new HashMap<>();
        Map<Long, String> staff = new HashMap<>();
        return conducts.findAll(spec(actor, filter == null ? ConductFilter.none() : filter), pageable)
                .map(c -> view(c, units, staff));
    }

    @Transactional(readOnly = true)
    public ConductView get(Long id) {
        Conduct c = load(id);
        Actor actor = reader();
        if (!support.canSee(actor, c.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return view(c, new HashMap<>(), new HashMap<>());
    }

    @Transactional(readOnly = true)
    public boolean mayWrite(Long id) {
        Conduct c = load(id);
        try {
            return support.canSee(writer(), c.getUnitId());
        } catch (AccessDeniedProblem e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public byte[] export(ConductFilter filter, Locale locale) {
        Actor actor = reader();
        List<Conduct> found = conducts.findAll(spec(actor, filter == null ? ConductFilter.none() : filter),
                Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id")));
        if (found.size() > EXPORT_LIMIT) {
            found = found.subList(0, EXPORT_LIMIT);
        }
        Map<Long, String> units = new HashMap<>();
        Map<Long, String> staff = new HashMap<>();
        List<List<?>> rows = new ArrayList<>();
        for (Conduct c : found) {
            ConductView v = view(c, units, staff);
            rows.add(java.util.Arrays.asList(v.id(), v.occurredOn(), support.text("conduct.kind." + v.kind(), locale),
                    v.unitName(), v.staffName(), v.description(), v.source(), v.amountYuan(),
                    v.handling() == null ? null : support.text("conduct.handling." + v.handling(), locale),
                    v.withdrawReason()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "occurredOn", "kind", "unit", "staff", "description", "source", "amountYuan",
                "handling", "withdrawReason")) {
            headers.add(support.text("conduct.field." + k, locale));
        }
        return ExcelSheet.write(support.text("conduct.sheet", locale), headers, rows);
    }

    public ConductView create(ConductForm form) {
        Actor actor = writer();
        check(form, actor);
        Conduct c = new Conduct(actor.username(), support.now());
        apply(c, form);
        conducts.saveAndFlush(c);
        support.created(RECORD_TYPE, c.getId(), PartySupport.summary(c.getDescription()), c.snapshot());
        publishFacts(c);
        return view(c, new HashMap<>(), new HashMap<>());
    }

    public ConductView update(Long id, ConductForm form) {
        Conduct c = load(id);
        Actor actor = writable(c);
        StaleEditException.check(form.getVersion(), c.getVersion());
        if (c.isWithdrawn()) {
            throw DomainException.conflict("conduct.error.withdrawn");
        }
        check(form, actor);
        Map<String, Object> before = c.snapshot();
        apply(c, form);
        conducts.saveAndFlush(c);
        support.updated(RECORD_TYPE, id, PartySupport.summary(c.getDescription()), before, c.snapshot());
        publishFacts(c);
        return view(c, new HashMap<>(), new HashMap<>());
    }

    /** Takes a record off (entered twice, not confirmed) with a reason; it stays, no longer counted. */
    public ConductView withdraw(Long id, String reason, Long version) {
        Conduct c = load(id);
        writable(c);
        StaleEditException.check(version, c.getVersion());
        if (c.isWithdrawn()) {
            throw DomainException.conflict("conduct.error.withdrawn");
        }
        String why = PartySupport.reason(reason);
        Map<String, Object> before = c.snapshot();
        c.withdraw(why, support.now());
        conducts.saveAndFlush(c);
        support.deactivated(RECORD_TYPE, id, PartySupport.summary(c.getDescription()), before, c.snapshot());
        publishFacts(c);
        return view(c, new HashMap<>(), new HashMap<>());
    }

    /**
     * Totals per unit and month over [from, to] for the units the caller sees (within {@code unitId}'s subtree when
     * given): the month lines of each unit, then its total line (month null). Withdrawn records are left out.
     */
    @Transactional(readOnly = true)
    public List<ConductTotal> totals(Long unitId, LocalDate from, LocalDate to) {
        Actor actor = reader();
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("from", "conduct.error.range");
        }
        Collection<Long> scoped = support.visibleUnitIds(actor);
        Collection<Long> wanted = unitId == null ? scoped : support.units.subtreeIds(unitId).stream()
                .filter(id -> scoped == null || scoped.contains(id)).toList();
        List<Conduct> found = wanted == null
                ? conducts.findAll((root, q, cb) -> cb.and(cb.between(root.get("occurredOn"), from, to),
                        cb.isNull(root.get("withdrawReason"))))
                : wanted.isEmpty() ? List.of()
                : conducts.findByUnitIdInAndOccurredOnBetweenAndWithdrawReasonIsNull(wanted, from, to);
        Map<Long, String> names = new HashMap<>();
        Map<String, Map<String, List<Conduct>>> byUnitThenMonth = new TreeMap<>();
        Map<String, Long> unitOfKey = new HashMap<>();
        for (Conduct c : found) {
            String key = support.unitName(c.getUnitId(), names) + "#" + c.getUnitId();
            unitOfKey.put(key, c.getUnitId());
            byUnitThenMonth.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(c.getOccurredOn()).toString(), k -> new ArrayList<>()).add(c);
        }
        List<ConductTotal> out = new ArrayList<>();
        byUnitThenMonth.forEach((key, months) -> {
            Long unit = unitOfKey.get(key);
            List<Conduct> all = new ArrayList<>();
            months.forEach((month, records) -> {
                out.add(total(unit, names.get(unit), month, records));
                all.addAll(records);
            });
            out.add(total(unit, names.get(unit), null, all));
        });
        return out;
    }

    /** The upheld complaints and the praise of a unit over a range, for the star rating. */
    @Transactional(readOnly = true)
    long count(Long unitId, ConductKind kind, LocalDate from, LocalDate to) {
        return conducts.countByUnitIdAndKindAndOccurredOnBetweenAndWithdrawReasonIsNull(unitId, kind, from, to);
    }

    private static ConductTotal total(Long unitId, String unitName, String month, List<Conduct> records) {
        Map<ConductKind, Long> counts = new EnumMap<>(ConductKind.class);
        BigDecimal yuan = BigDecimal.ZERO;
        for (Conduct c : records) {
            counts.merge(c.getKind(), 1L, Long::sum);
            if (c.getKind() == ConductKind.GIFT_REFUSED && c.getAmountYuan() != null) {
                yuan = yuan.add(c.getAmountYuan());
            }
        }
        return new ConductTotal(unitId, unitName, month, counts, yuan);
    }

    private void apply(Conduct c, ConductForm form) {
        boolean gift = form.getKind() == ConductKind.GIFT_REFUSED;
        c.apply(form.getKind(), form.getUnitId(), form.getStaffId(), form.getOccurredOn(), form.getDescription().strip(),
                PartySupport.clean(form.getSource()), gift ? form.getAmountYuan() : null, gift ? form.getHandling() : null,
                support.now());
    }

    private void check(ConductForm form, Actor actor) {
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "conduct.error.kindRequired");
        }
        if (form.getOccurredOn() == null) {
            throw DomainException.invalid("occurredOn", "party.error.dateRequired");
        }
        if (form.getOccurredOn().isAfter(support.today())) {
            throw DomainException.invalid("occurredOn", "party.error.dateFuture");
        }
        PartySupport.required(form.getDescription(), "description", "conduct.error.descriptionRequired", 2000);
        PartySupport.limited(form.getSource(), "source", 200);
        if (form.getKind() == ConductKind.GIFT_REFUSED) {
            if (form.getAmountYuan() == null || form.getAmountYuan().signum() <= 0) {
                throw DomainException.invalid("amountYuan", "conduct.error.amountRequired");
            }
            if (form.getAmountYuan().compareTo(MAX_AMOUNT) >= 0 || form.getAmountYuan().scale() > 2) {
                throw DomainException.invalid("amountYuan", "conduct.error.amountFormat");
            }
            if (form.getHandling() == null) {
                throw DomainException.invalid("handling", "conduct.error.handlingRequired");
            }
        }
        support.unitInScope(actor, form.getUnitId(), "unitId");
        if (form.getStaffId() != null) {
            StaffView s = support.staffMember(form.getStaffId(), "staffId");
            if (!support.units.subtreeIds(form.getUnitId()).contains(s.unitId())) {
                throw DomainException.invalid("staffId", "conduct.error.staffNotInUnit", s.name());
            }
        }
    }

    private void publishFacts(Conduct c) {
        List<Fact> facts = new ArrayList<>();
        if (!c.isWithdrawn()) {
            facts.add(Fact.of(c.getKind().measure(), c.getUnitId(), c.getOccurredOn(), 1));
            if (c.getKind() == ConductKind.GIFT_REFUSED && c.getAmountYuan() != null) {
                facts.add(new Fact(ConductKind.GIFT_VALUE_MEASURE, c.getUnitId(), c.getOccurredOn(), c.getAmountYuan()));
            }
        }
        support.publish(new FactsRecorded(FACT_SOURCE, String.valueOf(c.getId()), facts));
    }

    private Actor writable(Conduct c) {
        Actor actor = writer();
        if (!support.canSee(actor, c.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private Conduct load(Long id) {
        return conducts.findById(id).orElseThrow(() -> DomainException.notFound("conduct.error.notFound", id));
    }

    private Specification<Conduct> spec(Actor actor, ConductFilter f) {
        Collection<Long> scoped = support.visibleUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : support.units.subtreeIds(f.unitId());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.staffId() != null) {
                where.add(cb.equal(root.get("staffId"), f.staffId()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredOn"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("occurredOn"), f.to()));
            }
            if (f.withdrawn() != null) {
                where.add(f.withdrawn() ? cb.isNotNull(root.get("withdrawReason")) : cb.isNull(root.get("withdrawReason")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private ConductView view(Conduct c, Map<Long, String> units, Map<Long, String> staff) {
        return new ConductView(c.getId(), c.getKind(), c.getUnitId(), support.unitName(c.getUnitId(), units), c.getStaffId(),
                support.staffName(c.getStaffId(), staff), c.getOccurredOn(), c.getDescription(), c.getSource(),
                c.getAmountYuan(), c.getHandling(), c.getWithdrawReason(), c.getCreatedBy(), c.getCreatedAt(), c.getVersion());
    }
}
