package org.yuanwu.union;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.StaffView;
import org.yuanwu.union.internal.activities.Club;
import org.yuanwu.union.internal.activities.ClubMember;
import org.yuanwu.union.internal.activities.ClubMemberRepository;
import org.yuanwu.union.internal.activities.ClubRepository;

/**
 * Clubs and their members: the union office (UNION_WRITE) founds clubs, adds and removes members and names their
 * leaders; everyone signed in sees them. A club is closed with a reason, never deleted; a member who leaves stays
 * on the list with the date she left.
 */
@Service
@Transactional
public class ClubService {

    public static final String RECORD_TYPE = "union_club";

    private final ClubRepository clubs;
    private final ClubMemberRepository members;
    private final ActivitySupport support;

    ClubService(ClubRepository clubs, ClubMemberRepository members, ActivitySupport support) {
        this.clubs = clubs;
        this.members = members;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public List<ClubView> list(boolean activeOnly) {
        support.signedIn();
        return clubs.findAll(Sort.by("name")).stream().filter(c -> !activeOnly || c.isActive()).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ClubView get(Long id) {
        support.signedIn();
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public List<ClubMemberView> members(Long id) {
        support.signedIn();
        load(id);
        List<ClubMemberView> out = new ArrayList<>();
        for (ClubMember m : members.findByClubIdOrderById(id)) {
            Optional<StaffView> s = support.findStaff(m.getStaffId());
            out.add(new ClubMemberView(m.getStaffId(), s.map(StaffView::name).orElse("#" + m.getStaffId()),
                    s.map(StaffView::employeeNo).orElse(null), s.map(v -> support.unitName(v.unitId())).orElse(null),
                    m.isLeader(), m.getJoinedOn(), m.getLeftOn()));
        }
        return out;
    }

    public ClubView create(ClubForm form) {
        var actor = support.manager(Permissions.UNION_WRITE, null);
        String name = ActivitySupport.required(form.getName(), "name", "club.error.nameRequired", 100);
        if (clubs.existsByName(name)) {
            throw DomainException.invalid("name", "club.error.nameTaken", name);
        }
        Club c = new Club(actor.username(), support.now());
        c.apply(name, ActivitySupport.limited(form.getDescription(), "description", 1000), form.getFoundedOn(), support.now());
        clubs.save(c);
        support.created(RECORD_TYPE, c.getId(), name, c.snapshot());
        return view(c);
    }

    public ClubView update(Long id, ClubForm form) {
        support.manager(Permissions.UNION_WRITE, null);
        Club c = load(id);
        StaleEditException.check(form.getVersion(), c.getVersion());
        String name = ActivitySupport.required(form.getName(), "name", "club.error.nameRequired", 100);
        if (!name.equals(c.getName()) && clubs.existsByName(name)) {
            throw DomainException.invalid("name", "club.error.nameTaken", name);
        }
        Map<String, Object> before = c.snapshot();
        c.apply(name, ActivitySupport.limited(form.getDescription(), "description", 1000), form.getFoundedOn(), support.now());
        clubs.saveAndFlush(c);
        support.updated(RECORD_TYPE, id, name, before, c.snapshot());
        return view(c);
    }

    public ClubView close(Long id, String reason, Long version) {
        support.manager(Permissions.UNION_WRITE, null);
        Club c = load(id);
        StaleEditException.check(version, c.getVersion());
        if (!c.isActive()) {
            throw DomainException.conflict("club.error.closed");
        }
        Map<String, Object> before = c.snapshot();
        c.deactivate(ActivitySupport.required(reason, "reason", "activity.error.reasonRequired", 500), support.now());
        clubs.saveAndFlush(c);
        support.deactivated(RECORD_TYPE, id, c.getName(), before, c.snapshot());
        return view(c);
    }

    /** Adds a member (or names an existing one leader); joining twice is refused. */
    public ClubMemberView addMember(Long id, Long staffId, boolean leader, LocalDate joinedOn) {
        support.manager(Permissions.UNION_WRITE, null);
        Club c = load(id);
        if (!c.isActive()) {
            throw DomainException.conflict("club.error.closed");
        }
        StaffView person = support.staff(staffId, "staffId");
        LocalDate on = joinedOn == null ? support.today() : joinedOn;
        Optional<ClubMember> existing = members.findByClubIdAndStaffId(id, staffId);
        if (existing.isPresent() && existing.get().isCurrent()) {
            throw DomainException.conflict("club.error.alreadyMember", person.name());
        }
        ClubMember m = existing.orElseGet(() -> new ClubMember(id, staffId, leader, on));
        m.rejoin(leader, on);
        members.saveAndFlush(m);
        support.created("union_club_member", m.getId(), c.getName() + " " + person.name(),
                Map.of("clubId", id, "staffId", staffId, "leader", leader, "joinedOn", on));
        return new ClubMemberView(staffId, person.name(), person.employeeNo(), support.unitName(person.unitId()), leader, on, null);
    }

    public void setLeader(Long id, Long staffId, boolean leader) {
        support.manager(Permissions.UNION_WRITE, null);
        Club c = load(id);
        ClubMember m = members.findByClubIdAndStaffId(id, staffId).filter(ClubMember::isCurrent)
                .orElseThrow(() -> DomainException.notFound("club.error.memberNotFound"));
        boolean was = m.isLeader();
        m.setLeader(leader);
        members.saveAndFlush(m);
        support.updated("union_club_member", m.getId(), c.getName(), Map.of("leader", was), Map.of("leader", leader));
    }

    public void removeMember(Long id, Long staffId) {
        support.manager(Permissions.UNION_WRITE, null);
        Club c = load(id);
        ClubMember m = members.findByClubIdAndStaffId(id, staffId).filter(ClubMember::isCurrent)
                .orElseThrow(() -> DomainException.notFound("club.error.memberNotFound"));
        m.leave(support.today());
        members.saveAndFlush(m);
        support.deactivated("union_club_member", m.getId(), c.getName(), Map.of("leftOn", ""), Map.of("leftOn", m.getLeftOn()));
    }

    private Club load(Long id) {
        return clubs.findById(id).orElseThrow(() -> DomainException.notFound("club.error.notFound", id));
    }

    private ClubView view(Club c) {
        List<ClubMember> list = members.findByClubIdOrderById(c.getId()).stream().filter(ClubMember::isCurrent).toList();
        List<String> leaders = list.stream().filter(ClubMember::isLeader)
                .map(m -> support.findStaff(m.getStaffId()).map(StaffView::name).orElse("#" + m.getStaffId())).toList();
        return new ClubView(c.getId(), c.getName(), c.getDescription(), c.getFoundedOn(), c.isActive(),
                c.getDeactivatedReason(), list.size(), leaders, c.getVersion());
    }
}
