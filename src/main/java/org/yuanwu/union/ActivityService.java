package org.yuanwu.union;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.StaffView;
import org.yuanwu.union.internal.activities.Activity;
import org.yuanwu.union.internal.activities.ActivityPhoto;
import org.yuanwu.union.internal.activities.ActivityPhotoRepository;
import org.yuanwu.union.internal.activities.ActivityRepository;
import org.yuanwu.union.internal.activities.ActivitySignup;
import org.yuanwu.union.internal.activities.ActivitySignupRepository;
import org.yuanwu.union.internal.activities.ClubRepository;

/**
 * Union activities: the union office (UNION_WRITE over the organising unit) plans them with a budget, a capacity
 * and a sign-up deadline; every member of staff sees them and signs up herself (the rules are in
 * {@link ActivitySignupRules}); the office records attendance once the day has come, the actual spend, photos, or
 * cancels with a reason. Budget and spend stay on the activity (in fen) until the fund ledger can take them.
 */
@Service
@Transactional
public class ActivityService {

    public static final String RECORD_TYPE = "union_activity";
    public static final String SIGNUP_RECORD_TYPE = "union_activity_signup";
    public static final int EXPORT_LIMIT = 20_000;

    private final ActivityRepository activities;
    private final ActivitySignupRepository signups;
    private final ActivityPhotoRepository photos;
    private final ClubRepository clubs;
    private final ActivitySupport support;
    private final FundLedger fund;

    ActivityService(ActivityRepository activities, ActivitySignupRepository signups, ActivityPhotoRepository photos,
                    ClubRepository clubs, ActivitySupport support, FundLedger fund) {
        this.fund = fund;
        this.activities = activities;
        this.signups = signups;
        this.photos = photos;
        this.clubs = clubs;
        this.support = support;
    }

    public java.time.LocalDate today() {
        return support.today();
    }

    // ---------------------------------------------------------------- reading (every signed-in user)

    @Transactional(readOnly = true)
    public Page<ActivityView> search(ActivityFilter filter, Pageable pageable) {
        Actor actor = support.signedIn();
        Long own = support.ownStaffId(actor).orElse(null);
        return activities.findAll(spec(filter == null ? ActivityFilter.none() : filter), pageable).map(a -> view(a, own));
    }

    @Transactional(readOnly = true)
    public ActivityView get(Long id) {
        Actor actor = support.signedIn();
        return view(load(id), support.ownStaffId(actor).orElse(null));
    }

    /** Whether the caller may manage the activity (for showing the forms that will work). */
    @Transactional(readOnly = true)
    public boolean mayManage(Long id) {
        Actor actor = support.signedIn();
        return actor.can(Permissions.UNION_WRITE) && support.canSee(actor, load(id).getOrganiserUnitId());
    }

    /** Whether the caller has a staff record to sign up with. */
    @Transactional(readOnly = true)
    public boolean hasStaffRecord() {
        return support.ownStaffId(support.signedIn()).isPresent();
    }

