package org.yuanwu.quality.internal.records;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RecordRoundRepository extends JpaRepository<RecordRound, Long>, JpaSpecificationExecutor<RecordRound> {
}
