package org.yuanwu.union.internal.assistance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.union.*;

public interface HardshipFileRepository extends JpaRepository<HardshipFile, Long> {

    boolean existsByMemberIdAndStatus(Long memberId, HardshipStatus status);

    List<HardshipFile> findAllByOrderByStatusAscOpenedOnDesc();

    List<HardshipFile> findByUnitIdInOrderByStatusAscOpenedOnDesc(Collection<Long> unitIds);
}
