package org.yuanwu.party.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.party.AgreementKind;
import org.yuanwu.party.CheckResult;

@Entity
@Table(name = "party_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AgreementKind kind;
    @Column(name = "agreement_year")
    private int year;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "first_party")
    private String firstParty;
    @Column(name = "second_party")
    private String secondParty;
    private String content;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "check_result")
    private CheckResult checkResult;
    @Column(name = "checked_on")
    private LocalDate checkedOn;
    @Column(name = "check_notes")
    private String checkNotes;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Agreement() {
    }

    public Agreement(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(AgreementKind kind, Long unitId, String firstParty, String secondParty, String content,
                      LocalDate signedOn, Instant now) {
        this.kind = kind;
        this.unitId = unitId;
        this.firstParty = firstParty;
        this.secondParty = secondParty;
        this.content = content;
        this.signedOn = signedOn;
        this.year = signedOn.getYear();
        this.updatedAt = now;
    }

    public void check(CheckResult result, LocalDate on, String notes, Instant now) {
        this.checkResult = result;
        this.checkedOn = on;
        this.checkNotes = notes;
        this.updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("year", year);
        m.put("unitId", unitId);
        m.put("firstParty", firstParty);
        m.put("secondParty", secondParty);
        m.put("content", content);
        m.put("signedOn", signedOn);
        m.put("checkResult", checkResult);
        m.put("checkedOn", checkedOn);
        m.put("checkNotes", checkNotes);
        m.put("cancelReason", cancelReason);
        return m;
    }

    public Long getId() { return id; }
    public AgreementKind getKind() { return kind; }
    public int getYear() { return year; }
    public Long getUnitId() { return unitId; }
    public String getFirstParty() { return firstParty; }
    public String getSecondParty() { return secondParty; }
    public String getContent() { return content; }
    public LocalDate getSignedOn() { return signedOn; }
    public CheckResult getCheckResult() { return checkResult; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public String getCheckNotes() { return checkNotes; }
    public String getCancelReason() { return cancelReason; }
    public long getVersion() { return version; }
}
