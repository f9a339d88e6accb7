package org.yuanwu.union;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.internal.honours.Honour;
import org.yuanwu.union.internal.honours.HonourRepository;

/**
 * The honours registry for people and units. The union office (UNION_WRITE over the unit) registers an honour as
 * applied, recommends it, and records it awarded or not awarded ({@link HonourStatus}); each step and the
 * certificate scan land in the audit trail. UNION_READ users see every entry of the units in their scope; everyone
 * else sees the awarded ones. Other modules (the year-end summary, the staff technical file, the union's
 * star-rating application) read the awarded honours through {@link #awardedTo} and {@link #awardedIn}.
 */
@Service
@Transactional
public class Honours {

    public static final String RECORD_TYPE = "union_honour";
    public static final int EXPORT_LIMIT = 20_000;

    private final HonourRepository honours;
    private final ActivityService activities;
    private final ClubService clubs;
    private final ActivitySupport support;

    Honours(HonourRepository honours, ActivityService activities, ClubService clubs, ActivitySupport support) {
        this.honours = honours;
        this.activities = activities;
        this.clubs = clubs;
        this.support = support;
    }

    // ---------------------------------------------------------------- public API for other modules

    /** The honours awarded to a member of staff, newest first. */
    @Transactional(readOnly = true)
    public List<HonourView> awardedTo(Long staffId) {
        return honours.findByStaffIdAndStatusOrderByAwardedOnDesc(staffId, HonourStatus.AWARDED).stream().map(this::view).toList();
    }

