package org.yuanwu.training.internal.compliance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceRuleRepository extends JpaRepository<ComplianceRule, Long> {

    List<ComplianceRule> findAllByOrderByActiveDescIdAsc();

    List<ComplianceRule> findByActiveTrueOrderByIdAsc();
}
