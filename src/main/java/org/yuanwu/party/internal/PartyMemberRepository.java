package org.yuanwu.party.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.yuanwu.party.MemberStatus;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long>, JpaSpecificationExecutor<PartyMember> {

    List<PartyMember> findByStaffIdAndStatusIn(Long staffId, Collection<MemberStatus> statuses);

    List<PartyMember> findByBranchIdAndStatusInOrderById(Long branchId, Collection<MemberStatus> statuses);

    long countByBranchIdAndStatus(Long branchId, MemberStatus status);
}
