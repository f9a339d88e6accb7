package org.yuanwu.quality.internal.radiology;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RadiologyImageRepository extends JpaRepository<RadiologyImage, Long>, JpaSpecificationExecutor<RadiologyImage> {
}
