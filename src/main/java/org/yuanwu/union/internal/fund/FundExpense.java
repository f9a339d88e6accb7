package org.yuanwu.union.internal.fund;

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
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.FundExpenseStatus;

@Entity
@Table(name = "union_fund_expense")
public class FundExpense {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public FundAccount category;
    public String purpose;
    @Column(name = "requested_fen")
    public long requestedFen;
    @Column(name = "requested_on")
    public LocalDate requestedOn;
    @Column(name = "requested_by")
    public String requestedBy;
    @Enumerated(EnumType.STRING)
    public FundExpenseStatus status;
    @Column(name = "approved_fen")
    public Long approvedFen;
    @Column(name = "approved_on")
    public LocalDate approvedOn;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "meeting_date")
    public LocalDate meetingDate;
    @Column(name = "meeting_minute_no")
    public String meetingMinuteNo;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "paid_fen")
    public Long paidFen;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "pay_account")
    public FundAccount payAccount;
    @Column(name = "entry_id")
    public Long entryId;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public Long sourceId;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
