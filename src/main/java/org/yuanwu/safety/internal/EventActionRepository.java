package org.yuanwu.safety.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventActionRepository extends JpaRepository<EventAction, Long> {

    List<EventAction> findByEventIdOrderByIdAsc(Long eventId);

    Optional<EventAction> findByFindingId(Long findingId);
}
