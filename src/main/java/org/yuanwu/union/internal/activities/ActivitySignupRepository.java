package org.yuanwu.union.internal.activities;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ActivitySignupRepository extends JpaRepository<ActivitySignup, Long>, JpaSpecificationExecutor<ActivitySignup> {
    List<ActivitySignup> findByActivityIdOrderBySignedUpAt(Long activityId);
    java.util.Optional<ActivitySignup> findByActivityIdAndStaffId(Long activityId, Long staffId);
    long countByActivityIdAndWithdrawnFalse(Long activityId);
    List<ActivitySignup> findByStaffIdAndWithdrawnFalse(Long staffId);
}
