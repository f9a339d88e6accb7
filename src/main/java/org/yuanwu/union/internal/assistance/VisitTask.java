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
@Table(name = "union_visit_task")
public class VisitTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "member_id")
    public Long memberId;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "reported_on")
    public LocalDate reportedOn;
    public String hospital;
    public String note;
    @Enumerated(EnumType.STRING)
    public VisitStatus status;
    @Column(name = "visited_on")
    public LocalDate visitedOn;
    public String visitors;
    @Column(name = "gift_fen")
    public Long giftFen;
    @Column(name = "visit_note")
    public String visitNote;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
