package org.yuanwu.infection.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningRuleRepository extends JpaRepository<ScreeningRuleEntity, Long> {

    Optional<ScreeningRuleEntity> findByCode(String code);

    List<ScreeningRuleEntity> findAllByOrderByIdAsc();
}
