package org.yuanwu.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.yuanwu.organization.StaffStatus;

public interface StaffRepository extends JpaRepository<StaffMember, Long>, JpaSpecificationExecutor<StaffMember> {

    Optional<StaffMember> findByEmployeeNo(String employeeNo);

    boolean existsByEmployeeNo(String employeeNo);

    /**
     * Staff registered under any of the numbers, as a join against the unnested array: the planner
     * can hash it, where a long IN list or "= any(array)" is compared row by row whenever the
     * statistics are stale (a table just filled) or the driver has switched to a generic plan.
     */
    @Query(value = """
            select s.* from org_staff s
            join unnest(cast(:numbers as varchar array)) as wanted(employee_no) on s.employee_no = wanted.employee_no""",
            nativeQuery = true)
    List<StaffMember> findByEmployeeNoAmong(@Param("numbers") String[] numbers);

    @Query("""
            select count(s) from StaffMember s, OrgUnit u
            where s.unitId = u.id and u.path like concat(:pathPrefix, '%') and s.status = :status""")
    long countInSubtreeWithStatus(@Param("pathPrefix") String pathPrefix, @Param("status") StaffStatus status);
}
