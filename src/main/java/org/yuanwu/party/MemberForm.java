package org.yuanwu.party;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A member as entered: the staff member, branch, status, the date she joined the party and (when full) the date she
 * was regularised. {@code transferredFrom} names the organisation she transferred in from, when she did.
 */
public class MemberForm {

    @NotNull
    private Long branchId;
    @NotNull
    private Long staffId;
    @NotNull
    private MemberStatus status = MemberStatus.FULL;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate regularisedOn;
    @Size(max = 200)
    private String transferredFrom;
    @Size(max = 500)
    private String note;
    private Long version;

    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public LocalDate getRegularisedOn() { return regularisedOn; }
    public void setRegularisedOn(LocalDate regularisedOn) { this.regularisedOn = regularisedOn; }
    public String getTransferredFrom() { return transferredFrom; }
    public void setTransferredFrom(String transferredFrom) { this.transferredFrom = transferredFrom; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
