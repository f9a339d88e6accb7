package org.yuanwu.union.internal.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yuanwu.union.MemberEventKind;

@Entity
@Table(name = "union_member_event")
public class MemberEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "member_id")
    public Long memberId;
    @Enumerated(EnumType.STRING)
    public MemberEventKind kind;
    @Column(name = "happened_on")
    public LocalDate happenedOn;
    @Column(name = "from_unit_id")
    public Long fromUnitId;
    @Column(name = "to_unit_id")
    public Long toUnitId;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
