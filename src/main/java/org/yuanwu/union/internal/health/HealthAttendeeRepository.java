package org.yuanwu.union.internal.health;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HealthAttendeeRepository extends JpaRepository<HealthAttendee, Long>, JpaSpecificationExecutor<HealthAttendee> {

    Optional<HealthAttendee> findByCampaignIdAndStaffId(Long campaignId, Long staffId);

    List<HealthAttendee> findByStaffIdOrderByCampaignIdDesc(Long staffId);

    long countByCampaignId(Long campaignId);

    long countByCampaignIdAndAttendedOnIsNotNull(Long campaignId);
}
