package org.yuanwu.party.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StarRuleRepository extends JpaRepository<StarRuleRow, Integer> {
}
