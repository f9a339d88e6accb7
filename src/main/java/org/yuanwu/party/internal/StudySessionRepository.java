package org.yuanwu.party.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface StudySessionRepository extends JpaRepository<StudySession, Long>, JpaSpecificationExecutor<StudySession> {

    List<StudySession> findByUnitIdInAndHeldOnBetweenAndCancelReasonIsNull(Collection<Long> unitIds, LocalDate from,
                                                                           LocalDate to);
}
