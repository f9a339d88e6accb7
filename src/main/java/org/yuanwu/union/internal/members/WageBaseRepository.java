package org.yuanwu.union.internal.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WageBaseRepository extends JpaRepository<WageBase, Long> {

    Optional<WageBase> findByMemberIdAndBaseYear(Long memberId, Integer baseYear);

    List<WageBase> findByBaseYearAndMemberIdIn(Integer baseYear, Collection<Long> memberIds);

    List<WageBase> findByMemberIdOrderByBaseYearDesc(Long memberId);
}
