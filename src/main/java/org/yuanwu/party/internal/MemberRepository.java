package org.yuanwu.party.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.yuanwu.party.MemberStatus;

public interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    List<Member> findByStaffIdAndStatusIn(Long staffId, Collection<MemberStatus> statuses);

    List<Member> findByBranchIdAndStatusInOrderById(Long branchId, Collection<MemberStatus> statuses);

    long countByBranchIdAndStatus(Long branchId, MemberStatus status);
}
