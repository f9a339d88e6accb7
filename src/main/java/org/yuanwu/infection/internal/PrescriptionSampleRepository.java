package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.infection.PrescriptionSetting;

public interface PrescriptionSampleRepository extends JpaRepository<PrescriptionSample, Long> {

    Optional<PrescriptionSample> findByUnitIdAndMonthStartAndSetting(Long unitId, LocalDate monthStart, PrescriptionSetting setting);

    List<PrescriptionSample> findByUnitIdInAndMonthStartOrderBySettingAscUnitIdAsc(Collection<Long> unitIds, LocalDate monthStart);
}
