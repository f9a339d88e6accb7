package org.yuanwu.quality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QualityRoundRepository extends JpaRepository<QualityRound, Long> {
}