    /** The honours awarded in a year to people and units of a unit's subtree (every unit when null), by date. */
    @Transactional(readOnly = true)
    public List<HonourView> awardedIn(int year, Long unitSubtree) {
        Collection<Long> ids = unitSubtree == null ? null : support.subtreeIds(unitSubtree);
        return honours.findAll(spec(new HonourFilter(null, null, HonourStatus.AWARDED, year, null), ids, null),
                Sort.by("awardedOn", "id")).stream().map(this::view).toList();
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<HonourView> search(HonourFilter filter, Pageable pageable) {
        Actor actor = support.signedIn();
        return honours.findAll(visible(actor, filter == null ? HonourFilter.none() : filter), pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public HonourView get(Long id) {
        Honour h = load(id);
        readable(support.signedIn(), h);
        return view(h);
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Long id) {
        Actor actor = support.signedIn();
        return actor.can(Permissions.UNION_WRITE) && support.canSee(actor, load(id).getUnitId());
    }

    @Transactional(readOnly = true)
    public Optional<Map.Entry<String, Map.Entry<String, byte[]>>> certificate(Long id) {
        Honour h = load(id);
        readable(support.signedIn(), h);
        if (h.getCertificateName() == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(h.getCertificateName(), Map.entry(h.getCertificateType(), h.getCertificate())));
    }

    @Transactional(readOnly = true)
    public byte[] export(HonourFilter filter, Locale locale) {
        Actor actor = support.signedIn();
        List<Honour> found = honours.findAll(visible(actor, filter == null ? HonourFilter.none() : filter),
                Sort.by(Sort.Order.desc("awardedOn"), Sort.Order.desc("id")));
        if (found.size() > EXPORT_LIMIT) {
            found = found.subList(0, EXPORT_LIMIT);
        }
        List<List<?>> rows = new ArrayList<>();
        for (Honour h : found) {
            HonourView v = view(h);
            rows.add(Arrays.asList(v.id(), v.title(), support.text("honour.level." + v.level(), locale), v.awardingBody(),
                    v.awardedOn(), v.staffName(), v.unitName(), support.text("honour.status." + v.status(), locale), v.note()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "title", "level", "awardingBody", "awardedOn", "person", "unit", "status", "note")) {
            headers.add(support.text("honour.field." + k, locale));
        }
        return ExcelSheet.write(support.text("honour.export.sheet", locale), headers, rows);
    }

    /** The year's union record for the star-rated staff home application (UNION_READ). */
    @Transactional(readOnly = true)
    public HonourStarRating starRating(int year) {
        support.manager(Permissions.UNION_READ, null);
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "honour.error.yearRange");
        }
        List<HonourView> awarded = awardedIn(year, null);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<ClubView> active = clubs.list(true);
        return new HonourStarRating(year, awarded, awarded.stream().filter(HonourView::forPerson).count(),
                awarded.stream().filter(h -> !h.forPerson()).count(), activities.heldIn(from, to), active,
                active.stream().mapToLong(ClubView::members).sum());
    }

    // ---------------------------------------------------------------- writing

    public HonourView create(HonourForm form) {
        Long unitId = recipientUnit(form);
        Actor actor = support.manager(Permissions.UNION_WRITE, unitId);
        check(form);
        Honour h = new Honour(actor.username(), support.now());
        h.apply(form.getTitle().strip(), form.getLevel(), form.getAwardingBody().strip(), form.getAwardedOn(),
                form.getStaffId(), unitId, ActivitySupport.limited(form.getNote(), "note", 1000), support.now());
        honours.save(h);
        support.created(RECORD_TYPE, h.getId(), h.getTitle(), h.snapshot());
        return view(h);
    }

    /** Corrects an entry while it is still pending (applied or recommended). */
    public HonourView update(Long id, HonourForm form) {
        Honour h = load(id);
        support.manager(Permissions.UNION_WRITE, h.getUnitId());
        StaleEditException.check(form.getVersion(), h.getVersion());
        if (!h.getStatus().pending()) {
            throw DomainException.conflict("honour.error.decided");
        }
        Long unitId = recipientUnit(form);
        support.manager(Permissions.UNION_WRITE, unitId);
        check(form);
        Map<String, Object> before = h.snapshot();
        h.apply(form.getTitle().strip(), form.getLevel(), form.getAwardingBody().strip(), form.getAwardedOn(),
                form.getStaffId(), unitId, ActivitySupport.limited(form.getNote(), "note", 1000), support.now());
        honours.saveAndFlush(h);
        support.updated(RECORD_TYPE, id, h.getTitle(), before, h.snapshot());
        return view(h);
    }

    /**
     * Moves the entry on: RECOMMENDED, AWARDED (with the award date, default the stored date), NOT_AWARDED, or
     * WITHDRAWN (with a reason). Steps out of order are refused.
     */
    public HonourView move(Long id, HonourStatus next, LocalDate awardedOn, String reason, Long version) {
        Honour h = load(id);
        support.manager(Permissions.UNION_WRITE, h.getUnitId());
        StaleEditException.check(version, h.getVersion());
        if (next == null) {
            throw DomainException.invalid("status", "honour.error.statusRequired");
        }
        if (!h.getStatus().mayMoveTo(next)) {
            throw DomainException.conflict("honour.error.step", h.getStatus().name(), next.name());
        }
        String why = next == HonourStatus.WITHDRAWN
                ? ActivitySupport.required(reason, "reason", "activity.error.reasonRequired", 500) : null;
        if (awardedOn != null && awardedOn.isAfter(support.today())) {
            throw DomainException.invalid("awardedOn", "honour.error.awardedFuture");
        }
        Map<String, Object> before = h.snapshot();
        h.move(next, next == HonourStatus.AWARDED ? awardedOn : null, why, support.now());
        honours.saveAndFlush(h);
        if (next == HonourStatus.WITHDRAWN) {
            support.deactivated(RECORD_TYPE, id, h.getTitle(), before, h.snapshot());
        } else {
            support.updated(RECORD_TYPE, id, h.getTitle(), before, h.snapshot());
        }
        return view(h);
    }

    public HonourView attachCertificate(Long id, String fileName, byte[] content) {
        Honour h = load(id);
        support.manager(Permissions.UNION_WRITE, h.getUnitId());
        if (h.getStatus() == HonourStatus.WITHDRAWN) {
            throw DomainException.conflict("honour.error.withdrawn");
        }
        String type = ActivityFiles.scan(content, "file");
        Map<String, Object> before = h.snapshot();
        h.attach(ActivityFiles.safeName(fileName, "certificate"), type, content, support.now());
        honours.saveAndFlush(h);
        support.updated(RECORD_TYPE, id, h.getTitle(), before, h.snapshot());
        return view(h);
    }

    // ---------------------------------------------------------------- internals

    private Long recipientUnit(HonourForm form) {
        if (form.getStaffId() != null) {
            StaffView person = support.staff(form.getStaffId(), "staffId");
            return person.unitId();
        }
        UnitView unit = support.unit(form.getUnitId(), "unitId");
        return unit.id();
    }

    private void check(HonourForm f) {
        ActivitySupport.required(f.getTitle(), "title", "honour.error.titleRequired", 200);
        if (f.getLevel() == null) {
            throw DomainException.invalid("level", "honour.error.levelRequired");
        }
        ActivitySupport.required(f.getAwardingBody(), "awardingBody", "honour.error.bodyRequired", 200);
        if (f.getAwardedOn() == null) {
            throw DomainException.invalid("awardedOn", "honour.error.dateRequired");
        }
        if (f.getAwardedOn().isAfter(support.today())) {
            throw DomainException.invalid("awardedOn", "honour.error.awardedFuture");
        }
    }

    private Honour load(Long id) {
        return honours.findById(id).orElseThrow(() -> DomainException.notFound("honour.error.notFound", id));
    }

    private void readable(Actor actor, Honour h) {
        boolean officer = actor.can(Permissions.UNION_READ) && support.canSee(actor, h.getUnitId());
        if (!officer && h.getStatus() != HonourStatus.AWARDED) {
            throw new AccessDeniedProblem();
        }
    }

    /** UNION_READ: every entry of the units in scope; everyone: the awarded ones. */
    private Specification<Honour> visible(Actor actor, HonourFilter f) {
        Collection<Long> filtered = f.unitId() == null ? null : support.subtreeIds(f.unitId());
        if (!actor.can(Permissions.UNION_READ)) {
            return spec(f, filtered, HonourStatus.AWARDED);
        }
        Collection<Long> scoped = support.visibleUnitIds(actor);
        Specification<Honour> inScope = spec(f, filtered, null);
        if (scoped == null) {
            return inScope;
        }
        // the awarded honours of other units stay visible to an officer too, as they are to every member of staff
        return (root, q, cb) -> cb.and(inScope.toPredicate(root, q, cb), cb.or(
                scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped),
                cb.equal(root.get("status"), HonourStatus.AWARDED)));
    }

    private Specification<Honour> spec(HonourFilter f, Collection<Long> unitIds, HonourStatus onlyStatus) {
        if (f.year() != null && (f.year() < 1900 || f.year() > 2100)) {
            throw DomainException.invalid("year", "honour.error.yearRange");
        }
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (unitIds != null) {
                where.add(unitIds.isEmpty() ? cb.disjunction() : root.get("unitId").in(unitIds));
            }
            if (onlyStatus != null) {
                where.add(cb.equal(root.get("status"), onlyStatus));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.level() != null) {
                where.add(cb.equal(root.get("level"), f.level()));
            }
            if (f.year() != null) {
                where.add(cb.between(root.get("awardedOn"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("awardingBody")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private HonourView view(Honour h) {
        String staffName = h.getStaffId() == null ? null
                : support.findStaff(h.getStaffId()).map(StaffView::name).orElse("#" + h.getStaffId());
        return new HonourView(h.getId(), h.getTitle(), h.getLevel(), h.getAwardingBody(), h.getAwardedOn(), h.getStaffId(),
                staffName, h.getUnitId(), support.unitName(h.getUnitId()), h.getStatus(), h.getNote(),
                h.getCertificateName() != null, h.getWithdrawnReason(), h.getVersion());
    }
}
