package org.yuanwu.union.internal.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A posted journal entry; only reversedByEntryId is ever set after posting. */
@Entity
@Table(name = "union_fund_entry")
public class FundEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "posted_on")
    public LocalDate postedOn;
    public String memo;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public Long sourceId;
    @Column(name = "reverses_entry_id")
    public Long reversesEntryId;
    @Column(name = "reversed_by_entry_id")
    public Long reversedByEntryId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
