package org.yuanwu.party.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.party.MemberStatus;

@Entity
@Table(name = "party_member")
public class PartyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "branch_id")
    private Long branchId;
    @Column(name = "staff_id")
    private Long staffId;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Column(name = "regularised_on")
    private LocalDate regularisedOn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    private String note;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PartyMember() {
    }

    public PartyMember(Long staffId, Instant now) {
        this.staffId = staffId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(Long branchId, MemberStatus status, LocalDate joinedOn, LocalDate regularisedOn, String note,
                      Instant now) {
        this.branchId = branchId;
        this.status = status;
        this.joinedOn = joinedOn;
        this.regularisedOn = regularisedOn;
        this.note = note;
        this.updatedAt = now;
    }

    public void moveTo(Long branchId, Instant now) {
        this.branchId = branchId;
        this.updatedAt = now;
    }

    public void regularise(LocalDate on, Instant now) {
        this.status = MemberStatus.FULL;
        this.regularisedOn = on;
        this.updatedAt = now;
    }

    public void transferOut(LocalDate on, Instant now) {
        this.status = MemberStatus.TRANSFERRED_OUT;
        this.leftOn = on;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branchId", branchId);
        m.put("staffId", staffId);
        m.put("status", status);
        m.put("joinedOn", joinedOn);
        m.put("regularisedOn", regularisedOn);
        m.put("leftOn", leftOn);
        m.put("note", note);
        return m;
    }

    public Long getId() { return id; }
    public Long getBranchId() { return branchId; }
    public Long getStaffId() { return staffId; }
    public MemberStatus getStatus() { return status; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public LocalDate getRegularisedOn() { return regularisedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
