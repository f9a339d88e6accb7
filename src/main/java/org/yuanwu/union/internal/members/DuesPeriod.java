package org.yuanwu.union.internal.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One member's dues for one month ("2026-03"); paid when paidOn is set. */
@Entity
@Table(name = "union_dues_period")
public class DuesPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "member_id")
    public Long memberId;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "period_month")
    public String periodMonth;
    @Column(name = "due_fen")
    public long dueFen;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    @Column(name = "paid_fen")
    public Long paidFen;
    @Column(name = "entry_id")
    public Long entryId;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
