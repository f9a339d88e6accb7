package org.yuanwu.party.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationItemRepository extends JpaRepository<EvaluationItem, Long> {

    List<EvaluationItem> findAllByOrderBySortOrderAscIdAsc();
}
