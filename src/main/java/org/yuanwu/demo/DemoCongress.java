package org.yuanwu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.CongressService;
import org.yuanwu.union.CongressViews;
import org.yuanwu.union.EvaluationService;
import org.yuanwu.union.EvaluationViews;
import org.yuanwu.union.ProposalService;
import org.yuanwu.union.ProposalViews;

/**
 * The demo hospital's workers' congress: a term with delegates elected per department within the quotas (the demo
 * users linked to staff among them, so they can try the delegate's side), last spring's session held with its
 * proposals accepted, assigned, answered and rated, the coming session planned with its agenda, and a democratic
 * evaluation of three managers by the delegates, closed. The delegates' own steps run as the demo users they are.
 */
@Component
@Order(35)
class DemoCongress implements DemoContribution {

    private static final String[][] PROPOSALS = {
            {"解决职工停车难问题", "院内车位不足，职工上班常无处停车，建议将后院空地改建为职工停车场。"},
            {"改善职工食堂夜班供餐", "夜班职工无热饭可吃，建议食堂增设夜班餐。"},
            {"增加护理人员配置", "部分病区床护比偏低，建议按标准补充护士。"},
            {"完善职工体检项目", "建议年度体检增加甲状腺彩超和肿瘤标志物。"}};

    private final CongressService congress;
    private final ProposalService proposals;
    private final EvaluationService evaluations;
    private final StaffService staff;
    private final UserAccounts users;

    DemoCongress(CongressService congress, ProposalService proposals, EvaluationService evaluations, StaffService staff,
                 UserAccounts users) {
        this.congress = congress;
        this.proposals = proposals;
        this.evaluations = evaluations;
        this.staff = staff;
        this.users = users;
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0x35C0);
        Optional<UnitView> hospital = units.stream()
                .filter(u -> u.parentId() == null && u.kind() == OrgUnitKind.INSTITUTION).findFirst();
        if (hospital.isEmpty()) {
            return "no congress (no hospital)";
        }
        CongressViews.Term term = congress.createTerm(new CongressViews.TermForm(hospital.get().id(), "第二届职工代表大会",
                today.minusYears(2).withDayOfYear(1), null, null, null, null, null));
        // The demo users who are staff first, so they can act as delegates.
        List<UserView> delegateUsers = new ArrayList<>();
        for (UserView u : users.search("", PageRequest.of(0, 100, Sort.by("username"))).getContent()) {
            if (u.staffId() != null && tryElect(term, u.staffId(), today)) {
                delegateUsers.add(u);
            }
        }
        for (CongressViews.Quota q : congress.quotas(term.id())) {
            int wanted = Math.min(q.quota(), 4) - q.elected();
            if (wanted <= 0) {
                continue;
            }
            List<StaffView> candidates = staff.search(new StaffFilter(null, q.unitId(), null, StaffStatus.ACTIVE, null, null),
                    PageRequest.of(0, 40, Sort.by("employeeNo"))).getContent();
            for (StaffView s : candidates) {
                if (wanted > 0 && random.nextInt(3) == 0 && tryElect(term, s.id(), today)) {
                    wanted--;
                }
            }
        }
        List<CongressViews.Delegate> delegates = congress.delegates(term.id(), true);

        CongressViews.Session held = congress.createSession(term.id(), new CongressViews.SessionForm("五次会议",
                today.minusMonths(7), "门诊楼五楼学术报告厅"));
        List<Long> unitsToAnswer = units.stream().filter(u -> u.kind() == OrgUnitKind.DEPARTMENT && u.active())
                .map(UnitView::id).toList();
        int submitted = 0;
        for (int i = 0; i < PROPOSALS.length && !delegateUsers.isEmpty(); i++) {
            UserView proposer = delegateUsers.get(i % delegateUsers.size());
            String[] p = PROPOSALS[i];
            ProposalViews.Proposal proposal = as(proposer, () -> proposals.submit(
                    new ProposalViews.SubmitForm(held.id(), p[0], p[1], List.of())));
            submitted++;
            proposal = proposals.accept(proposal.id(), new ProposalViews.Acceptance(i == 0, proposal.version()));
            if (i == 0) {
                proposal = proposals.recordParty(proposal.id(), new ProposalViews.PartyRecord(today.minusMonths(6),
                        "同意，由总务科牵头，年内解决。", proposal.version()));
            }
            if (unitsToAnswer.isEmpty()) {
                continue;
            }
            proposal = proposals.assign(proposal.id(), new ProposalViews.Assignment(
                    unitsToAnswer.get(random.nextInt(unitsToAnswer.size())), List.of(), today.plusDays(10 + 10 * i),
                    proposal.version()));
            if (i < 3) {
                proposal = proposals.answer(proposal.id(), new ProposalViews.AnswerForm("已研究落实，具体措施见附件说明。",
                        today, proposal.version()));
                if (i < 2) {
                    ProposalViews.Proposal answered = proposal;
                    ProposalViews.Rating rating = i == 0 ? ProposalViews.Rating.SATISFIED
                            : ProposalViews.Rating.BASICALLY_SATISFIED;
                    as(proposer, () -> proposals.rate(answered.id(), new ProposalViews.RatingForm(rating, answered.version())));
                }
            }
        }
        List<Long> present = new ArrayList<>();
        for (CongressViews.Delegate d : delegates) {
            if (random.nextInt(10) != 0) {
                present.add(d.id());
            }
        }
        CongressViews.Session recorded = congress.recordAttendance(held.id(), new CongressViews.Attendance(present, held.version()));
        if (recorded.quorate()) {
            CongressViews.Session convened = congress.convene(held.id(), recorded.version());
            congress.close(held.id(), convened.version());
        }

