package org.yuanwu.infection.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UvReadingRepository extends JpaRepository<UvReading, Long> {

    Optional<UvReading> findFirstByLampIdOrderByMeasuredOnDescIdDesc(Long lampId);
}
