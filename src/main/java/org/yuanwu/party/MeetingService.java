package org.yuanwu.party;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.party.internal.Attendance;
import org.yuanwu.party.internal.Branch;
import org.yuanwu.party.internal.Meeting;
import org.yuanwu.party.internal.MeetingRepository;
import org.yuanwu.party.internal.PartyMember;
import org.yuanwu.party.internal.RhythmRepository;
import org.yuanwu.party.internal.RhythmRow;

/**
 * 三会一课: meetings and lessons with their minutes and attendance, the rhythm each kind must keep (as data), and the
 * reminders of {@link Reminders} for the branches the caller sees. Each branch meeting held counts once toward
 * {@code party.branch_meetings} at the branch's home unit; a meeting taken off the record (with a reason) no longer
 * counts.
 */
@Service
@Transactional
public class MeetingService {

    public static final String RECORD_TYPE = "party_meeting";
    public static final String FACT_SOURCE = "party.meeting";
    static final String BRANCH_MEETINGS = "party.branch_meetings";

    private final MeetingRepository meetings;
    private final RhythmRepository rhythms;
    private final BranchService branches;
    private final PartySupport support;

    MeetingService(MeetingRepository meetings, RhythmRepository rhythms, BranchService branches, PartySupport support) {
        this.meetings = meetings;
        this.rhythms = rhythms;
        this.branches = branches;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public List<Rhythm> rhythms() {
        return rhythms.findAll().stream().sorted(Comparator.comparingInt(RhythmRow::getSortOrder)).map(RhythmRow::rhythm).toList();
    }

    /** The reminders standing on {@code on} (today when null) for every active branch the caller sees. */
    @Transactional(readOnly = true)
    public List<Reminder> reminders(LocalDate on) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        LocalDate day = on == null ? support.today() : on;
        LocalDate since = RhythmPeriod.QUARTER.start(RhythmPeriod.QUARTER.start(day).minusDays(1));
        List<Reminders.BranchMeetings> input = new ArrayList<>();
        for (Branch b : branches.visibleBranches(actor)) {
            if (!b.isActive()) {
                continue;
            }
            List<Reminders.HeldMeeting> held = meetings.findByBranchIdAndHeldOnBetweenAndCancelReasonIsNull(b.getId(), since, day)
                    .stream().map(m -> new Reminders.HeldMeeting(m.getKind(), m.getHeldOn())).toList();
            input.add(new Reminders.BranchMeetings(b.getId(), b.getName(), b.getEstablishedOn(), held));
        }
        return Reminders.due(rhythms(), input, day);
    }

    @Transactional(readOnly = true)
    public Page<MeetingView> search(MeetingFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Map<Long, String> names = new HashMap<>();
        return meetings.findAll(spec(actor, filter == null ? MeetingFilter.none() : filter), pageable)
                .map(m -> view(m, names, false));
    }

