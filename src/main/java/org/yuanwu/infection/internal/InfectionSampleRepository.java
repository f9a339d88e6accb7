package org.yuanwu.infection.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InfectionSampleRepository extends JpaRepository<InfectionSample, Long>, JpaSpecificationExecutor<InfectionSample> {
}
