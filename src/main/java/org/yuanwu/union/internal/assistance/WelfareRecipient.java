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
@Table(name = "union_welfare_recipient")
public class WelfareRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "distribution_id")
    public Long distributionId;
    @Column(name = "member_id")
    public Long memberId;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "signed_by")
    public String signedBy;
}
