package org.yuanwu.party.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

    List<Meeting> findByBranchIdAndHeldOnBetweenAndCancelReasonIsNull(Long branchId, LocalDate from, LocalDate to);
}
