package org.yuanwu.union.internal.members;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DuesRuleRepository extends JpaRepository<DuesRule, Integer> {
}
