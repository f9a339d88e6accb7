package org.yuanwu.party.internal;

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
import org.yuanwu.party.MoveKind;

/** One line of a member's history: transferred in or out, moved between branches, regularised. Never edited. */
@Entity
@Table(name = "party_member_move")
public class MemberMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private MoveKind kind;
    @Column(name = "moved_on")
    private LocalDate movedOn;
    @Column(name = "from_branch_id")
    private Long fromBranchId;
    @Column(name = "to_branch_id")
    private Long toBranchId;
    @Column(name = "other_party")
    private String otherParty;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MemberMove() {
    }

    public MemberMove(Long memberId, MoveKind kind, LocalDate movedOn, Long fromBranchId, Long toBranchId,
                      String otherParty, String note, String recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.kind = kind;
        this.movedOn = movedOn;
        this.fromBranchId = fromBranchId;
        this.toBranchId = toBranchId;
        this.otherParty = otherParty;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public MoveKind getKind() { return kind; }
    public LocalDate getMovedOn() { return movedOn; }
    public Long getFromBranchId() { return fromBranchId; }
    public Long getToBranchId() { return toBranchId; }
    public String getOtherParty() { return otherParty; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
}
