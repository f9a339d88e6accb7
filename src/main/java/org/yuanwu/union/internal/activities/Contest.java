package org.yuanwu.union.internal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.union.ContestStatus;

@Entity
@Table(name = "union_contest")
public class Contest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_contest_seq")
    @SequenceGenerator(name = "union_contest_seq", sequenceName = "union_contest_seq", allocationSize = 50)
    private Long id;
    private String title;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "organiser_unit_id")
    private Long organiserUnitId;
    private int rounds;
    @Column(name = "prize_count")
    private int prizeCount;
    @Enumerated(EnumType.STRING)
    private ContestStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Contest() {
    }

    public Contest(String title, LocalDate heldOn, Long organiserUnitId, int rounds, int prizeCount, String by, Instant now) {
        this.title = title;
        this.heldOn = heldOn;
        this.organiserUnitId = organiserUnitId;
        this.rounds = rounds;
        this.prizeCount = prizeCount;
        this.status = ContestStatus.OPEN;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void finish(Instant now) {
        status = ContestStatus.FINISHED;
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("heldOn", heldOn);
        m.put("organiserUnitId", organiserUnitId);
        m.put("rounds", rounds);
        m.put("prizeCount", prizeCount);
        m.put("status", status);
        return m;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public LocalDate getHeldOn() { return heldOn; }
    public Long getOrganiserUnitId() { return organiserUnitId; }
    public int getRounds() { return rounds; }
    public int getPrizeCount() { return prizeCount; }
    public ContestStatus getStatus() { return status; }
    public long getVersion() { return version; }
}
