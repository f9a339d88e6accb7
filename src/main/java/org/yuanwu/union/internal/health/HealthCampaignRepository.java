package org.yuanwu.union.internal.health;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HealthCampaignRepository extends JpaRepository<HealthCampaign, Long> {
}
