package org.yuanwu.union;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.StaffView;
import org.yuanwu.union.internal.activities.Contest;
import org.yuanwu.union.internal.activities.ContestEntrant;
import org.yuanwu.union.internal.activities.ContestEntrantRepository;
import org.yuanwu.union.internal.activities.ContestRepository;
import org.yuanwu.union.internal.activities.ContestScore;
import org.yuanwu.union.internal.activities.ContestScoreRepository;

/**
 * Contests such as the Nurses' Day skill contest: the union office (UNION_WRITE over the organising unit) enters
 * the entrants and each judge's points per round while the contest is open, then finishes it; the ranking and the
 * top-N prizes follow {@link ContestRanking}. Everyone signed in sees the results.
 */
@Service
@Transactional
public class ContestService {

    public static final String RECORD_TYPE = "union_contest";
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

    private final ContestRepository contests;
    private final ContestEntrantRepository entrants;
    private final ContestScoreRepository scores;
    private final ActivitySupport support;

    ContestService(ContestRepository contests, ContestEntrantRepository entrants, ContestScoreRepository scores,
                   ActivitySupport support) {
        this.contests = contests;
        this.entrants = entrants;
        this.scores = scores;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public List<ContestView> list() {
        support.signedIn();
        return contests.findAll(Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"))).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ContestView get(Long id) {
        support.signedIn();
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Long id) {
        Actor actor = support.signedIn();
        return actor.can(Permissions.UNION_WRITE) && support.canSee(actor, load(id).getOrganiserUnitId());
    }

    /** The results: ranked entrants first (best first, ties sharing a rank), then the unscored. */
    @Transactional(readOnly = true)
    public List<ContestStanding> standings(Long id) {
        support.signedIn();
        Contest c = load(id);
        List<ContestEntrant> list = entrants.findByContestIdOrderById(id);
        Map<Long, ContestEntrant> byId = list.stream().collect(Collectors.toMap(ContestEntrant::getId, e -> e));
        List<ContestScore> all = list.isEmpty() ? List.of() : scores.findByEntrantIdIn(byId.keySet());
        List<ContestRanking.Score> input = all.stream()
                .map(s -> new ContestRanking.Score(s.getEntrantId(), s.getRoundNo(), s.getJudge(), s.getPoints())).toList();
        List<ContestRanking.Place> places = ContestRanking.rank(list.stream().map(ContestEntrant::getId).toList(), input,
                c.getPrizeCount());
        Map<Long, Map<Integer, List<BigDecimal>>> perRound = new HashMap<>();
        for (ContestScore s : all) {
            perRound.computeIfAbsent(s.getEntrantId(), k -> new HashMap<>()).computeIfAbsent(s.getRoundNo(), k -> new ArrayList<>())
                    .add(s.getPoints());
        }
        List<ContestStanding> out = new ArrayList<>();
        for (ContestRanking.Place p : places) {
            ContestEntrant e = byId.get(p.entrantId());
            Optional<StaffView> s = support.findStaff(e.getStaffId());
            List<BigDecimal> rounds = new ArrayList<>();
            for (int r = 1; r <= c.getRounds(); r++) {
                List<BigDecimal> pts = perRound.getOrDefault(e.getId(), Map.of()).get(r);
                rounds.add(pts == null ? null : pts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(pts.size()), 2, RoundingMode.HALF_UP));
            }
            out.add(new ContestStanding(e.getId(), e.getStaffId(), s.map(StaffView::name).orElse("#" + e.getStaffId()),
                    s.map(StaffView::employeeNo).orElse(null), support.unitName(e.getUnitId()), rounds, p.total(), p.rank(),
                    p.prize()));
        }
        return out;
    }

    public ContestView create(ContestForm f) {
        Long unitId = support.unit(f.getOrganiserUnitId(), "organiserUnitId").id();
        Actor actor = support.manager(Permissions.UNION_WRITE, unitId);
        String title = ActivitySupport.required(f.getTitle(), "title", "activity.error.titleRequired", 200);
        if (f.getHeldOn() == null) {
            throw DomainException.invalid("heldOn", "activity.error.heldOnRequired");
        }
        if (f.getRounds() == null || f.getRounds() < 1 || f.getRounds() > 10) {
            throw DomainException.invalid("rounds", "contest.error.roundsRange");
        }
        if (f.getPrizeCount() == null || f.getPrizeCount() < 0 || f.getPrizeCount() > 100) {
            throw DomainException.invalid("prizeCount", "contest.error.prizeCountRange");
        }
        Contest c = new Contest(title, f.getHeldOn(), unitId, f.getRounds(), f.getPrizeCount(), actor.username(), support.now());
        contests.save(c);
        support.created(RECORD_TYPE, c.getId(), title, c.snapshot());
        return view(c);
    }

    public void addEntrant(Long id, Long staffId) {
        Contest c = open(id);
        StaffView person = support.staff(staffId, "staffId");
        if (entrants.existsByContestIdAndStaffId(id, staffId)) {
            throw DomainException.conflict("contest.error.alreadyEntered", person.name());
        }
        ContestEntrant e = entrants.saveAndFlush(new ContestEntrant(id, staffId, person.unitId()));
        support.created("union_contest_entrant", e.getId(), c.getTitle() + " " + person.name(),
                Map.of("contestId", id, "staffId", staffId));
    }

    public void score(Long id, ContestScoreInput in) {
        Contest c = open(id);
        Actor actor = support.signedIn();
        if (in.staffId() == null) {
            throw DomainException.invalid("staffId", "activity.error.staffRequired");
        }
        ContestEntrant e = entrants.findByContestIdOrderById(id).stream().filter(x -> x.getStaffId().equals(in.staffId()))
                .findFirst().orElseThrow(() -> DomainException.invalid("staffId", "contest.error.notEntrant"));
        if (in.round() == null || in.round() < 1 || in.round() > c.getRounds()) {
            throw DomainException.invalid("round", "contest.error.roundOutOfRange", String.valueOf(c.getRounds()));
        }
        String judge = ActivitySupport.required(in.judge(), "judge", "contest.error.judgeRequired", 64);
        if (in.points() == null || in.points().signum() < 0 || in.points().compareTo(MAX_POINTS) > 0
                || in.points().stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("points", "contest.error.pointsRange");
        }
        Optional<ContestScore> existing = scores.findByEntrantIdAndRoundNoAndJudge(e.getId(), in.round(), judge);
        if (existing.isPresent()) {
            BigDecimal was = existing.get().getPoints();
            existing.get().correct(in.points(), actor.username(), support.now());
            scores.saveAndFlush(existing.get());
            support.updated("union_contest_score", existing.get().getId(), c.getTitle(), Map.of("points", was),
                    Map.of("points", in.points()));
        } else {
            ContestScore s = scores.saveAndFlush(new ContestScore(e.getId(), in.round(), judge, in.points(), actor.username(),
                    support.now()));
            support.created("union_contest_score", s.getId(), c.getTitle(),
                    Map.of("entrantId", e.getId(), "round", in.round(), "judge", judge, "points", in.points()));
        }
    }

    public ContestView finish(Long id, Long version) {
        Contest c = open(id);
        StaleEditException.check(version, c.getVersion());
        Map<String, Object> before = c.snapshot();
        c.finish(support.now());
        contests.saveAndFlush(c);
        support.updated(RECORD_TYPE, id, c.getTitle(), before, c.snapshot());
        return view(c);
    }

    private Contest open(Long id) {
        Contest c = load(id);
        support.manager(Permissions.UNION_WRITE, c.getOrganiserUnitId());
        if (c.getStatus() != ContestStatus.OPEN) {
            throw DomainException.conflict("contest.error.finished");
        }
        return c;
    }

    private Contest load(Long id) {
        return contests.findById(id).orElseThrow(() -> DomainException.notFound("contest.error.notFound", id));
    }

    private ContestView view(Contest c) {
        return new ContestView(c.getId(), c.getTitle(), c.getHeldOn(), c.getOrganiserUnitId(),
                support.unitName(c.getOrganiserUnitId()), c.getRounds(), c.getPrizeCount(), c.getStatus(),
                entrants.findByContestIdOrderById(c.getId()).size(), c.getVersion());
    }
}