    @Transactional(readOnly = true)
    public byte[] export(MeetingFilter filter, Locale locale) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Map<Long, String> names = new HashMap<>();
        List<List<?>> rows = new ArrayList<>();
        for (Meeting m : meetings.findAll(spec(actor, filter == null ? MeetingFilter.none() : filter),
                Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id")))) {
            MeetingView v = view(m, names, false);
            rows.add(java.util.Arrays.asList(v.heldOn(), v.branchName(), support.text("party.meetingKind." + v.kind(), locale),
                    v.topic(), v.present(), v.absent(), v.minutes(), v.cancelReason()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("heldOn", "branch", "kind", "topic", "present", "absent", "minutes", "cancelReason")) {
            headers.add(support.text("party.meeting." + k, locale));
        }
        return ExcelSheet.write(support.text("party.meetings.sheet", locale), headers, rows);
    }

    @Transactional(readOnly = true)
    public MeetingView get(Long id) {
        Meeting m = load(id);
        branches.readable(branches.load(m.getBranchId()));
        return view(m, new HashMap<>(), true);
    }

    public MeetingView record(MeetingForm form) {
        Branch b = branchOf(form);
        Actor actor = branches.writable(b);
        Map<Long, Attendance> attendance = check(form, b);
        Meeting m = new Meeting(actor.username(), support.now());
        m.apply(b.getId(), form.getKind(), form.getHeldOn(), form.getTopic().strip(),
                PartySupport.limited(form.getMinutes(), "minutes", 8000), attendance, support.now());
        meetings.saveAndFlush(m);
        support.created(RECORD_TYPE, m.getId(), m.getTopic(), m.snapshot());
        publishFacts(m, b);
        return view(m, new HashMap<>(), true);
    }

    public MeetingView update(Long id, MeetingForm form) {
        Meeting m = load(id);
        Branch b = branches.load(m.getBranchId());
        branches.writable(b);
        StaleEditException.check(form.getVersion(), m.getVersion());
        if (m.isCancelled()) {
            throw DomainException.conflict("party.error.meetingCancelled");
        }
        if (form.getBranchId() != null && !form.getBranchId().equals(b.getId())) {
            throw DomainException.invalid("branchId", "party.error.meetingBranchFixed");
        }
        form.setBranchId(b.getId());
        Map<Long, Attendance> attendance = check(form, b);
        Map<String, Object> before = m.snapshot();
        m.apply(b.getId(), form.getKind(), form.getHeldOn(), form.getTopic().strip(),
                PartySupport.limited(form.getMinutes(), "minutes", 8000), attendance, support.now());
        meetings.saveAndFlush(m);
        support.updated(RECORD_TYPE, id, m.getTopic(), before, m.snapshot());
        publishFacts(m, b);
        return view(m, new HashMap<>(), true);
    }

    /** Takes a meeting off the record (entered twice, never held) with a reason; it stays, no longer counted. */
    public MeetingView cancel(Long id, String reason, Long version) {
        Meeting m = load(id);
        Branch b = branches.load(m.getBranchId());
        branches.writable(b);
        StaleEditException.check(version, m.getVersion());
        if (m.isCancelled()) {
            throw DomainException.conflict("party.error.meetingCancelled");
        }
        String why = PartySupport.reason(reason);
        Map<String, Object> before = m.snapshot();
        m.cancel(why, support.now());
        meetings.saveAndFlush(m);
        support.deactivated(RECORD_TYPE, id, m.getTopic(), before, m.snapshot());
        publishFacts(m, b);
        return view(m, new HashMap<>(), true);
    }

    private Branch branchOf(MeetingForm form) {
        if (form.getBranchId() == null) {
            throw DomainException.invalid("branchId", "party.error.branchRequired");
        }
        return branches.load(form.getBranchId());
    }

    private Map<Long, Attendance> check(MeetingForm form, Branch b) {
        if (!b.isActive()) {
            throw DomainException.invalid("branchId", "party.error.branchInactive");
        }
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "party.error.kindRequired");
        }
        if (form.getHeldOn() == null) {
            throw DomainException.invalid("heldOn", "party.error.dateRequired");
        }
        if (form.getHeldOn().isAfter(support.today())) {
            throw DomainException.invalid("heldOn", "party.error.dateFuture");
        }
        if (form.getHeldOn().isBefore(b.getEstablishedOn())) {
            throw DomainException.invalid("heldOn", "party.error.beforeEstablished");
        }
        PartySupport.required(form.getTopic(), "topic", "party.error.topicRequired", 200);
        List<PartyMember> members = branches.activeMemberRecords(b.getId());
        Set<Long> memberIds = new HashSet<>(members.stream().map(PartyMember::getId).toList());
        for (Long id : form.getPresentMemberIds()) {
            if (id != null && !memberIds.contains(id)) {
                throw DomainException.invalid("presentMemberIds", "party.error.notBranchMember", id);
            }
        }
        Set<Long> present = new HashSet<>(form.getPresentMemberIds());
        Map<Long, Attendance> out = new LinkedHashMap<>();
        for (PartyMember member : members) {
            String reason = PartySupport.limited(form.getAbsenceReasons().get(member.getId()), "absenceReasons", 200);
            out.put(member.getId(), new Attendance(present.contains(member.getId()), reason));
        }
        return out;
    }

    private void publishFacts(Meeting m, Branch b) {
        List<Fact> facts = m.isCancelled() || !m.getKind().countsAsBranchMeeting() || b.getHomeUnitId() == null ? List.of()
                : List.of(Fact.of(BRANCH_MEETINGS, b.getHomeUnitId(), m.getHeldOn(), 1));
        support.publish(new FactsRecorded(FACT_SOURCE, String.valueOf(m.getId()), facts));
    }

    private Meeting load(Long id) {
        return meetings.findById(id).orElseThrow(() -> DomainException.notFound("party.error.meetingNotFound", id));
    }

    private Specification<Meeting> spec(Actor actor, MeetingFilter f) {
        List<Long> visible = branches.visibleBranches(actor).stream().map(Branch::getId).toList();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(visible.isEmpty() ? cb.disjunction() : root.get("branchId").in(visible));
            if (f.branchId() != null) {
                where.add(cb.equal(root.get("branchId"), f.branchId()));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
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

    private MeetingView view(Meeting m, Map<Long, String> branchNames, boolean withAttendance) {
        int present = (int) m.getAttendance().values().stream().filter(Attendance::isPresent).count();
        List<AttendanceView> attendance = List.of();
        if (withAttendance) {
            attendance = m.getAttendance().entrySet().stream().map(e -> new AttendanceView(e.getKey(),
                    branches.member(e.getKey()).staffName(), e.getValue().isPresent(), e.getValue().getAbsenceReason())).toList();
        }
        return new MeetingView(m.getId(), m.getBranchId(), branches.branchName(m.getBranchId(), branchNames), m.getKind(),
                m.getHeldOn(), m.getTopic(), m.getMinutes(), present, m.getAttendance().size() - present, attendance,
                m.getCancelReason(), m.getCreatedBy(), m.getVersion());
    }
}
