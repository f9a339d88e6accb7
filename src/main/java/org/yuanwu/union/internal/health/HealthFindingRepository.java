package org.yuanwu.union.internal.health;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HealthFindingRepository extends JpaRepository<HealthFinding, Long> {

    Optional<HealthFinding> findByAttendeeId(Long attendeeId);

    List<HealthFinding> findByAttendeeIdIn(Collection<Long> attendeeIds);

    List<HealthFinding> findByStaffIdOrderByCheckYearDesc(Long staffId);
}
