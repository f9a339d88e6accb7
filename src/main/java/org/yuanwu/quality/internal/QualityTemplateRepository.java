package org.yuanwu.quality.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QualityTemplateRepository extends JpaRepository<QualityTemplate, Long> {

    List<QualityTemplate> findAllByOrderByFamilyCodeAscTemplateVersionDesc();

    Optional<QualityTemplate> findFirstByFamilyCodeOrderByTemplateVersionDesc(String familyCode);

    boolean existsByFamilyCode(String familyCode);

    @Query("select max(t.templateVersion) from QualityTemplate t where t.familyCode = ?1")
    Integer maxVersion(String familyCode);
}
