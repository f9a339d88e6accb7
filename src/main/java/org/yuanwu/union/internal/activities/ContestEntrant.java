package org.yuanwu.union.internal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "union_contest_entrant")
public class ContestEntrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_contest_entrant_seq")
    @SequenceGenerator(name = "union_contest_entrant_seq", sequenceName = "union_contest_entrant_seq", allocationSize = 50)
    private Long id;
    @Column(name = "contest_id")
    private Long contestId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "unit_id")
    private Long unitId;

    protected ContestEntrant() {
    }

    public ContestEntrant(Long contestId, Long staffId, Long unitId) {
        this.contestId = contestId;
        this.staffId = staffId;
        this.unitId = unitId;
    }

    public Long getId() { return id; }
    public Long getContestId() { return contestId; }
    public Long getStaffId() { return staffId; }
    public Long getUnitId() { return unitId; }
}
