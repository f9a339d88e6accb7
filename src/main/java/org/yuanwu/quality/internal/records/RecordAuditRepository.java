package org.yuanwu.quality.internal.records;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.yuanwu.quality.RecordAuditLevel;

public interface RecordAuditRepository extends JpaRepository<RecordAudit, Long>, JpaSpecificationExecutor<RecordAudit> {

    List<RecordAudit> findByRoundIdOrderByIdAsc(Long roundId);

    boolean existsByRoundIdAndRecordNoAndLevel(Long roundId, String recordNo, RecordAuditLevel level);
}
