package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.infection.CensusGranularity;

public interface InfectionCensusRepository extends JpaRepository<InfectionCensus, Long> {

    Optional<InfectionCensus> findByUnitIdAndGranularityAndCensusDate(Long unitId, CensusGranularity granularity,
                                                                      LocalDate date);

    boolean existsByUnitIdAndGranularityAndCensusDateBetween(Long unitId, CensusGranularity granularity, LocalDate from,
                                                             LocalDate to);

    List<InfectionCensus> findByUnitIdInAndCensusDateBetweenOrderByUnitIdAscCensusDateAsc(Collection<Long> unitIds,
                                                                                          LocalDate from, LocalDate to);
}
