package org.yuanwu.union.internal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "union_club_member")
public class ClubMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_club_member_seq")
    @SequenceGenerator(name = "union_club_member_seq", sequenceName = "union_club_member_seq", allocationSize = 50)
    private Long id;
    @Column(name = "club_id")
    private Long clubId;
    @Column(name = "staff_id")
    private Long staffId;
    private boolean leader;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected ClubMember() {
    }

    public ClubMember(Long clubId, Long staffId, boolean leader, LocalDate joinedOn) {
        this.clubId = clubId;
        this.staffId = staffId;
        this.leader = leader;
        this.joinedOn = joinedOn;
    }

    /** Joins again after leaving: the row is kept (one per club and person), the dates start over. */
    public void rejoin(boolean leader, LocalDate on) {
        this.leader = leader;
        this.joinedOn = on;
        this.leftOn = null;
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
        this.leader = false;
    }

    public void setLeader(boolean leader) { this.leader = leader; }
    public boolean isCurrent() { return leftOn == null; }
    public Long getId() { return id; }
    public Long getClubId() { return clubId; }
    public Long getStaffId() { return staffId; }
    public boolean isLeader() { return leader; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public LocalDate getLeftOn() { return leftOn; }
}
