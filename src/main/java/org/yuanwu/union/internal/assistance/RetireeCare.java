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
@Table(name = "union_retiree_care")
public class RetireeCare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "member_id")
    public Long memberId;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "cared_on")
    public LocalDate caredOn;
    @Enumerated(EnumType.STRING)
    public RetireeCareKind kind;
    public String content;
    @Column(name = "value_fen")
    public long valueFen;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