    @Transactional(readOnly = true)
    public List<ActivitySignupView> signups(Long id) {
        support.signedIn();
        load(id);
        List<ActivitySignupView> out = new ArrayList<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (ActivitySignup s : signups.findByActivityIdOrderBySignedUpAt(id)) {
            Optional<StaffView> person = support.findStaff(s.getStaffId());
            out.add(new ActivitySignupView(s.getId(), s.getStaffId(), person.map(StaffView::name).orElse("#" + s.getStaffId()),
                    person.map(StaffView::employeeNo).orElse(null),
                    unitNames.computeIfAbsent(s.getUnitId(), support::unitName), s.getSignedUpAt(), s.isWithdrawn(),
                    s.getAttended()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<ActivityPhotoView> photos(Long id) {
        support.signedIn();
        load(id);
        return photos.findByActivityIdOrderById(id).stream().map(ActivityService::photoView).toList();
    }

    /** A photo's bytes with its checked content type. */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<ActivityPhotoView, byte[]>> photo(Long activityId, Long photoId) {
        support.signedIn();
        return photos.findById(photoId).filter(p -> p.getActivityId().equals(activityId))
                .map(p -> Map.entry(photoView(p), p.getContent()));
    }

    @Transactional(readOnly = true)
    public byte[] export(ActivityFilter filter, Locale locale) {
        support.signedIn();
        List<Activity> found = activities.findAll(spec(filter == null ? ActivityFilter.none() : filter),
                Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id")));
        if (found.size() > EXPORT_LIMIT) {
            found = found.subList(0, EXPORT_LIMIT);
        }
        List<List<?>> rows = new ArrayList<>();
        for (Activity a : found) {
            ActivityView v = view(a, null);
            rows.add(Arrays.asList(v.id(), v.title(), support.text("activity.kind." + v.kind(), locale), v.heldOn(),
                    v.place(), v.organiserUnitName(), v.clubName(), v.capacity(), v.signupDeadline(), v.signedUp(),
                    v.attended(), v.budgetYuan(), v.spentYuan(), support.text("activity.status." + v.status(), locale),
                    v.cancelReason()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "title", "kind", "heldOn", "place", "organiser", "club", "capacity",
                "signupDeadline", "signedUp", "attended", "budget", "spent", "status", "cancelReason")) {
            headers.add(support.text("activity.field." + k, locale));
        }
        return ExcelSheet.write(support.text("activity.export.sheet", locale), headers, rows);
    }

    // ---------------------------------------------------------------- the union office

    public ActivityView create(ActivityForm form) {
        Actor actor = support.manager(Permissions.UNION_WRITE, checkedUnit(form));
        check(form);
        Activity a = new Activity(actor.username(), support.now());
        a.apply(form, ActivitySupport.fen(form.getBudgetYuan(), "budgetYuan") == null ? 0
                : ActivitySupport.fen(form.getBudgetYuan(), "budgetYuan"), null, support.now());
        activities.save(a);
        support.created(RECORD_TYPE, a.getId(), a.getTitle(), a.snapshot());
        return view(a, null);
    }

    public ActivityView update(Long id, ActivityForm form) {
        Activity a = load(id);
        support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        StaleEditException.check(form.getVersion(), a.getVersion());
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw DomainException.conflict("activity.error.cancelled");
        }
        support.manager(Permissions.UNION_WRITE, checkedUnit(form));
        check(form);
        Long budget = ActivitySupport.fen(form.getBudgetYuan(), "budgetYuan");
        Long spent = ActivitySupport.fen(form.getSpentYuan(), "spentYuan");
        if (spent != null && form.getHeldOn().isAfter(support.today())) {
            throw DomainException.invalid("spentYuan", "activity.error.spentBeforeHeld");
        }
        Map<String, Object> before = a.snapshot();
        if (a.apply(form, budget == null ? 0 : budget, spent, support.now())) {
            activities.saveAndFlush(a);
            support.updated(RECORD_TYPE, id, a.getTitle(), before, a.snapshot());
        }
        return view(a, null);
    }

    /** The source type under which an activity's budget is requested from the union fund. */
    public static final String FUND_SOURCE = "union.activity";

    /**
     * Requests the activity's budget from the union fund (category: activities). The request then follows the fund's
     * approval and payment; a second request is refused while one is pending, approved or paid.
     */
    public FundExpenseView requestBudget(Long id) {
        Activity a = load(id);
        support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw DomainException.conflict("activity.error.cancelled");
        }
        if (a.getBudgetFen() <= 0) {
            throw DomainException.invalid("budgetYuan", "activity.error.noBudget");
        }
        if (fund.expensesFor(FUND_SOURCE, id).stream().anyMatch(x -> x.status() != FundExpenseStatus.REJECTED)) {
            throw DomainException.conflict("activity.error.fundRequested");
        }
        java.math.BigDecimal amount = java.math.BigDecimal.valueOf(a.getBudgetFen()).movePointLeft(2);
        return fund.requestExpense(new FundSteps.ExpenseRequest(FundAccount.EXP_ACTIVITY, "工会活动：" + a.getTitle(), amount,
                support.today(), null), FUND_SOURCE, id);
    }

    /** The fund requests made for an activity's budget, with their approval and payment. */
    @Transactional(readOnly = true)
    public List<FundExpenseView> fundRequests(Long id) {
        load(id);
        return fund.expensesFor(FUND_SOURCE, id);
    }

    public ActivityView cancel(Long id, String reason, Long version) {
        Activity a = load(id);
        support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        StaleEditException.check(version, a.getVersion());
        if (a.getStatus() != ActivityStatus.PLANNED) {
            throw DomainException.conflict("activity.error.notOpen");
        }
        String why = ActivitySupport.required(reason, "reason", "activity.error.reasonRequired", 500);
        Map<String, Object> before = a.snapshot();
        a.cancel(why, support.now());
        activities.saveAndFlush(a);
        support.deactivated(RECORD_TYPE, id, a.getTitle(), before, a.snapshot());
        return view(a, null);
    }

    /**
     * Signs a member of staff up: herself (anyone whose account is linked to a staff record), or anyone when the
     * caller manages the activity. Refused when closed, past the deadline, full, or already signed up.
     */
    public ActivitySignupView signUp(Long id, Long staffId) {
        Activity a = activities.findByIdForUpdate(id).orElseThrow(() -> DomainException.notFound("activity.error.notFound", id));
        Actor actor = support.signedIn();
        Long own = support.ownStaffId(actor).orElse(null);
        Long who = staffId == null ? own : staffId;
        if (who == null) {
            throw new DomainException(org.springframework.http.HttpStatus.FORBIDDEN, null, "activity.error.noStaffRecord");
        }
        if (!who.equals(own)) {
            support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        } else if (!actor.can(Permissions.CONGRESS_PARTICIPATE)) {
            throw new AccessDeniedProblem();
        }
        StaffView person = support.staff(who, "staffId");
        Optional<ActivitySignup> existing = signups.findByActivityIdAndStaffId(id, who);
        boolean already = existing.map(s -> !s.isWithdrawn()).orElse(false);
        ActivitySignupRules.refusal(a.getStatus(), a.getHeldOn(), a.getSignupDeadline(), a.getCapacity(),
                signups.countByActivityIdAndWithdrawnFalse(id), already, support.today()).ifPresent(key -> {
                    throw DomainException.conflict(key);
                });
        ActivitySignup s;
        if (existing.isPresent()) {
            s = existing.get();
            s.renew(actor.username(), support.now());
        } else {
            s = new ActivitySignup(id, who, person.unitId(), actor.username(), support.now());
        }
        signups.saveAndFlush(s);
        support.created(SIGNUP_RECORD_TYPE, s.getId(), a.getTitle() + " " + person.name(),
                Map.of("activityId", id, "staffId", who, "withdrawn", false));
        return new ActivitySignupView(s.getId(), who, person.name(), person.employeeNo(), support.unitName(person.unitId()),
                s.getSignedUpAt(), false, null);
    }

    /** Withdraws a sign-up (one's own, or anyone's when managing) while the activity is still planned. */
    public void withdrawSignup(Long id, Long staffId) {
        Activity a = load(id);
        Actor actor = support.signedIn();
        Long own = support.ownStaffId(actor).orElse(null);
        Long who = staffId == null ? own : staffId;
        if (who == null || !who.equals(own)) {
            support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        }
        if (a.getStatus() != ActivityStatus.PLANNED) {
            throw DomainException.conflict("activity.error.notOpen");
        }
        ActivitySignup s = signups.findByActivityIdAndStaffId(id, who).filter(x -> !x.isWithdrawn())
                .orElseThrow(() -> DomainException.notFound("activity.error.signupNotFound"));
        s.withdraw();
        signups.saveAndFlush(s);
        support.deactivated(SIGNUP_RECORD_TYPE, s.getId(), a.getTitle(), Map.of("withdrawn", false), Map.of("withdrawn", true));
    }

    /**
     * Records who came, on or after the activity day: the staff ids given attended (walk-ins who had not signed up
     * are added), every other sign-up did not. The activity is then held.
     */
    public ActivityView recordAttendance(Long id, ActivityAttendance body) {
        Activity a = load(id);
        support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        StaleEditException.check(body.version(), a.getVersion());
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw DomainException.conflict("activity.error.cancelled");
        }
        if (a.getHeldOn().isAfter(support.today())) {
            throw DomainException.conflict("activity.error.attendanceBeforeDay");
        }
        List<Long> came = body.attendedStaffIds() == null ? List.of() : body.attendedStaffIds().stream().distinct().toList();
        List<ActivitySignup> all = signups.findByActivityIdOrderBySignedUpAt(id);
        List<ActivitySignup> list = new ArrayList<>(all.stream().filter(s -> !s.isWithdrawn()).toList());
        Actor actor = CurrentActor.get();
        for (Long staffId : came) {
            if (list.stream().noneMatch(s -> s.getStaffId().equals(staffId))) {
                // a walk-in who came without signing up (or after withdrawing) is put on the list as attending
                StaffView person = support.staff(staffId, "attendedStaffIds");
                ActivitySignup walkIn = all.stream().filter(s -> s.getStaffId().equals(staffId)).findFirst()
                        .orElseGet(() -> new ActivitySignup(id, staffId, person.unitId(), actor.username(), support.now()));
                walkIn.renew(actor.username(), support.now());
                list.add(walkIn);
            }
        }
        Map<String, Object> before = new java.util.LinkedHashMap<>(a.snapshot());
        before.put("attended", list.stream().filter(s -> Boolean.TRUE.equals(s.getAttended())).map(ActivitySignup::getStaffId).toList());
        for (ActivitySignup s : list) {
            s.setAttended(came.contains(s.getStaffId()));
        }
        signups.saveAll(list);
        a.held(support.now());
        activities.saveAndFlush(a);
        Map<String, Object> after = new java.util.LinkedHashMap<>(a.snapshot());
        after.put("attended", came);
        support.updated(RECORD_TYPE, id, a.getTitle(), before, after);
        return view(a, null);
    }

    public ActivityPhotoView addPhoto(Long id, String fileName, byte[] content) {
        Activity a = load(id);
        Actor actor = support.manager(Permissions.UNION_WRITE, a.getOrganiserUnitId());
        String type = ActivityFiles.photo(content, "file");
        ActivityPhoto p = new ActivityPhoto(id, ActivityFiles.safeName(fileName, "photo"), type, content,
                actor.username(), support.now());
        photos.save(p);
        support.created("union_activity_photo", p.getId(), a.getTitle() + " " + p.getFileName(),
                Map.of("activityId", id, "fileName", p.getFileName(), "sizeBytes", p.getSizeBytes()));
        return photoView(p);
    }

    // ---------------------------------------------------------------- for the star-rating page

    long countHeldIn(java.time.LocalDate from, java.time.LocalDate to) {
        return activities.count((root, q, cb) -> cb.and(cb.notEqual(root.get("status"), ActivityStatus.CANCELLED),
                cb.between(root.get("heldOn"), from, to)));
    }

    List<ActivityView> heldIn(java.time.LocalDate from, java.time.LocalDate to) {
        return activities.findAll((Specification<Activity>) (root, q, cb) -> cb.and(
                        cb.notEqual(root.get("status"), ActivityStatus.CANCELLED), cb.between(root.get("heldOn"), from, to)),
                Sort.by("heldOn")).stream().map(a -> view(a, null)).toList();
    }

    // ---------------------------------------------------------------- internals

    private Long checkedUnit(ActivityForm form) {
        return support.unit(form.getOrganiserUnitId(), "organiserUnitId").id();
    }

    private void check(ActivityForm f) {
        ActivitySupport.required(f.getTitle(), "title", "activity.error.titleRequired", 200);
        if (f.getKind() == null) {
            throw DomainException.invalid("kind", "activity.error.kindRequired");
        }
        if (f.getHeldOn() == null) {
            throw DomainException.invalid("heldOn", "activity.error.heldOnRequired");
        }
        ActivitySupport.limited(f.getPlace(), "place", 200);
        ActivitySupport.limited(f.getDescription(), "description", 2000);
        if (f.getCapacity() != null && (f.getCapacity() < 1 || f.getCapacity() > 100_000)) {
            throw DomainException.invalid("capacity", "activity.error.capacityRange");
        }
        if (f.getSignupDeadline() != null && f.getSignupDeadline().isAfter(f.getHeldOn())) {
            throw DomainException.invalid("signupDeadline", "activity.error.deadlineAfterDay");
        }
        if (f.getClubId() != null && clubs.findById(f.getClubId()).isEmpty()) {
            throw DomainException.invalid("clubId", "club.error.notFound", f.getClubId());
        }
        ActivitySupport.fen(f.getBudgetYuan(), "budgetYuan");
        ActivitySupport.fen(f.getSpentYuan(), "spentYuan");
    }

    private Activity load(Long id) {
        return activities.findById(id).orElseThrow(() -> DomainException.notFound("activity.error.notFound", id));
    }

    private ActivityView view(Activity a, Long ownStaffId) {
        List<ActivitySignup> list = signups.findByActivityIdOrderBySignedUpAt(a.getId());
        long active = list.stream().filter(s -> !s.isWithdrawn()).count();
        long attended = list.stream().filter(s -> !s.isWithdrawn() && Boolean.TRUE.equals(s.getAttended())).count();
        boolean mine = ownStaffId != null && list.stream().anyMatch(s -> !s.isWithdrawn() && s.getStaffId().equals(ownStaffId));
        String clubName = a.getClubId() == null ? null : clubs.findById(a.getClubId()).map(c -> c.getName()).orElse(null);
        return new ActivityView(a.getId(), a.getTitle(), a.getKind(), a.getHeldOn(), a.getPlace(), a.getOrganiserUnitId(),
                support.unitName(a.getOrganiserUnitId()), a.getClubId(), clubName, a.getCapacity(), a.getSignupDeadline(),
                a.getBudgetFen(), a.getSpentFen(), a.getDescription(), a.getStatus(), a.getCancelReason(), active, attended,
                mine, a.getVersion());
    }

    private static ActivityPhotoView photoView(ActivityPhoto p) {
        return new ActivityPhotoView(p.getId(), p.getActivityId(), p.getFileName(), p.getContentType(), p.getSizeBytes(),
                p.getUploadedBy(), p.getUploadedAt());
    }

    private Specification<Activity> spec(ActivityFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("place")), like)));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("heldOn"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("heldOn"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
