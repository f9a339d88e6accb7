package org.yuanwu.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.StaffView;
import org.yuanwu.party.internal.Branch;
import org.yuanwu.party.internal.BranchRepository;
import org.yuanwu.party.internal.PartyMember;
import org.yuanwu.party.internal.MemberMove;
import org.yuanwu.party.internal.MemberMoveRepository;
import org.yuanwu.party.internal.PartyMemberRepository;

/**
 * Party branches and their members. A branch covers one or more units and is seen by PARTY_READ users whose scope
 * reaches any of them. A staff member is a member once: joining a second time, in the same branch or another, is
 * refused while the first membership stands; she moves between branches by a transfer, which is kept as history.
 */
@Service
@Transactional
public class BranchService {

    public static final String BRANCH_RECORD = "party_branch";
    public static final String MEMBER_RECORD = "party_member";
    private static final Set<MemberStatus> ACTIVE = EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.FULL);

    private final BranchRepository branches;
    private final PartyMemberRepository members;
    private final MemberMoveRepository moves;
    private final PartySupport support;

    BranchService(BranchRepository branches, PartyMemberRepository members, MemberMoveRepository moves, PartySupport support) {
        this.branches = branches;
        this.members = members;
        this.moves = moves;
        this.support = support;
    }

    // ---------------------------------------------------------------- branches

    @Transactional(readOnly = true)
    public List<BranchView> list(boolean activeOnly) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Map<Long, String> names = new HashMap<>();
        return visibleBranches(actor).stream().filter(b -> !activeOnly || b.isActive()).map(b -> view(b, names)).toList();
    }

    @Transactional(readOnly = true)
    public BranchView get(Long id) {
        Branch b = load(id);
        readable(b);
        return view(b, new HashMap<>());
    }

    @Transactional(readOnly = true)
    public boolean mayWrite(Long id) {
        Actor actor = CurrentActor.get();
        return actor.can(Permissions.PARTY_WRITE) && covers(actor, load(id));
    }

    public BranchView create(BranchForm form) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        List<Long> unitIds = check(form, actor, null);
        Branch b = new Branch(support.now());
        b.apply(form.getName().strip(), form.getSecretaryStaffId(), form.getEstablishedOn(), unitIds, support.now());
        branches.saveAndFlush(b);
        support.created(BRANCH_RECORD, b.getId(), b.getName(), b.snapshot());
        return view(b, new HashMap<>());
    }

    public BranchView update(Long id, BranchForm form) {
        Branch b = load(id);
        Actor actor = writable(b);
        StaleEditException.check(form.getVersion(), b.getVersion());
        if (!b.isActive()) {
            throw DomainException.conflict("party.error.branchInactive");
        }
        List<Long> unitIds = check(form, actor, b);
        Map<String, Object> before = b.snapshot();
        b.apply(form.getName().strip(), form.getSecretaryStaffId(), form.getEstablishedOn(), unitIds, support.now());
        branches.saveAndFlush(b);
        support.updated(BRANCH_RECORD, id, b.getName(), before, b.snapshot());
        return view(b, new HashMap<>());
    }

    /** Dissolves a branch (it stays on record with its meetings); only once its members have moved on. */
    public BranchView deactivate(Long id, String reason, Long version) {
        Branch b = load(id);
        writable(b);
        StaleEditException.check(version, b.getVersion());
        String why = PartySupport.reason(reason);
        if (!members.findByBranchIdAndStatusInOrderById(id, ACTIVE).isEmpty()) {
            throw DomainException.conflict("party.error.branchHasMembers");
        }
        Map<String, Object> before = b.snapshot();
        b.deactivate(why, support.now());
        branches.saveAndFlush(b);
        support.deactivated(BRANCH_RECORD, id, b.getName(), before, b.snapshot());
        return view(b, new HashMap<>());
    }

    private List<Long> check(BranchForm form, Actor actor, Branch current) {
        String name = PartySupport.required(form.getName(), "name", "party.error.nameRequired", 100);
        if ((current == null || !current.getName().equals(name)) && branches.existsByName(name)) {
            throw DomainException.invalid("name", "party.error.branchNameTaken", name);
        }
        if (form.getEstablishedOn() == null) {
            throw DomainException.invalid("establishedOn", "party.error.dateRequired");
        }
        if (form.getEstablishedOn().isAfter(support.today())) {
            throw DomainException.invalid("establishedOn", "party.error.dateFuture");
        }
        List<Long> unitIds = new ArrayList<>(new LinkedHashSet<>(form.getUnitIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (unitIds.isEmpty()) {
            throw DomainException.invalid("unitIds", "party.error.branchUnitsRequired");
        }
        for (Long unitId : unitIds) {
            support.unitInScope(actor, unitId, "unitIds");
        }
        if (form.getSecretaryStaffId() != null) {
            support.staffMember(form.getSecretaryStaffId(), "secretaryStaffId");
        }
        return unitIds;
    }

    // ---------------------------------------------------------------- members

    @Transactional(readOnly = true)
    public Page<MemberView> members(MemberFilter filter, Pageable pageable) {
        List<MemberView> all = filteredMembers(filter == null ? MemberFilter.none() : filter);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    @Transactional(readOnly = true)
    public MemberView member(Long id) {
        PartyMember m = loadMember(id);
        readable(load(m.getBranchId()));
        return memberView(m, new HashMap<>(), new HashMap<>());
    }

    @Transactional(readOnly = true)
    public List<MemberView> activeMembers(Long branchId) {
        Branch b = load(branchId);
        readable(b);
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> units = new HashMap<>();
        return members.findByBranchIdAndStatusInOrderById(branchId, ACTIVE).stream()
                .map(m -> memberView(m, names, units)).toList();
    }

    @Transactional(readOnly = true)
    public List<MemberMoveView> history(Long memberId) {
        PartyMember m = loadMember(memberId);
        readable(load(m.getBranchId()));
        Map<Long, String> names = new HashMap<>();
        return moves.findByMemberIdOrderByMovedOnAscIdAsc(memberId).stream()
                .map(mv -> new MemberMoveView(mv.getId(), mv.getKind(), mv.getMovedOn(), branchName(mv.getFromBranchId(), names),
                        branchName(mv.getToBranchId(), names), mv.getOtherParty(), mv.getNote(), mv.getRecordedBy()))
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] exportMembers(MemberFilter filter, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (MemberView m : filteredMembers(filter == null ? MemberFilter.none() : filter)) {
            rows.add(java.util.Arrays.asList(m.employeeNo(), m.staffName(), m.unitName(), m.branchName(),
                    support.text("party.memberStatus." + m.status(), locale), m.joinedOn(), m.regularisedOn(), m.leftOn(),
                    m.note()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("employeeNo", "staff", "unit", "branch", "status", "joinedOn", "regularisedOn", "leftOn", "note")) {
            headers.add(support.text("party.member." + k, locale));
        }
        return ExcelSheet.write(support.text("party.members.sheet", locale), headers, rows);
    }

    public MemberView addMember(MemberForm form) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        Branch b = branchForMember(form.getBranchId(), actor);
        StaffView staffMember = support.staffMember(form.getStaffId(), "staffId");
        if (!members.findByStaffIdAndStatusIn(staffMember.id(), ACTIVE).isEmpty()) {
            throw DomainException.invalid("staffId", "party.error.alreadyMember", staffMember.name());
        }
        checkDates(form);
        String from = PartySupport.limited(form.getTransferredFrom(), "transferredFrom", 200);
        PartyMember m = new PartyMember(staffMember.id(), support.now());
        m.apply(b.getId(), form.getStatus(), form.getJoinedOn(), form.getRegularisedOn(),
                PartySupport.limited(form.getNote(), "note", 500), support.now());
        members.saveAndFlush(m);
        if (from != null) {
            moves.save(new MemberMove(m.getId(), MoveKind.TRANSFER_IN, support.today(), null, b.getId(), from, null,
                    actor.username(), support.now()));
        }
        support.created(MEMBER_RECORD, m.getId(), staffMember.name(), m.snapshot());
        return memberView(m, new HashMap<>(), new HashMap<>());
    }

    /** Corrects a member's dates, status and note; moving her to another branch is a transfer. */
    public MemberView updateMember(Long id, MemberForm form) {
        PartyMember m = loadMember(id);
        Actor actor = writable(load(m.getBranchId()));
        StaleEditException.check(form.getVersion(), m.getVersion());
        if (!m.getStatus().active()) {
            throw DomainException.conflict("party.error.memberLeft");
        }
        if (form.getBranchId() != null && !form.getBranchId().equals(m.getBranchId())) {
            throw DomainException.invalid("branchId", "party.error.useTransfer");
        }
        if (form.getStatus() == MemberStatus.TRANSFERRED_OUT) {
            throw DomainException.invalid("status", "party.error.useTransfer");
        }
        checkDates(form);
        Map<String, Object> before = m.snapshot();
        m.apply(m.getBranchId(), form.getStatus(), form.getJoinedOn(), form.getRegularisedOn(),
                PartySupport.limited(form.getNote(), "note", 500), support.now());
        members.saveAndFlush(m);
        support.updated(MEMBER_RECORD, id, support.staffName(m.getStaffId(), new HashMap<>()), before, m.snapshot());
        return memberView(m, new HashMap<>(), new HashMap<>());
    }

    public MemberView regularise(Long id, MemberSteps.Regularisation body) {
        PartyMember m = loadMember(id);
        Actor actor = writable(load(m.getBranchId()));
        StaleEditException.check(body.version(), m.getVersion());
        if (m.getStatus() != MemberStatus.PROBATIONARY) {
            throw DomainException.conflict("party.error.notProbationary");
        }
        LocalDate on = body.on() == null ? support.today() : body.on();
        if (on.isBefore(m.getJoinedOn()) || on.isAfter(support.today())) {
            throw DomainException.invalid("on", "party.error.regularisedRange");
        }
        Map<String, Object> before = m.snapshot();
        m.regularise(on, support.now());
        members.saveAndFlush(m);
        moves.save(new MemberMove(m.getId(), MoveKind.REGULARISED, on, m.getBranchId(), m.getBranchId(), null, null,
                actor.username(), support.now()));
        support.updated(MEMBER_RECORD, id, support.staffName(m.getStaffId(), new HashMap<>()), before, m.snapshot());
        return memberView(m, new HashMap<>(), new HashMap<>());
    }

    public MemberView transfer(Long id, MemberSteps.Transfer body) {
        PartyMember m = loadMember(id);
        Actor actor = writable(load(m.getBranchId()));
        StaleEditException.check(body.version(), m.getVersion());
        if (!m.getStatus().active()) {
            throw DomainException.conflict("party.error.memberLeft");
        }
        LocalDate on = body.on() == null ? support.today() : body.on();
        if (on.isBefore(m.getJoinedOn()) || on.isAfter(support.today())) {
            throw DomainException.invalid("on", "party.error.moveRange");
        }
        String note = PartySupport.limited(body.note(), "note", 500);
        Map<String, Object> before = m.snapshot();
        Long from = m.getBranchId();
        if (body.toBranchId() != null) {
            if (body.toBranchId().equals(from)) {
                throw DomainException.invalid("toBranchId", "party.error.sameBranch");
            }
            Branch to = branchForMember(body.toBranchId(), actor);
            m.moveTo(to.getId(), support.now());
            moves.save(new MemberMove(id, MoveKind.BRANCH_CHANGE, on, from, to.getId(), null, note, actor.username(), support.now()));
        } else {
            String otherParty = PartySupport.required(body.otherParty(), "otherParty", "party.error.otherPartyRequired", 200);
            m.transferOut(on, support.now());
            moves.save(new MemberMove(id, MoveKind.TRANSFER_OUT, on, from, null, otherParty, note, actor.username(), support.now()));
        }
        members.saveAndFlush(m);
        support.updated(MEMBER_RECORD, id, support.staffName(m.getStaffId(), new HashMap<>()), before, m.snapshot());
        return memberView(m, new HashMap<>(), new HashMap<>());
    }

    private void checkDates(MemberForm form) {
        if (form.getStatus() == null) {
            throw DomainException.invalid("status", "party.error.statusRequired");
        }
        if (form.getJoinedOn() == null) {
            throw DomainException.invalid("joinedOn", "party.error.dateRequired");
        }
        if (form.getJoinedOn().isAfter(support.today())) {
            throw DomainException.invalid("joinedOn", "party.error.dateFuture");
        }
        if (form.getStatus() == MemberStatus.FULL && form.getRegularisedOn() == null
                && form.getJoinedOn().isAfter(support.today().minusYears(1))) {
            // a probationary year comes first: a full member who joined within the year needs her regularisation date
            throw DomainException.invalid("regularisedOn", "party.error.regularisedRequired");
        }
        if (form.getStatus() == MemberStatus.PROBATIONARY && form.getRegularisedOn() != null) {
            throw DomainException.invalid("regularisedOn", "party.error.probationaryNotRegularised");
        }
        if (form.getRegularisedOn() != null
                && (form.getRegularisedOn().isBefore(form.getJoinedOn()) || form.getRegularisedOn().isAfter(support.today()))) {
            throw DomainException.invalid("regularisedOn", "party.error.regularisedRange");
        }
    }

    // ---------------------------------------------------------------- for the other party services

    /** The branches the caller may see, by name. */
    List<Branch> visibleBranches(Actor actor) {
        List<Branch> all = branches.findAllByOrderByName();
        if (actor.dataScope() == DataScope.ALL) {
            return all;
        }
        Collection<Long> visible = support.visibleUnitIds(actor);
        Set<Long> ids = visible == null ? null : new HashSet<>(visible);
        return all.stream().filter(b -> ids == null || b.getUnitIds().stream().anyMatch(ids::contains)).toList();
    }

    Branch load(Long id) {
        if (id == null) {
            throw DomainException.invalid("branchId", "party.error.branchRequired");
        }
        return branches.findById(id).orElseThrow(() -> DomainException.notFound("party.error.branchNotFound", id));
    }

    boolean covers(Actor actor, Branch b) {
        return actor.dataScope() == DataScope.ALL || b.getUnitIds().stream().anyMatch(u -> support.canSee(actor, u));
    }

    Actor readable(Branch b) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        if (!covers(actor, b)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    Actor writable(Branch b) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        if (!covers(actor, b)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    List<PartyMember> activeMemberRecords(Long branchId) {
        return members.findByBranchIdAndStatusInOrderById(branchId, ACTIVE);
    }

    String branchName(Long id, Map<Long, String> cache) {
        return id == null ? null : cache.computeIfAbsent(id, k -> branches.findById(k).map(Branch::getName).orElse("#" + k));
    }

    private Branch branchForMember(Long branchId, Actor actor) {
        if (branchId == null) {
            throw DomainException.invalid("branchId", "party.error.branchRequired");
        }
        Branch b = branches.findById(branchId).orElseThrow(() -> DomainException.invalid("branchId", "party.error.branchNotFound", branchId));
        if (!covers(actor, b)) {
            throw new AccessDeniedProblem();
        }
        if (!b.isActive()) {
            throw DomainException.invalid("branchId", "party.error.branchInactive");
        }
        return b;
    }

    private PartyMember loadMember(Long id) {
        return members.findById(id).orElseThrow(() -> DomainException.notFound("party.error.memberNotFound", id));
    }

    private List<MemberView> filteredMembers(MemberFilter f) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Map<Long, String> branchNames = new HashMap<>();
        List<Long> visible = visibleBranches(actor).stream().peek(b -> branchNames.put(b.getId(), b.getName()))
                .map(Branch::getId).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Set<Long> underUnit = f.unitId() == null ? null : new HashSet<>(support.units.subtreeIds(f.unitId()));
        String q = PartySupport.clean(f.q());
        Map<Long, String> unitNames = new HashMap<>();
        return members.findAll((root, query, cb) -> {
                    var where = cb.conjunction();
                    where = cb.and(where, root.get("branchId").in(visible));
                    if (f.branchId() != null) {
                        where = cb.and(where, cb.equal(root.get("branchId"), f.branchId()));
                    }
                    if (f.status() != null) {
                        where = cb.and(where, cb.equal(root.get("status"), f.status()));
                    }
                    return where;
                }).stream()
                .map(m -> memberView(m, branchNames, unitNames))
                .filter(v -> underUnit == null || underUnit.contains(v.unitId()))
                .filter(v -> q == null || (v.staffName() != null && v.staffName().contains(q))
                        || (v.employeeNo() != null && v.employeeNo().equalsIgnoreCase(q)))
                .sorted(Comparator.comparing(MemberView::branchName).thenComparing(MemberView::employeeNo,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private MemberView memberView(PartyMember m, Map<Long, String> branchNames, Map<Long, String> unitNames) {
        StaffView s = support.staff.find(m.getStaffId()).orElse(null);
        return new MemberView(m.getId(), m.getBranchId(), branchName(m.getBranchId(), branchNames), m.getStaffId(),
                s == null ? "#" + m.getStaffId() : s.name(), s == null ? null : s.employeeNo(), s == null ? null : s.unitId(),
                s == null ? null : support.unitName(s.unitId(), unitNames), m.getStatus(), m.getJoinedOn(),
                m.getRegularisedOn(), m.getLeftOn(), m.getNote(), m.getVersion());
    }

    private BranchView view(Branch b, Map<Long, String> names) {
        return new BranchView(b.getId(), b.getName(), b.getSecretaryStaffId(),
                support.staffName(b.getSecretaryStaffId(), new HashMap<>()), b.getEstablishedOn(), List.copyOf(b.getUnitIds()),
                b.getUnitIds().stream().map(u -> support.unitName(u, names)).toList(), b.isActive(), b.getDeactivateReason(),
                members.countByBranchIdAndStatus(b.getId(), MemberStatus.FULL),
                members.countByBranchIdAndStatus(b.getId(), MemberStatus.PROBATIONARY), b.getVersion());
    }

    /** For pickers: every branch the caller may see, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        visibleBranches(actor).stream().filter(Branch::isActive).forEach(b -> out.put(b.getId(), b.getName()));
        return out;
    }
}
