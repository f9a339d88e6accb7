package org.yuanwu.survey;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.survey.internal.Question;
import org.yuanwu.survey.internal.QuestionRepository;
import org.yuanwu.survey.internal.Questionnaire;
import org.yuanwu.survey.internal.SatisfactionRule;
import org.yuanwu.survey.internal.SubmissionRateLimiter;
import org.yuanwu.survey.internal.SurveyAnswer;
import org.yuanwu.survey.internal.SurveyAnswerRepository;
import org.yuanwu.survey.internal.SurveyLink;
import org.yuanwu.survey.internal.SurveyLinkRepository;
import org.yuanwu.survey.internal.SurveyResponse;
import org.yuanwu.survey.internal.SurveyResponseRepository;
import org.yuanwu.survey.internal.SurveyToken;
import org.yuanwu.survey.internal.SurveyTokenRepository;

/**
 * Answers: from patients through a public link or a single-use token (no account, rate-limited
 * per client address), or from signed-in staff (one response per person). Every response
 * publishes its facts (survey.response) at the target unit on the response date; a withdrawn
 * response withdraws them.
 */
@Service
@Transactional
public class ResponseService {

    public static final String RECORD_TYPE = "survey_response";
    public static final String FACT_SOURCE = "survey.response";
    public static final int MAX_TEXT = 2000;

    private final SurveyLinkRepository links;
    private final SurveyTokenRepository tokens;
    private final QuestionRepository questions;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final SurveyAccess access;
    private final SurveyService surveys;
    private final SubmissionRateLimiter limiter;
    private final UserAccounts users;
    private final StaffService staff;
    private final ApplicationEventPublisher events;

    ResponseService(SurveyLinkRepository links, SurveyTokenRepository tokens, QuestionRepository questions,
                    SurveyResponseRepository responses, SurveyAnswerRepository answers, SurveyAccess access,
                    SurveyService surveys, SubmissionRateLimiter limiter, UserAccounts users, StaffService staff,
                    ApplicationEventPublisher events) {
        this.links = links;
        this.tokens = tokens;
        this.questions = questions;
        this.responses = responses;
        this.answers = answers;
        this.access = access;
        this.surveys = surveys;
        this.limiter = limiter;
        this.users = users;
        this.staff = staff;
        this.events = events;
    }

    /** Where a public code leads: a link or a token, with its questionnaire and target unit. */
    private record Target(Questionnaire questionnaire, Long unitId, SurveyLink link, SurveyToken token) {
    }

    private Target target(String code) {
        String c = code == null ? "" : code.strip().toLowerCase();
        Optional<SurveyLink> link = links.findByCode(c);
        if (link.isPresent()) {
            return new Target(access.load(link.get().getQuestionnaireId()), link.get().getUnitId(), link.get(), null);
        }
        SurveyToken token = tokens.findByCode(c).orElseThrow(() -> DomainException.notFound("survey.error.codeUnknown"));
        return new Target(access.load(token.getQuestionnaireId()), token.getUnitId(), null, token);
    }

    /** Why the code cannot be answered now (a message key), or null when it can. */
    private static String refusal(Target t) {
        if (t.questionnaire().getStatus() == SurveyStatus.DRAFT) {
            return "survey.error.notOpenYet";
        }
        if (t.questionnaire().getStatus() == SurveyStatus.CLOSED) {
            return "survey.error.closed";
        }
        if (t.link() != null && !t.link().isActive()) {
            return "survey.error.linkInactive";
        }
        if (t.token() != null && t.token().getUsedAt() != null) {
            return "survey.error.tokenUsed";
        }
        return null;
    }

    /** What a patient sees behind /s/{code}; open to everyone. */
    @Transactional(readOnly = true)
    public PublicSurvey publicSurvey(String code) {
        Target t = target(code);
        String refusal = refusal(t);
        return new PublicSurvey(t.link() != null ? t.link().getCode() : t.token().getCode(), surveys.view(t.questionnaire()),
                t.unitId(), access.unitName(t.unitId()), t.token() != null, refusal == null, refusal);
    }

