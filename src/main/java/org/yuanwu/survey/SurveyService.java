package org.yuanwu.survey;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.UnitView;
import org.yuanwu.survey.internal.Codes;
import org.yuanwu.survey.internal.Question;
import org.yuanwu.survey.internal.QuestionRepository;
import org.yuanwu.survey.internal.Questionnaire;
import org.yuanwu.survey.internal.QuestionnaireRepository;
import org.yuanwu.survey.internal.SatisfactionRule;
import org.yuanwu.survey.internal.SurveyLink;
import org.yuanwu.survey.internal.SurveyLinkRepository;
import org.yuanwu.survey.internal.SurveyResponseRepository;
import org.yuanwu.survey.internal.SurveyToken;
import org.yuanwu.survey.internal.SurveyTokenRepository;

/**
 * Questionnaires: design (questions editable while a draft), the lifecycle draft → open → closed
 * (an open questionnaire's questions are locked, so answers always match the questions they were
 * given to; no versioning is needed), and distribution through public links per target unit and
 * batches of single-use tokens.
 */
@Service
@Transactional
public class SurveyService {

    public static final String RECORD_TYPE = "survey_questionnaire";
    public static final int MAX_TOKENS = 500;
    static final List<String> DEFAULT_RATING_LABELS = List.of("很不满意", "不满意", "一般", "满意", "很满意");

    private final QuestionnaireRepository questionnaires;
    private final QuestionRepository questions;
    private final SurveyLinkRepository links;
    private final SurveyTokenRepository tokens;
    private final SurveyResponseRepository responses;
    private final SurveyAccess access;
    private final ApplicationEventPublisher events;

