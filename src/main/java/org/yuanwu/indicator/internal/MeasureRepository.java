package org.yuanwu.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<MeasureRecord, String> {

    List<MeasureRecord> findAllByOrderByCode();
}
