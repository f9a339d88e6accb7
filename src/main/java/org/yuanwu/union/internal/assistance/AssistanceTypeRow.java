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
@Table(name = "union_assistance_type")
public class AssistanceTypeRow {

    @Id
    @Enumerated(EnumType.STRING)
    public AssistanceType code;
    @Column(name = "standard_fen")
    public long standardFen;
    @Enumerated(EnumType.STRING)
    @Column(name = "expense_account")
    public FundAccount expenseAccount;
    @Column(name = "sort_order")
    public int sortOrder;
    @Version
    public long version;
}
