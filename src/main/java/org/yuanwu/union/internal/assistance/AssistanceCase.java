package org.yuanwu.union.internal.assistance;

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
import org.yuanwu.union.*;

@Entity
@Table(name = "union_assistance_case")
public class AssistanceCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "member_id")
    public Long memberId;
    @Column(name = "unit_id")
    public Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(name = "type_code")
    public AssistanceType type;
    public String reason;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "applied_on")
    public LocalDate appliedOn;
    @Column(name = "expense_id")
    public Long expenseId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
