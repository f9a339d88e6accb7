package org.yuanwu.union.internal.members;

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
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.union.MemberStatus;

/** A union membership (fields are the row; the rules live in MemberService). */
@Entity
@Table(name = "union_member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "staff_id")
    public Long staffId;
    @Column(name = "employee_no")
    public String employeeNo;
    public String name;
    @Column(name = "unit_id")
    public Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    public EmploymentType employmentType;
    @Column(name = "card_no")
    public String cardNo;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    public String application;
    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Column(name = "end_reason")
    public String endReason;
    @Version
    public long version;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
