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

    List<StaffMember> findByEmployeeNoIn(Collection<String> employeeNos);

    @Query("""
            select count(s) from StaffMember s, OrgUnit u
            where s.unitId = u.id and u.path like concat(:pathPrefix, '%') and s.status = :status""")
    long countInSubtreeWithStatus(@Param("pathPrefix") String pathPrefix, @Param("status") StaffStatus status);
}