    SurveyService(QuestionnaireRepository questionnaires, QuestionRepository questions, SurveyLinkRepository links,
                  SurveyTokenRepository tokens, SurveyResponseRepository responses, SurveyAccess access,
                  ApplicationEventPublisher events) {
        this.questionnaires = questionnaires;
        this.questions = questions;
        this.links = links;
        this.tokens = tokens;
        this.responses = responses;
        this.access = access;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<QuestionnaireView> search(SurveyFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.SURVEY_READ);
        SurveyFilter f = filter == null ? SurveyFilter.none() : filter;
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : access.filterUnits(actor, f.unitId());
        Specification<Questionnaire> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.isNull(root.get("unitId"))
                        : cb.or(cb.isNull(root.get("unitId")), root.get("unitId").in(scoped)));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.purpose() != null) {
                where.add(cb.equal(root.get("purpose"), f.purpose()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("title")), "%" + f.q().strip().toLowerCase() + "%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Map<Long, String> names = new HashMap<>();
        return questionnaires.findAll(spec, pageable).map(q -> view(q,
                q.getUnitId() == null ? null : names.computeIfAbsent(q.getUnitId(), access::unitName), List.of()));
    }

    @Transactional(readOnly = true)
    public QuestionnaireView get(Long id) {
        Questionnaire q = access.load(id);
        access.readable(q);
        return view(q);
    }

    /** Whether the caller may change the questionnaire (for showing the buttons that will work). */
    @Transactional(readOnly = true)
    public boolean mayWrite(Long id) {
        return access.mayWrite(CurrentActor.get(), access.load(id));
    }

    // ---------------------------------------------------------------- design

    public QuestionnaireView create(QuestionnaireForm form) {
        Actor actor = CurrentActor.require(Permissions.SURVEY_WRITE);
        UnitView unit = access.unitInScope(actor, form.getUnitId(), "unitId");
        check(form);
        Instant now = access.now();
        Questionnaire q = new Questionnaire(unit.id(), null, actor.username(), now);
        q.apply(form, now);
        questionnaires.save(q);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, q.getId(), q.getTitle(), q.snapshot()));
        return view(q);
    }

    /** Edits a draft's title, purpose, audience, anonymity and description; its owning unit stays. */
    public QuestionnaireView update(Long id, QuestionnaireForm form) {
        Questionnaire q = access.load(id);
        access.writable(q);
        StaleEditException.check(form.getVersion(), q.getVersion());
        requireDraft(q);
        if (form.getUnitId() != null && !form.getUnitId().equals(q.getUnitId())) {
            throw DomainException.invalid("unitId", "survey.error.unitFixed");
        }
        check(form);
        Map<String, Object> before = q.snapshot();
        if (q.apply(form, access.now())) {
            questionnaires.saveAndFlush(q);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, q.getTitle(), before, q.snapshot()));
        }
        return view(q);
    }

    private static void check(QuestionnaireForm form) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw DomainException.invalid("title", "survey.error.titleRequired");
        }
        if (form.getTitle().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (form.getDescription() != null && form.getDescription().length() > 2000) {
            throw DomainException.invalid("description", "error.tooLong", 2000);
        }
        if (form.getPurpose() == null) {
            throw DomainException.invalid("purpose", "survey.error.purposeRequired");
        }
        if (form.getAudience() == null) {
            throw DomainException.invalid("audience", "survey.error.audienceRequired");
        }
    }

    public QuestionView addQuestion(Long id, QuestionForm form) {
        Questionnaire q = access.load(id);
        access.writable(q);
        requireDraft(q);
        checkQuestion(form);
        int position = (int) questions.countByQuestionnaireId(id) + 1;
        Question question = questions.save(new Question(id, position, form));
        touch(q, Map.of(), Map.of("question", question.snapshot()));
        return question.view();
    }

    public QuestionView updateQuestion(Long id, Long questionId, QuestionForm form) {
        Questionnaire q = access.load(id);
        access.writable(q);
        requireDraft(q);
        Question question = question(id, questionId);
        checkQuestion(form);
        Map<String, Object> before = question.snapshot();
        question.apply(form);
        questions.save(question);
        touch(q, Map.of("question", before), Map.of("question", question.snapshot()));
        return question.view();
    }

    /** Removes a question from a draft (a draft has no answers, so nothing counted is lost). */
    public void removeQuestion(Long id, Long questionId) {
        Questionnaire q = access.load(id);
        access.writable(q);
        requireDraft(q);
        Question question = question(id, questionId);
        Map<String, Object> before = question.snapshot();
        questions.delete(question);
        questions.flush();
        int position = 1;
        for (Question rest : questions.findByQuestionnaireIdOrderByPositionAscIdAsc(id)) {
            rest.moveTo(position++);
        }
        touch(q, Map.of("question", before), Map.of());
    }

    /** Moves a question one place up (delta −1) or down (+1) in a draft. */
    public void moveQuestion(Long id, Long questionId, int delta) {
        Questionnaire q = access.load(id);
        access.writable(q);
        requireDraft(q);
        List<Question> all = new ArrayList<>(questions.findByQuestionnaireIdOrderByPositionAscIdAsc(id));
        int from = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId().equals(questionId)) {
                from = i;
            }
        }
        if (from < 0) {
            throw DomainException.notFound("survey.error.questionNotFound", questionId);
        }
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(delta)));
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i + 1);
        }
        touch(q, Map.of(), Map.of("questionMoved", questionId));
    }

    static void checkQuestion(QuestionForm f) {
        if (f.getKind() == null) {
            throw DomainException.invalid("kind", "survey.error.kindRequired");
        }
        if (f.getText() == null || f.getText().isBlank()) {
            throw DomainException.invalid("text", "survey.error.questionTextRequired");
        }
        if (f.getText().length() > 500) {
            throw DomainException.invalid("text", "error.tooLong", 500);
        }
        List<String> options = f.getOptions().stream().map(s -> s == null ? "" : s.strip()).filter(s -> !s.isEmpty()).toList();
        if (options.stream().anyMatch(o -> o.length() > 100 || o.contains("\n"))) {
            throw DomainException.invalid("optionsText", "survey.error.optionTooLong", 100);
        }
        Integer threshold = f.getSatisfiedThreshold();
        Integer correct = f.getCorrectOption();
        switch (f.getKind()) {
            case RATING -> {
                if (options.isEmpty()) {
                    options = DEFAULT_RATING_LABELS;
                }
                if (options.size() != 5) {
                    throw DomainException.invalid("optionsText", "survey.error.ratingLabels");
                }
                if (threshold != null && (threshold < 1 || threshold > 5)) {
                    throw DomainException.invalid("satisfiedThreshold", "survey.error.ratingThreshold");
                }
                if (correct != null) {
                    throw DomainException.invalid("correctOption", "survey.error.correctOnlyForChoice");
                }
                if (threshold == null) {
                    // the usual 5-point rule: 4 and 5 are satisfied
                    f.setSatisfiedThreshold(SatisfactionRule.DEFAULT_RATING_THRESHOLD);
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (options.size() < 2 || options.size() > 20) {
                    throw DomainException.invalid("optionsText", "survey.error.choiceOptions");
                }
                if (threshold != null && (f.getKind() == QuestionKind.MULTIPLE_CHOICE
                        || threshold < 1 || threshold >= options.size())) {
                    throw DomainException.invalid("satisfiedThreshold", "survey.error.choiceThreshold", options.size() - 1);
                }
                if (correct != null && (correct < 1 || correct > options.size())) {
                    throw DomainException.invalid("correctOption", "survey.error.correctRange", options.size());
                }
            }
            case TEXT -> {
                if (!options.isEmpty() || threshold != null || correct != null) {
                    throw DomainException.invalid("optionsText", "survey.error.textNoOptions");
                }
            }
        }
        f.setOptions(new ArrayList<>(options));
    }

    // ---------------------------------------------------------------- lifecycle

    /** Opens a draft (it needs a question) or reopens a closed questionnaire; its questions are then locked. */
    public QuestionnaireView open(Long id, Long version) {
        Questionnaire q = access.load(id);
        access.writable(q);
        StaleEditException.check(version, q.getVersion());
        if (q.getStatus() == SurveyStatus.OPEN) {
            throw DomainException.conflict("survey.error.alreadyOpen");
        }
        if (questions.countByQuestionnaireId(id) == 0) {
            throw DomainException.conflict("survey.error.noQuestions");
        }
        return move(q, SurveyStatus.OPEN);
    }

    public QuestionnaireView close(Long id, Long version) {
        Questionnaire q = access.load(id);
        access.writable(q);
        StaleEditException.check(version, q.getVersion());
        if (q.getStatus() != SurveyStatus.OPEN) {
            throw DomainException.conflict("survey.error.notOpen");
        }
        return move(q, SurveyStatus.CLOSED);
    }

    private QuestionnaireView move(Questionnaire q, SurveyStatus to) {
        SurveyStatus from = q.getStatus();
        q.moveTo(to, access.now());
        questionnaires.saveAndFlush(q);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, q.getId(), q.getTitle(),
                Map.of("status", from), Map.of("status", to)));
        return view(q);
    }

    // ---------------------------------------------------------------- distribution

    @Transactional(readOnly = true)
    public List<LinkView> links(Long id) {
        Questionnaire q = access.load(id);
        Actor actor = access.readable(q);
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Map<Long, Long> counts = new HashMap<>();
        responses.countByLink(id).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return links.findByQuestionnaireIdOrderByIdAsc(id).stream()
                .filter(l -> scoped == null || scoped.contains(l.getUnitId()))
                .map(l -> linkView(l, counts.getOrDefault(l.getId(), 0L))).toList();
    }

    /** The public link of the questionnaire for a target unit (made once per unit; asking again returns it). */
    public LinkView createLink(Long id, Long unitId) {
        Questionnaire q = access.load(id);
        Actor actor = access.writable(q);
        requirePublic(q);
        UnitView unit = access.unitInScope(actor, unitId, "unitId");
        var existing = links.findByQuestionnaireIdAndUnitId(id, unit.id());
        if (existing.isPresent()) {
            return linkView(existing.get(), 0);
        }
        SurveyLink link = links.save(new SurveyLink(id, unit.id(), Codes.next(10), actor.username(), access.now()));
        events.publishEvent(RecordChanged.created("survey_link", link.getId(), q.getTitle() + " / " + unit.name(),
                Map.of("questionnaireId", id, "unitId", unit.id(), "code", link.getCode())));
        return linkView(link, 0);
    }

    /** Switches a link off (answers refused) or on again. */
    public LinkView setLinkActive(Long id, Long linkId, boolean active) {
        Questionnaire q = access.load(id);
        Actor actor = access.writable(q);
        SurveyLink link = links.findById(linkId).filter(l -> l.getQuestionnaireId().equals(id))
                .orElseThrow(() -> DomainException.notFound("survey.error.linkNotFound", linkId));
        access.unitInScope(actor, link.getUnitId(), "unitId");
        if (link.isActive() != active) {
            link.setActive(active);
            links.save(link);
            events.publishEvent(RecordChanged.updated("survey_link", linkId, q.getTitle(), Map.of("active", !active),
                    Map.of("active", active)));
        }
        return linkView(link, 0);
    }

    /** A batch of single-use tokens for a target unit, e.g. for return-visit cards. */
    public List<TokenView> generateTokens(Long id, Long unitId, int count) {
        Questionnaire q = access.load(id);
        Actor actor = access.writable(q);
        requirePublic(q);
        if (count < 1 || count > MAX_TOKENS) {
            throw DomainException.invalid("count", "survey.error.tokenCount", MAX_TOKENS);
        }
        UnitView unit = access.unitInScope(actor, unitId, "unitId");
        Instant now = access.now();
        String batch = now.toString().substring(0, 19).replace('T', ' ') + " " + Codes.next(4);
        List<TokenView> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(tokenView(tokens.save(new SurveyToken(id, unit.id(), Codes.next(12), batch, actor.username(), now)),
                    unit.name()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", unit.id());
        after.put("batch", batch);
        after.put("count", count);
        events.publishEvent(RecordChanged.of(AuditAction.CREATE, "survey_token_batch", id, q.getTitle(), Map.of(), after));
        return made;
    }

    /** Tokens of the questionnaire for the units in the caller's scope, optionally of one batch. */
    @Transactional(readOnly = true)
    public List<TokenView> tokens(Long id, String batch) {
        Questionnaire q = access.load(id);
        Actor actor = access.readable(q);
        Collection<Long> scoped = access.scopedUnitIds(actor);
        List<SurveyToken> found = batch == null || batch.isBlank() ? tokens.findByQuestionnaireIdOrderByIdAsc(id)
                : tokens.findByQuestionnaireIdAndBatchOrderByIdAsc(id, batch);
        Map<Long, String> names = new HashMap<>();
        return found.stream().filter(t -> scoped == null || scoped.contains(t.getUnitId()))
                .map(t -> tokenView(t, names.computeIfAbsent(t.getUnitId(), access::unitName))).toList();
    }

    // ---------------------------------------------------------------- internals

    private void requireDraft(Questionnaire q) {
        if (q.getStatus() != SurveyStatus.DRAFT) {
            throw DomainException.conflict("survey.error.questionsLocked");
        }
    }

    private static void requirePublic(Questionnaire q) {
        if (q.getAudience() != SurveyAudience.PUBLIC) {
            throw DomainException.conflict("survey.error.staffSurveyNoLinks");
        }
    }

    private Question question(Long id, Long questionId) {
        return questions.findById(questionId).filter(x -> x.getQuestionnaireId().equals(id))
                .orElseThrow(() -> DomainException.notFound("survey.error.questionNotFound", questionId));
    }

    private void touch(Questionnaire q, Map<String, Object> before, Map<String, Object> after) {
        q.moveTo(q.getStatus(), access.now());
        questionnaires.save(q);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, q.getId(), q.getTitle(), before, after));
    }

    LinkView linkView(SurveyLink l, long count) {
        return new LinkView(l.getId(), l.getQuestionnaireId(), l.getUnitId(), access.unitName(l.getUnitId()), l.getCode(),
                "/s/" + l.getCode(), l.isActive(), count, l.getCreatedAt());
    }

    static TokenView tokenView(SurveyToken t, String unitName) {
        return new TokenView(t.getId(), t.getQuestionnaireId(), t.getUnitId(), unitName, t.getCode(), "/s/" + t.getCode(),
                t.getBatch(), t.getUsedAt(), t.getCreatedAt());
    }

    QuestionnaireView view(Questionnaire q) {
        return view(q, access.unitName(q.getUnitId()),
                questions.findByQuestionnaireIdOrderByPositionAscIdAsc(q.getId()).stream().map(Question::view).toList());
    }

    private QuestionnaireView view(Questionnaire q, String unitName, List<QuestionView> qs) {
        return new QuestionnaireView(q.getId(), q.getUnitId(), unitName, q.getTitle(), q.getPurpose(), q.getAudience(),
                q.isAnonymous(), q.getDescription(), q.getStatus(), q.getBuiltinCode(), q.getCreatedBy(),
                responses.countByQuestionnaireIdAndWithdrawnFalse(q.getId()), qs, q.getCreatedAt(), q.getUpdatedAt(),
                q.getVersion());
    }
}
