package org.yuanwu.union.internal.honours;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.yuanwu.union.HonourStatus;

public interface HonourRepository extends JpaRepository<Honour, Long>, JpaSpecificationExecutor<Honour> {

    List<Honour> findByStaffIdAndStatusOrderByAwardedOnDesc(Long staffId, HonourStatus status);

}
