package org.yuanwu.safety.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.yuanwu.safety.EventType;

public interface AdverseEventRepository extends JpaRepository<AdverseEvent, Long>, JpaSpecificationExecutor<AdverseEvent> {

    /** Counted events of the type in the unit that happened in the window, other than this one, latest first. */
    @Query("select e from AdverseEvent e where e.unitId = ?1 and e.type = ?2 and e.id <> ?3 "
            + "and e.status in (org.yuanwu.safety.EventStatus.ACCEPTED, org.yuanwu.safety.EventStatus.CLOSED) "
            + "and e.occurredOn between ?4 and ?5 order by e.occurredOn desc, e.id desc")
    List<AdverseEvent> earlierOfType(Long unitId, EventType type, Long id, LocalDate from, LocalDate to);
}
