package org.yuanwu.union.internal.assistance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.union.*;

public interface AssistanceTypeRowRepository extends JpaRepository<AssistanceTypeRow, AssistanceType> {

    List<AssistanceTypeRow> findAllByOrderBySortOrderAsc();
}
