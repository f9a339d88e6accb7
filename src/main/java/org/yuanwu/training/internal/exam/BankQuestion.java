package org.yuanwu.training.internal.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionForm;
import org.yuanwu.training.QuestionType;

/** One version of a bank question (see V10 migration for the versioning rule). */
@Entity
@Table(name = "training_question")
public class BankQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_question_seq")
    @SequenceGenerator(name = "training_question_seq", sequenceName = "training_question_seq", allocationSize = 50)
    private Long id;
    @Column(name = "lineage_id")
    private Long lineageId;
    @Column(name = "version_no")
    private int versionNo;
    private boolean latest;
    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(name = "qtype")
    private QuestionType type;
    @Enumerated(EnumType.STRING)
    private QuestionCategory category;
    private int difficulty;
    private String stem;
    @Column(name = "option_a")
    private String optionA;
    @Column(name = "option_b")
    private String optionB;
    @Column(name = "option_c")
    private String optionC;
    @Column(name = "option_d")
    private String optionD;
    @Column(name = "option_e")
    private String optionE;
    @Column(name = "option_f")
    private String optionF;
    private String answer;
    private String tags;
    private String explanation;
    private int points;
    private boolean used;
    private boolean withdrawn;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected BankQuestion() {
    }

    public BankQuestion(String createdBy, Instant now) {
        this.versionNo = 1;
        this.latest = true;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The next version of this question, for an edit of a question already used on a paper. */
    public BankQuestion nextVersion(String by, Instant now) {
        BankQuestion next = new BankQuestion(by, now);
        next.lineageId = lineageId;
        next.versionNo = versionNo + 1;
        next.unitId = unitId;
        this.latest = false;
        this.updatedAt = now;
        return next;
    }

    public void startLineage() {
        if (lineageId == null) {
            lineageId = id;
        }
    }

    public boolean apply(QuestionForm f, Instant now) {
        Map<String, Object> before = snapshot();
        unitId = f.getUnitId();
        type = f.getType();
        category = f.getCategory();
        difficulty = f.getDifficulty();
        stem = f.getStem();
        List<String> o = f.options();
        optionA = o.get(0);
        optionB = o.get(1);
        optionC = o.get(2);
        optionD = o.get(3);
        optionE = o.get(4);
        optionF = o.get(5);
        answer = f.getAnswer();
        tags = f.getTags();
        explanation = f.getExplanation();
        points = f.getPoints();
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void markUsed() {
        this.used = true;
    }

    public void withdraw(String reason, Instant now) {
        this.withdrawn = true;
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    /** Non-blank options from A on. */
    public List<String> options() {
        List<String> list = new ArrayList<>();
        for (String s : new String[] {optionA, optionB, optionC, optionD, optionE, optionF}) {
            if (s == null || s.isBlank()) {
                break;
            }
            list.add(s);
        }
        return list;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("type", type);
        m.put("category", category);
        m.put("difficulty", difficulty);
        m.put("stem", stem);
        m.put("options", options());
        m.put("answer", answer);
        m.put("tags", tags);
        m.put("explanation", explanation);
        m.put("points", points);
        m.put("versionNo", versionNo);
        m.put("withdrawn", withdrawn);
        return m;
    }

    public Long getId() { return id; }
    public Long getLineageId() { return lineageId; }
    public int getVersionNo() { return versionNo; }
    public boolean isLatest() { return latest; }
    public Long getUnitId() { return unitId; }
    public QuestionType getType() { return type; }
    public QuestionCategory getCategory() { return category; }
    public int getDifficulty() { return difficulty; }
    public String getStem() { return stem; }
    public String getAnswer() { return answer; }
    public String getTags() { return tags; }
    public String getExplanation() { return explanation; }
    public int getPoints() { return points; }
    public boolean isUsed() { return used; }
    public boolean isWithdrawn() { return withdrawn; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
