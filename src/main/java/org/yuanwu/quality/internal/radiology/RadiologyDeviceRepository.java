package org.yuanwu.quality.internal.radiology;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RadiologyDeviceRepository extends JpaRepository<RadiologyDevice, Long>, JpaSpecificationExecutor<RadiologyDevice> {
    boolean existsByCode(String code);
}
