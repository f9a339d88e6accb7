package org.yuanwu.quality.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRecordRepository extends JpaRepository<ReviewRecord, Long> {

    List<ReviewRecord> findByInspectionIdOrderByOccurredAtAscIdAsc(Long inspectionId);
}
