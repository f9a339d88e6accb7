package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.training.internal.intern.Intern;
import org.yuanwu.training.internal.intern.InternAccess;
import org.yuanwu.training.internal.intern.InternRepository;
import org.yuanwu.training.internal.intern.InternRotation;
import org.yuanwu.training.internal.intern.InternRotationRepository;
import org.yuanwu.training.internal.intern.InternTeaching;
import org.yuanwu.training.internal.intern.InternTeachingRepository;
import org.yuanwu.training.internal.intern.Weeks;

/**
 * Weekly teaching records (带教记录): the signed-in tutor records each week's teaching at her ward for the interns
 * she tutors there; the ward's head nurse (TRAINING_READ over the ward) sees the records and the past weeks of
 * tutored rotations that have none.
 */
@Service
@Transactional
public class InternTeachingService {

    public static final String RECORD_TYPE = "training_intern_teaching";
    /** How far back the missing-weeks list looks. */
    public static final int GAP_WEEKS = 26;

    private final InternTeachingRepository teachings;
    private final InternRotationRepository rotations;
    private final InternRepository interns;
    private final InternRotationService rotationService;
    private final InternAccess access;
    private final ApplicationEventPublisher events;

    InternTeachingService(InternTeachingRepository teachings, InternRotationRepository rotations,
                          InternRepository interns, InternRotationService rotationService, InternAccess access,
                          ApplicationEventPublisher events) {
        this.teachings = teachings;
        this.rotations = rotations;
        this.interns = interns;
        this.rotationService = rotationService;
        this.access = access;
        this.events = events;
    }

    /** The staff id of the signed-in tutor, or a clear refusal when her account has no staff record. */
    public Long requireTutor() {
        CurrentActor.require(Permissions.TRAINING_READ);
        return access.myStaffId().orElseThrow(() -> DomainException.conflict("intern.error.noStaffRecord"));
    }

    /** The rotations the signed-in user tutors, newest first. */
    @Transactional(readOnly = true)
    public List<InternRotationView> myRotations() {
        Long me = requireTutor();
        return rotationService.views(rotations.activeOfTutor(me));
    }

    @Transactional(readOnly = true)
    public List<InternTeachingView> mine() {
        Long me = requireTutor();
        return views(teachings.ofTutor(me));
    }

    public InternTeachingView record(InternTeachingForm form) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        Long me = requireTutor();
        if (form.getUnitId() == null) {
            throw DomainException.invalid("unitId", "intern.error.wardRequired");
        }
        if (form.getWeek() == null) {
            throw DomainException.invalid("week", "intern.error.weekRequired");
        }
        LocalDate monday = Weeks.monday(form.getWeek());
        if (monday.isAfter(Weeks.monday(access.today()))) {
            throw DomainException.invalid("week", "intern.error.weekFuture");
        }
        InternIntakeService.requiredText("topic", form.getTopic(), 200);
        if (form.getContent() != null && form.getContent().length() > 4000) {
            throw DomainException.invalid("content", "error.tooLong", "4000");
        }
        if (form.getHours() == null || form.getHours().signum() <= 0 || form.getHours().compareTo(new BigDecimal("40")) > 0
                || form.getHours().scale() > 1) {
            throw DomainException.invalid("hours", "intern.error.hoursRange");
        }
        if (form.getMethod() == null) {
            throw DomainException.invalid("method", "intern.error.methodRequired");
        }
        Set<Long> present = new LinkedHashSet<>(form.getInternIds());
        present.remove(null);
        if (present.isEmpty()) {
            throw DomainException.invalid("internIds", "intern.error.internsRequired");
        }
        List<InternRotation> mineThatWeek = rotations.activeAtUnit(form.getUnitId(), monday, monday.plusDays(6)).stream()
                .filter(r -> me.equals(r.getTutorStaffId())).toList();
        Set<Long> tutored = new HashSet<>();
        mineThatWeek.forEach(r -> tutored.add(r.getInternId()));
        for (Long internId : present) {
            if (!tutored.contains(internId)) {
                String name = interns.findById(internId).map(Intern::getName).orElse("#" + internId);
                throw DomainException.invalid("internIds", "intern.error.notYourIntern", name);
            }
        }
        InternTeaching t = new InternTeaching(form.getUnitId(), me, monday, form.getTopic().strip(),
                InternIntakeService.blankToNull(form.getContent()), form.getHours(), form.getMethod(), present,
                actor.username(), Instant.now(access.clock()));
        teachings.save(t);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, t.getId(), monday + " " + t.getTopic(), t.snapshot()));
        return views(List.of(t)).get(0);
    }

    /** Teaching records at a ward over the last {@link #GAP_WEEKS} weeks. */
    @Transactional(readOnly = true)
    public List<InternTeachingView> atWard(Long unitId) {
        wardReadable(unitId);
        LocalDate today = access.today();
        return views(teachings.atUnit(unitId, Weeks.monday(today).minusWeeks(GAP_WEEKS), today));
    }

    /** Past weeks of tutored rotations at the ward with no teaching record for the intern by her tutor. */
    @Transactional(readOnly = true)
    public List<InternTeachingGap> gaps(Long unitId) {
        wardReadable(unitId);
        LocalDate today = access.today();
        LocalDate from = Weeks.monday(today).minusWeeks(GAP_WEEKS);
        Map<String, Set<LocalDate>> recorded = new HashMap<>();
        for (InternTeaching t : teachings.atUnit(unitId, from, today)) {
            for (Long internId : t.getInternIds()) {
                recorded.computeIfAbsent(t.getTutorStaffId() + ":" + internId, k -> new HashSet<>()).add(t.getWeekStart());
            }
        }
        InternAccess.Names names = access.names();
        Map<Long, String> internNames = new HashMap<>();
        List<InternTeachingGap> gaps = new ArrayList<>();
        for (InternRotation r : rotations.activeAtUnit(unitId, from, today)) {
            if (r.getTutorStaffId() == null) {
                continue;
            }
            Set<LocalDate> done = recorded.getOrDefault(r.getTutorStaffId() + ":" + r.getInternId(), Set.of());
            LocalDate start = r.getFromOn().isBefore(from) ? from : r.getFromOn();
            for (LocalDate week : Weeks.missing(start, r.getToOn(), today, done)) {
                gaps.add(new InternTeachingGap(r.getId(), internNames.computeIfAbsent(r.getInternId(),
                        k -> interns.findById(k).map(Intern::getName).orElse("#" + k)), r.getTutorStaffId(),
                        names.staff(r.getTutorStaffId()), week));
            }
        }
        gaps.sort((a, b) -> b.weekStart().compareTo(a.weekStart()));
        return gaps;
    }

    private void wardReadable(Long unitId) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (!access.canSeeUnit(actor, unitId)) {
            throw new AccessDeniedProblem();
        }
    }

    private List<InternTeachingView> views(List<InternTeaching> list) {
        InternAccess.Names names = access.names();
        Map<Long, String> internNames = new HashMap<>();
        List<InternTeachingView> views = new ArrayList<>();
        for (InternTeaching t : list) {
            List<String> present = t.getInternIds().stream().map(id -> internNames.computeIfAbsent(id,
                    k -> interns.findById(k).map(Intern::getName).orElse("#" + k))).toList();
            views.add(new InternTeachingView(t.getId(), t.getUnitId(), names.unit(t.getUnitId()), t.getTutorStaffId(),
                    names.staff(t.getTutorStaffId()), t.getWeekStart(), t.getTopic(), t.getContent(), t.getHours(),
                    t.getMethod(), present, t.getRecordedBy()));
        }
        return views;
    }
}
