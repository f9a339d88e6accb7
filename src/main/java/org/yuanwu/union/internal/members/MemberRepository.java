package org.yuanwu.union.internal.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.yuanwu.union.MemberStatus;

public interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    boolean existsByStaffIdAndStatusNot(Long staffId, MemberStatus status);

    boolean existsByCardNo(String cardNo);

    Optional<Member> findByCardNo(String cardNo);

    List<Member> findByStatusOrderByUnitIdAscEmployeeNoAsc(MemberStatus status);

    List<Member> findByStatusAndUnitIdInOrderByUnitIdAscEmployeeNoAsc(MemberStatus status, Collection<Long> unitIds);

    @Query("select m.unitId, count(m) from Member m where m.status = org.yuanwu.union.MemberStatus.ACTIVE group by m.unitId")
    List<Object[]> countActiveByUnit();
}
