package org.yuanwu.union.internal.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.yuanwu.union.FundAccount;

@Entity
@Table(name = "union_fund_line")
public class FundLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "entry_id")
    public Long entryId;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_code")
    public FundAccount account;
    @Column(name = "debit_fen")
    public long debitFen;
    @Column(name = "credit_fen")
    public long creditFen;
}