        CongressViews.Session next = congress.createSession(term.id(), new CongressViews.SessionForm("六次会议",
                today.plusDays(14), "门诊楼五楼学术报告厅"));
        congress.addItem(next.id(), new CongressViews.ItemForm("审议院长工作报告", "院长代表院领导班子作年度工作报告。",
                CongressViews.ItemKind.REPORT_REVIEW, null));
        congress.addItem(next.id(), new CongressViews.ItemForm("审议绩效工资分配方案", "按岗位、工作量和质量考核分配。",
                CongressViews.ItemKind.MAJOR_MATTER, null));

        int ballots = evaluation(hospital.get(), term, delegates, delegateUsers, random);
        return delegates.size() + " congress delegates, " + submitted + " proposals, " + ballots + " evaluation ballots";
    }

    private int evaluation(UnitView hospital, CongressViews.Term term, List<CongressViews.Delegate> delegates,
                           List<UserView> voters, Random random) {
        EvaluationViews.Round round = evaluations.create(new EvaluationViews.RoundForm(hospital.id(), "年度中层干部民主评议",
                EvaluationViews.Electorate.DELEGATES, term.id(), List.of(), null));
        String[] posts = {"护理部主任", "总务科科长", "工会主席"};
        int added = 0;
        for (CongressViews.Delegate d : delegates) {
            if (added == posts.length) {
                break;
            }
            if (voters.stream().noneMatch(u -> d.staffId().equals(u.staffId()))) {
                evaluations.addCandidate(round.id(), new EvaluationViews.CandidateForm(d.staffId(), posts[added++]));
            }
        }
        if (added == 0) {
            return 0;
        }
        round = evaluations.open(round.id(), round.version());
        List<EvaluationViews.Candidate> candidates = evaluations.candidates(round.id());
        EvaluationViews.Grade[] grades = EvaluationViews.Grade.values();
        int cast = 0;
        for (UserView voter : voters) {
            Map<Long, EvaluationViews.Grade> ballot = new HashMap<>();
            candidates.forEach(c -> ballot.put(c.id(), random.nextInt(10) == 0 ? EvaluationViews.Grade.INCOMPETENT
                    : grades[random.nextInt(3)]));
            Long roundId = round.id();
            as(voter, () -> {
                evaluations.cast(roundId, new EvaluationViews.BallotForm(ballot));
                return null;
            });
            cast++;
        }
        evaluations.close(round.id(), evaluations.round(round.id()).version());
        return cast;
    }

    private boolean tryElect(CongressViews.Term term, Long staffId, LocalDate today) {
        try {
            congress.elect(term.id(), new CongressViews.Election(staffId, today.minusYears(2).withDayOfYear(1)));
            return true;
        } catch (DomainException refused) {
            return false; // quota full, not active, outside the hospital: not a delegate
        }
    }

    /** Runs a delegate's own step as the demo user she is (the congress knows people through their accounts). */
    private static <T> T as(UserView user, Supplier<T> step) {
        Actor actor = new Actor() {
            @Override public Long userId() { return user.id(); }
            @Override public String username() { return user.username(); }
            @Override public DataScope dataScope() { return user.dataScope(); }
            @Override public Long scopeUnitId() { return user.scopeUnitId(); }
            @Override public Set<String> permissions() { return Set.of(Permissions.CONGRESS_PARTICIPATE); }
        };
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