    /**
     * A patient's answers through a public code. Refused when the questionnaire is not open, the
     * link is off, the token was used (409), an answer is missing or wrong (400 naming the question),
     * or the address has sent too many responses lately (429).
     */
    public ResponseView submitPublic(String code, Submission submission, String clientAddress) {
        Target t = target(code);
        String refusal = refusal(t);
        if (refusal != null) {
            throw DomainException.conflict(refusal);
        }
        Questionnaire q = t.questionnaire();
        List<QuestionView> qs = questionViews(q.getId());
        List<AnswerInput> clean = checked(qs, submission);
        String respondent = q.isAnonymous() || submission == null ? null : trimmed(submission.respondent(), 64);
        if (!limiter.tryAcquire(clientAddress == null ? "?" : clientAddress, q.getId())) {
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, null, "survey.error.tooMany",
                    limiter.max(), limiter.window().toMinutes());
        }
        Instant now = access.now();
        if (t.token() != null) {
            t.token().use(now);
            tokens.save(t.token());
        }
        SurveyResponse r = new SurveyResponse(q.getId(), t.unitId(), t.link() == null ? null : t.link().getId(),
                t.token() == null ? null : t.token().getId(), null, respondent, access.today(), now);
        return save(q, qs, r, clean);
    }

    /** A signed-in staff member's answers to a staff questionnaire, once per person, at their own unit. */
    public ResponseView submitAsStaff(Long questionnaireId, Submission submission) {
        Actor actor = CurrentActor.get();
        if (actor.userId() == null) {
            throw new AccessDeniedProblem();
        }
        Questionnaire q = access.load(questionnaireId);
        if (q.getAudience() != SurveyAudience.STAFF) {
            throw DomainException.conflict("survey.error.notStaffSurvey");
        }
        if (q.getStatus() != SurveyStatus.OPEN) {
            throw DomainException.conflict(q.getStatus() == SurveyStatus.DRAFT ? "survey.error.notOpenYet" : "survey.error.closed");
        }
        if (responses.existsByQuestionnaireIdAndRespondentUserId(q.getId(), actor.userId())) {
            throw DomainException.conflict("survey.error.alreadyAnswered");
        }
        List<QuestionView> qs = questionViews(q.getId());
        List<AnswerInput> clean = checked(qs, submission);
        Long unitId = staffUnit(actor).orElse(q.getUnitId());
        if (unitId == null) {
            throw DomainException.conflict("survey.error.noUnit");
        }
        Instant now = access.now();
        SurveyResponse r = new SurveyResponse(q.getId(), unitId, null, null, actor.userId(),
                q.isAnonymous() ? null : actor.username(), access.today(), now);
        return save(q, qs, r, clean);
    }

    /** Whether the signed-in person has already answered the staff questionnaire. */
    @Transactional(readOnly = true)
    public boolean answeredByMe(Long questionnaireId) {
        Actor actor = CurrentActor.get();
        return actor.userId() != null && responses.existsByQuestionnaireIdAndRespondentUserId(questionnaireId, actor.userId());
    }

    /** The staff questionnaire as the signed-in person answers it (any signed-in user may answer an open one). */
    @Transactional(readOnly = true)
    public QuestionnaireView staffSurvey(Long questionnaireId) {
        Questionnaire q = access.load(questionnaireId);
        if (q.getAudience() != SurveyAudience.STAFF) {
            throw DomainException.notFound("survey.error.notFound", questionnaireId);
        }
        return surveys.view(q);
    }

    private Optional<Long> staffUnit(Actor actor) {
        Optional<UserView> user = users.findByUsername(actor.username());
        Optional<Long> fromStaff = user.map(UserView::staffId).flatMap(staff::find).map(StaffView::unitId);
        return fromStaff.isPresent() ? fromStaff : Optional.ofNullable(actor.scopeUnitId());
    }

    private ResponseView save(Questionnaire q, List<QuestionView> qs, SurveyResponse r, List<AnswerInput> clean) {
        responses.saveAndFlush(r);
        List<SurveyAnswer> saved = new ArrayList<>();
        for (AnswerInput a : clean) {
            saved.add(answers.save(new SurveyAnswer(r.getId(), a.questionId(), a.score(), a.choices(), a.text())));
        }
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(r.getId()), SatisfactionRule.facts(qs, clean,
                q.getPurpose() == SurveyPurpose.PATIENT_SATISFACTION, r.getUnitId(), r.getResponseDate())));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("questionnaireId", q.getId());
        after.put("unitId", r.getUnitId());
        after.put("channel", r.channel());
        after.put("answers", clean.size());
        events.publishEvent(RecordChanged.created(RECORD_TYPE, r.getId(), q.getTitle(), after));
        return view(r, qs, saved, access.unitName(r.getUnitId()), q.isAnonymous());
    }

    /** Takes a response out of the results and the indicators, with a reason; it stays on record. */
    public ResponseView withdraw(Long responseId, String reason, Long version) {
        SurveyResponse r = responses.findById(responseId)
                .orElseThrow(() -> DomainException.notFound("survey.error.responseNotFound", responseId));
        Questionnaire q = access.load(r.getQuestionnaireId());
        Actor actor = access.writable(q);
        access.unitInScope(actor, r.getUnitId(), "unitId");
        StaleEditException.check(version, r.getVersion());
        if (r.isWithdrawn()) {
            throw DomainException.conflict("survey.error.alreadyWithdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "survey.error.reasonRequired");
        }
        String clean = trimmed(reason, 500);
        r.withdraw(clean);
        responses.saveAndFlush(r);
        events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(r.getId())));
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, r.getId(), q.getTitle(),
                Map.of("withdrawn", false), Map.of("withdrawn", true, "reason", clean)));
        return view(r, questionViews(q.getId()), answers.findByResponseId(r.getId()), access.unitName(r.getUnitId()),
                q.isAnonymous());
    }

    /** Responses of a questionnaire for target units in the caller's scope (and the filter's unit subtree). */
    @Transactional(readOnly = true)
    public Page<ResponseView> responses(Long questionnaireId, Long unitId, LocalDate from, LocalDate to,
                                        boolean includeWithdrawn, Pageable pageable) {
        Questionnaire q = access.load(questionnaireId);
        Actor actor = access.readable(q);
        Page<SurveyResponse> page = responses.findAll(spec(questionnaireId, access.filterUnits(actor, unitId), from, to,
                includeWithdrawn), pageable);
        List<QuestionView> qs = questionViews(questionnaireId);
        Map<Long, List<SurveyAnswer>> byResponse = page.isEmpty() ? Map.of()
                : answers.findByResponseIdIn(page.getContent().stream().map(SurveyResponse::getId).toList()).stream()
                        .collect(Collectors.groupingBy(SurveyAnswer::getResponseId));
        Map<Long, String> names = new HashMap<>();
        return page.map(r -> view(r, qs, byResponse.getOrDefault(r.getId(), List.of()),
                names.computeIfAbsent(r.getUnitId(), access::unitName), q.isAnonymous()));
    }

    static Specification<SurveyResponse> spec(Long questionnaireId, Collection<Long> unitIds, LocalDate from,
                                              LocalDate to, boolean includeWithdrawn) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("questionnaireId"), questionnaireId));
            if (unitIds != null) {
                where.add(unitIds.isEmpty() ? cb.disjunction() : root.get("unitId").in(unitIds));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("responseDate"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("responseDate"), to));
            }
            if (!includeWithdrawn) {
                where.add(cb.isFalse(root.get("withdrawn")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    List<QuestionView> questionViews(Long questionnaireId) {
        return questions.findByQuestionnaireIdOrderByPositionAscIdAsc(questionnaireId).stream().map(Question::view).toList();
    }

    /**
     * The answers checked against the questions: every required question answered, scores 1–5,
     * option numbers in range (one for a single choice), texts not too long; blank answers dropped.
     * The first problem names its question.
     */
    static List<AnswerInput> checked(List<QuestionView> qs, Submission submission) {
        Map<Long, AnswerInput> given = new LinkedHashMap<>();
        if (submission != null && submission.answers() != null) {
            for (AnswerInput a : submission.answers()) {
                if (a == null || a.questionId() == null) {
                    continue;
                }
                if (qs.stream().noneMatch(q -> q.id().equals(a.questionId()))) {
                    throw DomainException.invalid("answers", "survey.error.unknownQuestion", a.questionId());
                }
                given.put(a.questionId(), a);
            }
        }
        List<AnswerInput> clean = new ArrayList<>();
        for (QuestionView q : qs) {
            AnswerInput a = given.get(q.id());
            String field = "q" + q.id();
            String label = q.position() + ". " + q.text();
            AnswerInput c = null;
            if (a != null) {
                switch (q.kind()) {
                    case RATING -> {
                        if (a.score() != null) {
                            if (a.score() < 1 || a.score() > 5) {
                                throw DomainException.invalid(field, "survey.error.scoreRange", label);
                            }
                            c = new AnswerInput(q.id(), a.score(), null, null);
                        }
                    }
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                        List<Integer> choices = a.choices() == null ? List.of()
                                : new ArrayList<>(new LinkedHashSet<>(a.choices().stream().filter(x -> x != null).toList()));
                        if (!choices.isEmpty()) {
                            if (choices.stream().anyMatch(x -> x < 1 || x > q.options().size())) {
                                throw DomainException.invalid(field, "survey.error.choiceRange", label);
                            }
                            if (q.kind() == QuestionKind.SINGLE_CHOICE && choices.size() > 1) {
                                throw DomainException.invalid(field, "survey.error.singleChoice", label);
                            }
                            choices.sort(Integer::compareTo);
                            c = new AnswerInput(q.id(), null, List.copyOf(choices), null);
                        }
                    }
                    case TEXT -> {
                        if (a.text() != null && !a.text().isBlank()) {
                            if (a.text().strip().length() > MAX_TEXT) {
                                throw DomainException.invalid(field, "survey.error.textTooLong", label, MAX_TEXT);
                            }
                            c = new AnswerInput(q.id(), null, null, a.text().strip());
                        }
                    }
                }
            }
            if (c == null && q.required()) {
                throw DomainException.invalid(field, "survey.error.required", label);
            }
            if (c != null) {
                clean.add(c);
            }
        }
        return clean;
    }

    private static String trimmed(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    static ResponseView view(SurveyResponse r, List<QuestionView> qs, List<SurveyAnswer> as, String unitName,
                             boolean anonymous) {
        Map<Long, QuestionView> byId = new HashMap<>();
        qs.forEach(q -> byId.put(q.id(), q));
        List<ResponseView.Answer> list = new ArrayList<>();
        for (SurveyAnswer a : as) {
            QuestionView q = byId.get(a.getQuestionId());
            list.add(new ResponseView.Answer(a.getQuestionId(), a.getScore(), a.choiceList(), a.getText(), display(q, a)));
        }
        return new ResponseView(r.getId(), r.getQuestionnaireId(), r.getUnitId(), unitName, r.channel(),
                anonymous ? null : r.getRespondent(), r.getResponseDate(), r.getSubmittedAt(), r.isWithdrawn(),
                r.getWithdrawReason(), list, r.getVersion());
    }

    static String display(QuestionView q, SurveyAnswer a) {
        if (q == null) {
            return "";
        }
        List<String> options = q.options();
        if (a.getScore() != null) {
            int s = a.getScore();
            return options.size() == 5 ? s + " " + options.get(s - 1) : String.valueOf(s);
        }
        if (!a.choiceList().isEmpty()) {
            return a.choiceList().stream().map(i -> i >= 1 && i <= options.size() ? options.get(i - 1) : String.valueOf(i))
                    .collect(Collectors.joining("；"));
        }
        return a.getText() == null ? "" : a.getText();
    }
}
