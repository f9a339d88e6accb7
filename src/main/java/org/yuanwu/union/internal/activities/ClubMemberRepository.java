package org.yuanwu.union.internal.activities;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ClubMemberRepository extends JpaRepository<ClubMember, Long>, JpaSpecificationExecutor<ClubMember> {
    List<ClubMember> findByClubIdOrderById(Long clubId);
    java.util.Optional<ClubMember> findByClubIdAndStaffId(Long clubId, Long staffId);
    long countByClubIdAndLeftOnIsNull(Long clubId);
}
