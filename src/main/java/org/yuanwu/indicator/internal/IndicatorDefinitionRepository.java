package org.yuanwu.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorDefinitionRepository extends JpaRepository<IndicatorDefinition, String> {

    List<IndicatorDefinition> findAllByOrderByCode();
}
